package dev.lede.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark end to end on a small synthetic archive, so its code path cannot rot: every target and table row is
 * there and the numbers are sane. No timing is asserted (speed is what the real runs report).
 */
class BenchSmokeTest {
  private static final long ARTICLES = 2_000;

  @Test
  void runsEveryPartAndReportsEveryRow(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("benchmarks.md");
    Files.writeString(out, "# Benchmarks\n\nProse that must survive.\n");
    BenchOptions options = new BenchOptions(ARTICLES, null, 42, dir.resolve("work"), out, 20, 0.3, "1g", 1, 2,
        false, false, null);
    BenchReport report = new Bench(options, "./lede bench --articles " + ARTICLES, System.err).run();
    System.out.print(report.markdown());

    List<String> targets = report.targets().stream().map(Target::name).toList();
    assertEquals(List.of("pipeline throughput vs plain Lucene", "pipeline throughput",
        "unchanged archive reindex / full build", "extraction per article, median", "full results page p50",
        "full results page p99", "full results page vs plain Lucene p50",
        "full results page, exact counts, vs plain Lucene p50", "browse-all p99",
        "ids-only search vs full results page, common term", "batch of 1,000 lines / one results page",
        "queries + web app within a 1 GB heap", "first search after starting lede serve"),
        targets);
    report.targets().forEach(t -> assertTrue(List.of(Target.PASS, Target.MISS).contains(t.status()), t.toString()));

    Table ingest = table(report, "Ingest (full");
    assertEquals(ARTICLES + " / " + ARTICLES + " / 0", cell(ingest, "articles in archive"));
    for (String row : List.of("full pipeline articles/s", "plain Lucene articles/s", "full pipeline MB/s of text",
        "peak heap used MB", "index size MB")) {
      assertTrue(number(cell(ingest, row)) > 0, row);
    }
    assertEquals("2000 / 0", cell(ingest, "  of which unchanged"));
    Table stages = table(report, "Ingest stages");
    for (String stage : List.of("read", "extract", "entities", "dedup", "index", "commit", "total")) {
      assertTrue(number(cell(stages, stage)) >= 0, stage);
    }

    Table queries = table(report, "Query latency");
    for (String family : List.of("rare term", "common term", "phrase", "two-term AND", "two-term OR",
        "common term + date filter", "common term + multi-select source", "full results page", "browse-all",
        "page ")) {
      List<String> row = row(queries, family).orElseThrow(() -> new AssertionError("no row " + family));
      double p50 = number(row.get(1));
      double p99 = number(row.get(3));
      assertTrue(p50 > 0 && p99 >= p50, family + ": " + row);
      double luceneP50 = number(row.get(queries.headers().indexOf("plain Lucene p50 ms")));
      assertTrue(luceneP50 > 0, "baseline " + row);
      assertTrue(number(row.get(queries.headers().indexOf("Lede / Lucene p50"))) > 0, "ratio " + row);
      assertEquals("yes", row.get(queries.headers().indexOf("same totals")), "the baseline counts the same " + row);
    }
    assertEquals(String.valueOf(ARTICLES), cell(queries, "browse-all"), "browse-all matches everything");

    Table ids = table(report, "Ids-only search");
    assertTrue(number(cell(ids, "ids only")) > 0, "ids-only p50");
    assertTrue(number(cell(ids, "full results page")) > 0, "full page p50");

    Table web = table(report, "Web app");
    assertEquals(6, web.rows().size());
    for (List<String> row : web.rows()) {
      assertTrue(number(row.get(2)) > 0, "requests/s " + row);
      assertEquals("0", row.get(5), "no errors " + row);
    }
    Table batch = table(report, "Batch search");
    assertEquals(6, batch.rows().size(), "wall and CPU time of the batches and of one page");
    assertEquals("200", batch.rows().get(0).get(1));
    for (List<String> row : batch.rows()) {
      assertTrue(number(row.get(2)) > 0, "milliseconds " + row);
    }
    List<String> start = table(report, "Startup").rows().get(0);
    assertTrue(number(start.get(2)) > 0, "first search " + start);

    String written = Files.readString(out);
    assertTrue(written.startsWith("# Benchmarks\n\nProse that must survive.\n"));
    report.writeInto(out);
    String again = Files.readString(out);
    assertEquals(written, again, "a second write replaces the run's section instead of appending");

    // the same index measured as it is: the serving parts only, and the index left exactly as it was
    Path home = dir.resolve("work").resolve("home");
    String before = listing(home);
    BenchOptions existing = new BenchOptions(ARTICLES, null, 42, dir.resolve("work2"), out, 20, 0.3, "1g", 1, 2,
        false, false, null).withIndex(home);
    BenchReport measured = new Bench(existing, "./lede bench --index " + home, System.err).run();
    assertEquals(targets.subList(4, targets.size()), measured.targets().stream().map(Target::name).toList());
    assertTrue(measured.markdown().contains("Existing index "), "titled after the index");
    assertEquals(String.valueOf(ARTICLES), cell(table(measured, "Query latency"), "browse-all"));
    assertEquals(before, listing(home), "nothing written into the measured index");
    String both = Files.readString(out);
    assertTrue(both.startsWith(again.strip()), "the built index's section is kept");
    assertTrue(both.contains("Existing index "), "the existing index's section is added");
  }

  /** Every file under the folder with its size and modification time. */
  private static String listing(Path folder) throws java.io.IOException {
    try (var files = Files.walk(folder)) {
      StringBuilder b = new StringBuilder();
      for (Path f : files.sorted().toList()) {
        b.append(folder.relativize(f)).append(' ').append(Files.isRegularFile(f) ? Files.size(f) : -1).append(' ')
            .append(Files.getLastModifiedTime(f)).append('\n');
      }
      return b.toString();
    }
  }

  @Test
  void indexesInMemoryRecordsWithoutWritingAnArchive(@TempDir Path dir) throws Exception {
    List<NewsRecord> records = new java.util.ArrayList<>();
    new SyntheticNews(7, 150).forEachRemaining(records::add);
    IngestBench.Outcome outcome = IngestBench.runRecords(records, dir, 2, System.err);
    Table ingest = outcome.result().tables().get(0);
    assertEquals("150 / 150 / 0", cell(ingest, "articles (in-memory records)"));
    assertEquals("150 / 0", cell(ingest, "  of which unchanged"), "a second run of the same records skips them all");
    assertTrue(row(ingest, "archive on disk").isEmpty(), "no archive");
    try (var files = Files.list(dir)) {
      assertEquals(List.of("baseline", "home"), files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  private static Table table(BenchReport report, String titleStart) {
    return report.tables().stream().filter(t -> t.title().startsWith(titleStart)).findFirst()
        .orElseThrow(() -> new AssertionError("no table " + titleStart));
  }

  private static Optional<List<String>> row(Table t, String start) {
    return t.rows().stream().filter(r -> r.get(0).startsWith(start)).findFirst();
  }

  /** The second cell of the row starting with {@code start}, or the median-hits cell of a query row. */
  private static String cell(Table t, String start) {
    List<String> r = row(t, start).orElseThrow(() -> new AssertionError("no row " + start + " in " + t.title()));
    return t.headers().contains("median hits") ? r.get(4) : r.get(1);
  }

  private static double number(String cell) {
    return Double.parseDouble(cell.replace(",", "").replace("%", "").trim().toLowerCase(Locale.ROOT));
  }
}
