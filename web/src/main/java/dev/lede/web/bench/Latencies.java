package dev.lede.web.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles (nearest rank). */
final class Latencies {
  private long[] nanos = new long[256];
  private int size;

  void add(long n) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = n;
  }

  synchronized void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.nanos[i]);
    }
  }

  int count() {
    return size;
  }

  /** The p-th percentile (0 < p <= 100) in milliseconds; 0 when empty. */
  double percentileMs(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }
}
