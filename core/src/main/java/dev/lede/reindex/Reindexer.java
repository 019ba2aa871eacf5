package dev.lede.reindex;

import java.io.IOException;
import java.util.Objects;

/**
 * Brings an index home up to date with its input archive: the nightly job behind {@code lede reindex}, also usable
 * inside a service. Boring by design:
 *
 * <ul>
 *   <li><b>Incremental</b> by default: documents are compared by content hash with the index; new ones are added,
 *       changed ones replaced, those whose file is gone deleted, and unchanged ones skipped before extraction (an
 *       unchanged archive costs reading and hashing, nothing more). Documents of a file that fails to read this
 *       time are kept as they were and reported as failed.
 *   <li><b>One commit</b> at the end, carrying the run id, time, counts, input roots and schema version in its
 *       user-data. If the run fails, is killed or runs out of disk, the previous commit stays intact and searched.
 *   <li><b>Full rebuild</b> when asked, when the index home is empty, or when the last commit's schema version is
 *       not {@link dev.lede.index.IndexSchema#SCHEMA_VERSION}: everything is written into a new generation, which is
 *       opened and checked (document count; CheckIndex on small indexes) and only then activated atomically;
 *       readers keep the old generation until they refresh. A failed rebuild deletes its half-built generation.
 *   <li><b>One run at a time</b> per index home: an OS lock on {@code HOME/reindex.lock}; a second run fails at once
 *       with {@link ReindexLockedException}. The OS drops the lock when a process dies, so a killed run never blocks
 *       the next one.
 * </ul>
 *
 * <pre>{@code
 * ReindexReport report = new Reindexer(ReindexOptions.of(List.of(archive), home)).run(ProgressListener.NONE);
 * System.out.println(report.counts());
 * }</pre>
 *
 * <p>Work is spread over one reading thread, {@link ReindexOptions#workers()} threads for extraction and entities,
 * and the calling thread, which writes (the index writer is single-threaded). Queues between them are bounded, so
 * memory does not grow with the archive except for the {@code id -> content hash} map of the index (about 150 bytes
 * per document).
 */
public final class Reindexer {
  private final ReindexOptions options;

  public Reindexer(ReindexOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The options this reindexer runs with. */
  public ReindexOptions options() {
    return options;
  }

  /** Runs without progress reporting. */
  public ReindexReport run() {
    return run(ProgressListener.NONE);
  }

  /**
   * Runs once.
   *
   * @return what was done; {@link ReindexReport#hasFailures()} tells whether some documents failed
   * @throws ReindexLockedException if another run holds this index home
   * @throws ReindexFailedException if the run failed as a whole; nothing was committed
   */
  public ReindexReport run(ProgressListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (options.dryRun() && !java.nio.file.Files.isDirectory(options.home())) {
      // Nothing to protect and nothing to write: no folder, no lock file.
      try {
        return new ReindexRun(options, listener).execute();
      } catch (IOException e) {
        throw new ReindexFailedException("dry run failed: " + e, e, null);
      }
    }
    try (RunLock lock = RunLock.acquire(options.home())) {
      return new ReindexRun(options, listener).execute();
    } catch (IOException e) {
      // Taking or releasing the lock, or reading the home before anything was written.
      throw new ReindexFailedException("reindex failed, nothing committed: " + e, e, null);
    }
  }
}
