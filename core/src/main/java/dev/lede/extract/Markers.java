package dev.lede.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The page-furniture phrases of {@code markers.tsv}, compiled once per {@link Extractor}. Immutable. */
final class Markers {
  static final String RESOURCE = "/dev/lede/extract/markers.tsv";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Furniture phrases only apply to lines this short, so a story sentence that quotes one is kept. */
  static final int MAX_FURNITURE_WORDS = 30;

  /** A cue naming an outlet (or an agency, or a person) together with how much it weighs. */
  record Cue(String name, int weight) {}

  private record Weighted(Pattern pattern, int weight) {}

  private final PhraseSet drop = new PhraseSet();
  private final PhraseSet end = new PhraseSet();
  private final PhraseSet notice = new PhraseSet();
  /** Lines after which a page rarely goes on with its story: a comment section's opening, the legal footer. */
  private final PhraseSet closing = new PhraseSet();
  /** Endings of a legal footer line ("... Alle Rechte vorbehalten."), in lower case. */
  private final List<String> footerEndings = new ArrayList<>();
  private final List<String> noticeCues = new ArrayList<>();
  private final List<Pattern> roles = new ArrayList<>();
  private final List<Weighted> sources = new ArrayList<>();
  private final List<Pattern> syndication = new ArrayList<>();
  private final List<Pattern> bio = new ArrayList<>();

  private Markers() {}

  static Markers bundled() {
    Markers markers = new Markers();
    try (InputStream in = Markers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled marker file missing: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          markers.add(line, number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return markers;
  }

  private void add(String line, int number) {
    String[] f = line.split("\t", 2);
    if (f.length != 2) {
      throw new IllegalStateException(RESOURCE + " line " + number + ": expected category<TAB>regex");
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(f[1], FLAGS);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(RESOURCE + " line " + number + ": bad regex: " + e.getDescription(), e);
    }
    String category = f[0];
    if (category.equals("notice-cue")) {
      for (String cue : f[1].split("\\|")) {
        noticeCues.add(cue.strip().toLowerCase(Locale.ROOT));
      }
      return;
    }
    if (category.equals("footer-end")) {
      for (String ending : f[1].split("\\|")) {
        footerEndings.add(ending.strip().toLowerCase(Locale.ROOT));
      }
      return;
    }
    boolean anchored = anchored(f[1]);
    switch (category.contains(":") ? category.substring(0, category.indexOf(':')) : category) {
      case "drop" -> drop.add(pattern, f[1], anchored);
      case "end" -> end.add(pattern, f[1], anchored);
      case "notice" -> notice.add(pattern, f[1], anchored);
      case "comments" -> {
        end.add(pattern, f[1], anchored);
        closing.add(pattern, f[1], anchored);
      }
      case "footer" -> {
        drop.add(pattern, f[1], anchored);
        closing.add(pattern, f[1], anchored);
      }
      case "role" -> roles.add(pattern);
      case "source" -> sources.add(new Weighted(pattern, Integer.parseInt(category.substring(7))));
      case "syndication" -> syndication.add(pattern);
      case "bio" -> bio.add(pattern);
      default -> throw new IllegalStateException(RESOURCE + " line " + number + ": unknown category " + category);
    }
  }

  boolean isEnd(String line, int words) {
    return words <= MAX_FURNITURE_WORDS && end.anyIn(line);
  }

  /**
   * Whether the line opens a comment section or is the legal footer: text after it is rarely the story (the line
   * is also an {@linkplain #isEnd end} or a {@linkplain #isFurniture furniture} line).
   */
  boolean closesStory(String line, int words) {
    return words <= MAX_FURNITURE_WORDS && (closing.anyIn(line) || footerEnd(line));
  }

  boolean isFurniture(String line, int words) {
    return words <= MAX_FURNITURE_WORDS ? drop.anyIn(line) || footerEnd(line) || notice(line) : notice(line);
  }

  /** The line with job titles removed ("Jane Doe, Staff Writer" to "Jane Doe,"). */
  String withoutRoles(String s) {
    String out = s;
    for (Pattern role : roles) {
      out = role.matcher(out).replaceAll(" ");
    }
    return out.replaceAll("\\s+", " ").strip();
  }

  boolean isRole(String s) {
    return !s.isBlank() && Names.clean(withoutRoles(s)).isEmpty();
  }

  /** Outlet names the line cites as the page's publisher, with weights. */
  List<Cue> sourceCues(String line) {
    List<Cue> cues = new ArrayList<>();
    for (Weighted w : sources) {
      Matcher m = w.pattern().matcher(line);
      if (m.find()) {
        String name = Names.clean(m.group("name"));
        if (!name.isEmpty()) {
          cues.add(new Cue(name, w.weight()));
        }
      }
    }
    return cues;
  }

  Optional<String> syndicator(String line) {
    return firstName(syndication, line);
  }

  Optional<String> bioName(String line) {
    return firstName(bio, line);
  }

  private static Optional<String> firstName(List<Pattern> patterns, String line) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        return Optional.of(Names.clean(m.group("name")));
      }
    }
    return Optional.empty();
  }

  /**
   * A dialog's notice: tried only on a line with one of the notice cues in it, since the notice patterns run on every
   * line of every page, paragraphs included, and a case-blind search through a long paragraph is what costs.
   */
  private boolean notice(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String cue : noticeCues) {
      if (lower.contains(cue)) { // String.contains is vectorised; a regex per cue is not
        return notice.anyIn(line);
      }
    }
    return false;
  }

  private boolean footerEnd(String line) {
    // runs on every short line: compared in place, without a lower-cased copy of the line
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && line.charAt(end - 1) == '.') {
      end--;
    }
    for (String ending : footerEndings) {
      int from = end - ending.length();
      if (from >= 0 && line.regionMatches(true, from, ending, 0, ending.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether every top-level alternative of the regex starts with ^ (outside a character class, unescaped). */
  static boolean anchored(String regex) {
    int depth = 0;
    boolean inClass = false;
    boolean alternativeStart = true;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (alternativeStart && depth == 0 && !inClass) {
        if (c != '^') {
          return false;
        }
        alternativeStart = false;
        continue;
      }
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        alternativeStart = true;
      }
    }
    return !alternativeStart;
  }
}
