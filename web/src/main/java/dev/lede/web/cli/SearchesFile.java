package dev.lede.web.cli;

import dev.lede.web.SavedSearch;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The saved searches of {@code lede alert}: one a line, {@code NAME<TAB>SEARCH} or just {@code SEARCH} (then the
 * search is its own name), where SEARCH is a search page's address or query string ({@link SavedSearch}). Blank
 * lines and lines starting with {@code #} are skipped. A bad line is a {@link Problem} naming its line; the other
 * lines still count, so one typo does not silence every alert.
 *
 * @param searches the good lines, in file order
 * @param problems the bad lines, in file order
 * @param names every name the file gives, good line or bad: the state of a search whose line is broken tonight is
 *     kept for when it is fixed
 */
record SearchesFile(List<Saved> searches, List<Problem> problems, List<String> names) {
  /** A file this big is not a list of searches (and is not read into memory). */
  static final long MAX_BYTES = 1 << 20;
  static final int MAX_SEARCHES = 1_000;
  static final int MAX_NAME_LENGTH = 200;

  /** One good line. */
  record Saved(int line, String name, SavedSearch search) {}

  /** One bad line, or a bad search, with the reason in our words. */
  record Problem(int line, String name, String reason) {}

  SearchesFile {
    searches = List.copyOf(searches);
    problems = List.copyOf(problems);
    names = List.copyOf(names);
  }

  /**
   * Reads the file.
   *
   * @throws IOException when it cannot be read at all (missing, too big, not UTF-8)
   */
  static SearchesFile read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException("it is over " + (MAX_BYTES >> 20) + " MB, too big for a list of searches");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException("it is not UTF-8 text", e);
    }
    return parse(text.lines().toList());
  }

  static SearchesFile parse(List<String> lines) {
    List<Saved> searches = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String name = (tab < 0 ? line : line.substring(0, tab)).strip();
      String search = tab < 0 ? line : line.substring(tab + 1);
      String bad = badName(name, tab >= 0);
      if (bad == null && firstLine.containsKey(name)) {
        bad = "the name is already used on line " + firstLine.get(name);
      }
      if (bad != null) {
        problems.add(new Problem(number, null, bad));
        continue;
      }
      names.add(name);
      firstLine.put(name, number);
      if (searches.size() == MAX_SEARCHES) {
        problems.add(new Problem(number, name, "more than " + MAX_SEARCHES + " searches; this one was not run"));
        continue;
      }
      try {
        searches.add(new Saved(number, name, SavedSearch.parse(search)));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(number, name, e.getMessage()));
      }
    }
    return new SearchesFile(searches, problems, names);
  }

  /** A name of its own is bounded; a search that names itself is bounded by {@link SavedSearch#MAX_LENGTH}. */
  private static String badName(String name, boolean own) {
    if (name.isEmpty()) {
      return "the name before the tab is empty";
    }
    if (own && name.length() > MAX_NAME_LENGTH) {
      return "the name is over " + MAX_NAME_LENGTH + " characters";
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      return "the line has control characters";
    }
    return null;
  }
}
