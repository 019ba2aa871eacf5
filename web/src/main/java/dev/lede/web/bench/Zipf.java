package dev.lede.web.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s, like word frequencies in text. */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double s) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be positive, was " + n);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
  }

  int next(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
  }
}
