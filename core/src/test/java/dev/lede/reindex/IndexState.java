package dev.lede.reindex;

import dev.lede.ingest.DocumentSink;
import dev.lede.ingest.IngestFailure;
import dev.lede.ingest.IngestOptions;
import dev.lede.ingest.Ingester;
import dev.lede.ingest.SourceDocument;
import dev.lede.search.Dimension;
import dev.lede.search.FacetResult;
import dev.lede.search.FacetValue;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearcherOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an index holds (read through the searcher) and what an archive holds (read through the ingester). */
final class IndexState {
  private IndexState() {}

  /** {@code id -> content hash} of every document the searcher finds. */
  static Map<String, String> indexed(LedeSearcher searcher) {
    Map<String, String> state = new TreeMap<>();
    searcher.forEach(SearchRequest.builder().collapseStories(false).build(), hit ->
        state.put(hit.id(), searcher.article(hit.id()).orElseThrow().article().contentHash()));
    return state;
  }

  static Map<String, String> indexed(Path home) {
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      return indexed(searcher);
    }
  }

  /** {@code id -> content hash} of every readable document under the roots. */
  static Map<String, String> archive(List<Path> roots) throws IOException {
    Map<String, String> state = new TreeMap<>();
    new Ingester(IngestOptions.defaults()).ingest(roots, new DocumentSink() {
      @Override
      public void document(SourceDocument doc) {
        state.put(doc.id(), doc.contentHash());
      }

      @Override
      public void failure(IngestFailure failure) {}
    });
    return state;
  }

  /** The counts of one facet dimension over the whole index. */
  static Map<String, Long> facet(LedeSearcher searcher, Dimension dimension) {
    Map<String, Long> counts = new TreeMap<>();
    for (FacetResult facet : searcher.search(SearchRequest.builder().facetLimit(100).build()).facets()) {
      if (facet.dimension() == dimension) {
        for (FacetValue v : facet.values()) {
          counts.put(v.value(), v.count());
        }
      }
    }
    return counts;
  }

  /** Hits of a query. */
  static long hits(LedeSearcher searcher, String query) {
    return searcher.search(SearchRequest.builder().query(query).collapseStories(false).build()).totalHits();
  }
}
