package dev.lede.ingest;

/**
 * The counts of one {@link Ingester#ingest} run, for the run report. The failures themselves went to the
 * {@link DocumentSink} with their paths and reasons.
 *
 * @param filesSeen input files of a supported kind that were opened or examined (sidecars not counted)
 * @param documentsRead documents handed to the sink
 * @param failures failures handed to the sink (whole files, single records, roots, directories)
 * @param skipped files not read: unsupported extensions, sidecars without a document, symbolic links when not
 *     followed, special files. Hidden files and directories are not counted
 * @param bytesRead bytes read from disk (compressed bytes for gzipped inputs), sidecars included
 */
public record IngestStats(long filesSeen, long documentsRead, long failures, long skipped, long bytesRead) {
  public IngestStats {
    if (filesSeen < 0 || documentsRead < 0 || failures < 0 || skipped < 0 || bytesRead < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + filesSeen + ", " + documentsRead + ", "
          + failures + ", " + skipped + ", " + bytesRead);
    }
  }
}
