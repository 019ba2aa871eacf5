package dev.lede.opensearch;

import java.time.Duration;
import java.util.List;

/**
 * What one publish did.
 *
 * @param alias the alias searched
 * @param index the concrete index the alias points to now
 * @param full whether a new generation was built and the alias moved to it (else the alias's index was updated)
 * @param reason why it was a full or an incremental publish
 * @param indexed documents written (new or changed)
 * @param deleted documents removed from the cluster
 * @param unchanged documents the cluster already had in this version
 * @param docCount documents in the index after the publish, as OpenSearch counts them
 * @param failures documents OpenSearch refused, as "id: reason" (an incremental publish goes on without them)
 * @param removedIndices older generations deleted after the alias moved
 * @param took wall time of the publish
 */
public record PublishReport(String alias, String index, boolean full, String reason, long indexed, long deleted,
    long unchanged, long docCount, List<String> failures, List<String> removedIndices, Duration took) {
  public PublishReport {
    failures = List.copyOf(failures);
    removedIndices = List.copyOf(removedIndices);
  }

  /** Whether some documents were refused. */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }
}
