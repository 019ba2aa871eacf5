package dev.lede.reindex;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a reindex run did, for the summary line, the {@code --report} JSON ({@link #toJson()}) and exit codes.
 *
 * @param runId unique id of the run (also in the commit's user-data)
 * @param startedAt when the run started
 * @param inputs the input roots
 * @param home the index home
 * @param mode incremental or full rebuild
 * @param modeReason why this mode, e.g. {@code requested (--full)}, {@code new index}, {@code schema version 0 -> 1}
 * @param dryRun whether nothing was written on purpose
 * @param committed whether a commit was made (false for a dry run)
 * @param counts what happened to the documents
 * @param failures every failed document or file, sorted by path
 * @param times where the time went
 * @param documentsInIndex live documents in the index after the run (or before it, when nothing was committed)
 * @param indexSizeBytes bytes of the commit's files after the run
 * @param generation the active generation directory after the run, or null when there is none
 * @param commitGeneration Lucene's commit generation after the run (0 when there is none)
 */
public record ReindexReport(
    String runId,
    Instant startedAt,
    List<Path> inputs,
    Path home,
    Mode mode,
    String modeReason,
    boolean dryRun,
    boolean committed,
    ReindexCounts counts,
    List<DocumentFailure> failures,
    StageTimes times,
    long documentsInIndex,
    long indexSizeBytes,
    Path generation,
    long commitGeneration) {
  /** How a run updates the index. */
  public enum Mode {
    /** Changes applied to the active generation in one commit. */
    INCREMENTAL,
    /** Everything rebuilt into a new generation, activated once complete and checked. */
    FULL
  }

  public ReindexReport {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedAt, "startedAt");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(modeReason, "modeReason");
    Objects.requireNonNull(counts, "counts");
    failures = List.copyOf(failures);
    Objects.requireNonNull(times, "times");
    if (documentsInIndex < 0 || indexSizeBytes < 0 || commitGeneration < 0) {
      throw new IllegalArgumentException("bad index figures " + documentsInIndex + ", " + indexSizeBytes + ", "
          + commitGeneration);
    }
  }

  /**
   * The report of a run that ended before it began (the index home could not be opened, another run holds it, the
   * entity configuration could not be loaded): nothing read, nothing committed, so a report file never keeps
   * saying {@code committed: true} from an earlier run.
   */
  public static ReindexReport notRun(ReindexOptions options, Instant startedAt) {
    Objects.requireNonNull(options, "options");
    return new ReindexReport(UUID.randomUUID().toString(), startedAt, options.inputs(), options.home(),
        options.full() ? Mode.FULL : Mode.INCREMENTAL, "the run did not start", options.dryRun(), false,
        ReindexCounts.ZERO, List.of(), StageTimes.ZERO, 0, 0, null, 0);
  }

  /** Whether some documents failed (the run may still have committed the rest). */
  public boolean hasFailures() {
    return counts.failed() > 0;
  }

  /** The report as a pretty-printed JSON object; the format is described in {@link ReportJson}. */
  public String toJson() {
    return ReportJson.write(this);
  }
}
