package dev.lede.example;

import dev.lede.ingest.ArticleRecord;
import dev.lede.ingest.DocumentMeta;
import dev.lede.reindex.ProgressListener;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.ReindexReport;
import dev.lede.reindex.Reindexer;
import dev.lede.search.Dimension;
import dev.lede.search.Hit;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchOutcome;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearchResult;
import dev.lede.search.SortOrder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Index a folder of articles and search it; then index articles held in memory, update and delete one. */
public final class EmbeddingExample {
  /** {@code java EmbeddingExample ARTICLES_FOLDER [INDEX_FOLDER]}: both examples, the second in INDEX_FOLDER-records. */
  public static void main(String[] args) {
    Path index = Path.of(args.length > 1 ? args[1] : "lede-index");
    run(Path.of(args[0]), index, System.out);
    runRecords(index.resolveSibling(index.getFileName() + "-records"), System.out);
  }

  public static void run(Path articles, Path indexHome, PrintStream out) {
    // Index the folder with the app's defaults (entities, near-duplicate stories): a full build the first time,
    // incremental (only new, changed, deleted files) after that.
    ReindexReport report = new Reindexer(ReindexOptions.of(List.of(articles), indexHome)).run();
    out.println("indexed " + report.documentsInIndex() + " articles, " + report.failures().size() + " failed");

    // Search with the app's defaults: "Kiev" also finds "Kyiv", copies of one wire story are one hit.
    try (LedeSearcher searcher = LedeSearcher.open(indexHome)) {
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
      out.println("stories: " + result.totalHits());
      for (Hit hit : result.hits()) {
        out.println(hit.published() + "  " + hit.source() + "  " + hit.title()
            + "  (+" + hit.otherVersions().size() + " other versions)");
      }
    }
  }

  /** Articles from a CMS, a queue or a database go in without files; a record run deletes only what it is told. */
  public static void runRecords(Path indexHome, PrintStream out) {
    Reindexer indexer = new Reindexer(ReindexOptions.of(indexHome));
    DocumentMeta meta = new DocumentMeta("https://example.org/kherson", "Reuters", "2022-11-11",
        "Ukraine retakes Kherson", List.of("Jane Doe"));
    ArticleRecord story = ArticleRecord.text("cms-1842", """
        Ukrainian troops entered Kherson on Friday after Russian forces withdrew across the Dnipro river.

        Residents gathered in the central square to welcome the soldiers, officials said.""", meta);
    ReindexReport first = indexer.run(Stream.of(story));
    ReindexReport again = indexer.run(Stream.of(story)); // unchanged: skipped by its content hash
    out.println("added " + first.counts().added() + ", then unchanged " + again.counts().unchanged());

    try (LedeSearcher searcher = LedeSearcher.open(indexHome)) {
      out.println("found: " + searcher.search(SearchRequest.of("Dnipro")).hits().get(0).title());
    }
    ReindexReport removed = indexer.run(Stream.empty(), Set.of("cms-1842"), ProgressListener.NONE);
    out.println("deleted " + removed.counts().deleted() + ", " + removed.documentsInIndex() + " left");
  }
}
