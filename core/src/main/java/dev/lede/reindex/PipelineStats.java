package dev.lede.reindex;

import dev.lede.ingest.IngestStats;
import java.time.Duration;
import java.util.Objects;

/**
 * The counts and stage times of one {@link ArticlePipeline} run.
 *
 * @param ingest the ingest counts (files seen, documents read, failures, skipped, bytes)
 * @param admitted documents sent to extraction (the others were skipped by the caller's filter)
 * @param articles articles delivered to the sink
 * @param failures failures delivered to the sink (ingest, extraction and annotation)
 * @param read time spent reading, excluding waits for the workers
 * @param extract extraction time summed over workers
 * @param entities annotation time summed over workers
 * @param dedup near-duplicate signatures computed on the workers (zero when the caller asked for none), summed
 */
public record PipelineStats(
    IngestStats ingest, long admitted, long articles, long failures, Duration read, Duration extract,
    Duration entities, Duration dedup) {
  public PipelineStats {
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(dedup, "dedup");
    if (admitted < 0 || articles < 0 || failures < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + admitted + ", " + articles + ", "
          + failures);
    }
  }
}
