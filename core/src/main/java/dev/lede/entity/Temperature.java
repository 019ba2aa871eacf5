package dev.lede.entity;

import java.util.List;

/**
 * Fits the softmax temperature that turns a trained pass's label scores into probabilities, for beam decoding
 * (temperature scaling, Guo et al. 2017): the one number that maximises the log-likelihood of the gold labels of
 * annotated documents, each token scored as tagging scores it (after the labels decoding gave the tokens before).
 * The perceptron's scores have no scale of their own, so without this a beam would compare sums of numbers whose
 * size means nothing.
 */
final class Temperature implements NerTagger.Learner {
  private final NerFeatures features;
  private float[] scores = new float[1 << 16];
  private int[] gold = new int[1 << 12];
  private int tokens;

  private Temperature(NerFeatures features) {
    this.features = features;
  }

  /**
   * The temperature of {@code model} on the examples (with their first-pass views when the model is a second pass).
   * Lower is flatter; returns 0 (greedy decoding) when the examples score no token.
   */
  static float fit(NerModel model, NerFeatures features, List<NerTrainer.Example> examples) {
    Temperature t = new Temperature(features);
    NerModel.Scorer scorer = model.scorer();
    for (NerTrainer.Example e : examples) {
      NerTagger.decode(e.doc(), e.first(), scorer, e.gold(), t);
    }
    return t.tokens == 0 ? 0f : t.best();
  }

  @Override
  public NerFeatures features() {
    return features;
  }

  @Override
  public void step() {}

  @Override
  public void update(int[] buckets, int count, int predicted, int gold) {}

  @Override
  public void scored(float[] s, int open, int want) {
    int n = NerModel.N;
    if ((tokens + 1) * n > scores.length) {
      scores = java.util.Arrays.copyOf(scores, scores.length * 2);
    }
    if (tokens + 1 > gold.length) {
      gold = java.util.Arrays.copyOf(gold, gold.length * 2);
    }
    for (int l = 0; l < n; l++) {
      // a label decoding cannot choose takes no probability
      scores[tokens * n + l] = NerTagger.allowed(l, open) ? s[l] : Float.NEGATIVE_INFINITY;
    }
    gold[tokens++] = want;
  }

  /** Golden-section search on the log of the temperature: the log-likelihood is concave in it. */
  private float best() {
    double lo = Math.log(1e-9);
    double hi = Math.log(1.0);
    double phi = (Math.sqrt(5) - 1) / 2;
    double a = hi - phi * (hi - lo);
    double b = lo + phi * (hi - lo);
    double fa = logLikelihood(Math.exp(a));
    double fb = logLikelihood(Math.exp(b));
    for (int i = 0; i < 80 && hi - lo > 1e-4; i++) {
      if (fa > fb) {
        hi = b;
        b = a;
        fb = fa;
        a = hi - phi * (hi - lo);
        fa = logLikelihood(Math.exp(a));
      } else {
        lo = a;
        a = b;
        fa = fb;
        b = lo + phi * (hi - lo);
        fb = logLikelihood(Math.exp(b));
      }
    }
    return (float) Math.exp((lo + hi) / 2);
  }

  private double logLikelihood(double t) {
    int n = NerModel.N;
    double sum = 0;
    for (int k = 0; k < tokens; k++) {
      int o = k * n;
      double max = Double.NEGATIVE_INFINITY;
      for (int l = 0; l < n; l++) {
        max = Math.max(max, scores[o + l]);
      }
      double z = 0;
      for (int l = 0; l < n; l++) {
        if (scores[o + l] != Float.NEGATIVE_INFINITY) {
          z += Math.exp((scores[o + l] - max) * t);
        }
      }
      sum += (scores[o + gold[k]] - max) * t - Math.log(z);
    }
    return sum;
  }
}
