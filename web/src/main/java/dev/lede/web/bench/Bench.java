package dev.lede.web.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the whole benchmark: writes the archive (synthetic or a replicated real corpus) to disk, builds the index
 * through the real pipeline next to a plain-Lucene baseline, reindexes the unchanged archive, then measures queries
 * and the web app in a forked JVM with the serving heap, and the time {@code lede serve} needs to its first search.
 * Everything streams: no step holds the archive in memory.
 *
 * <pre>{@code
 * BenchReport report = new Bench(BenchOptions.defaults(), "./lede bench", System.err).run();
 * System.out.print(report.markdown());
 * }</pre>
 */
public final class Bench {
  private final BenchOptions options;
  private final String command;
  private final PrintStream log;

  /**
   * @param command the command line to print with the results, so a reader can reproduce them
   * @param log progress messages
   */
  public Bench(BenchOptions options, String command, PrintStream log) {
    this.options = options;
    this.command = command;
    this.log = log;
  }

  /** Runs everything and returns the report (also written to {@link BenchOptions#out()} when set). */
  public BenchReport run() throws IOException, InterruptedException {
    boolean temporary = options.work() == null;
    Path work = temporary ? Files.createTempDirectory("lede-bench-") : options.work();
    Files.createDirectories(work);
    try {
      RunResult result = measure(work);
      BenchReport report = new BenchReport(key(), title(), LocalDate.now().toString(), Machine.describe(), command,
          result.targets(), result.tables());
      if (options.out() != null) {
        report.writeInto(options.out());
      }
      return report;
    } finally {
      if (temporary && !options.keep()) {
        deleteTree(work);
      } else {
        log.println("bench: kept " + work);
      }
    }
  }

  private RunResult measure(Path work) throws IOException, InterruptedException {
    if (options.index() != null) {
      // the index is someone's archive: read, never written (serving opens it read-only; startup files go to work)
      log.printf("bench: measuring the index at %s as it is%n", options.index());
      return serving(options.index(), work).plus(startup(options.index(), work));
    }
    Path archive = work.resolve("archive");
    deleteTree(archive);
    deleteTree(work.resolve("home"));
    deleteTree(work.resolve("baseline"));
    if (options.inMemory()) {
      return measureInMemory(work);
    }
    log.printf("bench: writing a %s archive of %,d articles to %s%n", options.inputName(), options.articles(),
        archive);
    long g0 = System.nanoTime();
    ArchiveWriter.Written written;
    if (options.corpus() == null) {
      written = ArchiveWriter.write(new SyntheticNews(options.seed(), options.articles()), archive);
    } else {
      try (CorpusReplicator records = new CorpusReplicator(options.corpus(), options.articles(), options.seed())) {
        written = ArchiveWriter.write(records, archive);
      }
    }
    log.printf("bench: archive written in %.1f s%n", (System.nanoTime() - g0) / 1e9);
    IngestBench.Outcome ingest = IngestBench.run(archive, written, work, options.workers(), log);
    log.printf("bench: extraction time per article (%,d articles)...%n", ExtractBench.ARTICLES);
    RunResult result = ingest.result().plus(ExtractBench.run(archive)).plus(serving(ingest.home(), work));
    if (options.opensearch() != null) {
      result = result.plus(ClusterBench.run(ingest, options.opensearch(), options.seed(), options.queries(), log));
    }
    return result.plus(startup(ingest.home(), work));
  }

  /**
   * An embedding service's run: the articles held in memory go to the pipeline as records, nothing is written but
   * the index, and the same query log runs on it (extraction per article is timed on the archive only).
   */
  private RunResult measureInMemory(Path work) throws IOException, InterruptedException {
    log.printf("bench: reading %,d %s articles into memory%n", options.articles(), options.inputName());
    List<NewsRecord> records = new ArrayList<>();
    if (options.corpus() == null) {
      new SyntheticNews(options.seed(), options.articles()).forEachRemaining(records::add);
    } else {
      try (CorpusReplicator replicator = new CorpusReplicator(options.corpus(), options.articles(), options.seed())) {
        replicator.forEachRemaining(records::add);
      }
    }
    IngestBench.Outcome ingest = IngestBench.runRecords(records, work, options.workers(), log);
    records = null; // the serving part has the heap to itself, as with files
    return ingest.result().plus(serving(ingest.home(), work)).plus(startup(ingest.home(), work));
  }

  private RunResult startup(Path home, Path work) throws IOException, InterruptedException {
    log.println("bench: startup of lede serve...");
    List<StartupBench.Start> startup = StartupBench.run(home, options.serveHeap(),
        options.startupRuns(), work.resolve("serve.jsa"), work.resolve("serve.log"));
    List<Double> sorted = startup.stream().filter(s -> !s.writesArchive()).map(StartupBench.Start::firstSearch)
        .sorted().toList();
    double median = sorted.get(sorted.size() / 2);
    Table.Builder t = new Table.Builder("Startup: `lede serve --index HOME` to its first 200 on /api/search",
        "run", "serving s (line printed: index open and warmed up)", "first search s");
    for (int i = 0; i < startup.size(); i++) {
      StartupBench.Start s = startup.get(i);
      t.row(s.writesArchive() ? "first start (writes the start-up archive; not counted)" : String.valueOf(i),
          s.ready() < 0 ? "-" : s.ready(), s.firstSearch());
    }
    t.note("Time from starting a new JVM (-Xmx" + options.serveHeap() + ", same class path, the start-up archive "
        + "the launcher gives a server: " + (Forks.aotCache()
            ? "on this JDK an AOT cache, made from what the first start recorded" : "a class-data archive")
        + ") to the line 'Lede is serving' and to the first 200 answer, polling every 10 "
        + "ms; the target uses the median of the starts after the first. The server answers as soon as the index is "
        + "open, while it warms up, so the first search can come before the line.");
    return new RunResult(List.of(Target.atMost("first search after starting lede serve", median, 2, "s", "")),
        List.of(t.build()));
  }

  private RunResult serving(Path home, Path work) throws IOException, InterruptedException {
    log.println("bench: queries and web app in a JVM with -Xmx" + options.serveHeap() + "...");
    Path resultFile = work.resolve("serving.json");
    Path logFile = work.resolve("serving.log");
    Files.deleteIfExists(resultFile);
    Process p = new ProcessBuilder(Forks.java(), "-Xmx" + options.serveHeap(), "-cp", Forks.classPath(),
        ServingBench.class.getName(), home.toString(), resultFile.toString(), String.valueOf(options.queries()),
        String.valueOf(options.webSeconds()), String.valueOf(options.seed()))
        .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    int exit = p.waitFor();
    if (exit != 0 || !Files.exists(resultFile)) {
      List<String> lines = Files.readAllLines(logFile);
      lines.subList(0, Math.max(0, lines.size() - 30)).clear();
      throw new IOException("the serving benchmark JVM failed (exit " + exit + "); end of " + logFile + ":\n"
          + String.join("\n", lines));
    }
    return new ObjectMapper().readValue(resultFile.toFile(), RunResult.class);
  }

  private String key() {
    if (options.index() != null) {
      return options.inputName().replace(' ', '-');
    }
    return options.inputName() + "-" + options.articles() + (options.inMemory() ? "-in-memory" : "")
        + (options.opensearch() != null ? "-opensearch" : "");
  }

  private String title() {
    if (options.index() != null) {
      return "Existing index " + options.index().toAbsolutePath().normalize() + ", queries, web app and startup only";
    }
    String input = options.corpus() == null
        ? "Synthetic archive (seed " + options.seed() + ")"
        : "Real corpus " + options.inputName() + ", replicated with perturbation";
    return String.format(Locale.ROOT, "%s, %,d articles%s%s", input, options.articles(),
        options.inMemory() ? ", indexed as in-memory records" : "",
        options.opensearch() != null ? ", also published to OpenSearch" : "");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    }
  }
}
