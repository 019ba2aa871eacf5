package dev.lede.web;

import dev.lede.search.Fragment;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a query in a text, for the article page (the searcher highlights snippets, not whole
 * articles). Case- and accent-insensitive, whole words; a term ending in {@code *} matches word starts, and a word
 * of four letters or more also matches its simple inflections ("retreat" marks "retreats", "retreated"). Operators,
 * field names, negated terms and syntax characters are ignored. Produces {@link Fragment}s: no HTML is built here.
 */
final class TermHighlighter {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern TOKEN = Pattern.compile("(-|\\bNOT\\s+)?(?:[a-z]+:)?\"[^\"]*\"|\\S+");
  private static final Set<String> OPERATORS = Set.of("and", "or", "not", "to");
  private static final int MAX_TERMS = 50;
  private static final int MAX_SUFFIX = 3;

  private final Set<String> exact = new LinkedHashSet<>();
  private final Set<String> prefixes = new LinkedHashSet<>();

  TermHighlighter(String query) {
    if (query == null) {
      return;
    }
    Matcher m = TOKEN.matcher(query);
    while (m.find() && exact.size() + prefixes.size() < MAX_TERMS) {
      String token = m.group();
      if (token.startsWith("-") || token.startsWith("NOT ") || token.startsWith("!")) {
        continue;
      }
      token = token.replaceFirst("^\\+?\\(*[A-Za-z]+:(?!/)", "");
      boolean wildcard = token.matches(".*\\p{L}[*?][)\\]]*$");
      Matcher w = WORD.matcher(token);
      while (w.find()) {
        String word = fold(w.group());
        if (word.length() < 2 || OPERATORS.contains(word) || word.chars().allMatch(Character::isDigit)) {
          continue;
        }
        boolean last = w.end() >= token.replaceAll("[*?)\\]~^0-9.]+$", "").length();
        (wildcard && last ? prefixes : exact).add(word);
      }
    }
  }

  boolean isEmpty() {
    return exact.isEmpty() && prefixes.isEmpty();
  }

  /** The text split into marked and unmarked pieces. */
  List<Fragment> pieces(String text) {
    if (text == null) {
      return List.of();
    }
    if (isEmpty()) {
      return List.of(new Fragment(text, false));
    }
    List<Fragment> out = new ArrayList<>();
    Matcher w = WORD.matcher(text);
    int at = 0;
    while (w.find()) {
      if (matches(fold(w.group()))) {
        if (w.start() > at) {
          out.add(new Fragment(text.substring(at, w.start()), false));
        }
        out.add(new Fragment(w.group(), true));
        at = w.end();
      }
    }
    if (at < text.length()) {
      out.add(new Fragment(text.substring(at), false));
    }
    return out;
  }

  private boolean matches(String word) {
    if (exact.contains(word)) {
      return true;
    }
    for (String p : prefixes) {
      if (word.startsWith(p)) {
        return true;
      }
    }
    for (String e : exact) {
      if (e.length() >= 4 && word.startsWith(e) && word.length() - e.length() <= MAX_SUFFIX) {
        return true;
      }
    }
    return false;
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT);
  }
}
