package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.entity.EntityAnnotator;
import dev.lede.extract.Article;
import dev.lede.extract.Extractor;
import dev.lede.index.IndexFixtures;
import dev.lede.index.IndexedArticle;
import dev.lede.ingest.DocumentSink;
import dev.lede.ingest.IngestFailure;
import dev.lede.ingest.IngestOptions;
import dev.lede.ingest.Ingester;
import dev.lede.ingest.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sample corpus of {@code index-data/} through the whole pipeline (ingest, extract, entities, stories). */
final class SampleIndex {
  private SampleIndex() {}

  /** Indexes the five sample pages under {@code dir} and opens a searcher with the annotator's name variants. */
  static LedeSearcher open(Path dir) throws IOException {
    Extractor extractor = new Extractor();
    EntityAnnotator annotator = EntityAnnotator.create();
    List<IndexedArticle> articles = new ArrayList<>();
    List<IngestFailure> failures = new ArrayList<>();
    new Ingester(IngestOptions.defaults()).ingest(List.of(Path.of("..", "index-data")), new DocumentSink() {
      @Override
      public void document(SourceDocument doc) {
        Article article = extractor.extract(doc);
        articles.add(new IndexedArticle(article, annotator.annotate(article)));
      }

      @Override
      public void failure(IngestFailure failure) {
        failures.add(failure);
      }
    });
    assertEquals(List.of(), failures);
    assertEquals(5, articles.size());
    IndexFixtures.index(dir.resolve("index"), articles);
    return LedeSearcher.open(dir.resolve("index"),
        SearcherOptions.DEFAULTS.withNameVariants(annotator.nameVariants()));
  }
}
