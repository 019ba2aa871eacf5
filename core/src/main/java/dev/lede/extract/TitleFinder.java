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
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < storyStart; i++) {
      if (!titleLike(lines.get(i), kinds[i], sourceName)) {
        continue;
      }
      int score = support.getOrDefault(Text.fingerprint(lines.get(i)), 1);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return new Header(best, best < 0 ? -1 : standfirst(lines, kinds, best, storyStart));
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
        && SourceFinder.gluedHalf(s) == null;
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
