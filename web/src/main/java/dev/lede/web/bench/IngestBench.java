package dev.lede.web.bench;

import dev.lede.entity.EntityAnnotator;
import dev.lede.ingest.ArticleRecord;
import dev.lede.ingest.DocumentMeta;
import dev.lede.index.WriterOptions;
import dev.lede.reindex.ProgressListener;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.ReindexReport;
import dev.lede.reindex.Reindexer;
import dev.lede.reindex.StageTimes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ingest part: a full build of the archive through the real pipeline ({@link Reindexer}: read, extract, entities,
 * dedup, index, commit) with peak heap and a stack profile, the plain-Lucene baseline over the same extracted
 * articles, and an incremental reindex of the unchanged archive.
 */
final class IngestBench {
  /** What the later parts need: the results and the index home. */
  record Outcome(RunResult result, Path home, double fullSeconds, long textBytes) {}

  private IngestBench() {}

  static Outcome run(Path archive, ArchiveWriter.Written input, Path work, int workers, PrintStream log)
      throws IOException {
    Path home = work.resolve("home");
    return build(input, ReindexOptions.of(List.of(archive), home), (reindexer, listener) -> reindexer.run(listener),
        home, work, workers, true, log);
  }

  /**
   * The same full build, incremental run and baseline with the articles handed over as in-memory records
   * ({@link Reindexer#run(Stream, Set, ProgressListener)}), as a service feeding Lede from a CMS or a queue would:
   * no archive file is written or read.
   */
  static Outcome runRecords(List<NewsRecord> records, Path work, int workers, PrintStream log) throws IOException {
    long textBytes = 0;
    for (NewsRecord r : records) {
      textBytes += r.text().getBytes(StandardCharsets.UTF_8).length;
    }
    ArchiveWriter.Written input = new ArchiveWriter.Written(records.size(), textBytes, 0, 0);
    Path home = work.resolve("home");
    return build(input, ReindexOptions.of(home),
        (reindexer, listener) -> reindexer.run(records.stream().map(IngestBench::record), Set.of(), listener),
        home, work, workers, false, log);
  }

  private static ArticleRecord record(NewsRecord r) {
    return ArticleRecord.text(r.id(), r.text(),
        new DocumentMeta(r.url(), r.source(), r.published(), r.title(), r.authors()));
  }

  /** One way of running the pipeline over the whole input. */
  private interface Run {
    ReindexReport run(Reindexer reindexer, ProgressListener listener);
  }

  private static Outcome build(ArchiveWriter.Written input, ReindexOptions base, Run runner, Path home, Path work,
      int workers, boolean files, PrintStream log) throws IOException {
    long l0 = System.nanoTime();
    EntityAnnotator annotator = EntityAnnotator.create().warm();
    double loadSeconds = (System.nanoTime() - l0) / 1e9;
    ReindexOptions options = base.withFull(true).withEntities(annotator::annotate).withWorkers(workers);
    log.printf("bench: full build of %,d articles (%d workers%s)...%n", input.articles(), workers,
        files ? "" : ", in-memory records");
    System.gc();
    ReindexReport full;
    long peakUsed;
    long peakLive;
    List<String> profile;
    long t0 = System.nanoTime();
    try (HeapSampler heap = new HeapSampler(); StackSampler stacks = new StackSampler()) {
      full = runner.run(new Reindexer(options), progressLine(log));
      peakUsed = heap.peakUsed();
      peakLive = heap.peakAfterGc();
      profile = stacks.top(12);
    }
    double fullSeconds = (System.nanoTime() - t0) / 1e9;
    log.printf("bench: full build took %.1f s; plain-Lucene baseline...%n", fullSeconds);
    BaselineIndexer.Result baseline = BaselineIndexer.run(full.generation(), work.resolve("baseline"),
        WriterOptions.DEFAULTS.ramBufferMb());
    log.println("bench: incremental reindex of the unchanged archive...");
    long i0 = System.nanoTime();
    ReindexReport incremental = runner.run(new Reindexer(options.withFull(false)), ProgressListener.NONE);
    double incrementalSeconds = (System.nanoTime() - i0) / 1e9;
    return new Outcome(results(input, full, fullSeconds, baseline, incremental, incrementalSeconds, loadSeconds,
        peakUsed, peakLive, profile, workers, files), home, fullSeconds, input.textBytes());
  }

  /** A progress line about every 30 seconds, so a long run shows it is alive. */
  private static ProgressListener progressLine(PrintStream log) {
    long[] last = {System.nanoTime()};
    return p -> {
      if (System.nanoTime() - last[0] > 30_000_000_000L) {
        last[0] = System.nanoTime();
        log.printf("bench:   %s %,d documents, %.0f/s%n", p.phase().name().toLowerCase(java.util.Locale.ROOT),
            p.documents(), p.documentsPerSecond());
      }
    };
  }

  private static RunResult results(ArchiveWriter.Written input, ReindexReport full, double fullSeconds,
      BaselineIndexer.Result base, ReindexReport incremental, double incrementalSeconds, double loadSeconds,
      long peakUsed, long peakLive, List<String> profile, int workers, boolean files) {
    double mb = input.textBytes() / 1e6;
    double rate = input.articles() / fullSeconds;
    double baseSeconds = base.luceneNanos() / 1e9;
    double baseRate = base.documents() / baseSeconds;
    Table.Builder t = new Table.Builder("Ingest (full build through the real pipeline)", "measure", "value");
    t.row((files ? "articles in archive" : "articles (in-memory records)") + " / indexed / failed",
        input.articles() + " / " + full.documentsInIndex() + " / " + full.counts().failed());
    t.row("text MB (UTF-8 of the records' text)", mb);
    if (files) {
      t.row("archive on disk MB (gzipped JSON Lines, " + input.shards() + " files)", input.fileBytes() / 1e6);
    }
    t.row("full pipeline wall s (" + workers + " workers)", fullSeconds);
    t.row("full pipeline articles/s", rate);
    t.row("full pipeline MB/s of text", mb / fullSeconds);
    t.row("plain Lucene (same documents, 1 thread) s", baseSeconds);
    t.row("plain Lucene articles/s", baseRate);
    t.row("plain Lucene MB/s of text", mb * base.documents() / Math.max(1, input.articles()) / baseSeconds);
    t.row("pipeline / plain Lucene throughput", rate / baseRate);
    t.row("index size MB", full.indexSizeBytes() / 1e6);
    t.row("entity data load s (before the run, not counted)", loadSeconds);
    t.row("peak heap used MB (sampled every 10 ms)", peakUsed / 1e6);
    t.row("peak live heap MB (after GC, GC notifications)", peakLive / 1e6);
    t.row("incremental reindex of the unchanged archive s", incrementalSeconds);
    t.row("  of which unchanged / re-extracted", incremental.counts().unchanged() + " / "
        + incremental.counts().extracted());
    t.note("Throughput is articles (or MB of input text) divided by the wall time of the whole run, commit and "
        + "checks included. The baseline re-indexes the documents the pipeline wrote (read back from its stored "
        + "fields; reading them took " + Target.fmt(base.readNanos() / 1e9) + " s, not counted) with a bare "
        + "IndexWriter, the same fields, analyzer and " + Target.fmt(WriterOptions.DEFAULTS.ramBufferMb())
        + " MB RAM buffer.");
    t.note("Heap: the JVM's default max heap (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); "
        + "'peak heap used' includes uncollected garbage, 'peak live heap' is the largest heap after a GC.");
    Table stages = stages(full.times(), fullSeconds);
    Table.Builder w = new Table.Builder("Where the ingest time goes (sampled stacks of runnable threads, 50/s)",
        "innermost non-JDK frame", "share of samples");
    for (String p : profile) {
      int cut = p.lastIndexOf(' ');
      w.row(p.substring(0, cut), p.substring(cut + 1));
    }
    List<Target> targets = List.of(
        Target.atLeast("pipeline throughput vs plain Lucene", rate / baseRate, 1 / 3.0, "x", ""),
        Target.atLeast("pipeline throughput", rate, 1_000, "articles/s", ""),
        Target.atMost("unchanged archive reindex / full build", 100 * incrementalSeconds / fullSeconds, 10, "%",
            " (at 100,000 articles)"));
    return new RunResult(targets, List.of(t.build(), stages, w.build()));
  }

  private static Table stages(StageTimes times, double wall) {
    Table.Builder s = new Table.Builder("Ingest stages (from the reindex report)", "stage", "seconds",
        "share of wall");
    stage(s, "read", times.read(), wall);
    stage(s, "extract (sum over workers)", times.extract(), wall);
    stage(s, "entities (sum over workers)", times.entities(), wall);
    stage(s, "dedup (MinHash signatures, sum over workers)", times.dedup(), wall);
    stage(s, "index (writer thread: stories; Lucene work on " + WriterOptions.DEFAULTS.indexThreads()
        + " index thread(s))", times.index(), wall);
    stage(s, "commit (+ checks, activation)", times.commit(), wall);
    stage(s, "total (wall)", times.total(), wall);
    s.note("Stages overlap: reading, the extract/entity workers and the writer run on different threads at once, so "
        + "the shares may add up to more than 100%.");
    return s.build();
  }

  private static void stage(Table.Builder s, String name, Duration d, double wall) {
    double sec = d.toNanos() / 1e9;
    s.row(name, sec, pct(sec, wall));
  }

  private static String pct(double part, double whole) {
    return Target.fmt(100 * part / whole) + "%";
  }
}
