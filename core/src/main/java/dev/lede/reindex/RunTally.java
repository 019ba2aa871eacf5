package dev.lede.reindex;

import dev.lede.dedup.MinHasher;
import dev.lede.dedup.Signature;
import dev.lede.index.ArticleIndexWriter;
import dev.lede.index.IndexedArticle;
import dev.lede.ingest.SourceDocument;
import dev.lede.reindex.ReindexReport.Mode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The document side of a run: decides per document what to do (on the reading thread), applies the results to the
 * writer (on the calling thread), deletes what is gone, and keeps the counts.
 *
 * <p>Documents that fail this time keep their previous version: in an incremental run by not touching them, in a
 * full rebuild by copying the stored version from the previous generation ("retained").
 */
final class RunTally {
  /** What the index held for a document being processed. */
  private enum Prior { NONE, SAME, CHANGED }

  private final AtomicLong read = new AtomicLong();
  private final AtomicLong unchangedSkipped = new AtomicLong();
  private final AtomicLong failedSoFar = new AtomicLong();
  private final Map<String, Prior> inFlight = new ConcurrentHashMap<>();
  private final List<DocumentFailure> failures = new ArrayList<>();
  private final Set<String> failedFiles = new HashSet<>();
  private final Set<String> failedIds = new HashSet<>();
  private final List<String> carry = new ArrayList<>();
  private final AtomicLong extracted = new AtomicLong();
  private long added;
  private long updated;
  private long unchangedRebuilt;
  private long deleted;
  private long retained;
  private long indexNanos;
  private PipelineStats stats;

  /** Runs the pipeline over the input; {@code writer} is null in a dry run. */
  void stream(ReindexOptions options, RunInput input, Mode mode, Map<String, String> hashes,
      ArticleIndexWriter writer, Runnable tick) throws IOException {
    ArticlePipeline pipeline = new ArticlePipeline(options.entities(), options.workers());
    // Signatures are computed on the extraction workers, so the writer thread only decides stories.
    MinHasher hasher = writer == null ? null : new MinHasher(options.writer().dedup());
    stats = pipeline.run(input.feed(), doc -> admit(doc, hashes, mode), hasher,
        new PipelineRun.OrderedSink() {
          @Override
          public void article(IndexedArticle article, Signature signature) throws IOException {
            switch (inFlight.remove(article.id())) {
              case NONE -> added++;
              case CHANGED -> updated++;
              case SAME -> unchangedRebuilt++;
              case null -> throw new IllegalStateException("article " + article.id() + " was never admitted");
            }
            if (writer != null) {
              long t0 = System.nanoTime();
              if (signature == null) {
                writer.upsert(article);
              } else {
                writer.upsert(article, signature);
              }
              indexNanos += System.nanoTime() - t0;
            }
          }

          @Override
          public void failure(DocumentFailure failure, String id) {
            failures.add(failure);
            failedSoFar.incrementAndGet();
            if (id == null) {
              failedFiles.add(normalize(failure.path()));
              return;
            }
            Prior before = inFlight.remove(id);
            if (before == null) {
              // Failed before it was admitted (a bad record): settled with the documents not read this time.
              failedIds.add(id);
            } else if (before != Prior.NONE) {
              keep(id, mode);
            }
          }

          @Override
          public void tick() {
            tick.run();
          }
        });
  }

  /** Reading thread: unchanged documents of an incremental run stop here, before extraction. */
  private boolean admit(SourceDocument doc, Map<String, String> hashes, Mode mode) {
    read.incrementAndGet();
    String before = hashes.remove(doc.id());
    boolean same = doc.contentHash().equals(before);
    if (same && mode == Mode.INCREMENTAL) {
      unchangedSkipped.incrementAndGet();
      return false;
    }
    extracted.incrementAndGet();
    inFlight.put(doc.id(), before == null ? Prior.NONE : same ? Prior.SAME : Prior.CHANGED);
    return true;
  }

  /**
   * Handles the indexed documents that were not read this time: those of a failed file (stored path equal to or
   * under a failed path) or a failed record are kept, the others deleted when the input is complete or lists them
   * for deletion. The rest of an incomplete input (records) stays as it is; a rebuild copies it over and counts it
   * retained.
   * Then copies kept documents into a full rebuild.
   */
  void settle(Map<String, String> leftovers, RunInput input, PriorIndex prior, ArticleIndexWriter writer,
      Mode mode) throws IOException {
    long t0 = System.nanoTime();
    List<String> ids = new ArrayList<>(leftovers.keySet());
    ids.sort(null);
    for (String id : ids) {
      if (failedIds.contains(id) || !failedFiles.isEmpty() && underFailed(prior.path(id))) {
        keep(id, mode);
      } else if (!input.complete() && !input.deletions().contains(id)) {
        if (mode == Mode.FULL) {
          keep(id, mode);
        }
      } else {
        deleted++;
        if (writer != null && mode == Mode.INCREMENTAL) {
          writer.delete(id);
        }
      }
    }
    if (writer != null) {
      for (String id : carry) {
        IndexedArticle previous = prior.article(id);
        if (previous != null) {
          writer.upsert(previous);
        }
      }
    }
    indexNanos += System.nanoTime() - t0;
  }

  private void keep(String id, Mode mode) {
    retained++;
    if (mode == Mode.FULL) {
      carry.add(id);
    }
  }

  /**
   * Compared as text, never parsed back into a {@link Path}: a stored path written under one locale may not be a
   * valid path under another (no {@code LANG} under cron), and that must not fail the run.
   */
  private boolean underFailed(String storedPath) {
    if (storedPath == null) {
      return false;
    }
    for (String failed : failedFiles) {
      if (storedPath.equals(failed) || storedPath.startsWith(failed.endsWith(File.separator)
          ? failed : failed + File.separator)) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  long read() {
    return read.get();
  }

  long failed() {
    return failedSoFar.get();
  }

  List<DocumentFailure> failures() {
    return failures;
  }

  ReindexCounts counts() {
    return new ReindexCounts(read.get(), extracted.get(), added, updated, deleted,
        unchangedSkipped.get() + unchangedRebuilt, failures.size(), retained);
  }

  Duration readTime() {
    return stats == null ? Duration.ZERO : stats.read();
  }

  Duration extractTime() {
    return stats == null ? Duration.ZERO : stats.extract();
  }

  Duration entitiesTime() {
    return stats == null ? Duration.ZERO : stats.entities();
  }

  Duration dedupTime() {
    return stats == null ? Duration.ZERO : stats.dedup();
  }

  Duration indexTime() {
    return Duration.ofNanos(indexNanos);
  }
}
