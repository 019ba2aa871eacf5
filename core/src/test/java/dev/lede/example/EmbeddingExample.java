package dev.lede.example;

import dev.lede.entity.EntityAnnotator;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.ReindexReport;
import dev.lede.reindex.Reindexer;
import dev.lede.search.Dimension;
import dev.lede.search.Hit;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchOutcome;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearchResult;
import dev.lede.search.SearcherOptions;
import dev.lede.search.SortOrder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Index a folder of articles, then search it with a facet filter and print the hits. */
public final class EmbeddingExample {
  public static void run(Path articles, Path indexHome, PrintStream out) {
    EntityAnnotator entities = EntityAnnotator.create();

    // Index the folder: a full build the first time, incremental (only new, changed, deleted files) after that.
    ReindexReport report = new Reindexer(ReindexOptions.of(List.of(articles), indexHome)
        .withEntities(entities::annotate)).run();
    out.println("indexed " + report.documentsInIndex() + " articles, " + report.failures().size() + " failed");

    // Search: query syntax, a facet filter, newest first; "Kiev" would also find "Kyiv" through the name variants.
    try (LedeSearcher searcher = LedeSearcher.open(indexHome,
        SearcherOptions.DEFAULTS.withNameVariants(entities.nameVariants()))) {
      // trySearch never throws for what a user typed: a query it cannot search comes back as a message.
      SearchOutcome outcome = searcher.trySearch(SearchRequest.builder()
          .query("Kherson AND (retreat OR withdrawal)")
          .include(Dimension.WIRE, "Bloomberg")
          .sort(SortOrder.NEWEST)
          .build());
      if (outcome.isRefused()) {
        out.println("cannot search that: " + outcome.refusal());
        return;
      }
      SearchResult result = outcome.result();
      out.println(result.totalHits() + " hits");
      for (Hit hit : result.hits()) {
        out.println(hit.published() + "  " + hit.source() + "  " + hit.title());
      }
    }
  }
}
