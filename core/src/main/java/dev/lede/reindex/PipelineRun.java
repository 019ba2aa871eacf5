package dev.lede.reindex;

import dev.lede.dedup.MinHasher;
import dev.lede.dedup.Signature;
import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.ExtractionException;
import dev.lede.extract.Extractor;
import dev.lede.index.IndexSchema;
import dev.lede.index.IndexedArticle;
import dev.lede.ingest.DocumentSink;
import dev.lede.ingest.IngestFailure;
import dev.lede.ingest.IngestStats;
import dev.lede.ingest.SourceDocument;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One run of the pipeline. A reader thread ingests and submits each admitted document to a worker pool, putting the
 * pending result into a bounded queue in ingest order; the calling thread takes results in that order and hands
 * them to the sink. In-flight documents are bounded by the queue capacity, so memory stays flat.
 */
final class PipelineRun {
  /** Results waiting per worker: enough to keep workers busy while the writer is slow for a moment. */
  private static final int SLOTS_PER_WORKER = 32;
  private static final long TICK_MILLIS = 250;
  private static final int MAX_MESSAGE = 200;

  /** What the calling thread receives; failures carry the document id when one document failed. */
  interface OrderedSink {
    /** An article, with its body's signature when the run computes signatures (else null). */
    void article(IndexedArticle article, Signature signature) throws IOException;

    void failure(DocumentFailure failure, String id) throws IOException;

    /** Called on the calling thread at most every quarter second, also while nothing arrives. */
    default void tick() throws IOException {}
  }

  /** Where the documents come from: reads them, in order, into the sink, on the run's reading thread. */
  @FunctionalInterface
  interface Feed {
    IngestStats into(DocumentSink sink) throws IOException;
  }

  private sealed interface Slot permits Pending, Failed, End {}

  private record Pending(Future<Outcome> result) implements Slot {}

  /** A failure from reading; {@code id} names the one document that failed, when known. */
  private record Failed(DocumentFailure failure, String id) implements Slot {}

  private record End(Throwable error) implements Slot {}

  private record Outcome(IndexedArticle article, Signature signature, DocumentFailure failure, String id) {}

  private final Extractor extractor;
  private final Function<Article, Entities> entities;
  private final MinHasher hasher;
  private final int workers;
  private final BlockingQueue<Slot> queue;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final LongAdder extractNanos = new LongAdder();
  private final LongAdder entitiesNanos = new LongAdder();
  private final LongAdder dedupNanos = new LongAdder();
  private final AtomicLong readNanos = new AtomicLong();
  private final AtomicLong admitted = new AtomicLong();
  private final AtomicInteger threads = new AtomicInteger();
  private volatile IngestStats ingestStats;

  /** {@code hasher} computes each body's signature on the workers; null for none. */
  PipelineRun(Extractor extractor, Function<Article, Entities> entities, MinHasher hasher, int workers) {
    this.extractor = extractor;
    this.entities = entities;
    this.hasher = hasher;
    this.workers = workers;
    this.queue = new ArrayBlockingQueue<>(workers * SLOTS_PER_WORKER);
  }

  PipelineStats run(Feed feed, Predicate<SourceDocument> admit, OrderedSink sink) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> daemon(r, "lede-extract-"));
    Thread reader = daemon(() -> read(feed, admit, pool), "lede-ingest-");
    long articles = 0;
    long failures = 0;
    try {
      reader.start();
      long lastTick = System.nanoTime();
      while (true) {
        Slot slot = queue.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
        if (System.nanoTime() - lastTick >= TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS)) {
          sink.tick();
          lastTick = System.nanoTime();
        }
        if (slot == null) {
          continue;
        }
        if (slot instanceof End end) {
          if (end.error() != null) {
            throw rethrow(end.error());
          }
          break;
        }
        if (slot instanceof Failed failed) {
          failures++;
          sink.failure(failed.failure(), failed.id());
          continue;
        }
        Outcome outcome = await(((Pending) slot).result());
        if (outcome.article() != null) {
          articles++;
          sink.article(outcome.article(), outcome.signature());
        } else {
          failures++;
          sink.failure(outcome.failure(), outcome.id());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("pipeline interrupted");
    } finally {
      stop(pool, reader);
    }
    return new PipelineStats(ingestStats, admitted.get(), articles, failures, Duration.ofNanos(readNanos.get()),
        Duration.ofNanos(extractNanos.sum()), Duration.ofNanos(entitiesNanos.sum()),
        Duration.ofNanos(dedupNanos.sum()));
  }

  private void read(Feed feed, Predicate<SourceDocument> admit, ExecutorService pool) {
    long start = System.nanoTime();
    long[] waited = {0};
    Throwable error = null;
    try {
      ingestStats = feed.into(new DocumentSink() {
        @Override
        public void document(SourceDocument doc) {
          if (admit.test(doc)) {
            admitted.incrementAndGet();
            waited[0] += put(new Pending(pool.submit(() -> process(doc))));
          }
        }

        @Override
        public void failure(IngestFailure failure) {
          waited[0] += put(new Failed(DocumentFailure.of(failure), failure.id()));
        }
      });
    } catch (IOException | RuntimeException | Error e) {
      error = e;
    }
    readNanos.set(System.nanoTime() - start - waited[0]);
    if (!cancelled.get()) {
      put(new End(error));
    }
  }

  /** Puts a slot, waiting for room; returns the nanoseconds waited. Gives up when the run is cancelled. */
  private long put(Slot slot) {
    long start = System.nanoTime();
    try {
      while (!queue.offer(slot, TICK_MILLIS, TimeUnit.MILLISECONDS)) {
        if (cancelled.get()) {
          throw new CancellationException("pipeline stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("pipeline interrupted");
    }
    return System.nanoTime() - start;
  }

  private Outcome process(SourceDocument doc) {
    long t0 = System.nanoTime();
    Article article;
    try {
      article = extractor.extract(doc);
    } catch (ExtractionException e) {
      return failed(doc, e.getMessage());
    } catch (RuntimeException e) {
      // An extractor bug on one odd page must cost that page, not the run.
      return failed(doc, "unexpected extraction error: " + describe(e));
    } finally {
      extractNanos.add(System.nanoTime() - t0);
    }
    long t1 = System.nanoTime();
    IndexedArticle indexed;
    try {
      indexed = new IndexedArticle(article, entities.apply(article));
    } catch (RuntimeException e) {
      return failed(doc, "entity annotation failed: " + describe(e));
    } finally {
      entitiesNanos.add(System.nanoTime() - t1);
    }
    try {
      IndexSchema.check(indexed);
    } catch (IllegalArgumentException e) {
      return failed(doc, e.getMessage() + ", in document '" + doc.id() + "'");
    }
    if (hasher == null) {
      return new Outcome(indexed, null, null, doc.id());
    }
    long t2 = System.nanoTime();
    try {
      return new Outcome(indexed, hasher.signature(article.body()), null, doc.id());
    } finally {
      dedupNanos.add(System.nanoTime() - t2);
    }
  }

  private static Outcome failed(SourceDocument doc, String reason) {
    return new Outcome(null, null, new DocumentFailure(doc.file(), null, reason == null ? "no reason given" : reason),
        doc.id());
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    String text = e.getClass().getSimpleName() + message;
    return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
  }

  private static Outcome await(Future<Outcome> future) throws IOException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  private static IOException rethrow(Throwable t) {
    if (t instanceof IOException io) {
      return io;
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error err) {
      throw err;
    }
    return new IOException("pipeline failed", t);
  }

  /** Stops the reader and the workers; after an early exit, unblocks the reader by draining the queue. */
  private void stop(ExecutorService pool, Thread reader) {
    cancelled.set(true);
    queue.clear();
    pool.shutdownNow();
    try {
      reader.join();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Slot slot : queue) {
      if (slot instanceof Pending p) {
        p.result().cancel(true);
      }
    }
    queue.clear();
  }

  private Thread daemon(Runnable r, String prefix) {
    Thread t = new Thread(r, prefix + threads.incrementAndGet());
    t.setDaemon(true);
    return t;
  }
}
