package dev.lede.index;

import dev.lede.dedup.DedupOptions;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.Directory;

/**
 * How an {@link ArticleIndexWriter} is configured. Bound once when the writer opens, like Lucene's
 * {@code IndexWriterConfig}.
 *
 * @param ramBufferMb Lucene's RAM buffer before a flush, in MB (16 to 2048); bigger is faster for bulk builds
 * @param dedup near-duplicate detection settings; {@link DedupOptions#DISABLED} makes every article its own story
 * @param indexThreads threads that build and invert Lucene documents (1 to 32) while the calling thread assigns
 *     stories; changes to one article always apply in the order they were made
 * @param directory wraps the Lucene {@code Directory} the writer opens on the index folder (identity by default):
 *     for rate limiting, tracking, or simulating a full disk in tests without mounting one
 */
public record WriterOptions(double ramBufferMb, DedupOptions dedup, int indexThreads,
    UnaryOperator<Directory> directory) {
  /** 64 MB buffer, the default near-duplicate settings and {@link #defaultIndexThreads()} threads. */
  public static final WriterOptions DEFAULTS = new WriterOptions(64, DedupOptions.DEFAULTS);

  public WriterOptions {
    if (!(ramBufferMb >= 16 && ramBufferMb <= 2048)) {
      throw new IllegalArgumentException("ramBufferMb must be within 16..2048, was " + ramBufferMb);
    }
    Objects.requireNonNull(dedup, "dedup");
    if (indexThreads < 1 || indexThreads > 32) {
      throw new IllegalArgumentException("indexThreads must be within 1..32, was " + indexThreads);
    }
    directory = directory == null ? UnaryOperator.identity() : directory;
  }

  /** With the Lucene directory used as it is. */
  public WriterOptions(double ramBufferMb, DedupOptions dedup, int indexThreads) {
    this(ramBufferMb, dedup, indexThreads, null);
  }

  /** With {@link #defaultIndexThreads()} index threads. */
  public WriterOptions(double ramBufferMb, DedupOptions dedup) {
    this(ramBufferMb, dedup, defaultIndexThreads());
  }

  /**
   * One: the calling thread only assigns stories while one index thread builds and inverts documents, which is
   * several times the throughput the extraction workers feed it on a small machine. More threads index in parallel
   * (Lucene gives each its own in-memory segment) at the price of more, smaller segments for the merges to fix;
   * worth it only when spare cores would otherwise idle.
   */
  public static int defaultIndexThreads() {
    return 1;
  }

  /** The same options with another number of index threads. */
  public WriterOptions withIndexThreads(int threads) {
    return new WriterOptions(ramBufferMb, dedup, threads, directory);
  }

  /** The same options with another directory wrapper. */
  public WriterOptions withDirectory(UnaryOperator<Directory> wrapper) {
    return new WriterOptions(ramBufferMb, dedup, indexThreads, wrapper);
  }
}
