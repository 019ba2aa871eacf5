package dev.lede.web.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import dev.lede.web.LedeServer;
import dev.lede.web.WebOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The serving part, run in its own JVM with the heap the target allows ({@code -Xmx1g}): query latency through the
 * library, then the web app under concurrent clients, then batch search, with the heap watched throughout. Writes a {@link RunResult}
 * as JSON to the file named by the second argument.
 *
 * <p>Arguments: {@code HOME RESULT.json QUERIES WEB_SECONDS SEED}.
 */
public final class ServingBench {
  private ServingBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      throw new IllegalArgumentException("usage: ServingBench HOME RESULT.json QUERIES WEB_SECONDS SEED");
    }
    Path home = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int queries = Integer.parseInt(args[2]);
    double webSeconds = Double.parseDouble(args[3]);
    long seed = Long.parseLong(args[4]);
    RunResult result = run(home, queries, webSeconds, seed, System.err);
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
  }

  static RunResult run(Path home, int queries, double webSeconds, long seed, PrintStream log) throws IOException {
    long maxHeap = Runtime.getRuntime().maxMemory();
    QueryWorkload workload = QueryWorkload.from(home, seed);
    RunResult result = new RunResult(List.of(), List.of());
    String failure = null;
    long peakUsed;
    long peakLive;
    long docs = 0;
    try (HeapSampler heap = new HeapSampler()) {
      try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
        docs = searcher.commitInfo().docCount();
        result = result.plus(QueryBench.run(searcher, home, workload, queries, docs, log));
        result = result.plus(IdsOnlyBench.run(searcher, workload, queries));
        try (LedeServer server = LedeServer.start(searcher, WebOptions.loopback(List.of()))) {
          result = result.plus(WebBench.run(server.port(), workload, webSeconds, log));
          result = result.plus(BatchBench.run(searcher, server.port(), workload, 3 * webSeconds, log));
        }
      } catch (OutOfMemoryError | InterruptedException e) {
        failure = e.toString();
      }
      peakUsed = heap.peakUsed();
      peakLive = heap.peakAfterGc();
    }
    Table.Builder t = new Table.Builder("Serving JVM heap", "measure", "value");
    t.row("max heap (-Xmx) MB", maxHeap / 1e6);
    t.row("peak heap used MB (sampled every 10 ms)", peakUsed / 1e6);
    t.row("peak live heap MB (after GC)", peakLive / 1e6);
    t.row("completed", failure == null ? "yes" : "no: " + failure);
    List<Target> targets = new ArrayList<>(result.targets());
    boolean fits = failure == null && maxHeap <= 1_100_000_000L;
    targets.add(new Target("queries + web app within a 1 GB heap", "all parts complete with -Xmx1g",
        String.format(java.util.Locale.ROOT, "max %,.0f MB, peak live %,.0f MB%s", maxHeap / 1e6, peakLive / 1e6,
            failure == null ? "" : ", failed: " + failure), fits ? Target.PASS : Target.MISS));
    List<Table> tables = new ArrayList<>(result.tables());
    tables.add(t.build());
    return new RunResult(targets, tables);
  }
}
