package dev.lede.dedup;

/**
 * Near-duplicate detection settings.
 *
 * <p>Defaults: word 3-shingles, 128 SuperMinHash components in 32 LSH bands of 4, threshold 0.45. A syndicated copy
 * of a wire story (different title case, a few added boilerplate sentences, small edits) scores around 0.7, an
 * unrelated story on the same topic around 0.05; 32x4 bands make a pair at 0.45 a candidate with probability
 * about 0.9 and at 0.7 about 0.9999.
 *
 * @param enabled false makes every article its own story
 * @param shingleWords words per shingle (1..8)
 * @param components MinHash components (16..1024, a multiple of {@code bands})
 * @param bands LSH bands (1..components)
 * @param threshold estimated Jaccard similarity from which two articles are one story (0 &lt; t &lt;= 1)
 * @param minWords bodies with fewer words are never clustered (too little text to judge)
 */
public record DedupOptions(
    boolean enabled, int shingleWords, int components, int bands, double threshold, int minWords) {
  /** The defaults described above. */
  public static final DedupOptions DEFAULTS = new DedupOptions(true, 3, 128, 32, 0.45, 20);
  /** No clustering: every article is its own story. */
  public static final DedupOptions DISABLED = new DedupOptions(false, 3, 128, 32, 0.45, 20);

  public DedupOptions {
    if (shingleWords < 1 || shingleWords > 8) {
      throw new IllegalArgumentException("shingleWords must be within 1..8, was " + shingleWords);
    }
    if (components < 16 || components > 1024) {
      throw new IllegalArgumentException("components must be within 16..1024, was " + components);
    }
    if (bands < 1 || bands > components || components % bands != 0) {
      throw new IllegalArgumentException("bands must divide components " + components + ", was " + bands);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be within (0, 1], was " + threshold);
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("minWords must be >= 0, was " + minWords);
    }
  }

  /** Rows (components) per LSH band. */
  public int rowsPerBand() {
    return components / bands;
  }
}
