package dev.lede.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headline and standfirst of a text dump above the story. The headline is a title-like line (a few words,
 * no closing full stop, not furniture, a list item, a photo credit, a date or a byline) near the story, scored by how
 * many of its words the story itself uses (a headline names what the story is about; a site, section or navigation
 * line does not), by being repeated on the page (a breadcrumb's last segment, a share box), by a byline or date line
 * under it, and by its nearness to the story. The standfirst is a sentence-like line between headline and story.
 */
final class TitleFinder {
  /** Line indexes of the headline and standfirst, -1 when absent. */
  record Header(int title, int standfirst) {}

  private static final int MIN_TITLE_WORDS = 2;
  private static final int MIN_REPEATED_WORDS = 3;
  private static final int HEADING_ZONE = 15;
  private static final int BYLINE_DISTANCE = 3;
  private static final int STORY_WORDS = 300;
  private static final int MIN_CONTENT_WORD = 5;
  private static final int SHARED_WORDS = 3;
  private static final double MIN_OVERLAP_ABOVE = 0.6;
  /** A line near the story that shares at most one of three words with it barely speaks of it. */
  private static final double WEAK_OVERLAP = 0.34;
  private static final double OVERLAP_WEIGHT = 3;
  private static final double LENGTH_WORDS = 8;
  private static final double REPEATED = 0.5;
  private static final double ABOVE_BYLINE = 0.5;
  private static final double OVER_CREDIT = 1;
  private static final double PER_LINE_AWAY = 0.1;
  /** A photo credit or a byline label, in the languages of DateParser: not a headline. */
  private static final Pattern CREDIT = Pattern.compile(
      "^(?:foto|fotos|photo|photos|bild|image|credit|quelle|source|crédit|von|by|par|por|di|door|от)\\b[:\\s]"
          + "|\\b(?:foto|fotos|photo|photos|bild|image|credit|crédit|quelle)\\s?:|getty images|shutterstock|\\(archiv",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * Where a person stands in the picture, as captions say ("Marcell Jansen (l.) und Piotr Trochowski", "Biden (L)
   * and Xi", "(v. l.)"): a caption, never a headline.
   */
  private static final Pattern PICTURE_POSITION = Pattern.compile(
      "\\s\\((?:l|r|li|re|m|left|right|center|centre|links|rechts|mitte|v\\.\\s?l\\.(?:\\s?n\\.\\s?r)?|à g|à d|izq|izda|dcha)\\.?\\)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A line of tags under its label ("TAG: CVS Health, CVS Pharmacy, ...", "Schlagwörter: ...") or a quotation's
   * attribution ("—Joe L., age 10"): not a headline.
   */
  private static final Pattern LABELLED_TAGS_OR_ATTRIBUTION = Pattern.compile(
      "^(?:tags?|keywords|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|themen|étiquettes|mots-clés|etiquetas"
          + "|temi|trefwoorden)\\s?:|^[—–]\\s?\\p{Lu}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** An image's file name or alternative text ("lion_0002-215x120", "Banner 468x60px", "Site Logo"). */
  private static final Pattern IMAGE_TEXT = Pattern.compile(
      "\\w_\\w|\\.(?:jpe?g|png|gif|webp|svg)\\b|\\b\\d{2,4}x\\d{2,4}(?:px)?\\b|\\b(?:logo|icon)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A headline's last word may be an abbreviation ("... Alert Tues.", "... in the U.S."): its full stop ends no sentence. */
  private static final Pattern ABBREVIATION_END = Pattern.compile(
      "(?:\\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jr|Sr"
          + "|Inc|Co|Corp|Ltd|Bros|vs)\\.|\\s(?:\\p{L}\\.){2,})$");
  /** Menu entries rendered without spaces between them ("HealthScienceU.S. News"): two word joins in one token. */
  private static final Pattern GLUED_MENU = Pattern.compile("(?<![#@])\\b\\p{L}*\\p{Ll}{2}\\p{Lu}\\p{L}*\\p{Ll}\\p{Lu}");
  /** A list item or a checkbox: a line of a menu, a list of links or a recipe, not a headline. */
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(?:[•·▪►◦□○■●☆★*+]|\\[ ?]|\\d{1,2}[.)]\\s)");
  /** A date and a dash or bar before a headline ("23.01.2022 - Title"). */
  private static final Pattern LEADING_DATE =
      Pattern.compile("^\\s*(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4})\\s*[-–|]\\s*");
  /** Words a date leaves in a line for it to be a headline that names a date ("Medien im Oktober 2016"). */
  private static final int WORDS_BESIDE_DATE = 3;
  /** A byline word beside a date: the line is the story's dateline. */
  private static final Pattern DATED_BYLINE = Pattern.compile(
      "\\b(?:von|by|par|por|di|door|posted|published|veröffentlicht)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A clock time ("12:01", "06 PM", "9.30 Uhr"): beside a date it makes a line a timestamp, not a headline. */
  private static final Pattern CLOCK = Pattern.compile(
      "\\b\\d{1,2}[:.h]\\d{2}\\b|\\b\\d{1,2}\\s?(?:[ap]\\.?m\\.?|uhr)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A length of time ("30 – 45 Min", "120 Minuten", "2 hours"): a recipe's or a video's timing, which with a clock time
   * and nothing else makes a line a timestamp, not a headline ("4 AM", "120 Minuten ( + 300 Minuten Wartezeit )").
   */
  private static final Pattern DURATION = Pattern.compile(
      "\\b\\d+(?:\\s?[-–]\\s?\\d+)?\\s?(?:sek|sec|secs|seconds?|sekunden|min|mins|minutes?|minuten|std|stunden"
          + "|hrs?|hours?|h)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Words of an author's name before a timestamp. */
  private static final int NAME_WORDS = 3;
  private static final int MAX_TAG_WORDS = 2;
  private static final int MIN_TAGS = 3;
  private static final int MAX_TITLE_WORDS = 30;
  /** Words of a kicker or a breadcrumb segment run into a dump's headline ("Kind krank", "Start Archiv"). */
  private static final int MAX_KICKER_WORDS = 3;
  /** Characters a list's bullet or a line's padding adds to a headline repeated on its own line. */
  private static final int KICKER_SLACK = 6;
  /** What may set a kicker apart from the headline it was run into. */
  private static final Pattern KICKER_SEPARATOR = Pattern.compile("^[\\s:|–—-]+");
  private static final int MAX_OPENING_WORDS = 15;
  private static final int MIN_STANDFIRST_WORDS = 8;
  private static final int MAX_STANDFIRST_WORDS = 60;

  private TitleFinder() {}

  /** How far into the story's run a headline the run began with is looked for, in lines with text. */
  private static final int LEAD_LINES = 10;
  /** Lines between a headline and its story's first paragraph: a byline, a date, an image, a credit. */
  private static final int LEAD_GAP = 3;
  private static final int MAX_GAP_WORDS = 6;
  private static final int MIN_LEAD_WORDS = 3;
  private static final int MAX_LEAD_WORDS = 20;
  private static final int MIN_LEAD_PARAGRAPH_WORDS = 15;

  /**
   * A headline the located story begins with, for a page where no line above the story reads as one: within the
   * run's first lines, the first of three to twenty words that does not end like a sentence's clause (a full stop,
   * a colon, a comma) and that a paragraph of the story follows ("Du wirst nicht glauben, wie viel CO2
   * Clickbait-Websites produzieren!", which reads as a sentence), with at most a byline, a date or an image between.
   * A form's messages before it ("Vielen Dank für Ihre Anmeldung.") end in full stops. Returns the line's index, or
   * -1.
   */
  static int leadHeadline(List<String> lines, Kind[] kinds, int storyStart) {
    int seen = 0;
    for (int i = storyStart; i < lines.size() && seen < LEAD_LINES; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      int words = Text.words(line);
      char end = line.charAt(line.length() - 1);
      if ((kinds[i] == Kind.CONTENT || kinds[i] == Kind.NEUTRAL || kinds[i] == Kind.SHORT)
          && words >= MIN_LEAD_WORDS && words <= MAX_LEAD_WORDS && ".:;,".indexOf(end) < 0) {
        int gap = 0;
        for (int j = i + 1; j < lines.size() && gap <= LEAD_GAP; j++) {
          if (lines.get(j).isBlank()) {
            continue;
          }
          if (kinds[j] == Kind.CONTENT && Text.words(lines.get(j)) >= MIN_LEAD_PARAGRAPH_WORDS) {
            return i;
          }
          boolean between = kinds[j] == Kind.FURNITURE || kinds[j] == Kind.BYLINE || kinds[j] == Kind.DATE
              || kinds[j] == Kind.CAPTION || kinds[j] == Kind.NEUTRAL && Text.words(lines.get(j)) <= MAX_GAP_WORDS;
          if (!between) {
            break;
          }
          gap++;
        }
      }
    }
    return -1;
  }

  static Header find(List<String> lines, Kind[] kinds, int storyStart, String sourceName) {
    Map<String, Integer> support = new HashMap<>();
    for (int i = 0; i < storyStart; i++) {
      String line = lines.get(i);
      if (LineClassifier.breadcrumb(line)) {
        String[] parts = LineClassifier.BREADCRUMB.split(line.strip());
        support.merge(Text.fingerprint(parts[parts.length - 1]), 3, Integer::sum);
      } else if (!line.isBlank()) {
        // a numbered breadcrumb ("3. US-Sport in Zeiten von Corona") repeats the headline under its number
        support.merge(Text.fingerprint(LIST_ITEM.matcher(line.strip()).replaceFirst("")), 1, Integer::sum);
      }
    }
    Set<String> story = storyWords(lines, kinds, storyStart);
    // The headline sits just above the story, under the navigation: look there first, then anywhere above.
    int zoneStart = storyStart;
    for (int seen = 0; zoneStart > 0 && seen < HEADING_ZONE; ) {
      zoneStart--;
      seen += lines.get(zoneStart).isBlank() ? 0 : 1;
    }
    int best = best(lines, kinds, zoneStart, storyStart, storyStart, sourceName, support, story);
    if (best < 0 || overlap(lines.get(best), story) < WEAK_OVERLAP) {
      // nothing near the story speaks of it (a "You are here" or cookie line): a headline further up that does wins
      int above = best(lines, kinds, 0, zoneStart, storyStart, sourceName, support, story);
      if (best < 0 || (above >= 0 && overlap(lines.get(above), story) >= MIN_OVERLAP_ABOVE)) {
        best = above;
      } else {
        int repeated = repeatedHeadline(lines, kinds, zoneStart, sourceName, support, story,
            overlap(lines.get(best), story));
        best = repeated >= 0 ? repeated : best;
      }
    }
    if (best >= 0 && best < storyStart) {
      best = headlineOverDek(lines, kinds, best, sourceName, story);
    }
    if ((best < 0 || overlap(lines.get(best), story) == 0) && openingHeadline(lines, kinds, storyStart, sourceName)) {
      best = storyStart; // the story's run took its own headline in: nothing above speaks of the story
    }
    return new Header(best, best < 0 ? -1 : standfirst(lines, kinds, best, storyStart));
  }

  /** A question or an exclamation mark at a line's end. */
  private static final Pattern TRAILING_MARK = Pattern.compile("[?!]\\s*$");
  /** Fewest words of a headline above the line chosen, which is then its dek. */
  private static final int MIN_HEADLINE_OVER_DEK_WORDS = 4;

  /**
   * The headline over its dek: when the line right above the chosen one (a blank line between at most) reads as a
   * headline of fewer words that speaks of the story too, the chosen line is the dek under it ("Despite everything,
   * U.S. emissions dipped in 2019" over "Coal has been in a slow-motion death spiral over the past ten years").
   */
  private static int headlineOverDek(List<String> lines, Kind[] kinds, int best, String sourceName, Set<String> story) {
    int above = best - 1;
    if (above >= 0 && lines.get(above).isBlank()) {
      above--;
    }
    if (above < 0 || lines.get(above).isBlank()) {
      return best;
    }
    String line = lines.get(above);
    int words = Text.words(line);
    return words >= MIN_HEADLINE_OVER_DEK_WORDS && words < Text.words(lines.get(best))
        && (kinds[above] == Kind.NEUTRAL || kinds[above] == Kind.SHORT)
        && titleLike(line, kinds[above], sourceName, MIN_TITLE_WORDS)
        && !Text.terminal(TRAILING_MARK.matcher(line).replaceFirst("")) // a question or a cry ends a headline
        && overlap(line, story) >= WEAK_OVERLAP ? above : best;
  }

  /**
   * The line above {@code to} that the page repeats (a breadcrumb's last segment, a numbered breadcrumb) and that
   * speaks of the story most, at least weakly and more than the near line does: the headline above a paywall's offers
   * or a gallery. Returns -1 when there is none.
   */
  private static int repeatedHeadline(List<String> lines, Kind[] kinds, int to, String sourceName,
      Map<String, Integer> support, Set<String> story, double near) {
    int best = -1;
    double bestOverlap = Math.max(WEAK_OVERLAP, near);
    for (int i = to - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (line.isBlank() || support.getOrDefault(Text.fingerprint(line), 1) < 2
          || !titleLike(line, kinds[i], sourceName, MIN_TITLE_WORDS)) {
        continue;
      }
      double overlap = overlap(line, story);
      if (overlap > bestOverlap || overlap == bestOverlap && best < 0 && overlap > near) {
        best = i;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /**
   * A dump's title: the headline its breadcrumb ends with, instead of {@code found} (the headline found above the
   * story) when that is missing, has a kicker or a column of tags run into the breadcrumb's headline, is a keyword line
   * in lower case, or speaks of the story less. A site's trail ("Startseite » Energie » Bayern fordert höhere
   * Erlösobergrenzen für Bioenergie", or numbered: "1. Presse", "2. Pressemitteilungen", "3. Endlich mehr
   * Beschleunigung wagen!") ends with the page's own title. Only the last trail above the story counts, only a last
   * segment that reads as a headline of at least four words, and only when it speaks of the story (a section's name or
   * another page's title does not).
   */
  static String withBreadcrumb(List<String> lines, Kind[] kinds, int storyStart, String sourceName, String found) {
    String crumb = breadcrumbHeadline(lines, storyStart, sourceName);
    if (crumb == null) {
      return found;
    }
    Set<String> story = storyWords(lines, kinds, storyStart);
    double crumbOverlap = overlap(crumb, story);
    if (crumbOverlap == 0) {
      return found; // another page's title, or a section's
    }
    if (found == null) {
      return crumb;
    }
    String foundKey = Text.fingerprint(found);
    String crumbKey = Text.fingerprint(crumb);
    boolean runInto = !foundKey.equals(crumbKey) && (" " + foundKey + " ").contains(" " + crumbKey + " ");
    // a line in lower case throughout is a keyword line ("small space nursery"), where the trail has a headline
    boolean keywords = found.equals(found.toLowerCase(Locale.ROOT))
        && !crumb.equals(crumb.toLowerCase(Locale.ROOT));
    return runInto || keywords || overlap(found, story) < crumbOverlap ? crumb : found;
  }

  /** The last segment of the last breadcrumb above the story, when it reads as a headline; else null. */
  private static String breadcrumbHeadline(List<String> lines, int storyStart, String sourceName) {
    for (int i = Math.min(storyStart, lines.size()) - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      String segment = null;
      if (LineClassifier.breadcrumb(line)) {
        String[] parts = LineClassifier.BREADCRUMB.split(line);
        segment = parts[parts.length - 1].strip();
      } else {
        segment = numberedTrailEnd(lines, i);
      }
      if (segment != null) {
        return Text.words(segment) >= MIN_CRUMB_WORDS && titleLike(segment, Kind.NEUTRAL, sourceName,
            MIN_CRUMB_WORDS) ? segment : null;
      }
    }
    return null;
  }

  /** Words of a breadcrumb's last segment for it to be a headline: a section's name has fewer ("Weight Loss Tips"). */
  private static final int MIN_CRUMB_WORDS = 4;
  /** An item of a numbered list: its number, its text. */
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+(\\S.*)$");
  /** Items of a numbered breadcrumb before its last, at least, and words of each at most ("1. Startseite"). */
  private static final int MIN_TRAIL_ITEMS = 2;
  private static final int MAX_TRAIL_ITEM_WORDS = 3;

  /**
   * The text of the line's item when it ends a numbered breadcrumb: items numbered from one, each but the last a word
   * or three, on consecutive lines, and no next item after it. A numbered list of steps or points has longer items.
   */
  private static String numberedTrailEnd(List<String> lines, int i) {
    Matcher last = NUMBERED.matcher(lines.get(i));
    if (!last.matches()) {
      return null;
    }
    int n = Integer.parseInt(last.group(1));
    if (n <= MIN_TRAIL_ITEMS) {
      return null;
    }
    int next = i + 1;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    if (next < lines.size() && NUMBERED.matcher(lines.get(next)).matches()) {
      return null;
    }
    int expected = n - 1;
    for (int j = i - 1; j >= 0 && expected >= 1; j--) {
      if (lines.get(j).isBlank()) {
        continue;
      }
      Matcher item = NUMBERED.matcher(lines.get(j));
      if (!item.matches() || Integer.parseInt(item.group(1)) != expected
          || Text.words(item.group(2)) > MAX_TRAIL_ITEM_WORDS) {
        return null;
      }
      expected--;
    }
    return expected == 0 ? last.group(2).strip() : null;
  }

  /**
   * The story's first line reads as a headline: title-like and short (a question may read as a sentence), and a
   * paragraph, a byline or a date line follows it.
   */
  private static boolean openingHeadline(List<String> lines, Kind[] kinds, int start, String sourceName) {
    if (start < 0 || start >= lines.size() || Text.words(lines.get(start)) > MAX_OPENING_WORDS
        || !titleLike(lines.get(start), kinds[start], sourceName, MIN_TITLE_WORDS)) {
      return false;
    }
    if (aboveByline(lines, kinds, start, lines.size())) {
      return true;
    }
    for (int j = start + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return kinds[j] == Kind.CONTENT;
      }
    }
    return false;
  }

  /**
   * The headline of the chosen line of a dump, without a kicker or a breadcrumb run into it: "Start Archiv Morgen
   * Abend: ..." where "Morgen Abend: ..." also stands alone above the story (as a line or a list item). Only the
   * first few words go, and only when the page itself shows the rest as a line of its own. A breadcrumb's last
   * segment at the start of the headline is no such evidence ("News » Ferry" over "Ferry terminal approved").
   */
  static String headline(List<String> lines, int index, int storyStart) {
    String line = headline(lines.get(index));
    String[] words = line.split("\\s+");
    for (int k = 1; k <= MAX_KICKER_WORDS && words.length - k >= MIN_REPEATED_WORDS; k++) {
      String rest = line.substring(nthWordStart(line, k)).strip();
      String restKey = Text.fingerprint(rest);
      for (int j = 0; j < Math.min(storyStart, lines.size()); j++) {
        String other = lines.get(j);
        if (j == index || other.isBlank()) {
          continue;
        }
        if (Math.abs(other.strip().length() - rest.length()) <= KICKER_SLACK
            && Text.fingerprint(other).equals(restKey)) {
          return KICKER_SEPARATOR.matcher(rest).replaceFirst(""); // "Auftragshoch bei FACC : Luftfahrtbranche ..."
        }
      }
    }
    return line;
  }

  /** Where the line's k-th whitespace-separated word (0-based) starts. */
  private static int nthWordStart(String line, int k) {
    int i = 0;
    for (int seen = 0; ; ) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (seen == k || i >= line.length()) {
        return i;
      }
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      seen++;
    }
  }

  /** The headline of a chosen line: without a date written before it ("23.01.2022 - Title"). */
  static String headline(String line) {
    String s = LEADING_DATE.matcher(line).replaceFirst("");
    s = Text.words(s) >= MIN_TITLE_WORDS ? s.strip() : line.strip();
    java.util.regex.Matcher site = SITE_SUFFIX.matcher(s);
    if (site.find() && Text.words(s.substring(0, site.start())) >= MIN_TITLE_WORDS
        && (DOMAIN.matcher(site.group(1)).find() || Text.allCaps(site.group(1)))) {
      return s.substring(0, site.start()); // "Was wir über uns nicht hören wollen | FASSETTE.NET": the site's name
    }
    return s;
  }

  /** A site's name after a bar at the end of a headline, as page titles carry it. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+\\|\\s+(\\S[^|]{0,38})$");
  /** A domain name ("FASSETTE.NET", "heise.de"). */
  private static final Pattern DOMAIN = Pattern.compile("\\.\\p{L}{2,6}\\s*$");

  private static int best(List<String> lines, Kind[] kinds, int from, int to, int storyStart, String sourceName,
      Map<String, Integer> support, Set<String> story) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    int away = 0;
    for (int i = to - 1; i >= from; i--) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      away++;
      boolean repeated = support.getOrDefault(Text.fingerprint(line), 1) > 1;
      // a headline repeated on the page (a breadcrumb, a share box) or flagged by a word ("VIDEO: ...") may have
      // been taken for furniture; it still names the story, or sits right on its byline
      Kind kind = kinds[i] == Kind.FURNITURE && Text.words(line) >= MIN_REPEATED_WORDS
          && !LineClassifier.breadcrumb(line) && ((repeated && overlap(line, story) >= repeatedOverlap(lines, kinds, i, away, to, storyStart))
              || onBylineOrDate(lines, kinds, i, to))
          ? Kind.NEUTRAL : kinds[i];
      if (!titleLike(line, kind, sourceName, oneWordTitle(line, repeated, story) ? 1 : MIN_TITLE_WORDS)) {
        continue;
      }
      double score = OVERLAP_WEIGHT * overlap(line, story)
          + Math.min(Text.words(line), LENGTH_WORDS) / LENGTH_WORDS
          + (repeated ? REPEATED : 0)
          + (aboveByline(lines, kinds, i, to) ? ABOVE_BYLINE : 0)
          - (overCredit(lines, kinds, i, to) ? OVER_CREDIT : 0)
          - PER_LINE_AWAY * away;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * How much a repeated line must share with the story to be its headline: less when it sits right on the story
   * (the headline over its standfirst) or on a byline or date, more further up where teasers of other stories repeat
   * too.
   */
  private static double repeatedOverlap(List<String> lines, Kind[] kinds, int i, int away, int to, int storyStart) {
    return (away == 1 && to == storyStart) || aboveByline(lines, kinds, i, to) ? WEAK_OVERLAP : MIN_OVERLAP_ABOVE;
  }

  /** Lower-cased longer words of the story's first paragraphs. */
  private static Set<String> storyWords(List<String> lines, Kind[] kinds, int storyStart) {
    Set<String> words = new HashSet<>();
    int n = 0;
    for (int i = Math.max(0, storyStart); i < lines.size() && n < STORY_WORDS; i++) {
      if (kinds[i] == Kind.CONTENT || kinds[i] == Kind.SHORT) {
        for (String w : Text.fingerprint(lines.get(i)).split(" ")) {
          n++;
          if (w.length() >= MIN_CONTENT_WORD) {
            words.add(w);
          }
        }
      }
    }
    return words;
  }

  /**
   * How much the line speaks of the story: its longer words (short ones are mostly function words, "sind", "hier")
   * that the story uses, up to three.
   */
  private static double overlap(String line, Set<String> story) {
    int all = 0;
    int shared = 0;
    for (String w : Text.fingerprint(line).split(" ")) {
      if (w.length() >= MIN_CONTENT_WORD) {
        all++;
        shared += story.contains(w) ? 1 : 0;
      }
    }
    return all == 0 ? 0 : (double) shared / Math.max(all, SHARED_WORDS);
  }

  /**
   * The next line with text is a photo's credit ("(Image credit: Tom's Hardware)"): the line is the photo's caption
   * or its alternative text, which dumps print between the headline and the story, not the headline.
   */
  private static boolean overCredit(List<String> lines, Kind[] kinds, int i, int to) {
    for (int j = i + 1; j < to && j <= i + 2; j++) {
      if (!lines.get(j).isBlank()) {
        return kinds[j] == Kind.CAPTION;
      }
    }
    return false;
  }

  /** The next line is a byline or a date line ("By Jane Doe", "Published November 8, 2023"), as classified. */
  private static boolean onBylineOrDate(List<String> lines, Kind[] kinds, int i, int to) {
    for (int j = i + 1; j < to; j++) {
      if (!lines.get(j).isBlank()) {
        return kinds[j] == Kind.BYLINE || kinds[j] == Kind.DATE;
      }
    }
    return false;
  }

  /** A headline is followed by its byline or date line ("11. August 2015", "Von Jane Doe"). */
  private static boolean aboveByline(List<String> lines, Kind[] kinds, int i, int to) {
    for (int j = i + 1, seen = 0; j < to && seen < BYLINE_DISTANCE; j++) {
      if (lines.get(j).isBlank()) {
        continue;
      }
      seen++;
      if (kinds[j] == Kind.DATE || kinds[j] == Kind.BYLINE || !DateParser.findAll(lines.get(j)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A one-word headline (a place, a person, a product: "Emden", "Penny") is told from a one-word menu entry by being
   * repeated on the page (a breadcrumb's last segment, the page's own heading) and named in the story.
   */
  private static boolean oneWordTitle(String line, boolean repeated, Set<String> story) {
    return repeated && Text.words(line) == 1 && story.contains(Text.fingerprint(line));
  }

  private static boolean titleLike(String line, Kind kind, String sourceName, int minWords) {
    // a one-word line reads as a menu entry to the classifier; the caller has vouched for it
    boolean kindOk = kind == Kind.NEUTRAL || kind == Kind.SHORT || kind == Kind.CONTENT
        || (minWords == 1 && kind == Kind.FURNITURE);
    if (line.isBlank() || !kindOk) {
      return false;
    }
    String s = headline(line);
    int words = Text.words(s);
    return words >= minWords && words <= MAX_TITLE_WORDS
        && (!s.endsWith(".") || ABBREVIATION_END.matcher(s).find()) && !s.endsWith(":") && !s.endsWith(",") && !Text.ellipsis(s)
        && (sourceName == null || !Text.fingerprint(s).equals(Text.fingerprint(sourceName)))
        && SourceFinder.gluedHalf(s) == null
        && !CREDIT.matcher(s).find() && !LABELLED_TAGS_OR_ATTRIBUTION.matcher(s).find()
        && !PICTURE_POSITION.matcher(s).find()
        && !LIST_ITEM.matcher(s).find() && !IMAGE_TEXT.matcher(s).find()
        && !tagList(s) && !barredMenu(s) && !GLUED_MENU.matcher(s).find()
        && wordsBesideDates(s) >= WORDS_BESIDE_DATE && !timestamp(s);
  }

  /** Only a clock time or a length of time, with at most one other word. */
  private static boolean timestamp(String s) {
    return (CLOCK.matcher(s).find() || DURATION.matcher(s).find())
        && Text.words(DURATION.matcher(CLOCK.matcher(s).replaceAll(" ")).replaceAll(" ")) < MIN_TITLE_WORDS;
  }

  /** Tags or keywords: three or more items of one or two words set apart by commas ("amiga, dogs, Hunde"). */
  private static boolean tagList(String s) {
    String[] items = s.split(",");
    if (items.length < MIN_TAGS) {
      return false;
    }
    for (String item : items) {
      if (Text.words(item) > MAX_TAG_WORDS) {
        return false;
      }
    }
    return true;
  }

  /** A menu or a title bar: three or more items set apart by bars ("Politik | Blog | Kontakt"). */
  private static boolean barredMenu(String s) {
    return s.split("\\s\\|\\s").length >= MIN_TAGS;
  }

  /** The line's words outside the dates it names; every word when it names none. */
  private static int wordsBesideDates(String s) {
    List<DateParser.Found> dates = DateParser.findAll(s);
    if (dates.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    // a clock before the date counts as part of the timestamp, not as words of a headline ("Jane Doe 06 PM | 18 Mai")
    int before = Text.words(CLOCK.matcher(s.substring(0, dates.get(0).start())).replaceAll(" "));
    if (before <= 1 || DATED_BYLINE.matcher(s).find() || (before <= NAME_WORDS && CLOCK.matcher(s).find())) {
      // a dateline ("Am 13. November 2019 Von Henry In Aktuell", "Jane Doe, 01. Dez. 2017, 12:01 Uhr"), not a
      // headline naming a date
      return 0;
    }
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (DateParser.Found d : dates) {
      if (d.start() >= at) {
        rest.append(s, at, d.start()).append(' ');
        at = d.end();
      }
    }
    rest.append(s.substring(Math.min(at, s.length())));
    return Text.words(rest.toString());
  }

  private static int standfirst(List<String> lines, Kind[] kinds, int title, int storyStart) {
    String titlePrint = Text.fingerprint(lines.get(title));
    for (int i = title + 1; i < storyStart; i++) {
      String line = lines.get(i);
      if (line.isBlank() || Text.fingerprint(line).equals(titlePrint)) {
        continue;
      }
      int words = Text.words(line);
      boolean sentenceLike = kinds[i] == Kind.CONTENT || kinds[i] == Kind.NEUTRAL || kinds[i] == Kind.SHORT;
      if (sentenceLike && words >= MIN_STANDFIRST_WORDS && words <= MAX_STANDFIRST_WORDS
          && Text.capitalRatio(line) < 0.5) {
        return i;
      }
      if (kinds[i] == Kind.END || kinds[i] == Kind.PROMO) {
        break;
      }
    }
    return -1;
  }
}
