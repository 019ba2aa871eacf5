package dev.lede.reindex;

import dev.lede.dedup.MinHasher;
import dev.lede.dedup.Signature;
import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.Extractor;
import dev.lede.index.IndexedArticle;
import dev.lede.ingest.IngestOptions;
import dev.lede.ingest.Ingester;
import dev.lede.ingest.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Ingest → extract → entities over input roots, with the CPU work spread over worker threads and the results
 * delivered in ingest order to an {@link ArticleSink} on the calling thread. Queues are bounded, so an archive of any
 * size streams through in flat memory. Used by {@link Reindexer} and by {@code lede extract}.
 *
 * <pre>{@code
 * ArticlePipeline pipeline = new ArticlePipeline(article -> Entities.NONE, 2);
 * PipelineStats stats = pipeline.run(List.of(archive), IngestOptions.defaults(), new ArticleSink() {
 *   public void article(IndexedArticle a) { print(a); }
 *   public void failure(DocumentFailure f) { warn(f); }
 * });
 * }</pre>
 *
 * <p>Extraction failures ({@link dev.lede.extract.ExtractionException}) and exceptions thrown by the entity function
 * become {@link DocumentFailure}s of their document; the run goes on.
 */
public final class ArticlePipeline {
  private final Extractor extractor;
  private final Function<Article, Entities> entities;
  private final int workers;

  /** A pipeline with a new {@link Extractor} (bundled source registry). */
  public ArticlePipeline(Function<Article, Entities> entities, int workers) {
    this(new Extractor(), entities, workers);
  }

  /**
   * A pipeline with the given extractor and entity function (both are called from several threads at once).
   *
   * @param workers threads for extraction and entities, 1..64
   */
  public ArticlePipeline(Extractor extractor, Function<Article, Entities> entities, int workers) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.entities = Objects.requireNonNull(entities, "entities");
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be within 1..64, was " + workers);
    }
    this.workers = workers;
  }

  /**
   * Reads, extracts and annotates every document under the roots.
   *
   * @throws IOException when the sink throws it
   */
  public PipelineStats run(List<Path> inputs, IngestOptions ingest, ArticleSink sink) throws IOException {
    Objects.requireNonNull(sink, "sink");
    return run(files(inputs, ingest), doc -> true, null, new PipelineRun.OrderedSink() {
      @Override
      public void article(IndexedArticle article, Signature signature) throws IOException {
        sink.article(article);
      }

      @Override
      public void failure(DocumentFailure failure, String id) throws IOException {
        sink.failure(failure);
      }
    });
  }

  /**
   * The run behind {@link Reindexer}: only documents {@code admit} accepts (tested on the reading thread) go on, and
   * the workers also compute each body's signature with {@code hasher} (null: none).
   */
  PipelineStats run(PipelineRun.Feed feed, Predicate<SourceDocument> admit, MinHasher hasher,
      PipelineRun.OrderedSink sink) throws IOException {
    Objects.requireNonNull(feed, "feed");
    return new PipelineRun(extractor, entities, hasher, workers).run(feed, admit, sink);
  }

  /** The documents under the roots, in {@link Ingester}'s order. */
  static PipelineRun.Feed files(List<Path> inputs, IngestOptions ingest) {
    List<Path> roots = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    Ingester ingester = new Ingester(Objects.requireNonNull(ingest, "ingest"));
    return sink -> ingester.ingest(roots, sink);
  }
}
