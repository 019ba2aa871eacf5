package dev.lede.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link NerModel} with the averaged perceptron (Collins 2002): documents in a seeded random order each
 * epoch, greedy decoding as at tagging time, an update on every wrong label, and the average of the weights over
 * all steps as the result (which generalises far better than the last weights). Deterministic for a given corpus,
 * data files, seed and number of epochs.
 */
final class NerTrainer implements NerTagger.Learner, NerModel.Scorer {
  /**
   * A training document: its prepared lines, the gold label of every token and, to train the second pass, what a
   * first pass that never saw this document made of it (null to train the first pass).
   */
  record Example(NerFeatures.Doc doc, int[][] gold, NerFeatures.FirstPass first) {
    Example with(NerFeatures.FirstPass firstPass) {
      return new Example(doc, gold, firstPass);
    }
  }

  private final NerFeatures features;
  private final int bits;
  private final float[] weights;
  private final double[] totals;
  private long step = 1;
  private int mistakes;

  NerTrainer(NerFeatures features, int bits) {
    this.features = features;
    this.bits = bits;
    this.weights = new float[NerModel.N << bits];
    this.totals = new double[NerModel.N << bits];
  }

  /** A training document: its lines prepared as for tagging, and the gold label of each token. */
  static Example example(NerFeatures features, ConllCorpus.Doc doc) {
    List<String> lines = doc.lines();
    NerFeatures.Doc prepared = features.document(lines);
    int[][] gold = new int[prepared.lines.length][];
    for (int p = 0; p < gold.length; p++) {
      gold[p] = ConllCorpus.labels(doc.sentences().get(p), prepared.lines[p].tokens);
    }
    return new Example(prepared, gold, null);
  }

  /**
   * The document with its dotted abbreviations written without dots ("U.S." as "US", "U.N." as "UN"), as most
   * outlets write them today: the newswire of the training data dots them all, and a tagger that has never seen "US"
   * misses the country in modern text. Applied to a seeded half of the training documents.
   */
  static ConllCorpus.Doc undotted(ConllCorpus.Doc doc) {
    List<ConllCorpus.Sentence> out = new ArrayList<>(doc.sentences().size());
    for (ConllCorpus.Sentence s : doc.sentences()) {
      List<String> tokens = new ArrayList<>(s.tokens().size());
      for (String t : s.tokens()) {
        tokens.add(DOTTED.matcher(t).matches() ? t.replace(".", "") : t);
      }
      out.add(new ConllCorpus.Sentence(List.copyOf(tokens), s.tags()));
    }
    return new ConllCorpus.Doc(doc.id(), List.copyOf(out));
  }

  private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,3}");

  /** One pass over the examples in a random order; returns the number of wrong labels. */
  int epoch(List<Example> examples, Random random) {
    List<Example> order = new ArrayList<>(examples);
    Collections.shuffle(order, random);
    mistakes = 0;
    for (Example e : order) {
      NerTagger.decode(e.doc(), e.first(), this, e.gold(), this);
    }
    return mistakes;
  }

  /** The averaged model so far (a copy: training can go on). */
  NerModel averaged() {
    float[] w = weights;
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - totals[i] / step);
    }
    return NerModel.quantise(bits, NerFeatures.VERSION, avg);
  }

  @Override
  public int bits() {
    return bits;
  }

  @Override
  public void score(int[] buckets, int count, float[] scores) {
    java.util.Arrays.fill(scores, 0f);
    for (int f = 0; f < count; f++) {
      int base = buckets[f] * NerModel.N;
      for (int l = 0; l < NerModel.N; l++) {
        scores[l] += weights[base + l];
      }
    }
  }

  @Override
  public NerFeatures features() {
    return features;
  }

  @Override
  public void step() {
    step++;
  }

  @Override
  public void update(int[] buckets, int count, int predicted, int gold) {
    mistakes++;
    float[] w = weights;
    int n = NerModel.N;
    for (int f = 0; f < count; f++) {
      int base = buckets[f] * n;
      w[base + gold] += 1;
      totals[base + gold] += step;
      w[base + predicted] -= 1;
      totals[base + predicted] -= step;
    }
  }
}
