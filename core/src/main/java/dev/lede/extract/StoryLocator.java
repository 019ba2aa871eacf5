package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds the story in a classified page: the run of lines with the highest total score, where sentence-like
 * paragraphs score their length and furniture scores against (a widget that follows stories scores heavily
 * against, so the story does not run on into a bio box or a comment thread). Inside the run, furniture is dropped.
 */
final class StoryLocator {
  /** Where the story is: lines {@code start..end} inclusive, and the paragraphs kept from them. */
  record Story(int start, int end, List<Integer> paragraphs) {}

  private static final int BARRIER = 400;
  private static final int NEUTRAL = 15;
  private static final int MIN_FURNITURE = 30;
  private static final int MIN_STORY_CHARS = 80;
  /** A run of this many characters before a comment section or a footer makes it the page's likely story. */
  private static final int MIN_STORY_BEFORE_END = 400;
  private static final int AFTER_CLOSE_DISCOUNT = 4;
  private static final int MIN_RECORD_CHARS = 20;
  private static final int MAX_SUBHEADING_WORDS = 12;
  private static final int MIN_SENTENCE_WORDS = 8;
  private static final int MIN_READER_SENTENCE_WORDS = 15;

  /** A numbered or bulleted item ("1) Lego Star Wars", "2. Step two", "• Item"). */
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,3}[.)]\\s|[•·▪►◦■●*–-]\\s)");
  private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
  /** An image's placeholder in a dump ("[1-300x300]", "[svg]"). */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]\\s]{1,40}]");
  private static final int MAX_LIST_GAP = 2;
  private static final int MIN_CARD_WORDS = 5;
  private static final int MIN_CARDS = 3;
  /** A byline within the run's first third and first three paragraphs closes the header above the story. */
  private static final int HEADER_SHARE = 3;
  private static final int MAX_HEADER_PARAGRAPHS = 3;
  /** The most text a teaser card holds besides its headline: its summary. */
  private static final int MAX_CARD_TEXT = 400;
  /** A name, then what the person is for the outlet: the bio under a story, in the languages of DateParser's most. */
  private static final Pattern AUTHOR_BIO = Pattern.compile(
      "\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3},? (?:is|was|ist|war|est|es|è) (?:\\p{L}+ ){0,5}?"
          + "(?:writer|reporter|correspondent|editor|journalist|author|columnist|contributor|producer|critic"
          + "|Redakteur(?:in)?|Autor(?:in)?|Journalist(?:in)?|Korrespondent(?:in)?|journaliste|rédact(?:eur|rice)"
          + "|correspondant(?:e)?|periodista|redactora?|corresponsal|giornalista|redattore|redattrice)\\b");
  /** An empty text field ("[          ]") or a bullet without its item, as dumps render a form or a widget. */
  private static final Pattern EMPTY_WIDGET = Pattern.compile("\\[\\s{3,}]|[•·▪]");
  private static final int MIN_LIST_ITEMS = 2;
  private static final int MAX_LABEL_WORDS = 3;
  /** Subheadings between one paragraph past a list and the next: a review's product and its features. */
  private static final int MAX_LIST_HEADINGS = 2;
  /** The fewest words of an item of a list inside the story ("• Betonungen kursiv" is a style guide's item). */
  private static final int MIN_ITEM_WORDS = 2;

  /** A verse line is short; a stanza has two or more; a page of verse has this many lines and stanzas. */
  private static final int MAX_VERSE_WORDS = 15;
  private static final int MIN_VERSE_LINES = 8;
  private static final int MIN_STANZAS = 2;
  private static final int MIN_VERSE_CHARS = 200;

  private StoryLocator() {}

  /**
   * A page with no paragraph of prose whose text is verse: a song's lyrics, a poem, stanzas of short lines set apart
   * by single blank lines, none of them furniture. The longest such run is the story; null when there is none.
   * Only for pages where no story of prose was found, which would otherwise yield no article at all.
   */
  private static Story verses(List<String> lines, Kind[] kinds) {
    Story best = null;
    int bestChars = 0;
    int i = 0;
    while (i < kinds.length) {
      if (!verseLine(lines.get(i), kinds[i])) {
        i++;
        continue;
      }
      List<Integer> kept = new ArrayList<>();
      int chars = 0;
      int stanzas = 0;
      int stanzaLines = 0;
      int j = i;
      while (j < kinds.length) {
        if (verseLine(lines.get(j), kinds[j])) {
          kept.add(j);
          chars += lines.get(j).length();
          stanzaLines++;
          j++;
        } else if (kinds[j] == Kind.BLANK && j + 1 < kinds.length && verseLine(lines.get(j + 1), kinds[j + 1])) {
          stanzas += stanzaLines >= 2 ? 1 : 0; // one blank line between stanzas; two end the run
          stanzaLines = 0;
          j++;
        } else {
          break;
        }
      }
      stanzas += stanzaLines >= 2 ? 1 : 0;
      if (kept.size() >= MIN_VERSE_LINES && stanzas >= MIN_STANZAS && chars >= MIN_VERSE_CHARS && chars > bestChars) {
        best = new Story(kept.get(0), kept.get(kept.size() - 1), kept);
        bestChars = chars;
      }
      i = j;
    }
    return best;
  }

  private static boolean verseLine(String line, Kind kind) {
    return (kind == Kind.NEUTRAL || kind == Kind.SHORT || kind == Kind.PROMO) && Text.words(line) <= MAX_VERSE_WORDS;
  }

  /** The story of a whole page, or null when no run of story text exists. */
  static Story locate(List<String> lines, Kind[] kinds) {
    return locate(lines, kinds, i -> false);
  }

  /**
   * The story of a whole page, or null when no run of story text exists.
   *
   * @param closesStory whether line {@code i} opens a comment section or is the legal footer: once a story-sized run
   *     precedes such a line, the text after it counts a quarter (it is comments, teasers or dialogs far more often than
   *     the story)
   */
  static Story locate(List<String> lines, Kind[] kinds, IntPredicate closesStory) {
    int bestStart = -1;
    int bestEnd = -1;
    long best = 0;
    long sum = 0;
    int start = -1;
    boolean pastClose = false;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == Kind.BLANK) {
        continue;
      }
      long score = score(lines.get(i), kinds[i]);
      if (best >= MIN_STORY_BEFORE_END && closesStory.test(i)) {
        pastClose = true;
        score = -BARRIER; // the story does not run on past it
      }
      if (pastClose && score > 0) {
        score /= AFTER_CLOSE_DISCOUNT;
      }
      if (sum <= 0) {
        if (score <= 0) {
          continue;
        }
        sum = 0;
        start = i;
      }
      sum += score;
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    if (bestStart < 0) {
      return verses(lines, kinds);
    }
    Story story = keep(lines, kinds, bestStart, bestEnd);
    return story == null ? verses(lines, kinds)
        : withIntroduction(lines, kinds, withInnerTables(lines, kinds, withInnerLists(lines, kinds,
            withAnnouncedList(lines, kinds,
                beforeTeaserCards(lines, kinds, pastLists(lines, kinds, afterByline(lines, kinds, story)))))));
  }

  /** Words of a line that introduces the story's first paragraph, at least (a label has fewer: "Zutaten:"). */
  private static final int MIN_INTRODUCTION_WORDS = 6;

  /**
   * The story with the sentence that introduces its first paragraph ("Wolfgang Weber, Vorsitzender der
   * ZVEI-Geschäftsführung, zum Referentenentwurf:"): the line right above it, ending in a colon, of six words or more,
   * that no rule took for furniture, a date, a byline, a caption or the site's promotion. A colon announces what
   * follows; the run's scoring, which counts a sentence's full stop, leaves such a line out.
   */
  private static Story withIntroduction(List<String> lines, Kind[] kinds, Story story) {
    int j = previousWithText(lines, story.start());
    if (j < 0 || !(kinds[j] == Kind.NEUTRAL || kinds[j] == Kind.SHORT || kinds[j] == Kind.CONTENT)) {
      return story;
    }
    String line = lines.get(j).strip();
    if (!line.endsWith(":") || Text.words(line) < MIN_INTRODUCTION_WORDS) {
      return story;
    }
    List<Integer> all = new ArrayList<>(story.paragraphs().size() + 1);
    all.add(j);
    all.addAll(story.paragraphs());
    return new Story(j, story.end(), all);
  }

  /**
   * A list between two of the story's paragraphs is the story's ("• Pick products that can serve multiple purposes"):
   * two or more numbered or bulleted items of a few words each, in a row, that the run's scoring counted as a menu.
   * A list at the story's edge stays out (a menu or the related stories' links), and so does a single bulleted line.
   */
  private static Story withInnerLists(List<String> lines, Kind[] kinds, Story story) {
    List<Integer> kept = story.paragraphs();
    if (kept.size() < 2) {
      return story;
    }
    java.util.Set<Integer> keptSet = new java.util.HashSet<>(kept);
    List<Integer> added = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    boolean afterKept = false; // the line before the run is one of the story's paragraphs
    for (int i = kept.get(0); i <= kept.get(kept.size() - 1); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean item = !keptSet.contains(i) && LIST_ITEM.matcher(line).find() && Text.words(line) >= MIN_ITEM_WORDS
          && (kinds[i] == Kind.NEUTRAL || kinds[i] == Kind.FURNITURE || kinds[i] == Kind.SHORT);
      if (item) {
        run.add(i);
        continue;
      }
      if (run.size() >= MIN_LIST_ITEMS && afterKept && keptSet.contains(i)) {
        added.addAll(run);
      }
      run.clear();
      afterKept = keptSet.contains(i);
    }
    return withLines(story, added);
  }

  /** Rows of a table in a dump: lines in a block without blank lines between them, most with a number. */
  private static final int MIN_TABLE_ROWS = 3;
  private static final int MAX_ROW_WORDS = 12;

  /**
   * A table between two of the story's paragraphs is the story's (a benchmark's results, "gsoc-2018 3.3 GB/s 0.091
   * GB/s"): a block of three or more lines without a blank line between them, most of them with a number, none a
   * sentence, that the run's scoring counted as a menu. A block at the story's edge stays out, as lists do.
   */
  private static Story withInnerTables(List<String> lines, Kind[] kinds, Story story) {
    List<Integer> kept = story.paragraphs();
    if (kept.size() < 2) {
      return story;
    }
    java.util.Set<Integer> keptSet = new java.util.HashSet<>(kept);
    List<Integer> added = new ArrayList<>();
    int first = kept.get(0);
    int last = kept.get(kept.size() - 1);
    for (int i = first + 1; i < last; i++) {
      if (lines.get(i).isBlank() || !lines.get(i - 1).isBlank()) {
        continue; // a block starts after a blank line
      }
      int end = i;
      int numbered = 0;
      boolean cells = true; // a row is cells, not a sentence (a photo's caption has a date and a full stop)
      while (end < last && !lines.get(end).isBlank()) {
        String row = lines.get(end);
        numbered += row.chars().anyMatch(Character::isDigit) ? 1 : 0;
        cells &= Text.words(row) <= MAX_ROW_WORDS && !row.strip().endsWith(".");
        end++;
      }
      int rows = end - i;
      boolean between = keptSet.contains(previousWithText(lines, i)) && keptSet.contains(nextWithText(lines, end));
      if (rows >= MIN_TABLE_ROWS && numbered * 3 >= rows * 2 && cells && between) {
        for (int r = i; r < end; r++) {
          if (!keptSet.contains(r) && (kinds[r] == Kind.NEUTRAL || kinds[r] == Kind.SHORT)) {
            added.add(r);
          }
        }
      }
      i = end;
    }
    return withLines(story, added);
  }

  /** The story with more of its run's lines kept as its text (an inner list, a table), in page order. */
  private static Story withLines(Story story, List<Integer> added) {
    if (added.isEmpty()) {
      return story;
    }
    List<Integer> all = new ArrayList<>(story.paragraphs());
    all.addAll(added);
    all.sort(null);
    return new Story(story.start(), story.end(), all);
  }

  private static int previousWithText(List<String> lines, int i) {
    int j = i - 1;
    while (j >= 0 && lines.get(j).isBlank()) {
      j--;
    }
    return j;
  }

  private static int nextWithText(List<String> lines, int i) {
    int j = i;
    while (j < lines.size() && lines.get(j).isBlank()) {
      j++;
    }
    return j;
  }

  /**
   * The story goes on past a list that its run's scoring counted as a menu when a paragraph follows the list: the
   * bulleted features of a product review, each list under its subheading and the paragraphs between ("Rapid Racing
   * Rucksack", a paragraph, twenty features). Only up to the last such paragraph, punctuated prose (not a tag cloud)
   * with at most two subheadings since the one before (a sidebar has a heading over each of its lists): a
   * list after it, at the story's edge, may be a menu or the related stories' links.
   */
  private static Story pastLists(List<String> lines, Kind[] kinds, Story story) {
    List<Integer> added = new ArrayList<>();
    List<Integer> pending = new ArrayList<>();
    int items = 0;
    int headings = 0;
    int end = story.end();
    for (int i = story.end() + 1; i < kinds.length; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      int words = Text.words(line);
      // an item, or a list run into one line ("Der leichteste Gurt der Welt! • Extrem kompakt: ...")
      boolean item = (LIST_ITEM.matcher(line).find() || line.indexOf('•') > 0 && kinds[i] != Kind.CONTENT)
          && words >= 1 && kinds[i] != Kind.END && kinds[i] != Kind.DATE && kinds[i] != Kind.BYLINE;
      if (!item && words <= MAX_LABEL_WORDS && line.endsWith(":") && kinds[i] != Kind.END) {
        continue; // a list's label ("Produktbeschreibung:"), left out
      } else if (item) {
        pending.add(i);
        items++;
      } else if (kinds[i] == Kind.NEUTRAL && words <= MAX_SUBHEADING_WORDS && ++headings <= MAX_LIST_HEADINGS) {
        pending.add(i); // the next list's or paragraph's subheading; a sidebar's lists have one each
      } else if (kinds[i] == Kind.CONTENT && items >= MIN_LIST_ITEMS && Text.punctuated(line)) {
        pending.add(i);
        added.addAll(pending);
        pending.clear();
        items = 0;
        headings = 0;
        end = i;
      } else {
        break;
      }
    }
    if (added.isEmpty()) {
      return story;
    }
    List<Integer> all = new ArrayList<>(story.paragraphs());
    all.addAll(added);
    return new Story(story.start(), end, all);
  }

  /**
   * A byline near the top of the run marks the end of the story's header: what the run took in above it (a
   * disclaimer, the headline's standfirst) is not the story.
   */
  private static Story afterByline(List<String> lines, Kind[] kinds, Story story) {
    List<Integer> kept = story.paragraphs();
    long total = chars(lines, kept);
    long seen = 0;
    int k = 0;
    int cut = -1;
    for (int i = story.start(); i <= story.end() && seen * HEADER_SHARE < total && k <= MAX_HEADER_PARAGRAPHS; i++) {
      if (kinds[i] == Kind.BYLINE) {
        cut = k;
      }
      if (k < kept.size() && kept.get(k) == i) {
        seen += lines.get(i).length();
        k++;
      }
    }
    if (cut <= 0 || cut >= kept.size()) {
      return story;
    }
    return new Story(kept.get(cut), story.end(), List.copyOf(kept.subList(cut, kept.size())));
  }

  /**
   * The story ends where cards of other stories, a form or the author's bio begin: in its second half, a
   * headline-like line given twice in a row (a card's link and its heading, perhaps a kicker between), empty form
   * fields or bullets in a row (a comment form, a widget's list), or a sentence that introduces the author ("Jane Doe
   * is a freelance writer living in ...") is not the story. Anywhere after a story-sized start, a run of such cards
   * (three or more to the end) is a list of other stories however long it is.
   */
  private static Story beforeTeaserCards(List<String> lines, Kind[] kinds, Story story) {
    List<Integer> kept = story.paragraphs();
    long total = chars(lines, kept);
    List<Integer> signals = new ArrayList<>();
    List<Boolean> ends = new ArrayList<>(); // the signal ends a story in its second half
    int cards = 0;
    for (int i = story.start(); i <= story.end(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean twice = (EMPTY_WIDGET.matcher(line).matches() || card(line, kinds[i])) && nextLine(lines, i).equals(line);
      boolean card = card(line, kinds[i]) && repeatedNext(lines, i, line);
      if (twice || card || AUTHOR_BIO.matcher(line).lookingAt()) {
        signals.add(i);
        ends.add(twice || !card);
        cards += card ? 1 : 0;
      }
    }
    // the kept text before each signal: cards of a list follow each other with little text between
    long[] before = new long[signals.size()];
    long seen = 0;
    int k = 0;
    for (int i = story.start(), signal = 0; i <= story.end() && signal < signals.size(); i++) {
      if (i == signals.get(signal)) {
        before[signal++] = seen;
      }
      if (k < kept.size() && kept.get(k) == i) {
        seen += lines.get(i).strip().length();
        k++;
      }
    }
    for (int signal = 0; signal < signals.size(); signal++) {
      boolean cardList = cards >= MIN_CARDS && signal + MIN_CARDS <= signals.size()
          && before[signal] >= MIN_STORY_BEFORE_END
          && before[signal + MIN_CARDS - 1] - before[signal] <= (MIN_CARDS - 1) * MAX_CARD_TEXT
          && distinct(lines, signals.subList(signal, signal + MIN_CARDS));
      if ((ends.get(signal) && before[signal] * 2 >= total) || cardList) {
        int cut = signals.get(signal);
        int n = 0;
        while (n < kept.size() && kept.get(n) < cut) {
          n++;
        }
        return n == 0 ? story : new Story(story.start(), kept.get(n - 1), List.copyOf(kept.subList(0, n)));
      }
    }
    return story;
  }

  /** Cards of a list name different stories; an image gallery repeats one title. */
  private static boolean distinct(List<String> lines, List<Integer> at) {
    return at.stream().map(i -> lines.get(i).strip()).distinct().count() == at.size();
  }

  /** The characters of the kept lines. */
  private static long chars(List<String> lines, List<Integer> kept) {
    long total = 0;
    for (int i : kept) {
      total += lines.get(i).length();
    }
    return total;
  }

  /** The line comes again within the next two lines (a card's link, its kicker, its heading). */
  private static boolean repeatedNext(List<String> lines, int i, String line) {
    for (int j = i + 1, seen = 0; j < lines.size() && seen < 2; j++) {
      if (!lines.get(j).isBlank()) {
        if (lines.get(j).strip().equals(line)) {
          return true;
        }
        seen++;
      }
    }
    return false;
  }

  /** A name, a product or an image given twice is a caption or a list's entry; a card's headline has words. */
  private static boolean card(String line, Kind kind) {
    return kind != Kind.CAPTION && Text.words(line) >= MIN_CARD_WORDS && Text.words(line) <= MAX_SUBHEADING_WORDS * 2
        && !Text.terminal(line);
  }

  private static String nextLine(List<String> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return lines.get(j).strip();
      }
    }
    return "";
  }

  /**
   * A story whose last paragraph announces a list ("Here are the best deals:") goes on into it: numbered or bulleted
   * items, their links and short lines, which the run's scoring counts as a menu. The list ends at a widget that
   * follows stories, or at the first two lines in a row that are not items.
   */
  private static Story withAnnouncedList(List<String> lines, Kind[] kinds, Story story) {
    List<Integer> kept = story.paragraphs();
    if (kept.isEmpty() || !lines.get(kept.get(kept.size() - 1)).strip().endsWith(":")) {
      return story;
    }
    List<Integer> list = new ArrayList<>();
    int misses = 0;
    int items = 0;
    int end = story.end();
    for (int i = story.end() + 1; i < kinds.length && misses < MAX_LIST_GAP; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || PLACEHOLDER.matcher(line).matches()) {
        continue;
      }
      if (kinds[i] == Kind.END || kinds[i] == Kind.PROMO) {
        break;
      }
      boolean item = LIST_ITEM.matcher(line).find();
      if (item || (items > 0 && (BARE_URL.matcher(line).matches() || kinds[i] != Kind.FURNITURE))) {
        list.add(i);
        items += item ? 1 : 0;
        end = i;
        misses = 0;
      } else {
        misses++;
      }
    }
    if (items < MIN_LIST_ITEMS) {
      return story;
    }
    List<Integer> all = new ArrayList<>(kept);
    all.addAll(list);
    return new Story(story.start(), end, all);
  }

  /** A record's body is already the story: keep every story line, drop furniture. */
  static Story whole(List<String> lines, Kind[] kinds) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] != Kind.BLANK) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    // A record's text is the article by the publisher's own account, so a short brief (one sentence) is kept; only
    // a text with no sentence at all (a caption, a button) is refused.
    return first < 0 ? null : keep(lines, kinds, first, last, MIN_RECORD_CHARS, true);
  }

  /**
   * The story of a page's chosen element: its whole text up to a widget heading ("Next Auto News", "You might also
   * like") that the element took in after the story, one with at most a third as much text after it as before (a
   * "Related" box between paragraphs has the rest of the story after it), or null when no sentence is left.
   */
  private static final int TAIL_SHARE = 3;

  static Story scored(List<String> lines, Kind[] kinds) {
    Story story = whole(lines, kinds);
    if (story == null) {
      return null;
    }
    long total = chars(lines, story.paragraphs());
    long seen = 0;
    int k = 0;
    for (int i = story.start(); i <= story.end(); i++) {
      if (kinds[i] == Kind.END && (total - seen) * TAIL_SHARE <= seen && k > 0) {
        Story cut = keep(lines, kinds, story.start(), story.paragraphs().get(k - 1), MIN_RECORD_CHARS, true);
        return cut == null ? story : cut;
      }
      if (k < story.paragraphs().size() && story.paragraphs().get(k) == i) {
        seen += lines.get(i).length();
        k++;
      }
    }
    return story;
  }

  private static Story keep(List<String> lines, Kind[] kinds, int start, int end) {
    return keep(lines, kinds, start, end, MIN_STORY_CHARS, false);
  }

  private static Story keep(List<String> lines, Kind[] kinds, int start, int end, int minChars,
      boolean countNeutral) {
    List<Integer> kept = new ArrayList<>();
    int chars = 0;
    for (int i = start; i <= end; i++) {
      if (kinds[i].storyText() || kinds[i] == Kind.PROMO || unpunctuatedSentence(lines.get(i), kinds[i])
          || subheading(lines, kinds, i, end)) {
        kept.add(i);
        chars += kinds[i] == Kind.NEUTRAL && !countNeutral ? 0 : lines.get(i).length();
      }
    }
    return chars < minChars ? null : new Story(start, end, kept);
  }

  /** A sentence that lost its full stop ("The article suggests militias played a key role instead"). */
  private static boolean unpunctuatedSentence(String line, Kind kind) {
    return kind == Kind.NEUTRAL && Text.words(line) >= MIN_SENTENCE_WORDS && Text.capitalRatio(line) < 0.4;
  }

  /** A short title-like line followed by a paragraph of the story is a subheading. */
  private static boolean subheading(List<String> lines, Kind[] kinds, int i, int end) {
    if (kinds[i] != Kind.NEUTRAL || Text.words(lines.get(i)) > MAX_SUBHEADING_WORDS) {
      return false;
    }
    for (int j = i + 1; j <= end; j++) {
      if (kinds[j] != Kind.BLANK) {
        return kinds[j] == Kind.CONTENT;
      }
    }
    return false;
  }

  private static long score(String line, Kind kind) {
    return switch (kind) {
      case CONTENT -> line.length();
      case SHORT -> line.length() / 2;
      case NEUTRAL -> -NEUTRAL;
      case END -> -BARRIER;
      case BLANK -> 0;
      case PROMO -> readerSentence(line) ? line.length() / 2 : -Math.max(MIN_FURNITURE, line.length() / 3);
      default -> -Math.max(MIN_FURNITURE, line.length() / 3);
    };
  }

  /**
   * A long sentence that speaks to the reader without the outlet's "we" ("Today only, Amazon offers ... you can"):
   * the text of a deals post, a how-to or a recipe, not an appeal: it counts for the run it is in, as a short line
   * does.
   */
  private static boolean readerSentence(String line) {
    return Text.words(line) >= MIN_READER_SENTENCE_WORDS && Text.addressCounts(line)[0] == 0 && Text.terminal(line);
  }
}
