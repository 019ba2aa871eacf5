package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The snippets' passage scorer ranks passages exactly as Lucene's own, whose per-passage hash it avoids. */
class PassageScoresTest {
  private static final String[] WORDS = {"ukraine", "war", "kyiv", "talks", "grain"};

  @Test
  void scoresEveryPassageAsLucenesScorerDoes() {
    Random random = new Random(11);
    PassageScorer lucene = new PassageScorer();
    PassageScorer ours = new Snippets.PassageScores();
    for (int round = 0; round < 2_000; round++) {
      Passage p = new Passage();
      int start = random.nextInt(5_000);
      p.setStartOffset(start);
      int matches = random.nextInt(round % 50 == 0 ? 90 : 8); // now and then more than the linear limit
      String[] words = new String[matches];
      int[] starts = new int[matches];
      int at = start;
      for (int m = 0; m < matches; m++) {
        words[m] = WORDS[random.nextInt(WORDS.length)];
        at += 1 + random.nextInt(30);
        starts[m] = at;
        at += words[m].length();
      }
      p.setEndOffset(at + 1 + random.nextInt(40)); // a match must lie within the passage
      for (int m = 0; m < matches; m++) {
        // the same term may come with another in-document frequency; the first one met counts, in both
        p.addMatch(starts[m], starts[m] + words[m].length(), new BytesRef(words[m]), 1 + random.nextInt(20));
      }
      int contentLength = p.getEndOffset() + random.nextInt(10_000);
      assertEquals(lucene.score(p, contentLength), ours.score(p, contentLength), 0f, "passage " + round);
    }
  }
}
