package dev.lede.web.cli;

import dev.lede.web.bench.Bench;
import dev.lede.web.bench.BenchOptions;
import dev.lede.web.bench.BenchReport;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lede bench [--articles N] [--corpus FILE.jsonl.gz] [--out FILE] ...}: the benchmark of issue 7 (ingest
 * against plain Lucene, query latency, web app, startup, incremental reindex), printed as markdown and written into
 * {@code docs/benchmarks.md}. Exit code 0 when every target passed, 3 when some target was missed (the table says
 * which), 1 on failure.
 */
public final class BenchCommand implements Command {
  static final int EXIT_MISSED = 3;

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "benchmark ingest, queries, web app and startup; write docs/benchmarks.md";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    BenchOptions d = BenchOptions.defaults();
    long articles = d.articles();
    Path corpus = null;
    long seed = d.seed();
    Path work = null;
    Path file = d.out();
    int queries = d.queries();
    double webSeconds = d.webSeconds();
    String heap = d.serveHeap();
    int startupRuns = d.startupRuns();
    int workers = d.workers();
    boolean keep = false;
    boolean inMemory = false;
    String opensearch = null;
    String alias = "lede-bench";
    Path index = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "-h", "--help" -> {
          usage(out);
          return 0;
        }
        case "--articles" -> articles = number(value(args, ++i, a), a);
        case "--corpus" -> corpus = Path.of(value(args, ++i, a));
        case "--seed" -> seed = number(value(args, ++i, a), a);
        case "--work" -> work = Path.of(value(args, ++i, a));
        case "--out" -> file = Path.of(value(args, ++i, a));
        case "--no-out" -> file = null;
        case "--queries" -> queries = (int) number(value(args, ++i, a), a);
        case "--web-seconds" -> webSeconds = decimal(value(args, ++i, a), a);
        case "--serve-heap" -> heap = value(args, ++i, a);
        case "--startup-runs" -> startupRuns = (int) number(value(args, ++i, a), a);
        case "--workers" -> workers = (int) number(value(args, ++i, a), a);
        case "--keep" -> keep = true;
        case "--in-memory" -> inMemory = true;
        case "--opensearch" -> opensearch = value(args, ++i, a);
        case "--opensearch-index" -> alias = value(args, ++i, a);
        case "--index" -> index = Path.of(value(args, ++i, a));
        default -> throw new UsageException("unknown option '" + printable(a) + "'");
      }
    }
    if (corpus != null && !Files.isRegularFile(corpus)) {
      throw new UsageException("corpus " + printable(corpus.toString()) + " is not a file");
    }
    if (index != null && !Files.isDirectory(index)) {
      throw new UsageException("index " + printable(index.toString()) + " is not a folder");
    }
    BenchOptions options;
    try {
      options = new BenchOptions(articles, corpus, seed, work, file, queries, webSeconds, heap, startupRuns,
          workers, keep, inMemory, opensearch == null ? null
              : dev.lede.opensearch.OpenSearchTarget.of(opensearch, alias, System.getenv()).withLayout(1, 0), index);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    BenchReport report = new Bench(options, "./lede bench " + String.join(" ", args), err).run();
    out.print(report.markdown());
    if (file != null) {
      err.println("bench: written into " + file);
    }
    return report.missedAny() ? EXIT_MISSED : 0;
  }

  private static void usage(PrintStream out) {
    out.println("usage: lede bench [options]");
    out.println("  --articles N      archive size (default 5000; e.g. 100000 or 1000000)");
    out.println("  --corpus FILE     replicate a real JSON Lines corpus (.jsonl or .jsonl.gz) instead of generating");
    out.println("  --seed S          seed of the synthetic archive, perturbation and queries (default 42)");
    out.println("  --out FILE        markdown file to write this run's section into (default docs/benchmarks.md)");
    out.println("  --no-out          only print the tables");
    out.println("  --work DIR        where archive and indexes go (default: a temporary directory, deleted)");
    out.println("  --keep            keep the work directory");
    out.println("  --in-memory       index the articles as in-memory records (Reindexer.run(Stream)), no archive files");
    out.println("  --queries N       measured runs per query family (default 200)");
    out.println("  --web-seconds S   measured seconds per endpoint and client count (default 5)");
    out.println("  --serve-heap H    -Xmx of the serving JVMs (default 1g)");
    out.println("  --startup-runs N  times lede serve is started to time its first search (default 3)");
    out.println("  --workers N       pipeline extraction threads (default: cores)");
    out.println("  --opensearch URL  also publish the index to this OpenSearch cluster and compare results pages");
    out.println("  --opensearch-index NAME  the alias used there (default lede-bench; 1 shard, no replica)");
    out.println("  --index HOME      measure an existing index as it is (queries next to plain Lucene, web app,");
    out.println("                    batch search, startup); nothing is built and nothing is written into it");
    out.println("Exit code 0 when all targets pass, 3 when some target is missed, 1 on failure.");
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  private static long number(String v, String option) {
    try {
      return Long.parseLong(v.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a number, was '" + printable(v) + "'");
    }
  }

  private static double decimal(String v, String option) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a number, was '" + printable(v) + "'");
    }
  }

  private static String printable(String s) {
    String clipped = s.length() > 60 ? s.substring(0, 60) + "..." : s;
    return clipped.replaceAll("\\p{Cntrl}", "?");
  }
}
