package dev.lede.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained named-entity tagger: left-to-right decoding of IOB2 labels with a {@link NerModel} over
 * {@link NerFeatures}, in two passes. Training decodes greedily; tagging keeps a small beam of labellings scored by
 * the model's calibrated log-probabilities (greedy for a model without a temperature). The first pass tags each
 * token from its sentence; the second reads the first pass's labels for the whole document as features (what the
 * same word and the same name are elsewhere, whether a longer name contains it), so "Gloucester" in a results line
 * takes the type the document gives it elsewhere and "Pirelli" agrees with "Pirelli SpA" (stacking, as in Krishnan
 * and Manning 2006). Lines in capitals (headlines)
 * are tagged after the other lines, so that what the document says in running text ("Japan" tagged a place)
 * informs its headline ("JAPAN GET LUCKY WIN").
 *
 * <p>A name starts with a capital letter (or a capital inside, as in "eBay" or "al-Qaeda"): a lower-case word, a
 * number or punctuation after a token outside any name is outside too, without being scored. That is two thirds
 * of the tokens of news text, and costs about one name in a thousand of the training data.
 *
 * <p>Thread-safe: the models are read-only and every call has its own buffers.
 */
final class NerTagger {
  /** The bundled model, trained by {@code lede train-entities} (see the README for the data and command). */
  static final String BUNDLED = "ner.model";

  /** One entity found: line index, first and last token (inclusive), and its label group (1 PER .. 4 MISC). */
  record Span(int line, int first, int last, int group) {}

  private final NerModel model;
  private final NerModel context;
  private final NerFeatures features;

  /**
   * @param models the first pass, then optionally the second (document context) pass
   */
  NerTagger(List<NerModel> models, NerFeatures features) {
    if (models.isEmpty() || models.size() > 2) {
      throw new IllegalArgumentException("a tagger has one or two passes, not " + models.size());
    }
    for (NerModel m : models) {
      if (m.featureVersion != NerFeatures.VERSION) {
        throw new IllegalStateException("the entity model was trained on feature set " + m.featureVersion
            + ", this version computes set " + NerFeatures.VERSION + ": retrain it with lede train-entities");
      }
    }
    this.model = models.get(0);
    this.context = models.size() > 1 ? models.get(1) : null;
    this.features = features;
  }

  static List<NerModel> bundledModel() {
    try (InputStream in = NerTagger.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource dev/lede/entity/" + BUNDLED);
      }
      return NerModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled entity model", e);
    }
  }

  NerFeatures features() {
    return features;
  }

  /** Labels for every token of every line of the document. */
  int[][] labels(NerFeatures.Doc doc) {
    int[][] first = new Decoder(model.scorer(), features, null).run(doc, null, null);
    if (context == null) {
      return first;
    }
    return new Decoder(context.scorer(), features, features.firstPass(doc, first)).run(doc, null, null);
  }

  /** The entity spans of a document. */
  List<Span> spans(NerFeatures.Doc doc) {
    return spans(labels(doc));
  }

  static List<Span> spans(int[][] labels) {
    List<Span> out = new ArrayList<>();
    for (int p = 0; p < labels.length; p++) {
      int[] l = labels[p];
      int i = 0;
      while (i < l.length) {
        int g = NerModel.group(l[i]);
        if (g == 0) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < l.length && !NerModel.isBegin(l[j]) && NerModel.group(l[j]) == g) {
          j++;
        }
        out.add(new Span(p, i, j - 1, g));
        i = j;
      }
    }
    return out;
  }

  /**
   * Decodes a document. With {@code gold} and {@code learner} given, this is one training pass over it: after each
   * token the learner sees the features, the predicted and the gold label; decoding goes on from the prediction, as
   * it will when tagging. {@code first} is null when training the first pass, else the first pass's view of the
   * document.
   */
  static int[][] decode(NerFeatures.Doc doc, NerFeatures.FirstPass first, NerModel.Scorer scorer, int[][] gold,
      Learner learner) {
    return new Decoder(scorer, learner.features(), first).run(doc, gold, learner);
  }

  /** What training plugs into decoding. */
  interface Learner {
    NerFeatures features();

    /** Called for every token, after {@link #update} when the prediction was wrong. */
    void step();

    void update(int[] buckets, int count, int predicted, int gold);

    /** Called for every scored token with the label scores, the type of the open name (0 for none) and gold. */
    default void scored(float[] scores, int open, int gold) {}
  }

  private static final class Decoder {
    private final NerModel.Scorer model;
    private final NerFeatures features;
    private final NerFeatures.FirstPass first;
    private final int[] buckets = new int[NerFeatures.MAX_FEATURES];
    private final float[] scores = new float[NerModel.N];
    private final Map<String, Integer> history = new HashMap<>();

    Decoder(NerModel.Scorer model, NerFeatures features, NerFeatures.FirstPass first) {
      this.model = model;
      this.features = features;
      this.first = first;
    }

    int[][] run(NerFeatures.Doc doc, int[][] gold, Learner learner) {
      NerFeatures fs = features;
      int[][] out = new int[doc.lines.length][];
      for (int pass = 0; pass < 2; pass++) {
        for (int p = 0; p < doc.lines.length; p++) {
          NerFeatures.Line line = doc.lines[p];
          if (line.caps != (pass == 1)) {
            continue;
          }
          out[p] = line(doc, p, line, fs, gold == null ? null : gold[p], learner);
        }
      }
      return out;
    }

    private int[] line(NerFeatures.Doc doc, int p, NerFeatures.Line line, NerFeatures fs, int[] gold,
        Learner learner) {
      float temperature = model.temperature();
      if (learner == null && temperature > 0) {
        return beam(doc, p, line, fs, temperature);
      }
      Tokens t = line.tokens;
      int[] labels = new int[t.size];
      int prev1 = 0;
      int prev2 = 0;
      for (int i = 0; i < t.size; i++) {
        if (prev1 == 0 && !mayStartName(t, i)) {
          labels[i] = 0;
          prev2 = 0;
          continue;
        }
        String key = t.key(i);
        int hist = history.getOrDefault(key, 0);
        int n = fs.extract(doc, line, p, i, prev1, prev2, hist, first, model.bits(), buckets);
        model.score(buckets, n, scores);
        int best = 0;
        int open = NerModel.group(prev1);
        for (int l = 1; l < NerModel.N; l++) {
          if (scores[l] > scores[best] && allowed(l, open)) {
            best = l;
          }
        }
        if (learner != null) {
          // after a wrong label, the gold I-X may be out of reach: B-X is then the right thing to learn
          int want = !NerModel.isBegin(gold[i]) && gold[i] != 0 && NerModel.group(gold[i]) != open
              ? gold[i] - 1 : gold[i];
          learner.scored(scores, open, want);
          if (best != want) {
            learner.update(buckets, n, best, want);
          }
          learner.step();
        }
        labels[i] = best;
        int g = NerModel.group(best);
        if (g != 0 && t.kind[i] == Tokens.WORD) {
          history.put(key, g);
        }
        prev2 = prev1;
        prev1 = best;
      }
      return labels;
    }

    /**
     * Beam decoding of one line: the labels that maximise the sum of the tokens' log-probabilities (the scores
     * through a softmax at the model's temperature), keeping at most {@link #BEAM} partial labellings, and only
     * those within {@link #MARGIN} of the best. Greedy decoding commits to each label; the beam lets a later word
     * undo an early mistake ("Veterans Day in the United States": "in" continuing the name scores a little better
     * than ending it, until "United" and "States" read as a place).
     */
    private int[] beam(NerFeatures.Doc doc, int p, NerFeatures.Line line, NerFeatures fs, float temperature) {
      Tokens t = line.tokens;
      int n = t.size;
      // hypothesis k after token i: its label lab[i * BEAM + k], the hypothesis it extends back[i * BEAM + k]
      if (lab.length < n * BEAM) {
        lab = new int[Math.max(n, 64) * BEAM];
        back = new int[lab.length];
      }
      committed = -1;
      lineHistory.clear();
      float[] curScore = new float[BEAM];
      float[] nxtScore = new float[BEAM];
      int live = 1;
      float[] candScore = new float[BEAM * NerModel.N];
      int[] candFrom = new int[BEAM * NerModel.N];
      int[] candLabel = new int[BEAM * NerModel.N];
      for (int i = 0; i < n; i++) {
        if (live == 1 && (i == 0 || lab[(i - 1) * BEAM] == 0) && !mayStartName(t, i)) {
          lab[i * BEAM] = 0; // outside any name, as in greedy decoding: most tokens
          back[i * BEAM] = 0;
          if (committed == i - 1) {
            committed = i;
          }
          continue;
        }
        int cands = 0;
        boolean scoredFixed = false;
        boolean single = live == 1;
        for (int h = 0; h < live; h++) {
          int prev1 = i > 0 ? lab[(i - 1) * BEAM + h] : 0;
          int prev2 = i > 1 ? lab[(i - 2) * BEAM + back[(i - 1) * BEAM + h]] : 0;
          if (prev1 == 0 && !mayStartName(t, i)) {
            candScore[cands] = curScore[h];
            candFrom[cands] = h;
            candLabel[cands++] = 0;
            continue;
          }
          if (!scoredFixed) {
            scoredFixed = true;
            // what does not depend on the labels before this token is scored once for the whole beam
            int count = fs.extractFixed(doc, line, p, i, first, model.bits(), buckets, 0);
            model.score(buckets, count, fixed);
          }
          int count = fs.extractLabels(line, i, prev1, prev2, historyOf(t, i, h), model.bits(), buckets, 0);
          model.score(buckets, count, scores);
          for (int l = 0; l < NerModel.N; l++) {
            scores[l] += fixed[l];
          }
          int open = NerModel.group(prev1);
          float max = Float.NEGATIVE_INFINITY;
          for (int l = 0; l < NerModel.N; l++) {
            if (allowed(l, open)) {
              max = Math.max(max, scores[l]);
            }
          }
          float base = curScore[h];
          if (!single) {
            // with one labelling alive every candidate shares its normaliser: leaving it out shifts the whole beam
            // alike, which changes no comparison
            double z = 0;
            for (int l = 0; l < NerModel.N; l++) {
              if (allowed(l, open)) {
                z += Math.exp((scores[l] - max) * temperature);
              }
            }
            base -= (float) Math.log(z);
          }
          for (int l = 0; l < NerModel.N; l++) {
            if (allowed(l, open)) {
              candScore[cands] = base + (scores[l] - max) * temperature;
              candFrom[cands] = h;
              candLabel[cands++] = l;
            }
          }
        }
        // the best BEAM candidates within the margin, best first (selection: BEAM is small)
        int kept = 0;
        float floor = Float.NEGATIVE_INFINITY;
        while (kept < BEAM) {
          int best = -1;
          for (int c = 0; c < cands; c++) {
            if (candFrom[c] >= 0 && (best < 0 || candScore[c] > candScore[best])) {
              best = c;
            }
          }
          if (best < 0 || candScore[best] < floor) {
            break;
          }
          if (kept == 0) {
            floor = candScore[best] - MARGIN;
          }
          int from = candFrom[best];
          candFrom[best] = -1;
          if (sameState(i, kept, candLabel[best], from)) {
            continue;
          }
          lab[i * BEAM + kept] = candLabel[best];
          back[i * BEAM + kept] = from;
          nxtScore[kept++] = candScore[best];
        }
        float[] swapScore = curScore;
        curScore = nxtScore;
        nxtScore = swapScore;
        live = kept;
        if (live == 1) {
          commit(t, i);
        }
      }
      int[] labels = new int[n];
      for (int i = n - 1, k = 0; i >= 0; k = back[i * BEAM + k], i--) {
        labels[i] = lab[i * BEAM + k];
      }
      for (int i = 0; i < n; i++) {
        int g = NerModel.group(labels[i]);
        if (g != 0 && t.kind[i] == Tokens.WORD) {
          history.put(t.key(i), g);
        }
      }
      return labels;
    }

    private int[] lab = new int[0];
    private int[] back = new int[0];
    private final float[] fixed = new float[NerModel.N];
    /**
     * Tokens up to this one have the same labels in every hypothesis alive (the beam narrowed to one there), and their
     * labels are in {@link #lineHistory}; only the tokens after it differ between hypotheses.
     */
    private int committed;
    /** What words of the line's settled part were labelled, as greedy decoding's history has them. */
    private final Map<String, Integer> lineHistory = new HashMap<>();

    /**
     * Whether a better labelling already kept ends in the same two labels: what comes next is scored alike for both
     * (but for the rare history feature), so the worse one is dropped (recombination, as in Viterbi decoding). Without
     * it, labellings that differ far back and agree since would stay apart to the end of a long line.
     */
    private boolean sameState(int i, int kept, int label, int from) {
      int prev = i > 0 ? lab[(i - 1) * BEAM + from] : 0;
      for (int k = 0; k < kept; k++) {
        if (lab[i * BEAM + k] == label && (i == 0 || lab[(i - 1) * BEAM + back[i * BEAM + k]] == prev)) {
          return true;
        }
      }
      return false;
    }

    /** The beam is down to one labelling after token {@code i}: its labels since the last commit are settled. */
    private void commit(Tokens t, int i) {
      int from = committed + 1;
      int[] settled = new int[i - from + 1];
      for (int at = i, k = 0; at >= from; k = back[at * BEAM + k], at--) {
        settled[at - from] = lab[at * BEAM + k];
      }
      for (int at = from; at <= i; at++) {
        int g = NerModel.group(settled[at - from]);
        if (g != 0 && t.kind[at] == Tokens.WORD) {
          lineHistory.put(t.key(at), g);
        }
      }
      committed = i;
    }

    /**
     * What the same word was last given in the document, as greedy decoding keeps it: in this hypothesis's unsettled
     * tokens, then the line's settled part, then the document's earlier lines. Only the unsettled tokens are walked,
     * so a long line costs no more than a short one.
     */
    private int historyOf(Tokens t, int i, int h) {
      String key = t.key(i);
      for (int at = i - 1, k = h; at > committed; k = back[at * BEAM + k], at--) {
        int g = NerModel.group(lab[at * BEAM + k]);
        if (g != 0 && t.kind[at] == Tokens.WORD && t.key(at).equals(key)) {
          return g;
        }
      }
      Integer settled = lineHistory.get(key);
      return settled != null ? settled : history.getOrDefault(key, 0);
    }
  }
  /** Partial labellings kept by beam decoding: 4 and 8 tag the benchmarks alike. */
  static final int BEAM = 4;
  /**
   * Log-probability below the best at which a partial labelling is dropped: e^-2, about 1 in 7. Wider margins
   * changed one name in 4,000 on the benchmarks and cost a fifth of the tagger's speed.
   */
  static final float MARGIN = 2f;

  /** A word with a capital letter: the first, or one inside ("eBay", "al-Qaeda", "McCain"). */
  static boolean mayStartName(Tokens t, int i) {
    return t.kind[i] == Tokens.WORD && t.has(i, Tokens.CAPITAL); // found once when tokenising: asked many times
  }

  /** I-X only continues an X: a mention never changes type half-way or starts inside. */
  static boolean allowed(int label, int open) {
    return label == 0 || NerModel.isBegin(label) || NerModel.group(label) == open;
  }
}
