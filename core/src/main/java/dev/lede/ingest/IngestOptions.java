package dev.lede.ingest;

/**
 * How {@link Ingester} reads its inputs.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes of its encoded text (a whole {@code .txt} or
 *     {@code .html} file, one JSON Lines line, one WARC payload). Bigger ones are failures that state the size and
 *     the limit, decided without loading them: a stray database dump must not take the run down.
 * @param followSymlinks whether symbolic links under a root are followed (loops are detected and reported); when
 *     false they are counted as skipped. Roots themselves are always followed.
 */
public record IngestOptions(long maxDocumentBytes, boolean followSymlinks) {
  /** 10 MiB: a long news article is ~50 KB of HTML; a 10 MiB "article" is a mistake, not a story. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

  /** The largest byte array Java can allocate safely. */
  static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

  public IngestOptions {
    if (maxDocumentBytes < 1 || maxDocumentBytes > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be between 1 and " + MAX_LIMIT + ", got " + maxDocumentBytes);
    }
  }

  /** 10 MiB per document, symbolic links followed. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_DOCUMENT_BYTES, true);
  }

  public IngestOptions withMaxDocumentBytes(long maxDocumentBytes) {
    return new IngestOptions(maxDocumentBytes, followSymlinks);
  }

  public IngestOptions withFollowSymlinks(boolean followSymlinks) {
    return new IngestOptions(maxDocumentBytes, followSymlinks);
  }
}
