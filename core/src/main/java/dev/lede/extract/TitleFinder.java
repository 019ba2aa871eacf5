package dev.lede.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the headline and standfirst of a text dump above the story: the headline is a title-like line (a few words,
 * no closing full stop, not furniture, not a date or byline), preferring one the page repeats (a breadcrumb's last
 * segment, a share box) over the first; the standfirst is a sentence-like line between headline and story.
 */
final class TitleFinder {
  /** Line indexes of the headline and standfirst, -1 when absent. */
  record Header(int title, int standfirst) {}

  private static final int MIN_TITLE_WORDS = 3;
  private static final int HEADING_ZONE = 8;
  private static final int BYLINE_DISTANCE = 3;
  /** A photo credit or a byline label, in the languages of DateParser: not a headline. */
  private static final Pattern CREDIT = Pattern.compile(
      "^(?:foto|fotos|photo|photos|bild|image|credit|quelle|source|crédit|von|by|par|por|di|door|от)\\b[:\\s]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_TITLE_WORDS = 25;
  private static final int MIN_STANDFIRST_WORDS = 8;
  private static final int MAX_STANDFIRST_WORDS = 60;
  private static final Pattern BREADCRUMB_SPLIT = Pattern.compile("\\s[>»›]\\s");

  private TitleFinder() {}

  static Header find(List<String> lines, Kind[] kinds, int storyStart, String sourceName) {
    Map<String, Integer> support = new HashMap<>();
    for (int i = 0; i < storyStart; i++) {
      String line = lines.get(i);
      if (LineClassifier.breadcrumb(line)) {
        String[] parts = BREADCRUMB_SPLIT.split(line.strip());
        support.merge(Text.fingerprint(parts[parts.length - 1]), 3, Integer::sum);
      } else if (!line.isBlank()) {
        support.merge(Text.fingerprint(line), 1, Integer::sum);
      }
    }
    // The headline sits just above the story, under the navigation: look there first (a repeated line, such as a
    // breadcrumb's last part, still wins; among equals the nearest to the story), then anywhere above.
    int zoneStart = storyStart;
    for (int seen = 0; zoneStart > 0 && seen < HEADING_ZONE; ) {
      zoneStart--;
      seen += lines.get(zoneStart).isBlank() ? 0 : 1;
    }
    int best = best(lines, kinds, zoneStart, storyStart, sourceName, support, true);
    if (best < 0) {
      best = best(lines, kinds, 0, zoneStart, sourceName, support, false);
    }
    return new Header(best, best < 0 ? -1 : standfirst(lines, kinds, best, storyStart));
  }

  private static int best(List<String> lines, Kind[] kinds, int from, int to, String sourceName,
      Map<String, Integer> support, boolean nearest) {
    int best = -1;
    int bestScore = 0;
    for (int i = from; i < to; i++) {
      if (!titleLike(lines.get(i), kinds[i], sourceName)) {
        continue;
      }
      int score = support.getOrDefault(Text.fingerprint(lines.get(i)), 1) + (aboveByline(lines, kinds, i, to) ? 2 : 0);
      if (score > bestScore || (nearest && score == bestScore)) {
        best = i;
        bestScore = score;
      }
    }
    return best;
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

  private static boolean titleLike(String line, Kind kind, String sourceName) {
    if (line.isBlank() || !(kind == Kind.NEUTRAL || kind == Kind.SHORT || kind == Kind.CONTENT)) {
      return false;
    }
    int words = Text.words(line);
    String s = line.strip();
    return words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS
        && !s.endsWith(".") && !s.endsWith(":") && !Text.ellipsis(s)
        && (sourceName == null || !Text.fingerprint(s).equals(Text.fingerprint(sourceName)))
        && SourceFinder.gluedHalf(s) == null
        && !CREDIT.matcher(s).find() && DateParser.findAll(s).isEmpty();
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
