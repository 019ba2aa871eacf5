package dev.lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Case-blind regular expressions of which a line is asked whether any matches. They run on every short line of
 * every page, and trying seventy of them one after another was four tenths of the extraction time; most are anchored
 * at the line's start ({@code ^share}, {@code ^(?:\d+ )?comments?$}) and can only match a line that starts with one of
 * a few letters. So each anchored expression is filed under the letters it can start with, worked out from its
 * source, and a line tries only those filed under its own first letter, plus the expressions whose first letter
 * cannot be told (a character class, {@code \d}, a dot, a look-around, or one that can match an empty start) and the
 * unanchored ones; each of these is skipped on a line that lacks all of the strings one of which every match contains
 * ("comment" of {@code ^(?:\d+\s+)?comments?$}), a vectorised {@code String.contains} where a case-blind scan of
 * the line cost most. The answer is the same as trying them all; {@code PhraseSetTest} checks that on tricky cases.
 *
 * <p>Letters are compared by the key {@code toLowerCase(toUpperCase(c))}: two characters that a case-insensitive,
 * Unicode-case expression takes for each other always share it ("K" and the Kelvin sign, "s" and the long s).
 * Immutable once built; {@link #anyIn} is thread-safe.
 */
final class PhraseSet {
  private final Map<Integer, List<Phrase>> byFirst = new HashMap<>();
  private final List<Phrase> always = new ArrayList<>();

  /** An expression; {@code required} (keyed) is null, or strings one of which the line must contain to match. */
  private record Phrase(Pattern pattern, boolean anchored, String[] required) {
    boolean in(String line, String[] keyedLine) {
      if (required != null) {
        if (keyedLine[0] == null) {
          keyedLine[0] = keyed(line);
        }
        if (!containsAny(keyedLine[0], required)) {
          return false;
        }
      }
      var m = pattern.matcher(line);
      return anchored ? m.lookingAt() : m.find();
    }

    private static boolean containsAny(String text, String[] parts) {
      for (String part : parts) {
        if (text.contains(part)) { // String.contains is vectorised; a case-blind regex scan is not
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Adds an expression compiled from {@code regex} with {@link Pattern#CASE_INSENSITIVE} and
   * {@link Pattern#UNICODE_CASE}; {@code anchored} when every top-level alternative starts with {@code ^}.
   */
  void add(Pattern pattern, String regex, boolean anchored) {
    Set<Integer> firsts = anchored ? firstLetters(regex) : null;
    if (firsts == null) {
      Set<String> required = requiredText(regex);
      always.add(new Phrase(pattern, anchored, required == null ? null : required.toArray(String[]::new)));
      return;
    }
    Phrase phrase = new Phrase(pattern, true, null);
    for (int key : firsts) {
      byFirst.computeIfAbsent(key, k -> new ArrayList<>()).add(phrase);
    }
  }

  boolean anyIn(String line) {
    String[] keyedLine = new String[1];
    if (!line.isEmpty() && !byFirst.isEmpty()) {
      List<Phrase> filed = byFirst.get(key(line.codePointAt(0)));
      if (filed != null) {
        for (Phrase p : filed) {
          if (p.in(line, keyedLine)) {
            return true;
          }
        }
      }
    }
    for (Phrase p : always) {
      if (p.in(line, keyedLine)) {
        return true;
      }
    }
    return false;
  }

  static int key(int codePoint) {
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }

  /**
   * The keys of the characters a match of {@code regex} can start with, or null when they cannot be told from the
   * source (or a match can be empty).
   */
  static Set<Integer> firstLetters(String regex) {
    Parser p = new Parser(regex);
    Info f = p.alternation();
    if (p.failed || p.pos != regex.length() || f.unknown || f.nullable) {
      return null;
    }
    return f.keys;
  }

  /**
   * Strings (in keys, see {@link #keyed}) of which every match of {@code regex} contains one, or null when the source
   * does not tell or the shortest is too short to be worth a search.
   */
  static Set<String> requiredText(String regex) {
    Parser p = new Parser(regex);
    Info f = p.alternation();
    if (p.failed || p.pos != regex.length() || f.required == null || shortest(f.required) < MIN_REQUIRED) {
      return null;
    }
    return f.required;
  }

  /** A required string shorter than this is found in too many lines to spare the expression. */
  private static final int MIN_REQUIRED = 3;

  /** The line with every character replaced by its {@linkplain #key key}. */
  static String keyed(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      i += Character.charCount(c);
      if (c < 128) {
        b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
      } else {
        b.appendCodePoint(key(c));
      }
    }
    return b.toString();
  }

  private static int shortest(Set<String> strings) {
    int min = Integer.MAX_VALUE;
    for (String x : strings) {
      min = Math.min(min, x.length());
    }
    return strings.isEmpty() ? 0 : min;
  }

  /**
   * What is known of a piece of an expression: the keys of its possible first characters, whether it can match
   * nothing, whether its first characters are unknown, and strings one of which any match contains (null: unknown).
   */
  private static final class Info {
    final Set<Integer> keys = new HashSet<>();
    boolean nullable;
    boolean unknown;
    Set<String> required;
    /** The key of the one character this piece is, or -1. */
    int literal = -1;

    static Info unknown() {
      Info f = new Info();
      f.unknown = true;
      return f;
    }

    /** Zero-width: an anchor or a boundary. */
    static Info empty() {
      Info f = new Info();
      f.nullable = true;
      return f;
    }
  }

  /** Reads the subset of the regex syntax that matters here; everything else is "not known". */
  private static final class Parser {
    final String s;
    int pos;
    boolean failed;

    Parser(String s) {
      this.s = s;
    }

    Info alternation() {
      Info all = sequence();
      while (pos < s.length() && s.charAt(pos) == '|') {
        pos++;
        Info next = sequence();
        all.keys.addAll(next.keys);
        all.nullable |= next.nullable;
        all.unknown |= next.unknown;
        if (all.required != null && next.required != null) {
          all.required.addAll(next.required);
        } else {
          all.required = null;
        }
      }
      return all;
    }

    Info sequence() {
      Info out = new Info();
      boolean open = true; // no atom that must match has been seen yet
      StringBuilder run = new StringBuilder(); // consecutive literal characters that must all match
      Set<String> best = null;
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        Info atom = atom();
        boolean quantified = quantified(atom);
        if (open) {
          out.keys.addAll(atom.keys);
          out.unknown |= atom.unknown;
          open = atom.nullable && !atom.unknown;
        }
        if (atom.literal >= 0 && !quantified) {
          run.appendCodePoint(atom.literal);
          continue;
        }
        best = better(best, run);
        run.setLength(0);
        if (!atom.nullable && atom.required != null) {
          best = better(best, atom.required);
        }
      }
      out.required = better(best, run);
      out.nullable = open;
      return out;
    }

    private static Set<String> better(Set<String> best, StringBuilder run) {
      return run.isEmpty() ? best : better(best, Set.of(run.toString()));
    }

    private static Set<String> better(Set<String> best, Set<String> candidate) {
      if (best == null || shortest(candidate) > shortest(best)) {
        return new HashSet<>(candidate);
      }
      return best;
    }

    /** Reads a quantifier after an atom, if any, marking the atom nullable when it may repeat zero times. */
    boolean quantified(Info atom) {
      if (pos >= s.length()) {
        return false;
      }
      char c = s.charAt(pos);
      boolean optional;
      if (c == '?' || c == '*') {
        pos++;
        optional = true;
      } else if (c == '+') {
        pos++;
        optional = false;
      } else if (c == '{') {
        int close = s.indexOf('}', pos);
        if (close < 0) {
          pos = s.length();
          atom.unknown = true;
          atom.required = null;
          return true;
        }
        String min = s.substring(pos + 1, close).split(",", -1)[0].strip();
        pos = close + 1;
        optional = min.isEmpty() || min.chars().allMatch(ch -> ch == '0');
      } else {
        return false;
      }
      if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
        pos++; // lazy or possessive: the same characters can start it
      }
      atom.nullable |= optional;
      return true;
    }

    Info atom() {
      char c = s.charAt(pos);
      switch (c) {
        case '^', '$' -> {
          pos++;
          return Info.empty();
        }
        case '.' -> {
          pos++;
          return Info.unknown();
        }
        case '[' -> {
          skipClass();
          return Info.unknown();
        }
        case '(' -> {
          return group();
        }
        case '\\' -> {
          if (pos + 1 >= s.length()) {
            pos++;
            return Info.unknown();
          }
          char e = s.charAt(pos + 1);
          if (Character.isLetterOrDigit(e)) {
            // a class (\d, \s, \p{L}), a boundary (\b), a back-reference or a quote (\Q): skip its argument; a
            // character written by its code (\x41, \u00e9, \0101, \cA, \N{...}) or a back-reference is not
            // read at all, and the expression is then left alone
            failed |= "xu0123456789cNk".indexOf(e) >= 0;
            pos += 2;
            if ((e == 'p' || e == 'P') && pos < s.length() && s.charAt(pos) == '{') {
              pos = s.indexOf('}', pos) + 1;
              if (pos == 0) {
                pos = s.length();
              }
            } else if (e == 'Q') {
              int end = s.indexOf("\\E", pos);
              pos = end < 0 ? s.length() : end + 2;
            }
            Info f = Info.unknown();
            f.nullable = e == 'b' || e == 'B'; // a boundary matches no character
            return f;
          }
          pos += 2;
          return literal(e);
        }
        default -> {
          int cp = s.codePointAt(pos);
          pos += Character.charCount(cp);
          return literal(cp);
        }
      }
    }

    Info literal(int codePoint) {
      Info f = new Info();
      int key = key(codePoint);
      f.keys.add(key);
      f.literal = key;
      f.required = new HashSet<>(Set.of(new StringBuilder().appendCodePoint(key).toString()));
      return f;
    }

    Info group() {
      pos++; // (
      boolean known = true;
      if (s.startsWith("?:", pos)) {
        pos += 2;
      } else if (s.startsWith("?<", pos) && pos + 2 < s.length() && Character.isLetter(s.charAt(pos + 2))) {
        pos = s.indexOf('>', pos) + 1; // a named group
      } else if (pos < s.length() && s.charAt(pos) == '?') {
        known = false; // a look-around or inline flags
        pos++;
      }
      Info inner = alternation();
      if (pos < s.length() && s.charAt(pos) == ')') {
        pos++;
      }
      return known ? inner : Info.unknown();
    }

    void skipClass() {
      int depth = 0;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '\\') {
          pos += 2;
          continue;
        }
        pos++;
        if (c == '[') {
          depth++;
        } else if (c == ']' && --depth == 0) {
          return;
        }
      }
    }
  }
}
