package dev.lede.reindex;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a run's time went. Stages overlap (they run on different threads at once), and extract and entities add up
 * the busy time of every worker, so the stages may sum to more than {@code total}.
 *
 * @param read reading files (ingest), excluding time spent waiting for the workers
 * @param extract extraction, summed over workers
 * @param entities entity annotation, summed over workers
 * @param index assigning story ids and handing documents and deletions to the index threads (the writer thread;
 *     it waits when they are busy)
 * @param commit commit, checks and generation switch
 * @param total wall-clock time of the run
 * @param dedup near-duplicate (MinHash) signatures, summed over workers
 */
public record StageTimes(
    Duration read, Duration extract, Duration entities, Duration index, Duration commit, Duration total,
    Duration dedup) {
  /** All zero. */
  public static final StageTimes ZERO = new StageTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
      Duration.ZERO, Duration.ZERO, Duration.ZERO);

  public StageTimes {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(dedup, "dedup");
  }
}
