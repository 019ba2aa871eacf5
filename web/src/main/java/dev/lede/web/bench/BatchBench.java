package dev.lede.web.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.Dimension;
import dev.lede.search.FacetValue;
import dev.lede.search.LedeSearcher;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Batch search over loopback: one {@code POST /api/batch} of {@value #SMALL} lines against the same lines sent as
 * full searches one by one ({@code GET /api/search}, the app's defaults), and a batch of {@value #LARGE} lines
 * against one results page. The lines are the archive's most frequent people, places and organizations, then words
 * of the index, all distinct (a repeated line is not searched again, which would flatter the batch).
 */
final class BatchBench {
  static final int SMALL = 200;
  static final int LARGE = 1_000;
  private static final int RUNS = 3;
  private static final int MAX_WARM_UP = 200;

  private BatchBench() {}

  /**
   * @param warmUpSeconds how long batches run before the measured ones (at least {@value #RUNS} of them)
   */
  static RunResult run(LedeSearcher searcher, int port, QueryWorkload w, double warmUpSeconds, PrintStream log)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    List<String> lines = lines(searcher, w);
    List<String> small = lines.subList(0, Math.min(SMALL, lines.size()));
    log.printf("bench: batch of %d lines against the same searches one by one%n", small.size());
    batch(http, port, small); // warm-up, both ways
    oneByOne(http, port, small);
    double batchSmall = median(RUNS, () -> batch(http, port, small));
    double[] pages = oneByOne(http, port, small);
    double oneByOne = Arrays.stream(pages).sum();
    Arrays.sort(pages);
    double page = pages[pages.length / 2];
    log.printf("bench: batch of %d lines%n", lines.size());
    // warm-up to steady state, as the page's code is after the whole web bench: the JIT compiles the counting code
    // gradually, over tens of thousands of lines (at 5,000 articles a batch of 1,000 took 100 ms after 10 batches,
    // 45 ms after 50), so batches run for a fixed time first (at least RUNS of them)
    long warmUntil = System.nanoTime() + (long) (warmUpSeconds * 1e9);
    int warmed = 0;
    while (warmed < RUNS || (System.nanoTime() < warmUntil && warmed < MAX_WARM_UP)) {
      batch(http, port, lines);
      warmed++;
    }
    log.printf("bench: %d batches of %d lines to warm up%n", warmed, lines.size());
    long cpu0 = cpuNanos();
    double batchLarge = median(RUNS, () -> batch(http, port, lines));
    double batchCpu = (cpuNanos() - cpu0) / 1e6 / RUNS;
    cpu0 = cpuNanos();
    oneByOne(http, port, small);
    double pageCpu = (cpuNanos() - cpu0) / 1e6 / small.size();
    Table.Builder t = new Table.Builder("Batch search over loopback (POST /api/batch, in the -Xmx1g JVM)",
        "measure", "lines", "ms", "ratio");
    t.row("batch, one request (median of " + RUNS + ")", small.size(), batchSmall, "1.00");
    t.row("the same lines as full searches, one GET /api/search each", small.size(), oneByOne,
        Target.fmt(oneByOne / batchSmall) + "x the batch");
    t.row("batch, one request (median of " + RUNS + ")", lines.size(), batchLarge,
        Target.fmt(batchLarge / page) + " results pages");
    t.row("one results page, GET /api/search (median)", 1, page, "1.00");
    t.row("CPU time of the JVM per batch (mean of " + RUNS + ")", lines.size(), batchCpu,
        Target.fmt(batchCpu / pageCpu) + " pages' CPU");
    t.row("CPU time of the JVM per results page (mean of " + small.size() + ")", 1, pageCpu, "1.00");
    t.note("Lines: the most frequent person, place and organization names of the archive, then words of the index; "
        + "distinct. Counts are stories (the app's default). A full search is the app's default page: 10 hits with "
        + "snippets, all facets, the histogram, stories collapsed. Both are timed warm (the page after the web "
        + "bench and 200 searches, the large batch after " + Target.fmt(warmUpSeconds) + " s of batches of it, at "
        + "least " + RUNS + ", at most " + MAX_WARM_UP + ") and alike: over "
        + "loopback HTTP from one client thread, each request read to its end, wall-clock medians; client and "
        + "server share the cores, and the batch counts on one thread per core. CPU time is the whole JVM's "
        + "(server and client, GC and JIT included), which a loaded machine stretches less than wall time.");
    String scope = lines.size() == LARGE ? "" : String.format(Locale.ROOT, " (measured with %,d lines)",
        lines.size());
    return new RunResult(List.of(Target.atMost("batch of 1,000 lines / one results page", batchLarge / page, 10,
        "x", scope)), List.of(t.build()));
  }

  /** Up to {@value #LARGE} distinct lines: entity names first, most frequent first, then the workload's words. */
  private static List<String> lines(LedeSearcher searcher, QueryWorkload w) {
    Set<String> out = new LinkedHashSet<>();
    for (Dimension d : List.of(Dimension.PERSON, Dimension.PLACE, Dimension.ORG)) {
      searcher.facetValues(d, "", LARGE / 3).stream().map(FacetValue::value).forEach(out::add);
    }
    for (List<String> words : List.of(w.middle(), w.rare(), w.common(), w.phrases())) {
      words.forEach(out::add);
    }
    return new ArrayList<>(out).subList(0, Math.min(LARGE, out.size()));
  }

  /** CPU time of this JVM, all threads; in the bench the server and its client share it. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private interface Timed {
    double ms() throws IOException, InterruptedException;
  }

  private static double median(int runs, Timed timed) throws IOException, InterruptedException {
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      ms[i] = timed.ms();
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  /** One batch request, read to its end; milliseconds. */
  private static double batch(HttpClient http, int port, List<String> lines) throws IOException,
      InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/batch"))
        .header("Content-Type", "text/plain; charset=utf-8").timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines), StandardCharsets.UTF_8)).build();
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    double ms = (System.nanoTime() - t0) / 1e6;
    if (r.statusCode() != 200) {
      throw new IOException("the batch failed: " + r.statusCode() + " " + new String(r.body(),
          StandardCharsets.UTF_8));
    }
    // a batch that hit its time limit did less work than asked: that would flatter it
    if (new ObjectMapper().readTree(r.body()).path("notRun").asInt(-1) != 0) {
      throw new IOException("the batch of " + lines.size() + " lines did not finish within its time limit");
    }
    return ms;
  }

  /** Each line as a full search, one after the other; the milliseconds of each. */
  private static double[] oneByOne(HttpClient http, int port, List<String> lines) throws IOException,
      InterruptedException {
    double[] ms = new double[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q="
          + URLEncoder.encode(lines.get(i), StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build();
      long t0 = System.nanoTime();
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      ms[i] = (System.nanoTime() - t0) / 1e6;
      if (r.statusCode() >= 500) { // a refused line (400) is answered, as the batch answers it
        throw new IOException("a search failed: " + r.statusCode());
      }
    }
    return ms;
  }
}
