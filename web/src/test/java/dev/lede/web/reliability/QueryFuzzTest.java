package dev.lede.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 1 (docs/reliability.md): whatever a client puts in a search URL, {@code /api/search} answers 200 or 400
 * with a message (414 only for an address over the 64 KB limit, which no request here reaches), never a 500, each answer within one second
 * once the server is warm (the first requests of a cold JVM are checked for their answer only).
 * {@code -Dlede.fuzz.queries=N} sets the number of generated queries (10,000 in CI), {@code -Dlede.seed=N} replays a
 * run.
 */
class QueryFuzzTest {
  static final long BOUND_MS = 1_000;
  static final int THREADS = 3;
  static final int WARMUP = 300;
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Site site;

  @BeforeAll
  static void start() throws Exception {
    site = Site.start(dir, 300);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void everyGeneratedQueryGets200Or400WithAMessageWithinOneSecond() throws Exception {
    long seed = Figures.seed();
    int count = Integer.getInteger("lede.fuzz.queries", 10_000);
    System.out.println("[lede-reliability] QueryFuzzTest seed " + seed + " (replay with -Dlede.seed=" + seed + ")");
    // A cold JVM loads classes and compiles for the first requests (2.4 s once): only their answers are checked.
    Run warmup = run(Queries.generated(seed ^ 0x5eed, WARMUP), false);
    List<String> requests = new ArrayList<>(Queries.adversarial());
    requests.addAll(Queries.generated(seed, count));
    Run run = run(requests, true);
    Figures.Latency latency = Figures.Latency.of(run.nanos);
    Figures.report("query fuzz", requests.size() + " requests (" + Queries.adversarial().size() + " adversarial + "
        + count + " generated), seed " + seed + ", " + THREADS + " client threads, statuses " + run.statuses
        + ", " + latency + ", " + run.seconds + " s");
    List<String> failures = new ArrayList<>(warmup.failures);
    failures.addAll(run.failures);
    assertTrue(failures.isEmpty(), failures.size() + " bad answers (seed " + seed + "), first ones:\n"
        + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    assertEquals(requests.size(), run.nanos.length);
  }

  /** The results of sending requests from several threads. */
  record Run(long[] nanos, Map<Integer, Integer> statuses, List<String> failures, long seconds) {}

  private static Run run(List<String> requests, boolean timed) throws Exception {
    long[] nanos = new long[requests.size()];
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < requests.size(); ) {
            String request = requests.get(i);
            long t0 = System.nanoTime();
            HttpResponse<String> r;
            try {
              r = site.get("/api/search?" + request);
            } catch (java.io.IOException e) {
              nanos[i] = System.nanoTime() - t0;
              failures.add("#" + i + " no answer (" + e + "): /api/search?" + abbreviate(request));
              continue;
            }
            nanos[i] = System.nanoTime() - t0;
            statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            String problem = check(request, r, timed ? nanos[i] : 0);
            if (problem != null) {
              failures.add("#" + i + " " + problem + ": /api/search?" + abbreviate(request));
            }
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Map<Integer, Integer> counts = new TreeMap<>();
    statuses.forEach((s, n) -> counts.put(s, n.get()));
    return new Run(nanos, counts, List.copyOf(failures), (System.nanoTime() - started) / 1_000_000_000L);
  }

  /** What is wrong with an answer, or null. */
  static String check(String request, HttpResponse<String> r, long nanos) {
    if (nanos > BOUND_MS * 1_000_000) {
      return "took " + nanos / 1_000_000 + " ms";
    }
    int status = r.statusCode();
    boolean urlTooLong = request.length() > LimitsTest.QUERY_STRING_LIMIT;
    if (urlTooLong) { // no request of the fuzzer is this long: the adversarial list must get 200 or 400
      if (status != 414 && status != 431) {
        return "status " + status + " for an address over 64 KB";
      }
      String said = r.body().toLowerCase(java.util.Locale.ROOT);
      return said.contains("too long") || said.contains("too large") ? null
          : "status " + status + " without a message: " + abbreviate(r.body());
    }
    if (status != 200 && status != 400) {
      return "status " + status + " " + abbreviate(r.body());
    }
    try {
      JsonNode body = JSON.readTree(r.body());
      if (status == 400 && (!body.hasNonNull("error") || body.get("error").asText().isBlank())) {
        return "400 without a message: " + abbreviate(r.body());
      }
      if (status == 200 && !(body.has("hits") && body.has("total"))) {
        return "200 without hits: " + abbreviate(r.body());
      }
    } catch (java.io.IOException e) {
      return "status " + status + " but not JSON: " + abbreviate(r.body());
    }
    return null;
  }

  static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
  }
}
