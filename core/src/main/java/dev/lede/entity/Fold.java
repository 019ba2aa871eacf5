package dev.lede.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case and accent folding for name lookups ("Zelenskyy’s" and "zelenskyy's" share one key). */
final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Fold() {}

  /** Lower case, accents removed, typographic apostrophes and dashes made ASCII, whitespace collapsed. */
  static String key(CharSequence s) {
    if (plain(s)) {
      return s.toString();
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean ascii = true;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (c == '’' || c == '‘' || c == '`' || c == 'ʼ') {
        c = '\'';
      } else if (c == '–' || c == '—' || c == '‐' || c == '‑') {
        c = '-';
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      } else if (c > 127) {
        ascii = false;
      }
      out.append(c);
    }
    if (ascii) {
      return out.toString();
    }
    String stripped = MARKS.matcher(Normalizer.normalize(out, Normalizer.Form.NFD)).replaceAll("");
    return stripped.toLowerCase(Locale.ROOT).replace('ł', 'l').replace('ø', 'o').replace('ß', 's');
  }

  /** Already a key: lower-case ASCII letters, digits and simple punctuation, no double spaces. */
  private static boolean plain(CharSequence s) {
    char prev = 'x';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '\'' || c == '&'
          || c == ' ' && prev != ' ' && i > 0 && i < s.length() - 1;
      if (!ok) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /** True when every letter is upper case and there are at least two letters ("NATO", "U.S."). */
  static boolean isAllCaps(CharSequence s) {
    return isAllCaps(s, 0, s.length());
  }

  /** {@link #isAllCaps(CharSequence)} of {@code s}'s characters {@code from} (inclusive) to {@code to}. */
  static boolean isAllCaps(CharSequence s, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Clips and neutralises user-supplied text for error messages. */
  static String quote(String s) {
    String clipped = s.length() > 60 ? s.substring(0, 60) + "..." : s;
    return "'" + clipped.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
