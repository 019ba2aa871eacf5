package dev.lede.reindex;

import dev.lede.index.IndexedArticle;
import java.io.IOException;

/**
 * Receives what an {@link ArticlePipeline} produces, on the thread that called {@code run}, in ingest order (the
 * order of {@link dev.lede.ingest.Ingester}), however many workers extract in parallel. An exception thrown here
 * stops the run and comes out of {@code run}.
 */
public interface ArticleSink {
  /** One extracted and annotated article. */
  void article(IndexedArticle article) throws IOException;

  /** A file or document that could not be read, extracted or annotated; the run goes on. */
  void failure(DocumentFailure failure) throws IOException;
}
