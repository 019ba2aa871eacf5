package dev.lede.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of outlet and person names, shared by the registry and the cue finders. */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern CORPORATE =
      Pattern.compile("(?: (?:l ?p|llc|inc|ltd|plc|co|corp|limited|gmbh|sa|ag))+$");
  private static final Pattern QUALIFIER = Pattern.compile("\\s*(?:\\([^)]*\\)|\\s[-–—|:]\\s.*)$");
  private static final Pattern PERSON =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|der|bin|al|la|le|di|du)){0,4}");

  private Names() {}

  /** Lookup key: lowercase, accents and punctuation removed, "&" read as "and", no leading "the", no "Inc.". */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return CORPORATE.matcher(s).replaceAll("").strip();
  }

  /** "New York Times - News" to "New York Times", "CNN (Web News)" to "CNN". */
  static String withoutQualifier(String name) {
    String bare = QUALIFIER.matcher(name.strip()).replaceAll("").strip();
    return bare.isEmpty() ? name.strip() : bare;
  }

  /** Whether a string reads like a person's or an organisation's proper name (capitalised words only). */
  static boolean looksLikeName(String s) {
    return s.length() >= 2 && s.length() <= 60 && PERSON.matcher(s).matches();
  }

  /** Trims spaces and trailing punctuation that a cue pattern may leave around a name. */
  static String clean(String s) {
    return s.strip().replaceAll("^[\\s\\p{Punct}“”‘’]+|[\\s,;:.!?|“”‘’]+$", "").strip();
  }
}
