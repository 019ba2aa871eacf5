package dev.lede.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.web.LedeServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.reindex.ReindexReport;
import dev.lede.reindex.Reindexer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 5: 32 clients search {@code /api/search} without pause while, in the same JVM, the reindex job runs in a
 * loop over an input folder that keeps changing (pages added, edited and deleted; the second run and every third
 * after it a full rebuild that switches generations) and the server's searcher refreshes every 2 s: zero errors.
 * The duration is {@code -Dlede.load.seconds} (10 in CI; the documented figure is a 60 s run), extended until two
 * reindex runs have committed.
 */
class LoadTest {
  static final int CLIENTS = 32;
  static final int INITIAL_PAGES = 200;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] QUERIES = {"council", "bridge river", "kherson OR kyiv", "\"city council\"",
      "residents -traffic", "title:council", "budget AND (storm OR weather)", "grain corridor", "Kherson~1",
      "engin*", "date:2023-03", "author:\"Maria Lopez\""};
  private static final String[] EXTRAS = {"", "&sort=newest", "&collapse=0", "&size=50", "&author=Maria+Lopez",
      "&from=2023-03-05&to=2023-03-20", "&source.not=The+Independent"};
  @TempDir static Path dir;
  static Site site;

  @BeforeAll
  static void start() throws Exception {
    site = Site.start(dir, INITIAL_PAGES);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void thirtyTwoClientsSeeNoErrorWhileTheIndexIsRebuiltUnderThem() throws Exception {
    int seconds = Integer.getInteger("lede.load.seconds", 10);
    long seed = Figures.seed();
    System.out.println("[lede-reliability] LoadTest seed " + seed + ", " + seconds + " s");
    warmUp();
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
    CountDownLatch done = new CountDownLatch(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      long clientSeed = seed + c;
      Thread t = new Thread(() -> {
        try {
          latencies.add(client(new Random(clientSeed), running, errors));
        } finally {
          done.countDown();
        }
      }, "load-client-" + c);
      t.setDaemon(true);
      t.start();
    }
    long started = System.nanoTime();
    Reindexing reindexing = new Reindexing(new Random(seed));
    Thread writer = new Thread(() -> reindexing.loop(running, errors), "load-reindex");
    writer.setDaemon(true);
    writer.start();
    Thread.sleep(seconds * 1_000L);
    // On a slow machine a reindex run can outlast a short load: keep the clients going until two runs committed.
    for (long waited = 0; reindexing.runs.get() < 2 && waited < 120_000; waited += 100) {
      Thread.sleep(100);
    }
    long elapsed = (System.nanoTime() - started) / 1_000_000_000L;
    running.set(false);
    done.await();
    writer.join();

    long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    Figures.Latency latency = Figures.Latency.of(all);
    Figures.report("load", CLIENTS + " clients, " + elapsed + " s, seed " + seed + ", " + all.length
        + " searches (" + all.length / Math.max(1, elapsed) + "/s), errors " + errors.size() + ", " + latency
        + ", reindex runs " + reindexing.runs + " (" + reindexing.fullRuns + " full), a commit every "
        + String.format(java.util.Locale.ROOT, "%.1f", reindexing.secondsBetweenCommits()) + " s, commits seen by "
        + "the server " + reindexing.generationsSeen.get());
    assertTrue(errors.isEmpty(), errors.size() + " errors, first: " + errors.stream().limit(10).toList());
    assertTrue(reindexing.runs.get() >= 2, "the index changed during the run: " + reindexing.runs);
    assertTrue(all.length > CLIENTS, "searches: " + all.length);
    reindexing.assertServerFollows();
  }

  /** A cold JVM answers its first searches in seconds (class loading, JIT): every query and extra once, twice. */
  private static void warmUp() throws Exception {
    for (int round = 0; round < 2; round++) {
      for (String q : QUERIES) {
        for (String extra : EXTRAS) {
          site.get("/api/search?q=" + Queries.enc(q) + extra);
        }
      }
    }
  }

  /** One client: searches until told to stop; returns its latencies in nanoseconds. */
  private static long[] client(Random random, AtomicBoolean running, ConcurrentLinkedQueue<String> errors) {
    List<Long> nanos = new ArrayList<>();
    while (running.get()) {
      String path = "/api/search?q=" + Queries.enc(QUERIES[random.nextInt(QUERIES.length)])
          + EXTRAS[random.nextInt(EXTRAS.length)];
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> r = site.get(path);
        nanos.add(System.nanoTime() - t0);
        if (r.statusCode() != 200 || !JSON.readTree(r.body()).has("hits")) {
          errors.add(r.statusCode() + " " + path + " " + r.body().substring(0, Math.min(200, r.body().length())));
        }
      } catch (Exception e) {
        errors.add(e + " " + path);
      }
    }
    return nanos.stream().mapToLong(Long::longValue).toArray();
  }

  /** Changes the input folder and reindexes it, in a loop, as a nightly job would (only much more often). */
  static final class Reindexing {
    private final Random random;
    private final List<Integer> live = new ArrayList<>();
    private int nextPage = INITIAL_PAGES;
    private int lastAdded = -1;
    private int lastDeleted = -1;
    final AtomicInteger runs = new AtomicInteger();
    int fullRuns;
    final AtomicInteger generationsSeen = new AtomicInteger();
    final List<Long> commitTimes = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Mean seconds between two commits of the loop, or NaN with fewer than two. */
    double secondsBetweenCommits() {
      if (commitTimes.size() < 2) {
        return Double.NaN;
      }
      return (commitTimes.get(commitTimes.size() - 1) - commitTimes.get(0)) / 1e9 / (commitTimes.size() - 1);
    }

    Reindexing(Random random) {
      this.random = random;
      for (int n = 0; n < INITIAL_PAGES; n++) {
        live.add(n);
      }
    }

    void loop(AtomicBoolean running, ConcurrentLinkedQueue<String> errors) {
      long lastGeneration = -1;
      while (running.get()) {
        try {
          change();
          // The second run rebuilds in full (a generation switch under load); the others are the nightly kind,
          // incremental, as often as they can go, so the index changes every few seconds.
          boolean full = runs.get() == 1;
          ReindexReport report = new Reindexer(site.options.withFull(full)).run();
          if (!report.committed() || report.hasFailures()) {
            errors.add("reindex run " + runs + ": committed " + report.committed() + ", " + report.failures());
          }
          runs.incrementAndGet();
          fullRuns += full ? 1 : 0;
          long generation = site.searcher.commitInfo().generation();
          if (generation != lastGeneration) {
            generationsSeen.incrementAndGet();
            lastGeneration = generation;
          }
          commitTimes.add(System.nanoTime());
          Thread.sleep(250);
        } catch (Exception e) {
          errors.add("reindex run " + runs + ": " + e);
        }
      }
    }

    /** Adds three pages, edits three and deletes two. */
    private void change() throws java.io.IOException {
      for (int i = 0; i < 3; i++) {
        lastAdded = nextPage++;
        Site.writePage(site.input, lastAdded, 0);
        live.add(lastAdded);
      }
      for (int i = 0; i < 3; i++) {
        Site.writePage(site.input, live.get(random.nextInt(live.size())), runs.get() + 1);
      }
      for (int i = 0; i < 2; i++) {
        int n = live.remove(random.nextInt(live.size() - 3));
        Files.delete(Site.page(site.input, n));
        lastDeleted = n;
      }
    }

    /**
     * After the last run the server shows exactly the folder (the last added page found, the last deleted gone)
     * within seconds, by its own periodic refresh: nothing here refreshes it.
     */
    void assertServerFollows() throws Exception {
      long start = System.nanoTime();
      long deadline = start + java.util.concurrent.TimeUnit.SECONDS.toNanos(3 * LedeServer.REFRESH_SECONDS + 2);
      while (hits("zq" + lastAdded + "marker") != 1 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Figures.report("load", "the server showed the last commit " + (System.nanoTime() - start) / 1_000_000
          + " ms after the run ended, by its own refresh");
      assertEquals(1, hits("zq" + lastAdded + "marker"), "last added page");
      assertEquals(0, hits("zq" + lastDeleted + "marker"), "last deleted page");
      long documents = JSON.readTree(site.get("/api/status").body()).get("documents").asLong();
      assertEquals(live.size() + 5, documents, "every page and the five samples, nothing else");
    }

    private static int hits(String word) throws Exception {
      return JSON.readTree(site.get("/api/search?q=" + word + "&collapse=0").body()).get("total").asInt();
    }
  }
}
