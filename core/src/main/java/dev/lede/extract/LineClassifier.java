package dev.lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides what each line of a page is, from general features: length, sentence punctuation, capitalisation,
 * stop-word density (on English pages), furniture phrases, menu-like runs of short lines, captions, dates, bylines, the outlet's own voice, and lines
 * that repeat within the page or across pages of the same outlet.
 */
final class LineClassifier {
  /**
   * A credit in brackets closing a caption: a slash between two words ("AP Photo/Evan Vucci", "Getty Images /
   * iStock"), an agency or a credit word, or a name in capitals. A slash with a number beside it is a date, a score or
   * a reference ("( May 22/96 )", "( 12.130 / 12.124 )", "( 96 / C 251/04 )"), no credit.
   */
  private static final Pattern CAPTION_CREDIT = Pattern.compile(
      "\\((?:[^()]*(?:(?<=\\p{L}\\s?)/(?=\\s?\\p{L})|(?i:\\bvia\\b|getty|images?\\b|photo|\\bafp\\b|reuters|\\bap\\b|\\bepa\\b|shutterstock|"
          + "\\bfile\\b|credit|\\bpool\\b|handout|\\btns\\b))[^()]*|[\\p{Lu}][\\p{Lu} .,&/-]{1,40})\\)\\s*$");
  /** Words that label a credit closing a caption ("Credit: ESA", "Foto: dpa"), in the languages of DateParser. */
  private static final Set<String> CREDIT_WORDS = Set.of("credit", "credits", "photo", "photograph", "image",
      "picture", "foto", "bild", "crédit", "fotografía", "immagine", "фото");
  /** Agencies whose name after a bar closes a caption ("Jane Roe | Bloomberg | Getty Images"). */
  private static final Set<String> CREDIT_AGENCIES = Set.of("getty images", "shutterstock", "afp", "reuters",
      "ap photo");
  private static final int MAX_CREDIT_CHARS = 60;
  private static final Pattern BULLET = Pattern.compile("^[•·▪►◦□○■●*+–-]\\s*");
  /**
   * A line of images as a dump shows them: bracketed file names or ids ("[804A2569-1]", "[Junior_139]",
   * "[INS::INS]"), never a logo's or a source's name ("[ Engadget ]"), which may be the article's citation.
   */
  private static final Pattern IMAGE_PLACEHOLDERS = Pattern.compile("^(?:\\[[^\\]\\s]*[\\d_:][^\\]\\s]*]\\s*)+$");
  private static final Pattern PARENTHETICAL = Pattern.compile("^\\(.*\\)$");
  /** The separator of a breadcrumb's segments ("Home > News > Title", "Home >> Recipes", "Klima / News / Title"). */
  static final Pattern BREADCRUMB = Pattern.compile("\\s(?:>>?|[»›→/])\\s");
  /** A breadcrumb is a short line: prose may set words apart by slashes, not forty of them. */
  private static final int MAX_BREADCRUMB_WORDS = 30;
  /** A time given relative to the visit ("2 days ago at 07:52 am", "vor 3 Stunden"): a comment's or a teaser's. */
  private static final Pattern RELATIVE_TIME = Pattern.compile(
      "^(?:\\S+\\s+){0,3}(?:"
          + "(?:\\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago"
          + "|vor (?:\\d+|einer?|einem) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
          + "|il y a (?:\\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
          + "|hace (?:\\d+|una?) (?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?))\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_RELATIVE_TIME_WORDS = 8;
  private static final int THREAD_GAP = 12;
  private static final int COMMENT_LINES = 4;
  private static final int MIN_THREAD_STAMPS = 3;
  private static final int MENU_RUN = 3;
  private static final int MIN_DUPLICATE_WORDS = 4;
  private static final int MAX_CREDIT_TAIL_WORDS = 6;
  private static final int MENU_WORDS = 4;
  /**
   * A line of at least this many words, nearly all capitalised, without a full stop or a comma anywhere, is a tag
   * cloud or a menu run into one line: prose in any language has lower-case words (German's nouns are capitalised,
   * its verbs and articles are not), and a title-case headline is shorter.
   */
  private static final int MIN_TAG_CLOUD_WORDS = 12;

  private static final double TAG_CLOUD_CAPITALS = 0.85;

  /** An English page: function words make at least this share of all its words (boilerplate included). */
  private static final double ENGLISH_PAGE = 0.15;
  /** On an English page, a long line with fewer function words than this is a list, not a sentence. */
  private static final double PROSE_FUNCTION_WORDS = 0.05;
  private static final int PROSE_CHECK_WORDS = 10;
  /** English function words, for the density of running text (once the page is known to be English). */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "with", "from", "into", "over",
      "after", "before", "about", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
      "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should", "that", "this",
      "these", "those", "it", "its", "he", "she", "his", "her", "they", "them", "their", "we", "our", "you", "your",
      "i", "who", "which", "what", "when", "where", "how", "why", "than", "then", "there", "not", "no", "if", "so",
      "also", "said", "says", "while", "since", "until", "under", "between", "during", "against", "through",
      "because", "some", "any", "all", "more", "most", "other", "such", "only", "just", "up", "out", "off");

  private final Markers markers;
  private final BylineParser bylines;

  LineClassifier(Markers markers, BylineParser bylines) {
    this.markers = markers;
    this.bylines = bylines;
  }

  /**
   * Kinds for every line.
   *
   * @param lines normalized lines (blank for paragraph breaks)
   * @param outletName the page's outlet when known, whose self-references mark appeals; may be null
   * @param seenElsewhere lines the caller has seen on other pages of the same outlet
   */
  Kind[] classify(List<String> lines, String outletName, Predicate<String> seenElsewhere) {
    Kind[] kinds = new Kind[lines.size()];
    boolean english = englishPage(lines);
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = kindOf(lines.get(i), outletName, english);
    }
    markMenuRuns(lines, kinds);
    markFurnitureLists(lines, kinds);
    markRepeats(lines, kinds, seenElsewhere);
    markCaptionDuplicates(lines, kinds);
    markCaptionsOverCredits(lines, kinds);
    markBios(lines, kinds);
    markRelativeTimes(lines, kinds);
    markInlineBoxes(lines, kinds);
    markKickerCards(lines, kinds);
    return kinds;
  }

  /** Cards in a row that make a list of other stories, however they interrupt the story. */
  private static final int MIN_KICKER_CARDS = 3;
  private static final int MAX_KICKER_WORDS = 6;
  private static final int MIN_CARD_HEADLINE_WORDS = 3;
  private static final int MAX_CARD_HEADLINE_WORDS = 25;
  /** Lines with text between one card's headline and the next card's kicker (an image, a label). */
  private static final int MAX_CARD_GAP = 3;

  /**
   * Teaser cards of other stories, each a kicker in capitals over its headline ("RANDY ANDY" over "Andrew parties in
   * unearthed pics ..."), perhaps an image between: three or more in a row are a "Most read" list inside or after the
   * story, furniture, whichever heading (or none) they have. A single kicker over a paragraph is the story's
   * subheading.
   */
  private static void markKickerCards(List<String> lines, Kind[] kinds) {
    List<int[]> run = new ArrayList<>();
    int lastEnd = -1;
    for (int i = 0; i < kinds.length; i++) {
      int headline = kicker(lines.get(i)) ? nextWithText(lines, i, 2) : -1;
      if (headline < 0 || !cardHeadline(lines.get(headline), kinds[headline])) {
        continue;
      }
      if (!run.isEmpty() && nonBlank(lines, lastEnd, i) > MAX_CARD_GAP + 1) {
        markCards(run, kinds);
        run.clear();
      }
      run.add(new int[] {i, headline});
      lastEnd = headline;
      i = headline;
    }
    markCards(run, kinds);
  }

  private static void markCards(List<int[]> run, Kind[] kinds) {
    if (run.size() < MIN_KICKER_CARDS) {
      return;
    }
    for (int[] card : run) {
      kinds[card[0]] = Kind.FURNITURE;
      kinds[card[1]] = Kind.FURNITURE;
    }
  }

  /** A kicker: a few words in capitals, no sentence. */
  private static boolean kicker(String line) {
    int words = Text.words(line);
    return words >= 1 && words <= MAX_KICKER_WORDS && Text.allCaps(line) && !Text.terminal(line);
  }

  /** A card's headline: a title-like line that is no paragraph's sentence. */
  private static boolean cardHeadline(String line, Kind kind) {
    int words = Text.words(line);
    return kind != Kind.CONTENT && kind != Kind.END && words >= MIN_CARD_HEADLINE_WORDS
        && words <= MAX_CARD_HEADLINE_WORDS && !Text.terminal(line) && !Text.allCaps(line);
  }

  /** Lines a box of links inside a story may hold ("Related" and its headlines), and their words at most. */
  private static final int MAX_BOX_LINES = 6;
  private static final int MAX_BOX_LINE_WORDS = 25;
  /** Words of the paragraph after the box from which the story goes on there. */
  private static final int MIN_RESUMING_WORDS = 12;
  /** Words of an image's alternative text, which a dump prints on a line of its own ("plague", "yersina pestis"). */
  private static final int MAX_IMAGE_WORDS = 3;
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d{1,3}[.)]|[•·▪►◦■●*–-])\\s");
  private static final Pattern PLACEHOLDER_ONLY = Pattern.compile("\\s*\\[[^\\]]{0,40}]\\s*");

  /**
   * A "Related" or "Read more" box between two paragraphs of the story (its heading, then a few headlines, then the
   * story again) is furniture, not the end of the story: only a heading that a story paragraph precedes (perhaps a
   * photo or a link between) and, after at most a few short lines without full stops, another paragraph follows. A
   * comment section's or a footer's heading still ends the story.
   */
  void markInlineBoxes(List<String> lines, Kind[] kinds) {
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] != Kind.END || markers.closesStory(lines.get(i), Text.words(lines.get(i)))) {
        continue;
      }
      int before = i - 1;
      int skipped = 0;
      // a photo between the paragraph and the box (its alternative text, its caption) or a "Read more" link is no
      // barrier either
      while (before >= 0 && (kinds[before] == Kind.BLANK || skipped < MAX_BOX_LINES
          && (kinds[before] == Kind.CAPTION || kinds[before] == Kind.FURNITURE
              || Text.words(lines.get(before)) <= MAX_IMAGE_WORDS))) {
        skipped += kinds[before] == Kind.BLANK ? 0 : 1;
        before--;
      }
      if (before < 0 || kinds[before] != Kind.CONTENT) {
        continue;
      }
      int j = i + 1;
      int box = 0;
      // a headline of the box has no full stop (a record's or a chosen element's kinds call every line content)
      // another such box right after this one ("Leggi anche:" twice, each over a photo and a headline) is part of it
      while (j < kinds.length && (kinds[j] == Kind.BLANK || (kinds[j] != Kind.CONTENT || !Text.terminal(lines.get(j)))
          && (kinds[j] != Kind.END || !markers.closesStory(lines.get(j), Text.words(lines.get(j))))
          && box < MAX_BOX_LINES && Text.words(lines.get(j)) <= MAX_BOX_LINE_WORDS)) {
        // a bullet or an image's placeholder alone ("•", "[1203947_1]") is part of a headline's item, not one more
        box += kinds[j] == Kind.BLANK || Text.words(lines.get(j)) == 0 || PLACEHOLDER_ONLY.matcher(lines.get(j)).matches()
            ? 0 : 1;
        j++;
      }
      if (j < kinds.length && kinds[j] == Kind.CONTENT && Text.words(lines.get(j)) >= MIN_RESUMING_WORDS
          && Text.terminal(lines.get(j)) && !LIST_ITEM.matcher(lines.get(j)).find()) {
        // a paragraph, not a longer item of the box's own list or a teaser's unpunctuated summary
        for (int k = i; k < j; k++) {
          kinds[k] = kinds[k] == Kind.BLANK ? Kind.BLANK : Kind.FURNITURE;
        }
      }
    }
  }

  /**
   * Kinds for the lines of a record's text (JSON Lines, WARC text), which is the article by the publisher's own
   * account: tables, results lines, datelines, headlines and short lines are its text, so only what a furniture
   * phrase marks (a share bar, a subscribe line or a comments heading the scraper kept) and photo credits are not {@link Kind#CONTENT}.
   * Shape alone (a menu-like run of short lines, a repeated line) says nothing here: a results table is both.
   */
  Kind[] classifyRecord(List<String> lines) {
    Kind[] kinds = new Kind[lines.size()];
    for (int i = 0; i < kinds.length; i++) {
      String line = lines.get(i);
      int words = Text.words(line);
      if (line.isBlank()) {
        kinds[i] = Kind.BLANK;
      } else if (markers.isEnd(line, words)) {
        kinds[i] = Kind.END;
      } else if (markers.isFurniture(line, words) || Text.socialButtons(line) || Text.optionList(line)) {
        kinds[i] = Kind.FURNITURE;
      } else if (caption(line)) {
        kinds[i] = Kind.CAPTION;
      } else {
        kinds[i] = Kind.CONTENT;
      }
    }
    return kinds;
  }

  private static boolean caption(String line) {
    return CAPTION_CREDIT.matcher(line).find() || creditTail(line) || stockCredit(line) || slashCredit(line)
        || illustrationCredit(line) || slashCreditAfterSentence(line);
  }

  /** "Joel Embiid and Kristaps Porzingis. Kyle Ross/USA TODAY Sports": a caption, its credit after its full stop. */
  private static boolean slashCreditAfterSentence(String line) {
    int slash = line.lastIndexOf('/');
    if (slash < 0 || line.length() - slash > MAX_CREDIT_CHARS) {
      return false;
    }
    int stop = line.lastIndexOf(". ", slash);
    return stop > 0 && slashCredit(line.substring(stop + 2));
  }

  /** What German pages write over a photo that only illustrates the story, before its source. */
  private static final Set<String> ILLUSTRATION_WORDS = Set.of("symbolbild", "symbolfoto", "archivbild",
      "archivfoto");

  /** "Symbolbild / Salzgitter Flachstahl AG", "Symbolfoto: dpa": an illustration's label and its source. */
  private static boolean illustrationCredit(String line) {
    String s = line.strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return end < s.length() && s.length() <= MAX_CREDIT_CHARS
        && ILLUSTRATION_WORDS.contains(s.substring(0, end).toLowerCase(Locale.ROOT))
        && " /:|(".indexOf(s.charAt(end)) >= 0;
  }

  /** Agencies and picture libraries that close a photographer's credit after a slash ("John Locher/AP"). */
  private static final Set<String> SLASH_AGENCIES = Set.of("getty images", "getty", "shutterstock", "istock",
      "istockphoto", "adobe stock", "unsplash", "afp", "reuters", "ap", "dpa", "epa", "imago", "picture alliance",
      "keystone", "bloomberg", "usa today sports");
  private static final int MAX_SLASH_CREDIT_WORDS = 6;

  /**
   * A photo credit alone on its line, a photographer's or a source's name and an agency after a slash
   * ("TebNad/Shutterstock.com", "Augusta National/Getty Images", "Kyle Ross/USA TODAY Sports").
   */
  private static boolean slashCredit(String line) {
    int slash = line.lastIndexOf('/');
    if (slash <= 0 || line.length() > MAX_CREDIT_CHARS || Text.words(line) > MAX_SLASH_CREDIT_WORDS
        || Text.terminal(line.substring(0, slash))) {
      return false;
    }
    String agency = line.substring(slash + 1).strip().toLowerCase(Locale.ROOT);
    int via = agency.lastIndexOf(" via ");
    if (via >= 0) {
      agency = agency.substring(via + " via ".length()); // "AFP via Getty Images"
    }
    if (agency.endsWith(".com")) {
      agency = agency.substring(0, agency.length() - ".com".length());
    }
    if (SLASH_AGENCIES.contains(agency)) {
      return true;
    }
    // the agency first, then the photographer: "AP Photo/Evan Vucci", "Reuters/Carlo Allegri"
    String first = line.substring(0, line.indexOf('/')).strip().toLowerCase(Locale.ROOT);
    if (first.endsWith(" photo")) {
      first = first.substring(0, first.length() - " photo".length());
    }
    String name = line.substring(line.indexOf('/') + 1).strip();
    return SLASH_AGENCIES.contains(first) && !name.isEmpty() && Character.isUpperCase(name.charAt(0))
        && !Text.terminal(name);
  }

  /** Stock-photo libraries whose name closes a caption's credit ("Photo by Jane Roe on Unsplash"). */
  private static final List<String> STOCK_LIBRARIES = List.of("unsplash", "pixabay", "pexels", "envato", "istock",
      "adobe stock", "shutterstock", "getty images");
  /** A credit word, a name and "on", "via", "auf" or "from" before a stock library's name that ends the line. */
  private static final Pattern STOCK_CREDIT = Pattern.compile(
      "(?i:photo|foto|bild|image|picture|crédit|credit)(?:\\s+by|\\s+von|\\s+de|:)?\\s+[^.!?]{2,60}?\\s"
          + "(?i:on|via|auf|from|sur|en|su)\\s+\\S+(?:\\s+\\S+)?\\s*$");

  /** "Herausforderungen für unser Stromnetz / Photo by Fré Sonneveld on Unsplash", "... Foto Jane Roe via Unsplash". */
  private static boolean stockCredit(String line) {
    String s = line.strip().toLowerCase(Locale.ROOT);
    for (String library : STOCK_LIBRARIES) {
      if (s.endsWith(library)) {
        return STOCK_CREDIT.matcher(line).find();
      }
    }
    return false;
  }

  /**
   * A credit closing a caption: "... of the module. Credit: ESA" (a credit word opening the line or a sentence, a
   * colon, up to 60 characters without a full stop) or "... | Getty Images". Written out by hand: a regex searched
   * from every offset of every line was a tenth of extraction time.
   */
  private static boolean creditTail(String line) {
    int bar = line.lastIndexOf('|');
    if (bar >= 0 && CREDIT_AGENCIES.contains(line.substring(bar + 1).strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    int colon = line.lastIndexOf(':');
    if (colon < 0) {
      return false;
    }
    String credit = line.substring(colon + 1);
    String named = credit.startsWith(" ") ? credit.substring(1) : credit;
    if (named.length() < 2 || named.length() > MAX_CREDIT_CHARS || named.indexOf('.') >= 0) {
      return false;
    }
    int end = colon > 0 && line.charAt(colon - 1) == ' ' ? colon - 1 : colon;
    int start = end;
    while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return false;
    }
    int glued = lastCapital(line, start, end);
    if (glued > start && Character.isLowerCase(line.charAt(glued - 1))
        && CREDIT_WORDS.contains(line.substring(glued, end).toLowerCase(Locale.ROOT))) {
      return true; // the credit run into the caption by the dump ("... ate a rabbitCredit: Getty")
    }
    if (!CREDIT_WORDS.contains(line.substring(start, end).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int before = start;
    while (before > 0 && Character.isWhitespace(line.charAt(before - 1))) {
      before--;
    }
    // "... of the module. Credit: ESA", "Wissenschaft spart Energie / Foto: Envato", "... | Photo: AP"
    return before == 0 || (before < start && ".!?)/|".indexOf(line.charAt(before - 1)) >= 0);
  }

  /** The index of the last capital letter in {@code line[from, to)}, or -1. */
  private static int lastCapital(String line, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (Character.isUpperCase(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The kind of one line.
   *
   * @param english whether the page is English, so that stop-word density can tell prose from keyword and tag
   *     lists (other languages are not judged by it)
   */
  Kind kindOf(String line, String outletName, boolean english) {
    if (line.isBlank()) {
      return Kind.BLANK;
    }
    int words = Text.words(line);
    if (markers.isEnd(line, words) || markers.bioName(line).isPresent()) {
      return Kind.END;
    }
    if (markers.isFurniture(line, words) || Text.socialButtons(line) || breadcrumb(line) || Text.code(line)
        || Text.optionList(line)) {
      return Kind.FURNITURE;
    }
    if (dateLine(line)) {
      return Kind.DATE;
    }
    if (bylines.parse(line).isPresent()) {
      return Kind.BYLINE;
    }
    if (caption(line)) {
      return Kind.CAPTION;
    }
    if (PARENTHETICAL.matcher(line).matches() || IMAGE_PLACEHOLDERS.matcher(line.strip()).matches()
        || (Text.ellipsis(line) && words <= 40)
        || (BULLET.matcher(line).find() && words <= 6)
        || words == 0) {
      return Kind.FURNITURE;
    }
    if (promo(line, words, outletName)) {
      return Kind.PROMO;
    }
    boolean terminal = Text.terminal(line);
    double capitals = Text.capitalRatio(line);
    if (!terminal && words >= MIN_TAG_CLOUD_WORDS && capitals >= TAG_CLOUD_CAPITALS && !Text.punctuated(line)) {
      return Kind.NEUTRAL; // "Ausbildung Brandschutzerziehung Einsatz Löschmittel ...": a tag cloud or a menu, no prose
    }
    if (words >= 8 && (terminal || words >= 25) && (capitals < 0.5 || words >= 20)) {
      return english && words >= PROSE_CHECK_WORDS && !prose(line) ? Kind.NEUTRAL : Kind.CONTENT;
    }
    if (words >= 2 && terminal && capitals < 0.6) {
      return Kind.SHORT;
    }
    return Kind.NEUTRAL;
  }

  /**
   * Lines stamped with a time relative to the visit ("2 days ago at 07:52 am") head comments or teaser cards. One
   * or two may be a story's "updated 2 hours ago" and a teaser's; three or more, each a few lines from the next,
   * are a thread or a list: the stamps are barriers, and the lines between them (and a comment's worth after the
   * last) are the thread's, so that no comment, however long, reads as the story.
   */
  private static void markRelativeTimes(List<String> lines, Kind[] kinds) {
    List<Integer> stamps = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      String line = lines.get(i);
      if (!line.isBlank() && Text.words(line) <= MAX_RELATIVE_TIME_WORDS && RELATIVE_TIME.matcher(line).find()) {
        stamps.add(i);
      }
    }
    int first = 0;
    for (int k = 1; k <= stamps.size(); k++) {
      if (k < stamps.size() && nonBlank(lines, stamps.get(k - 1), stamps.get(k)) <= THREAD_GAP) {
        continue; // the cluster goes on
      }
      if (k - first >= MIN_THREAD_STAMPS) {
        markThread(lines, kinds, stamps.subList(first, k));
      }
      first = k;
    }
  }

  private static void markThread(List<String> lines, Kind[] kinds, List<Integer> stamps) {
    for (int k = 0; k < stamps.size(); k++) {
      int at = stamps.get(k);
      kinds[at] = Kind.END;
      int to = at + 1;
      if (k + 1 < stamps.size()) {
        to = stamps.get(k + 1);
      } else {
        for (int seen = 0; to < kinds.length && seen < COMMENT_LINES; to++) {
          seen += lines.get(to).isBlank() ? 0 : 1;
        }
      }
      demote(kinds, at + 1, to);
    }
  }

  private static void demote(Kind[] kinds, int from, int to) {
    for (int i = from; i < to; i++) {
      if (kinds[i] != Kind.BLANK && kinds[i] != Kind.END) {
        kinds[i] = Kind.FURNITURE;
      }
    }
  }

  private static int nonBlank(List<String> lines, int from, int to) {
    int n = 0;
    for (int i = from + 1; i < to; i++) {
      n += lines.get(i).isBlank() ? 0 : 1;
    }
    return n;
  }

  private static boolean englishPage(List<String> lines) {
    long words = 0;
    long english = 0;
    for (String line : lines) {
      if (Text.code(line)) {
        continue; // a script's English keywords and messages say nothing about the language of the page
      }
      long counts = LanguageDetector.wordsIn(line, FUNCTION_WORDS, true);
      words += counts >>> 32;
      english += (int) counts;
    }
    return words > 0 && english >= ENGLISH_PAGE * words;
  }

  /** Stop-word density of running text: "ukraine war kherson news live updates russia" has none. */
  private static boolean prose(String line) {
    long counts = LanguageDetector.wordsIn(line, FUNCTION_WORDS, true);
    return (int) counts >= PROSE_FUNCTION_WORDS * (counts >>> 32);
  }

  static boolean breadcrumb(String line) {
    return BREADCRUMB.matcher(line).results().count() >= 2 && Text.words(line) <= MAX_BREADCRUMB_WORDS;
  }

  /** A line that is a date plus at most a few filler words ("Published", "Updated", a time zone). */
  static boolean dateLine(String line) {
    // "07/05/2022 20H06" is a date line in either order; which date it is, DateFinder reads by the page's language
    List<DateParser.Found> found = DateParser.findAll(line, true);
    if (found.isEmpty()) {
      return false;
    }
    StringBuilder rest = new StringBuilder(line);
    for (int i = found.size() - 1; i >= 0; i--) {
      rest.delete(found.get(i).start(), found.get(i).end());
    }
    // the times beside the dates are no words of a sentence ("07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17")
    return Text.words(CLOCK.matcher(rest).replaceAll(" ")) <= 3;
  }

  /** A clock time: "18:50", "20H06", "9.30 Uhr", "06 PM". */
  private static final Pattern CLOCK = Pattern.compile(
      "\\b\\d{1,2}[:.hH]\\d{2}(?:\\s?(?:uhr|hrs?|h)\\b)?|\\b\\d{1,2}\\s?(?:[ap]\\.?m\\.?|uhr)(?!\\p{L})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int LONG_PARAGRAPH_WORDS = 60;

  private static boolean promo(String line, int words, String outletName) {
    int[] counts = Text.addressCounts(line);
    int total = counts[0] + counts[1];
    boolean selfNamed = outletName != null && line.contains(outletName) && counts[0] > 0;
    return (total >= 2 && words < 40)
        // "we" and "you" in one short paragraph is an appeal; a long one (a deals post, a review) may say both in
        // passing ("our previous mention", "you can upgrade") and is judged by its density of them
        || (counts[0] > 0 && counts[1] > 0 && words < LONG_PARAGRAPH_WORDS)
        || selfNamed
        || (counts[1] > 0 && words <= 12)
        || (total >= 4 && total >= 0.04 * words);
  }

  /** Runs of short non-sentence lines are menus, whatever their words. */
  private static void markMenuRuns(List<String> lines, Kind[] kinds) {
    int i = 0;
    while (i < kinds.length) {
      int j = i;
      while (j < kinds.length && menuItem(lines.get(j), kinds[j])) {
        j++;
      }
      if (j - i >= MENU_RUN) {
        for (int k = i; k < j; k++) {
          kinds[k] = Kind.FURNITURE;
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * A bulleted list is one thing: under a line of furniture ("More:"), when most of its items are furniture too (a
   * box's short headlines), so are the others, a longer headline among them ("• China completes landing test for its
   * first Mars mission").
   */
  private static void markFurnitureLists(List<String> lines, Kind[] kinds) {
    int i = 0;
    while (i < kinds.length) {
      if (!LIST_ITEM.matcher(lines.get(i)).find()) {
        i++;
        continue;
      }
      List<Integer> items = new ArrayList<>();
      int furniture = 0;
      int j = i;
      while (j < kinds.length && LIST_ITEM.matcher(lines.get(j)).find()) {
        items.add(j);
        furniture += kinds[j] == Kind.FURNITURE ? 1 : 0;
        int next = nextWithText(lines, j, 1);
        j = next < 0 ? kinds.length : next;
      }
      int heading = i - 1;
      while (heading >= 0 && lines.get(heading).isBlank()) {
        heading--;
      }
      boolean underFurniture = heading >= 0 && (kinds[heading] == Kind.FURNITURE || kinds[heading] == Kind.END);
      if (items.size() >= MIN_FURNITURE_LIST && furniture * 2 > items.size() && underFurniture) {
        for (int k : items) {
          if (kinds[k] == Kind.NEUTRAL || kinds[k].storyText()) {
            kinds[k] = Kind.FURNITURE;
          }
        }
      }
      i = Math.max(i + 1, items.get(items.size() - 1) + 1);
    }
  }

  private static final int MIN_FURNITURE_LIST = 3;

  private static boolean menuItem(String line, Kind kind) {
    return (kind == Kind.NEUTRAL || kind == Kind.FURNITURE || kind == Kind.SHORT)
        && Text.words(line) <= MENU_WORDS;
  }

  private static void markRepeats(List<String> lines, Kind[] kinds, Predicate<String> seenElsewhere) {
    Map<String, Integer> counts = new HashMap<>();
    String[] prints = new String[lines.size()];
    for (int i = 0; i < prints.length; i++) {
      if (!lines.get(i).isBlank()) {
        prints[i] = Text.fingerprint(lines.get(i));
        counts.merge(prints[i], 1, Integer::sum);
      }
    }
    int story = 0;
    int repeated = 0;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i].storyText() || kinds[i] == Kind.PROMO) {
        story++;
        repeated += seenElsewhere.test(lines.get(i)) ? 1 : 0;
      }
    }
    // a page whose story is mostly "seen before" is a re-run of a story, not furniture
    boolean useMemory = repeated * 2 < story;
    for (int i = 0; i < kinds.length; i++) {
      String line = lines.get(i);
      if (line.isBlank() || kinds[i] == Kind.END) {
        continue;
      }
      if (counts.get(prints[i]) >= 3 || (useMemory && seenElsewhere.test(line))) {
        kinds[i] = Kind.FURNITURE;
      }
    }
  }

  /**
   * A line followed by the same line plus a short tail ("Photo text" then "Photo textCredit: Getty", "Photo text
   * (Credit)"): both are the caption. So are a media player's description with its label run into it and the same
   * description again, one line (the clip's title) between them ("... Home Depot employees.video", a title, "...
   * Home Depot employees."). A line repeated as it is may be a headline and its share box, so it is a caption only
   * when a credit line follows the two ("An artist's illustration of ..." twice, then "(Image: © NASA)").
   */
  private static void markCaptionDuplicates(List<String> lines, Kind[] kinds) {
    for (int i = 0; i < kinds.length; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int next = nextWithText(lines, i, 2);
      if (next < 0) {
        continue;
      }
      String following = lines.get(next);
      if (kinds[next] == Kind.CAPTION && following.startsWith(line)) {
        kinds[i] = Kind.CAPTION;
      } else if (following.strip().equals(line.strip()) && Text.words(line) >= MIN_DUPLICATE_WORDS) {
        int credit = nextWithText(lines, next, 2);
        if (credit >= 0 && kinds[credit] == Kind.CAPTION) {
          kinds[i] = Kind.CAPTION; // a photo's text twice (its alternative text and its caption), then its credit
          kinds[next] = Kind.CAPTION;
        }
      } else if (shortTail(line, following)) {
        kinds[i] = Kind.CAPTION;
        kinds[next] = Kind.CAPTION;
      } else {
        int after = nextWithText(lines, next, 2);
        if (after >= 0 && shortTail(lines.get(after).strip(), line.strip())) {
          kinds[i] = Kind.CAPTION;
          kinds[after] = Kind.CAPTION;
        }
      }
    }
  }

  /**
   * A photo's caption and its credit make a block of their own: a line right above a credit alone on its line, no
   * blank line between them and one above ("Sheikh Mohammed ... at the Dubai Air Show." over "Natalie Naccache |
   * Bloomberg | Getty Images"), is the caption, not the story's paragraph it reads like.
   */
  private static void markCaptionsOverCredits(List<String> lines, Kind[] kinds) {
    for (int i = 1; i + 1 < kinds.length; i++) {
      String credit = lines.get(i + 1);
      if (kinds[i].storyText() && kinds[i + 1] == Kind.CAPTION && lines.get(i - 1).isBlank()
          && credit.length() <= MAX_CREDIT_CHARS && (creditTail(credit) || slashCredit(credit))
          && (i + 2 >= lines.size() || lines.get(i + 2).isBlank())) {
        kinds[i] = Kind.CAPTION;
      }
    }
  }

  /** {@code longer} is {@code line} of a few words or more plus a tail of a few words. */
  private static boolean shortTail(String line, String longer) {
    return longer.startsWith(line) && Text.words(line) >= MIN_DUPLICATE_WORDS && longer.length() > line.length()
        && Text.words(longer.substring(line.length())) <= MAX_CREDIT_TAIL_WORDS;
  }

  /** The next line with text after {@code i}, at most {@code blanks} blank lines on, or -1. */
  private static int nextWithText(List<String> lines, int i, int blanks) {
    int next = i + 1;
    while (next < lines.size() && lines.get(next).isBlank() && next <= i + blanks) {
      next++;
    }
    return next >= lines.size() || lines.get(next).isBlank() ? -1 : next;
  }

  /** The paragraph under an "About Jane Doe" heading is Jane Doe's bio, not story. */
  private void markBios(List<String> lines, Kind[] kinds) {
    for (int i = 0; i < kinds.length; i++) {
      String name = markers.bioName(lines.get(i)).orElse(null);
      if (name == null) {
        continue;
      }
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      for (int j = i + 1; j < kinds.length && j <= i + 3; j++) {
        if (!lines.get(j).isBlank()) {
          if (lines.get(j).contains(surname)) {
            kinds[j] = Kind.FURNITURE;
          }
          break;
        }
      }
    }
  }
}
