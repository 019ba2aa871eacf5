package dev.lede.reindex;

import dev.lede.ingest.ArticleRecord;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

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
 * <p>Files are one source among others: {@link #run(Stream, Set, ProgressListener)} indexes
 * {@link ArticleRecord}s handed over in memory (from a CMS, a queue, a database) the same way, with deletions by id.
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
   * Runs once over the files under {@link ReindexOptions#inputs()}.
   *
   * @return what was done; {@link ReindexReport#hasFailures()} tells whether some documents failed
   * @throws IllegalStateException if the options have no input roots (see {@link #run(Stream, Set, ProgressListener)})
   * @throws ReindexLockedException if another run holds this index home
   * @throws ReindexFailedException if the run failed as a whole; nothing was committed
   */
  public ReindexReport run(ProgressListener listener) {
    if (options.inputs().isEmpty()) {
      throw new IllegalStateException("no input roots to read; give them in the options, or run records");
    }
    return execute(RunInput.files(options), listener);
  }

  /** {@link #run(Stream, Set, ProgressListener)} without deletions and without progress reporting. */
  public ReindexReport run(Stream<ArticleRecord> records) {
    return run(records, Set.of(), ProgressListener.NONE);
  }

  /**
   * Runs once over records handed over in memory instead of files: the same pipeline, the same skipping by content
   * hash, the same single commit and report as a run over files.
   *
   * <p><b>Incremental:</b> a file run removes a document whose file is gone, since the input roots hold the whole
   * archive; a stream holds what the caller chose to send. So a record run removes only the ids in
   * {@code deletions} (ids the index does not hold are passed over) and leaves every other indexed document as it
   * is. An id both deleted and among the records ends up with the record: deletions apply first. With
   * {@link ReindexOptions#full()} the records are taken as the whole collection instead: they are indexed into a new
   * generation and every document not among them is gone. A full rebuild the run decides by itself (a new schema
   * or entity configuration) keeps the documents it was not sent, copied from the previous generation as they were
   * stored, and counts them in {@link ReindexCounts#retained()}.
   *
   * <p>The stream is consumed on the run's reading thread, once. A record that cannot be an article (see
   * {@link ArticleRecord}) is a failure of that record with {@link ArticleRecord#ORIGIN} as its path and its id in
   * {@link DocumentFailure#where()}; the others are committed. An exception thrown by the stream itself fails the
   * run: nothing is committed.
   *
   * <pre>{@code
   * Reindexer indexer = new Reindexer(ReindexOptions.of(home));
   * ReindexReport report = indexer.run(changed.stream().map(Cms::toRecord), removedIds, ProgressListener.NONE);
   * }</pre>
   *
   * @param records the articles to add or update
   * @param deletions ids to remove from the index
   * @throws IllegalArgumentException if the options name input roots: one run reads files or records, not both
   * @throws ReindexLockedException if another run holds this index home
   * @throws ReindexFailedException if the run failed as a whole; nothing was committed
   */
  public ReindexReport run(Stream<ArticleRecord> records, Set<String> deletions, ProgressListener listener) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(deletions, "deletions");
    if (!options.inputs().isEmpty()) {
      throw new IllegalArgumentException("a record run reads no input roots, but the options name "
          + options.inputs().size() + "; make them with ReindexOptions.of(home)");
    }
    return execute(RunInput.records(options, records, deletions), listener);
  }

  private ReindexReport execute(RunInput input, ProgressListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (options.dryRun() && !java.nio.file.Files.isDirectory(options.home())) {
      // Nothing to protect and nothing to write: no folder, no lock file.
      try {
        return new ReindexRun(options, input, listener).execute();
      } catch (IOException e) {
        throw new ReindexFailedException("dry run failed: " + e, e, null);
      }
    }
    try (RunLock lock = RunLock.acquire(options.home())) {
      return new ReindexRun(options, input, listener).execute();
    } catch (IOException e) {
      // Taking or releasing the lock, or reading the home before anything was written.
      throw new ReindexFailedException("reindex failed, nothing committed: " + e, e, null);
    }
  }
}
