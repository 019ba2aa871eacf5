package dev.lede.index;

import dev.lede.dedup.DedupOptions;
import java.util.Objects;

/**
 * How an {@link ArticleIndexWriter} is configured. Bound once when the writer opens, like Lucene's
 * {@code IndexWriterConfig}.
 *
 * @param ramBufferMb Lucene's RAM buffer before a flush, in MB (16 to 2048); bigger is faster for bulk builds
 * @param dedup near-duplicate detection settings; {@link DedupOptions#DISABLED} makes every article its own story
 */
public record WriterOptions(double ramBufferMb, DedupOptions dedup) {
  /** 64 MB buffer and the default near-duplicate settings. */
  public static final WriterOptions DEFAULTS = new WriterOptions(64, DedupOptions.DEFAULTS);

  public WriterOptions {
    if (!(ramBufferMb >= 16 && ramBufferMb <= 2048)) {
      throw new IllegalArgumentException("ramBufferMb must be within 16..2048, was " + ramBufferMb);
    }
    Objects.requireNonNull(dedup, "dedup");
  }
}
