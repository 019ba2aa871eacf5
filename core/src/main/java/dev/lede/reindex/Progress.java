package dev.lede.reindex;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a running reindex.
 *
 * @param phase what the run is doing
 * @param documents documents read so far (processed or skipped as unchanged)
 * @param expected documents expected in total (the previous commit's count), or -1 when unknown
 * @param failed documents failed so far
 * @param elapsed time since the run started
 */
public record Progress(Phase phase, long documents, long expected, long failed, Duration elapsed) {
  /** What a run does, in order. */
  public enum Phase { SCANNING, INDEXING, COMMITTING, CHECKING, DONE }

  public Progress {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(elapsed, "elapsed");
    if (documents < 0 || failed < 0 || expected < -1) {
      throw new IllegalArgumentException("bad progress counts " + documents + ", " + expected + ", " + failed);
    }
  }

  /** Documents per second so far (0 at the start). */
  public double documentsPerSecond() {
    long millis = elapsed.toMillis();
    return millis <= 0 ? 0 : documents * 1000.0 / millis;
  }

  /** Estimated time left in the indexing phase, when the expected total is known and some progress was made. */
  public Optional<Duration> eta() {
    double rate = documentsPerSecond();
    if (expected < 0 || rate <= 0 || phase != Phase.INDEXING) {
      return Optional.empty();
    }
    long left = Math.max(0, expected - documents);
    return Optional.of(Duration.ofMillis((long) (left / rate * 1000)));
  }
}
