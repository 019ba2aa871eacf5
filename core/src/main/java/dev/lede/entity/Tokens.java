package dev.lede.entity;

import java.util.Arrays;

/**
 * A paragraph cut into words and punctuation with character offsets, in flat arrays so that tokenising costs
 * a single pass and no object per token. Words keep inner apostrophes, hyphens, dots and ampersands
 * ("O'Connor", "Bankman-Fried", "U.S.", "AT&amp;T"); an abbreviation keeps its final dot ("Mr.", "U.S.").
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte PUNCT = 1;
  static final byte SENTENCE_START = 1;
  static final byte POSSESSIVE = 2;
  static final byte UPPER = 4;
  static final byte ALL_CAPS = 8;
  /** A capital letter anywhere in the word ("Kherson", "eBay", "al-Qaeda"): it may be (part of) a name. */
  static final byte CAPITAL = 16;

  final String text;
  int size;
  int[] start = new int[64];
  int[] end = new int[64];
  byte[] kind = new byte[64];
  byte[] flags = new byte[64];
  /** Folded names (without possessive), computed on first use: the classifier asks for them many times. */
  private String[] keys;

  private Tokens(String text) {
    this.text = text;
  }

  static Tokens of(String text) {
    Tokens t = new Tokens(text);
    t.scan();
    return t;
  }

  String word(int i) {
    return text.substring(start[i], end[i]);
  }

  /** The word without a possessive "'s". */
  String name(int i) {
    int e = (flags[i] & POSSESSIVE) != 0 ? end[i] - 2 : end[i];
    return text.substring(start[i], e);
  }

  String key(int i) {
    if (keys == null) {
      keys = new String[size];
    }
    String k = keys[i];
    if (k == null) {
      k = Fold.key(text.subSequence(start[i], nameEnd(i)));
      keys[i] = k;
    }
    return k;
  }

  int nameEnd(int i) {
    return (flags[i] & POSSESSIVE) != 0 ? end[i] - 2 : end[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean has(int i, byte flag) {
    return (flags[i] & flag) != 0;
  }

  char punct(int i) {
    return kind[i] == PUNCT ? text.charAt(start[i]) : 0;
  }

  private void scan() {
    String s = text;
    int n = s.length();
    boolean sentenceStart = true;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = s.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if (isJoiner(d) && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        boolean abbreviation = j < n && s.charAt(j) == '.' && isAbbreviation(s, i, j);
        if (abbreviation) {
          j++;
        }
        add(i, j, WORD, wordFlags(s, i, j, sentenceStart));
        sentenceStart = false;
        i = j;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        add(i, i + 1, PUNCT, (byte) 0);
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '“' || c == '"' || c == '‘' || c == '(') {
          sentenceStart = true;
        } else if (c != '”' && c != '’' && c != '\'' && c != ')') {
          sentenceStart = sentenceStart && (c == '—' || c == '-' || c == '*' || c == '•');
        }
        i++;
      }
    }
  }

  private static boolean isJoiner(char d) {
    return d == '\'' || d == '’' || d == '-' || d == '.' || d == '&';
  }

  /** "A." "U.S." "Mr." "Gen." keep their dot; "Kherson." does not. */
  private static boolean isAbbreviation(String s, int from, int to) {
    int len = to - from;
    if (len == 1) {
      return Character.isUpperCase(s.charAt(from));
    }
    if (s.indexOf('.', from) > from && s.indexOf('.', from) < to) {
      return true;
    }
    if (len > 4 || !Character.isUpperCase(s.charAt(from))) {
      return false;
    }
    String w = s.substring(from, to);
    if (len > 1 && Fold.isAllCaps(w)) {
      w = w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT); // a dateline's "ST. LOUIS", "GEN."
    }
    return switch (w) {
      case "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
          "Adm", "Maj", "Prof", "Rev", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "Gens", "Reps", "Sens" -> true;
      default -> false;
    };
  }

  private static byte wordFlags(String s, int from, int to, boolean sentenceStart) {
    byte f = sentenceStart ? SENTENCE_START : 0;
    if (Character.isUpperCase(s.charAt(from))) {
      f |= UPPER | CAPITAL;
      if (Fold.isAllCaps(s, from, to)) {
        f |= ALL_CAPS;
      }
    } else {
      for (int c = from + 1; c < to; c++) {
        if (Character.isUpperCase(s.charAt(c))) {
          f |= CAPITAL;
          break;
        }
      }
    }
    if (to - from > 2 && s.charAt(to - 1) == 's' && (s.charAt(to - 2) == '\'' || s.charAt(to - 2) == '’')) {
      f |= POSSESSIVE;
    }
    return f;
  }

  private void add(int from, int to, byte k, byte f) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      kind = Arrays.copyOf(kind, cap);
      flags = Arrays.copyOf(flags, cap);
    }
    start[size] = from;
    end[size] = to;
    kind[size] = k;
    flags[size] = f;
    size++;
  }
}
