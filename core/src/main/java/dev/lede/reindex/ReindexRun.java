package dev.lede.reindex;

import dev.lede.extract.Extractor;
import dev.lede.index.ArticleIndexWriter;
import dev.lede.index.CommitInfo;
import dev.lede.index.IndexHome;
import dev.lede.index.IndexSchema;
import dev.lede.reindex.Progress.Phase;
import dev.lede.reindex.ReindexReport.Mode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.store.LockObtainFailedException;

/** One reindex run, under the run lock: decide the mode, stream the pipeline into the writer, commit, switch. */
final class ReindexRun {
  private final ReindexOptions options;
  private final RunInput input;
  private final ProgressListener listener;
  private final String runId = UUID.randomUUID().toString();
  private final Instant startedAt = Instant.now();
  private final long startNanos = System.nanoTime();
  private final RunTally tally = new RunTally();
  private Mode mode = Mode.INCREMENTAL;
  private String modeReason = "index up to date with the code's schema";
  /** What the last commit recorded as {@link RunKeys#ENTITY_CONFIG}, or null. */
  private String lastEntityConfig;
  private long expected = -1;
  private long commitNanos;
  private long lastProgress;
  private Phase lastPhase;

  ReindexRun(ReindexOptions options, RunInput input, ProgressListener listener) {
    this.options = options;
    this.input = input;
    this.listener = listener;
  }

  ReindexReport execute() throws IOException {
    // A dry run on an index that does not exist yet creates nothing, not even the folder.
    boolean nothingYet = options.dryRun() && !java.nio.file.Files.isDirectory(options.home());
    IndexHome home = nothingYet ? null : IndexHome.open(options.home());
    if (!options.dryRun()) {
      IndexFiles.removeAbandoned(home);
    }
    Optional<Path> current = nothingYet ? Optional.empty() : home.current();
    Optional<CommitInfo> last = current.isPresent() ? ArticleIndexWriter.readCommit(current.get()) : Optional.empty();
    decideMode(last);
    progress(Phase.SCANNING, true);
    try (PriorIndex prior = last.isPresent() ? PriorIndex.open(current.get()) : PriorIndex.empty()) {
      expected = last.isPresent() ? prior.docCount() : -1;
      Path target = null;
      ArticleIndexWriter writer = null;
      try {
        if (!options.dryRun()) {
          target = mode == Mode.FULL ? home.createGeneration() : current.orElseThrow();
          writer = openWriter(target);
        }
        Map<String, String> hashes = prior.contentHashes();
        tally.stream(options, input, mode, hashes, writer, () -> progress(Phase.INDEXING, false));
        tally.settle(hashes, input, prior, writer, mode);
        if (options.dryRun()) {
          progress(Phase.DONE, true);
          return report(false, prior.docCount(), IndexFiles.commitSize(current.orElse(null)),
              current.orElse(null), last.map(CommitInfo::generation).orElse(0L));
        }
        return finish(home, target, writer);
      } catch (ReindexLockedException e) {
        abandon(writer, target, mode, e);
        throw e;
      } catch (IOException | RuntimeException | Error e) {
        abandon(writer, target, mode, e);
        throw new ReindexFailedException("reindex failed, nothing committed; the previous index is unchanged: "
            + e, e, report(false, prior.docCount(), 0, current.orElse(null), 0));
      }
    }
  }

  private void decideMode(Optional<CommitInfo> last) {
    if (options.full()) {
      mode = Mode.FULL;
      modeReason = "full rebuild requested";
    } else if (last.isEmpty()) {
      mode = Mode.FULL;
      modeReason = "new index";
    } else if (last.get().schemaVersion() != IndexSchema.SCHEMA_VERSION) {
      mode = Mode.FULL;
      modeReason = "schema version " + last.get().schemaVersion() + " -> " + IndexSchema.SCHEMA_VERSION;
    } else if (!Extractor.configuration().equals(last.get().userData().get(RunKeys.EXTRACT_CONFIG))) {
      mode = Mode.FULL;
      modeReason = "extraction rules changed (" + last.get().userData().getOrDefault(RunKeys.EXTRACT_CONFIG,
          "not recorded") + " -> " + Extractor.configuration() + ")";
    } else if (options.entityConfig() != null
        && !options.entityConfig().equals(last.get().userData().get(RunKeys.ENTITY_CONFIG))) {
      mode = Mode.FULL;
      modeReason = "entity configuration changed (" + last.get().userData().getOrDefault(RunKeys.ENTITY_CONFIG,
          "not recorded") + " -> " + options.entityConfig() + ")";
    }
    lastEntityConfig = last.map(c -> c.userData().get(RunKeys.ENTITY_CONFIG)).orElse(null);
  }

  private ArticleIndexWriter openWriter(Path target) throws IOException {
    try {
      return ArticleIndexWriter.open(target, options.writer());
    } catch (LockObtainFailedException e) {
      throw new ReindexLockedException(target.resolve("write.lock"));
    }
  }

  /** Commits; a full rebuild is then closed, verified, activated, and older generations cleaned up. */
  private ReindexReport finish(IndexHome home, Path target, ArticleIndexWriter writer) throws IOException {
    progress(Phase.COMMITTING, true);
    long t0 = System.nanoTime();
    int docs = writer.docCount();
    if (mode == Mode.FULL) {
      // a full build leaves dozens of segments, and every search pays per segment (at 37,554 articles: a results
      // page 6.9 -> 4.9 ms, a batch of 1,000 names 102 -> 35 ms) for about a tenth of the build's time
      writer.mergeSegments();
    }
    CommitInfo commit = writer.commit(userData());
    writer.close();
    if (mode == Mode.FULL) {
      progress(Phase.CHECKING, true);
      IndexFiles.verify(target, docs, options.checkIndexMaxDocs());
      home.activate(target);
    }
    try {
      home.cleanup();
    } catch (IOException e) {
      // The commit is done; an old generation that cannot be deleted now is retried by the next run.
    }
    commitNanos = System.nanoTime() - t0;
    long size = IndexFiles.commitSize(target);
    progress(Phase.DONE, true);
    return report(true, commit.docCount(), size, target, commit.generation());
  }

  private Map<String, String> userData() {
    ReindexCounts c = tally.counts();
    Map<String, String> data = new LinkedHashMap<>();
    data.put(RunKeys.RUN_ID, runId);
    data.put(RunKeys.STARTED_AT, startedAt.toString());
    data.put(RunKeys.MODE, mode.name());
    // Absolute: a relative root says nothing once the working directory of the run is forgotten.
    data.put(RunKeys.INPUTS, String.join("\n",
        options.inputs().stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
    data.put(RunKeys.ADDED, String.valueOf(c.added()));
    data.put(RunKeys.UPDATED, String.valueOf(c.updated()));
    data.put(RunKeys.DELETED, String.valueOf(c.deleted()));
    data.put(RunKeys.UNCHANGED, String.valueOf(c.unchanged()));
    data.put(RunKeys.FAILED, String.valueOf(c.failed()));
    data.put(RunKeys.EXTRACT_CONFIG, Extractor.configuration());
    String entityConfig = options.entityConfig() != null ? options.entityConfig() : lastEntityConfig;
    if (entityConfig != null) {
      data.put(RunKeys.ENTITY_CONFIG, entityConfig);
    }
    return data;
  }

  /**
   * Rolls back (closing without commit) and cleans up after the run; never hides the original error. A full
   * rebuild's half-built generation is deleted. In the live generation of an incremental run, the files the run
   * flushed before failing are deleted: the writer's own rollback can leave them (after a disk-full error they
   * are exactly what keeps the disk full, so every retry would fail the same way).
   */
  private static void abandon(ArticleIndexWriter writer, Path target, Mode mode, Throwable cause) {
    try {
      if (writer != null) {
        writer.close();
      }
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
    try {
      if (target != null && mode == Mode.FULL) {
        IndexFiles.deleteTree(target);
      } else if (target != null && writer != null) {
        IndexFiles.removeUnreferenced(target);
      }
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private void progress(Phase phase, boolean always) {
    long now = System.nanoTime();
    // A new phase is always reported; within a phase, at most five times a second.
    if (always || phase != lastPhase || now - lastProgress >= 200_000_000L) {
      lastProgress = now;
      lastPhase = phase;
      listener.progress(new Progress(phase, tally.read(), expected, tally.failed(),
          Duration.ofNanos(now - startNanos)));
    }
  }

  private ReindexReport report(boolean committed, long docs, long size, Path generation, long commitGeneration) {
    List<DocumentFailure> failures = new ArrayList<>(tally.failures());
    failures.sort(Comparator.comparing((DocumentFailure f) -> f.path().toString())
        .thenComparing(f -> f.where() == null ? "" : f.where()));
    StageTimes times = new StageTimes(tally.readTime(), tally.extractTime(), tally.entitiesTime(),
        tally.indexTime(), Duration.ofNanos(commitNanos), Duration.ofNanos(System.nanoTime() - startNanos),
        tally.dedupTime());
    return new ReindexReport(runId, startedAt, options.inputs(), options.home(), mode, modeReason,
        options.dryRun(), committed, tally.counts(), failures, times, docs, size, generation, commitGeneration);
  }
}
