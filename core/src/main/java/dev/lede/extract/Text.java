package dev.lede.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Language-neutral features of one line of text. */
final class Text {
  /** Any run of white space, the Unicode space separators included (a thin space inside "4. 2. 2022"). */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\u00ad\u200b\u2060\ufeff]");
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|«[^»]*»");
  private static final Pattern FIRST_PLURAL = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|Us)\\b");
  private static final Pattern SECOND = Pattern.compile("\\b(?i:you|your|yours)\\b");
  /** Characters that may follow a sentence's final punctuation. */
  private static final String CLOSERS = " \t\n\r\u000b\f”\"’')]»*";
  /**
   * Pieces of program text: a block or call closing into the next, an arrow, a logical or strict operator, a CSS
   * rule or declaration block, an assignment without spaces, a list of quoted strings.
   */
  private static final Pattern CODE_TOKEN =
      Pattern.compile("\\)\\{|}\\s?;|;\\s?}|=>|&&|\\|\\||===|!==|\\w\\(\\)|\\{\\s?[\\w-]+\\s?:|\\.[\\w-]+\\s?\\{|\\w=[\\w\"(]|\",\"");
  private static final String CODE_PUNCTUATION = "{}();=<>&|[]\"+!?:\\";
  private static final int MIN_CODE_CHARS = 80;
  private static final double MIN_CODE_PUNCTUATION = 0.1;
  private static final int MIN_CODE_TOKENS = 3;
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Set<String> SOCIAL = Set.of(
      "facebook", "twitter", "x", "email", "e-mail", "mail", "print", "copy", "link", "share", "like", "follow",
      "youtube", "instagram", "linkedin", "medium", "quora", "reddit", "whatsapp", "telegram", "pinterest",
      "tiktok", "flipboard", "mastodon", "bluesky", "threads", "rss", "comment", "comments", "save", "gift",
      "subscribe", "more", "tweet", "pin", "messenger", "sms", "url", "article", "this");

  private static final int MAX_BUTTON_LINE = 160;
  /** Below this code point no script is written without spaces (the first is Hangul Jamo). */
  private static final int CJK_START = 0x1100;

  private Text() {}

  static String normalize(String line) {
    if (clean(line)) {
      return line; // most lines: skip three passes and a regex
    }
    return SPACES.matcher(INVISIBLE.matcher(line.replace('\u00a0', ' ')).replaceAll("")).replaceAll(" ").strip();
  }

  /**
   * Characters that only guide rendering: a soft hyphen (U+00AD, a hyphenation hint that publishers put into long
   * words, "Werk&shy;zeug"), a zero-width space, the word joiner and a byte-order mark. Left in, they split
   * words for search and for every comparison of lines.
   */
  private static boolean invisible(char c) {
    return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff';
  }

  /** No leading or trailing space, no whitespace but single spaces, no no-break, zero-width or soft-hyphen mark. */
  private static boolean clean(String line) {
    int n = line.length();
    if (n > 0 && (line.charAt(0) == ' ' || line.charAt(n - 1) == ' ')) {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '\u00a0' || invisible(c) || (c == ' ' && previous == ' ')
          || (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * Words of a line: whitespace-separated tokens holding a letter or digit, and in Chinese, Japanese and Korean
   * text, which does not put spaces between words, one word per two characters (the usual mean word length there).
   */
  static int words(String line) {
    // Counts without splitting: this runs on every line.
    int n = 0;
    int cjk = 0;
    boolean inToken = false;
    boolean counted = false;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        inToken = false;
      } else if (cp >= CJK_START && cjk(cp)) {
        cjk++;
        inToken = false;
      } else {
        if (!inToken) {
          inToken = true;
          counted = false;
        }
        if (!counted && Character.isLetterOrDigit(cp)) {
          counted = true;
          n++;
        }
      }
    }
    return n + (cjk + 1) / 2;
  }

  /** A character of a script written without spaces between words (Han, kana, Hangul). */
  static boolean cjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /** Ends like a sentence: . ! ? or : possibly inside closing quotes or brackets, not an ellipsis. */
  static boolean terminal(String line) {
    int end = line.length();
    while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    String s = line.substring(0, end);
    if (s.isEmpty() || s.endsWith("...") || s.endsWith("…")) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '。' || c == '！' || c == '？' || c == '．';
  }

  /**
   * Minified script or style text that a dump printed as a line (an inline script, an ad blocker's dialog): long,
   * dense with brackets and operators, and with at least three pieces only program text has. Prose with figures
   * ("CPI: +0.6%; Energy: +5.1%") has the punctuation but not the pieces.
   */
  static boolean code(String line) {
    if (line.length() < MIN_CODE_CHARS) {
      return false;
    }
    int punctuation = 0;
    for (int i = 0; i < line.length(); i++) {
      punctuation += CODE_PUNCTUATION.indexOf(line.charAt(i)) >= 0 ? 1 : 0;
    }
    if (punctuation < MIN_CODE_PUNCTUATION * line.length()) {
      return false;
    }
    java.util.regex.Matcher m = CODE_TOKEN.matcher(line);
    int tokens = 0;
    while (tokens < MIN_CODE_TOKENS && m.find()) {
      tokens++;
    }
    return tokens >= MIN_CODE_TOKENS;
  }

  static boolean ellipsis(String line) {
    String s = line.strip();
    return s.endsWith("…") || s.endsWith("...");
  }

  /** Share of words starting with a capital letter; high for headlines and menus, low for sentences. */
  static double capitalRatio(String line) {
    int letters = 0;
    int capitals = 0;
    boolean seekFirstLetter = true;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        seekFirstLetter = true;
      } else if (seekFirstLetter && Character.isLetter(cp)) {
        seekFirstLetter = false;
        letters++;
        if (Character.isUpperCase(cp)) {
          capitals++;
        }
      }
    }
    return letters == 0 ? 0 : (double) capitals / letters;
  }

  /** First-person-plural and second-person words outside quotations: the voice of an outlet's own appeals. */
  static int[] addressCounts(String line) {
    if (!mayAddress(line)) {
      return new int[] {0, 0}; // most paragraphs: no candidate word, no regex work
    }
    String outside = QUOTED.matcher(line).replaceAll(" ");
    return new int[] {count(FIRST_PLURAL, outside), count(SECOND, outside)};
  }

  private static final Set<String> ADDRESS_WORDS = Set.of("we", "our", "ours", "us", "you", "your", "yours");

  /**
   * Whether a run of ASCII letters in the line is one of the words the address patterns look for. Every match of
   * those patterns is such a run (the characters around a word-boundary match are not letters), so a false answer
   * means both counts are zero.
   */
  private static boolean mayAddress(String line) {
    int n = line.length();
    int i = 0;
    while (i < n) {
      if (!asciiLetter(line.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && asciiLetter(line.charAt(i))) {
        i++;
      }
      if (i - start <= 5 && ADDRESS_WORDS.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int count(Pattern p, String s) {
    return (int) p.matcher(s).results().count();
  }

  /**
   * A line of nothing but a list's bullets, arrows, a close button's cross, bars and invisible formatting characters
   * ("•", "× ", "‌‌‌", "| |"): what is left of an item or a control whose text sat elsewhere, never a paragraph.
   */
  static boolean glyphsOnly(String line) {
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
          && GLYPHS.indexOf(c) < 0) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static final String GLYPHS = "•·▪►◦■●○□▢×✕✖|›‹»«→←";

  /**
   * Capitalised words in a row that make a line a widget's options, not prose: a form's list of countries ("Choose
   * your country United States of America Afghanistan Albania Algeria ..."), a menu written out. Prose, headlines
   * and names, even German nouns, break such a run with a lower-case word or a mark long before.
   */
  private static final int MAX_CAPITALISED_RUN = 30;

  /**
   * Whether the line holds more than {@link #MAX_CAPITALISED_RUN} capitalised words in a row, the joining words of
   * names ("and", "of", "the", "da", "de", "la", "d'Ivoire") and brackets not breaking the run, any other lower-case
   * word, number or mark breaking it, and so does a comma: a list of names written with commas is a text's.
   */
  static boolean optionList(String line) {
    int n = line.length();
    if (n < MAX_CAPITALISED_RUN * 3) {
      return false; // most lines: too short to hold such a run
    }
    int run = 0;
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int from = i < n && line.charAt(i) == '(' ? i + 1 : i;
      int to = from;
      while (to < n && !Character.isWhitespace(line.charAt(to))) {
        to++;
      }
      i = to;
      if (from >= to) {
        continue;
      }
      if (Character.isUpperCase(line.codePointAt(from))) {
        if (++run > MAX_CAPITALISED_RUN) {
          return true;
        }
        char last = line.charAt(to - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') {
          run = 0; // a sentence, a label or an item of a list written with commas ends here (a team sheet)
        }
      } else if (!joiner(line, from, to)) {
        run = 0;
      }
    }
    return false;
  }

  /** A joining word of names, which does not break a run of capitalised words ("Antigua and Barbuda", "d'Ivoire"). */
  private static boolean joiner(String line, int from, int to) {
    if (line.startsWith("d'", from) || line.startsWith("d’", from)) {
      return true;
    }
    for (String j : OPTION_JOINERS) {
      if (j.length() == to - from && line.regionMatches(true, from, j, 0, j.length())) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> OPTION_JOINERS = List.of("and", "of", "the", "da", "de", "la", "du", "del", "&");

  /** A line made only of share/follow buttons, possibly glued together ("FacebookLike", "Twitter Email Print"). */
  static boolean socialButtons(String line) {
    if (line.length() > MAX_BUTTON_LINE) {
      return false; // a row of buttons is short; skip the regex work on every paragraph
    }
    String spaced = CAMEL.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT);
    String[] tokens = SPACES.split(spaced.replaceAll("[|/•·,:]", " ").strip());
    if (tokens.length == 0 || tokens[0].isEmpty()) {
      return false;
    }
    for (String token : tokens) {
      if (!SOCIAL.contains(token)) {
        return shareRow(spaced);
      }
    }
    return true;
  }

  /**
   * A row of share or follow buttons in any language: three networks named in a line that is no sentence, or two
   * with the buttons' own words repeated ("Partager sur Facebook Partager sur Twitter Partager par e-mail", "zum
   * Profil auf facebook.com zum Profil auf twitter"). A sentence about the networks ends with its full stop.
   */
  private static boolean shareRow(String lower) {
    if (!(lower.contains("facebook") || lower.contains("twitter") || lower.contains("mail")
        || lower.contains("whatsapp") || lower.contains("linkedin") || lower.contains("instagram")) || terminal(lower)) {
      return false; // no row of buttons without one of these, and most lines have none: skip the split
    }
    String[] tokens = NON_WORD.split(lower);
    if (tokens.length > MAX_SHARE_ROW_WORDS) {
      return false;
    }
    int networks = 0;
    Set<String> others = new HashSet<>();
    boolean repeated = false;
    for (String token : tokens) {
      if (NETWORKS.contains(token)) {
        networks++;
      } else if (!token.isEmpty() && !others.add(token)) {
        repeated = true;
      }
    }
    return networks >= 3 || networks == 2 && repeated;
  }

  /** Networks and channels whose names label share and follow buttons (not "x", a letter in many languages). */
  private static final Set<String> NETWORKS = Set.of("facebook", "twitter", "instagram", "linkedin", "whatsapp",
      "pinterest", "youtube", "xing", "telegram", "tiktok", "reddit", "flipboard", "mastodon", "bluesky", "threads",
      "email", "e-mail", "mail", "messenger", "vk", "weibo", "wechat", "snapchat", "tumblr", "rss");

  private static final int MAX_SHARE_ROW_WORDS = 20;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

  /** Whether the line has two capital letters or more and no lower-case one ("RANDY ANDY", "‘NAÏVE AND TRUSTING’"). */
  static boolean allCaps(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLowerCase(cp)) {
        return false;
      }
      letters += Character.isUpperCase(cp) ? 1 : 0; // a script without case (Chinese) is never in capitals
    }
    return letters >= 2;
  }

  /** Whether the line has a full stop, comma, semicolon, question or exclamation mark (CJK ones too). */
  static boolean punctuated(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (".,;!?。，、；！？".indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Lowercase letters and digits only, for comparing lines that differ in case or punctuation. */
  static String fingerprint(String line) {
    // Hand-rolled equivalent of lowercase + replaceAll("[^\\p{L}\\p{N}]+", " ").strip(): it runs on every line
    // of every page several times, and the regex was a tenth of extraction time.
    StringBuilder out = new StringBuilder(line.length());
    boolean gap = false;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && !out.isEmpty()) {
          out.append(' ');
        }
        gap = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}
