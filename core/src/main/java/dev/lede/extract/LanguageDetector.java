package dev.lede.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * ISO 639-1 language of a text with OpenNLP's language-detection model (103 languages, ISO 639-3 codes mapped to
 * 639-1). The model (about 10 MB) is loaded on first use, once per instance; detection is thread-safe.
 */
final class LanguageDetector {
  static final String MODEL = "/langdetect-183.bin";
  /** Character n-gram language models need a few hundred characters; more costs time and adds nothing. */
  private static final int MAX_CHARS = 1_000;
  /**
   * Words frequent in English and rare as words in other languages. Running text where they make up a large share
   * of the words is English without asking the model, which is the common case of an English news archive and
   * saves the model's cost (a third of extraction time).
   */
  private static final java.util.Set<String> ENGLISH = java.util.Set.of(
      "the", "of", "and", "to", "that", "for", "with", "was", "it", "by", "at", "he", "said", "from", "his", "be",
      "are", "have", "has", "not", "this", "but", "they", "were", "will", "which", "their", "who", "been", "had",
      "or", "its", "would", "we", "after", "there", "more", "about", "than", "when", "she", "her", "you", "what",
      "can", "also", "into", "could", "our", "over", "up", "out", "year", "new", "people");
  private static final double ENGLISH_SHARE = 0.22;
  private static final int ENGLISH_MIN_WORDS = 25;
  private static final int MIN_CHARS = 40;
  private static final double CJK_SHARE = 0.5;
  /** A CJK character carries about as much as a Latin word: ten of them are a sentence. */
  private static final int MIN_CJK_CHARS = 10;
  /** Japanese text mixes kana into its Han characters; Chinese has none (a few in a name or loanword at most). */
  private static final double JAPANESE_KANA_SHARE = 0.1;
  private static final double MIN_CONFIDENCE = 0.2;
  /** Individual languages the model reports that belong to a macrolanguage with a 639-1 code. */
  private static final Map<String, String> INDIVIDUAL = Map.ofEntries(
      Map.entry("cmn", "zh"), Map.entry("yue", "zh"), Map.entry("wuu", "zh"), Map.entry("arb", "ar"),
      Map.entry("pes", "fa"), Map.entry("prs", "fa"), Map.entry("zsm", "ms"), Map.entry("nob", "nb"),
      Map.entry("nno", "nn"), Map.entry("ekk", "et"), Map.entry("lvs", "lv"), Map.entry("swh", "sw"),
      Map.entry("khk", "mn"), Map.entry("uzn", "uz"), Map.entry("azj", "az"), Map.entry("ydd", "yi"),
      Map.entry("plt", "mg"), Map.entry("gug", "gn"), Map.entry("quz", "qu"), Map.entry("npi", "ne"),
      Map.entry("ory", "or"), Map.entry("lav", "lv"), Map.entry("est", "et"));

  private final Map<String, String> iso3to1 = new HashMap<>();
  private volatile LanguageDetectorModel model;

  LanguageDetector() {
    for (String code : Locale.getISOLanguages()) {
      String iso3 = Locale.of(code).getISO3Language();
      iso3to1.putIfAbsent(iso3, code);
    }
    iso3to1.putAll(INDIVIDUAL);
  }

  /** The ISO 639-1 code, or null when the text is too short or the guess too weak. */
  String detect(String text) {
    if (text == null || text.strip().length() < MIN_CJK_CHARS) {
      return null;
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String byScript = cjkByScript(sample);
    if (byScript != null) {
      return byScript;
    }
    if (text.strip().length() < MIN_CHARS) {
      return null;
    }
    if (clearlyEnglish(sample)) {
      return "en";
    }
    Language best = new LanguageDetectorME(model()).predictLanguage(sample);
    if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
      return null;
    }
    return iso3to1.get(best.getLang());
  }

  /**
   * Japanese (any kana), Korean (Hangul) or Chinese (Han alone) when those scripts make up most of the letters: the
   * script says it surely, and the character model is unsure on short CJK texts mixed with Latin names.
   */
  static String cjkByScript(String sample) {
    int letters = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      switch (script) {
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        default -> { }
      }
    }
    int cjk = han + kana + hangul;
    if (letters == 0 || cjk < CJK_SHARE * letters) {
      return null;
    }
    return hangul > cjk / 2 ? "ko" : kana >= JAPANESE_KANA_SHARE * cjk ? "ja" : "zh";
  }

  static boolean clearlyEnglish(String sample) {
    long counts = wordsIn(sample, ENGLISH, false);
    int words = (int) (counts >>> 32);
    return words >= ENGLISH_MIN_WORDS && (int) counts >= ENGLISH_SHARE * words;
  }

  /**
   * The words of a text (runs of letters and apostrophes) in the high 32 bits, and how many of them are in the
   * lower-case {@code vocabulary} (of words up to 7 letters) in the low 32 bits. One pass, no regular expression.
   *
   * @param asWritten count only words written in lower case (or capitalised as the first word), as function words
   *     are in running text: "MAY", "A" and "I" in "BRK.A" or "I:DJI" of a ticker table are not
   */
  static long wordsIn(CharSequence text, java.util.Set<String> vocabulary, boolean asWritten) {
    int words = 0;
    int english = 0;
    boolean capitals = false;
    StringBuilder word = new StringBuilder(16);
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || c == '\'') {
        capitals |= Character.isUpperCase(c) && (!word.isEmpty() || words > 0);
        word.append(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        words++;
        if (word.length() <= 7 && !(asWritten && capitals) && vocabulary.contains(word.toString())) {
          english++;
        }
        word.setLength(0);
        capitals = false;
      }
    }
    return (long) words << 32 | english;
  }

  private LanguageDetectorModel model() {
    LanguageDetectorModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          m = load();
          model = m;
        }
      }
    }
    return m;
  }

  private static LanguageDetectorModel load() {
    try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("language model " + MODEL + " not on the classpath "
            + "(opennlp-models-langdetect)");
      }
      return new LanguageDetectorModel(new BufferedInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language model " + MODEL, e);
    }
  }
}
