package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes the hard wrapping of a text dump: {@code w3m -dump}, {@code lynx -dump} and {@code links -dump} break every
 * paragraph into lines of at most their screen width (80 columns by default), and each such line would otherwise
 * be a paragraph of its own, its first one a headline. A text is taken as wrapped when its longest line is a screen's
 * width and many lines come close to it; a line is then joined to the next when the next one's first word would not
 * have fitted on it (so the break was the wrapper's, not the author's), as greedy wrapping leaves them. Lines of
 * tables (runs of spaces between columns) and list items stay as they are. A text that is not wrapped (the dumps of
 * {@code -cols 10000}, a record's paragraphs) is returned unchanged.
 */
final class Unwrap {
  /** Widths above this are not a screen's: nothing wrapped the text. */
  private static final int MAX_WIDTH = 160;
  private static final int MIN_WIDTH = 40;
  /** How close to the width a wrapped line comes (the width less the longest word that did not fit). */
  private static final int NEAR = 20;
  /** Lines shorter than this say nothing about wrapping (menus, headings), however narrow the text. */
  private static final int MIN_COUNTED = 30;
  private static final int MIN_NEAR_LINES = 3;
  /**
   * Of the lines near the width, the share that a line goes on from whose first word would not have fitted (a wrapped
   * paragraph's next line).
   */
  private static final double MIN_CONTINUED_SHARE = 0.6;
  private static final Pattern COLUMNS = Pattern.compile("\\S {3,}\\S");
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[•*·▪◦-]|\\d{1,3}[.)]|\\[\\d+])\\s");

  private Unwrap() {}

  static List<String> lines(String[] raw) {
    int width = 0;
    for (String line : raw) {
      width = Math.max(width, line.stripTrailing().length());
    }
    if (width > MAX_WIDTH || width < MIN_WIDTH || !wrapped(raw, width)) {
      return List.of(raw);
    }
    List<String> out = new ArrayList<>(raw.length);
    StringBuilder current = null;
    String last = null;
    for (String line : raw) {
      if (current != null && soft(last, line, width)) {
        String next = line.strip();
        // Chinese and Japanese put no space between words: a wrapped line goes on without one
        if (!(wide(current.charAt(current.length() - 1)) && wide(next.charAt(0)))) {
          current.append(' ');
        }
        current.append(next);
      } else {
        if (current != null) {
          out.add(current.toString());
        }
        current = new StringBuilder(line.stripTrailing());
      }
      last = line.stripTrailing();
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  /**
   * Lines come close to the width, and most of those go on in the next line as a wrapper leaves them: in a text nobody
   * wrapped, a long line is a whole paragraph and a blank line follows it.
   */
  /** A character of a script written without spaces between words (CJK ideographs, kana, their punctuation). */
  private static boolean wide(char c) {
    return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF00' && c <= '\uFFEF';
  }

  private static boolean wrapped(String[] raw, int width) {
    int near = 0;
    int continued = 0;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].stripTrailing();
      if (line.length() >= MIN_COUNTED && line.length() >= width - NEAR) {
        near++;
        continued += i + 1 < raw.length && soft(line, raw[i + 1], width) ? 1 : 0;
      }
    }
    return near >= MIN_NEAR_LINES && continued >= MIN_CONTINUED_SHARE * near;
  }

  /** Whether the break between {@code line} and {@code next} was the wrapper's. */
  private static boolean soft(String line, String next, int width) {
    String n = next.strip();
    if (line.isBlank() || n.isEmpty() || ITEM.matcher(next).find() || COLUMNS.matcher(line.strip()).find()
        || COLUMNS.matcher(n).find()) {
      return false;
    }
    int space = n.indexOf(' ');
    int firstWord = space < 0 ? n.length() : space;
    return line.length() + 1 + firstWord > width;
  }
}
