package dev.lede.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The longer names typed in a query: runs of two or more capitalised words outside quotes ("Bank of America", "Kim
 * Jong Un", "Washington Post"), which may hold the connecting words names use ("of", "de", "bin"). A word inside
 * such a run is part of that name, so it is widened only with variants of the same name, never with another
 * entity's that the word alone stands for: "America" in "Bank of America" is not the United States, "Un" in "Kim
 * Jong Un" not the U.N., "Washington" in "Washington Post" not Washington, D.C.
 */
final class NameRuns {
  /** Lower-case words that may join two capitalised words inside one name. */
  private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "della", "la", "le", "van", "von", "der",
      "den", "da", "di", "du", "dos", "bin", "al", "el", "the", "y");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  /** Each word of a run, as typed, with the words of its run in lower case. */
  private final Map<String, Set<String>> runOf;

  private NameRuns(Map<String, Set<String>> runOf) {
    this.runOf = runOf;
  }

  static final NameRuns NONE = new NameRuns(Map.of());

  /** The runs of the query text as typed. */
  static NameRuns of(String query) {
    Map<String, Set<String>> runOf = new HashMap<>();
    List<String> run = new ArrayList<>();
    List<String> pendingConnectors = new ArrayList<>();
    boolean quoted = false;
    for (String raw : query.split("\\s+")) {
      int quotes = (int) raw.chars().filter(c -> c == '"').count();
      boolean inside = quoted || quotes > 0;
      quoted ^= quotes % 2 == 1;
      String word = strip(raw);
      if (raw.startsWith("(")) {
        close(run, runOf); // "Bank (America Online)": a group starts a name of its own
        pendingConnectors.clear();
      }
      boolean breaks = inside || word.isEmpty() || raw.indexOf(':') >= 0 || OPERATORS.contains(word)
          || raw.startsWith("-");
      if (!breaks && Character.isUpperCase(word.codePointAt(0))) {
        if (!run.isEmpty()) {
          run.addAll(pendingConnectors);
        }
        pendingConnectors.clear();
        run.add(word);
      } else if (!breaks && !run.isEmpty() && CONNECTORS.contains(word)) {
        pendingConnectors.add(word);
      } else {
        close(run, runOf);
        pendingConnectors.clear();
      }
      if (raw.endsWith(")") || raw.endsWith(",") || raw.endsWith(";")) {
        close(run, runOf); // "(Bank) America", "Paris, Texas": the name ends at the punctuation
        pendingConnectors.clear();
      }
    }
    close(run, runOf);
    return runOf.isEmpty() ? NONE : new NameRuns(runOf);
  }

  private static void close(List<String> run, Map<String, Set<String>> runOf) {
    long capitalised = run.stream().filter(w -> !CONNECTORS.contains(w)).count();
    if (capitalised >= 2) {
      Set<String> words = new HashSet<>();
      run.forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
      for (String w : run) { // as typed: "UN" alone is still the U.N. where "Kim Jong Un" is also asked for
        runOf.computeIfAbsent(w, k -> new HashSet<>()).addAll(words);
      }
    }
    run.clear();
  }

  /** The word without the query syntax around it: parentheses, a leading + or -, a trailing comma. */
  private static String strip(String raw) {
    int from = 0;
    int to = raw.length();
    while (from < to && "+-(\"".indexOf(raw.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && "),;\"".indexOf(raw.charAt(to - 1)) >= 0) {
      to--;
    }
    return raw.substring(from, to);
  }

  /**
   * Whether {@code variant} may widen the word {@code typed} (one word, as typed): always outside a run; inside one
   * only when it is the same name written otherwise: a respelling ("Sergei" as "Sergey"; "US" as "U.S."), or a
   * longer form whose other words are all in the run ("Surovikin" as "Sergei Surovikin" in "Sergei Surovikin").
   */
  boolean allows(String typed, String variant) {
    Set<String> run = runOf.get(typed);
    if (run == null) {
      return true;
    }
    String v = variant.strip();
    if (v.indexOf(' ') < 0) {
      return respelling(typed, v);
    }
    String self = typed.toLowerCase(Locale.ROOT);
    for (String w : v.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!w.equals(self) && !run.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same word spelt otherwise: letters only, the same first letter and a length within two ("Hillary" as
   * "Hilary", "Sergei" as "Serhiy"); or, for a word typed in capitals, the same letters with dots ("US" as "U.S.").
   * An abbreviation of a word typed in lower or title case is another name ("Un" as "U.N.").
   */
  private static boolean respelling(String typed, String variant) {
    if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
      return letters(variant).equalsIgnoreCase(typed);
    }
    return variant.chars().allMatch(Character::isLetter)
        && Character.toLowerCase(variant.charAt(0)) == Character.toLowerCase(typed.charAt(0))
        && Math.abs(variant.length() - typed.length()) <= 2;
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
    return b.toString();
  }
}
