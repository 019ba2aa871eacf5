package dev.lede.reindex;

/**
 * Receives progress of a reindex run, for a terminal progress line or a status page. Called from the run's writer
 * thread, at phase changes and at most a few times per second in between: keep it quick. An exception thrown by the
 * listener aborts the run like any other failure (nothing is committed).
 */
@FunctionalInterface
public interface ProgressListener {
  /** Ignores all progress. */
  ProgressListener NONE = progress -> { };

  /** The run's state now. */
  void progress(Progress progress);
}
