package dev.lede.dedup;

final class Shingles {
  Shingles(DedupOptions o) {}
  Signature signature(String body) { throw new UnsupportedOperationException(); }
  double similarity(Signature a, Signature b) { throw new UnsupportedOperationException(); }
}
