package dev.lede.dedup;

import java.util.Objects;

/**
 * Computes {@link Signature}s of article bodies (SuperMinHash over hashed word shingles, from hash4j) and estimates
 * the Jaccard similarity of two bodies from their signatures. Thread-safe.
 *
 * <pre>{@code
 * MinHasher hasher = new MinHasher(DedupOptions.DEFAULTS);
 * boolean sameStory = hasher.isNearDuplicate(hasher.signature(a.body()), hasher.signature(b.body()));
 * }</pre>
 */
public final class MinHasher {
  private final DedupOptions options;
  private final Shingles shingles;

  public MinHasher(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.shingles = new Shingles(options);
  }

  /** The settings. */
  public DedupOptions options() {
    return options;
  }

  /** The signature of a clean body text. */
  public Signature signature(String body) {
    return shingles.signature(body == null ? "" : body);
  }

  /**
   * Reads a signature written by {@link Signature#toBytes()} with the same options.
   *
   * @throws IllegalArgumentException if the bytes do not come from a signature of these options
   */
  public Signature fromBytes(byte[] serialized) {
    if (serialized == null || serialized.length < 2 || (serialized[0] & 0xFE) != 0) {
      throw new IllegalArgumentException("not a serialized signature");
    }
    return shingles.fromBytes(java.util.Arrays.copyOfRange(serialized, 1, serialized.length), serialized[0] == 1);
  }

  /**
   * Whether the signature has the size and bands of these options (a signature from other options would compare
   * as garbage). Band keys of equal-sized options with different rows per band are not told apart.
   */
  public boolean accepts(Signature signature) {
    return shingles.accepts(Objects.requireNonNull(signature, "signature"));
  }

  /** Estimated Jaccard similarity of the two bodies' shingle sets (0 when either is too short). */
  public double similarity(Signature a, Signature b) {
    return shingles.similarity(a, b);
  }

  /** Whether the estimated similarity reaches the threshold. */
  public boolean isNearDuplicate(Signature a, Signature b) {
    return similarity(a, b) >= options.threshold();
  }
}
