package dev.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.Reindexer;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearcherOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What operators live through, on the shared real cluster: a node dying under searches, a full publish (alias
 * move, old generation deleted) under searches, an index of someone else's mapping behind the alias, and documents
 * the cluster refuses in an incremental publish.
 */
class OpenSearchOperationsTest {
  @TempDir Path temp;

  /** A copy of the sample archive indexed into a fresh local home. */
  private Path indexedSamples(String name) throws Exception {
    Path archive = temp.resolve(name + "-archive");
    Files.createDirectories(archive);
    try (Stream<Path> files = Files.list(Path.of("..", "index-data"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, archive.resolve(f.getFileName()));
      }
    }
    Path home = temp.resolve(name + "-home");
    assertTrue(new Reindexer(ReindexOptions.of(List.of(archive), home)).run().committed());
    return home;
  }

  private static PublishReport publish(OpenSearchTarget target, Path home, boolean full) throws Exception {
    try (OpenSearchPublisher publisher = new OpenSearchPublisher(target)) {
      return publisher.publish(home, full);
    }
  }

  /** Searches in a loop on another thread until stopped; counts answers and errors. */
  private static final class Searching implements AutoCloseable {
    final AtomicInteger answered = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;

    Searching(OpenSearchSearcher searcher, long expected) {
      thread = new Thread(() -> {
        while (!stop.get()) {
          try {
            long total = searcher.search(SearchRequest.builder().collapseStories(false).build()).totalHits();
            if (total != expected) {
              throw new IllegalStateException("total " + total + ", expected " + expected);
            }
            searcher.search(SearchRequest.of("Kherson"));
            answered.incrementAndGet();
          } catch (RuntimeException e) {
            errors.incrementAndGet();
            problems.add(String.valueOf(e));
          }
        }
      }, "searching");
      thread.start();
    }

    @Override
    public void close() throws InterruptedException {
      stop.set(true);
      thread.join();
    }
  }

  @Test
  void aNodeThatDiesUnderSearchesLosesNoDocumentAndTheSearchesGoOn() throws Exception {
    ClusterProcess cluster = SharedCluster.process();
    OpenSearchTarget target = new OpenSearchTarget(cluster.urls(), "failover", null, null, 2, 1);
    Path home = indexedSamples("failover");
    long docs = publish(target, home, true).docCount();
    try (OpenSearchSearcher searcher = OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS);
        Cluster admin = new Cluster(target)) {
      try (Searching during = new Searching(searcher, docs)) {
        Thread.sleep(1_000);
        assertTrue(cluster.command("stop 3").startsWith("DONE"));
        // settled: the replicas of the dead node's shards are promoted (yellow, every primary assigned)
        assertTrue(admin.call("GET", "/_cluster/health/failover", Map.of("wait_for_status", "yellow", "timeout",
            "60s"), null).ok());
        Thread.sleep(1_000);
        during.close();
        try (Searching settled = new Searching(searcher, docs)) {
          Thread.sleep(3_000);
          settled.close();
          assertEquals(0, settled.errors.get(), settled.problems.toString());
          assertTrue(settled.answered.get() > 5, "searches went on: " + settled.answered.get());
        }
        assertTrue(during.answered.get() > 0);
        // While the node went away, the client's retries and failover over the other nodes answered too.
        assertTrue(during.errors.get() <= 2, during.problems.toString());
      } finally {
        cluster.command("start 3");
        admin.call("GET", "/_cluster/health", Map.of("wait_for_status", "green", "timeout", "60s"), null);
      }
      assertEquals(docs, searcher.count(SearchRequest.builder().collapseStories(false).build()).totalHits());
    }
  }

  @Test
  void aFullPublishUnderSearchesAnswersEverySearch() throws Exception {
    OpenSearchTarget target = new OpenSearchTarget(SharedCluster.urls(), "live", null, null, 1, 1);
    Path home = indexedSamples("live");
    long docs = publish(target, home, true).docCount();
    try (OpenSearchSearcher searcher = OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS);
        Searching searching = new Searching(searcher, docs)) {
      for (int i = 0; i < 3; i++) {
        PublishReport report = publish(target, home, true); // a new generation each time, the old one deleted
        assertEquals(1, report.removedIndices().size());
      }
      Thread.sleep(500);
      searching.close();
      assertEquals(0, searching.errors.get(), searching.problems.toString());
      assertTrue(searching.answered.get() > 3);
      assertTrue(searcher.maybeRefresh(), "the alias moved to another generation");
    }
  }

  @Test
  void anAliasOnAnIndexOfAnotherMappingGetsANewGenerationAndTheForeignIndexIsKept() throws Exception {
    OpenSearchTarget target = new OpenSearchTarget(SharedCluster.urls(), "foreign", null, null, 1, 1);
    try (Cluster admin = new Cluster(target)) {
      admin.expect("create", "PUT", "/foreign-data", Map.of("mappings", Map.of("properties",
          Map.of("title", Map.of("type", "integer")))));
      admin.expect("alias", "POST", "/_aliases", Map.of("actions", List.of(Map.of("add",
          Map.of("index", "foreign-data", "alias", "foreign")))));
      PublishReport report = publish(target, indexedSamples("foreign"), false);
      assertTrue(report.full());
      assertEquals("the cluster's index has another schema version", report.reason());
      assertEquals("foreign-gen-1", report.index());
      assertTrue(admin.call("HEAD", "/foreign-data", null).ok(), "an index Lede did not make is not deleted");
      assertFalse(admin.expect("alias", "GET", "/_alias/foreign", null).has("foreign-data"));
    }
  }

  @Test
  void documentsTheClusterRefusesInAnIncrementalPublishAreCountedWithTheirReason() throws Exception {
    OpenSearchTarget target = new OpenSearchTarget(SharedCluster.urls(), "refusing", null, null, 1, 1);
    Path home = indexedSamples("refusing");
    String index = publish(target, home, true).index();
    Path archive = temp.resolve("refusing-archive");
    Path first;
    try (Stream<Path> files = Files.list(archive)) {
      first = files.sorted().findFirst().orElseThrow();
    }
    Files.writeString(first, Files.readString(first).replaceFirst("\\bthe\\b", "THE"));
    assertTrue(new Reindexer(ReindexOptions.of(List.of(archive), home)).run().committed());
    try (Cluster admin = new Cluster(target)) {
      admin.expect("block", "PUT", "/" + index + "/_settings", Map.of("index.blocks.write", true));
      try {
        PublishReport report = publish(target, home, false);
        assertFalse(report.full());
        assertTrue(report.hasFailures());
        assertTrue(report.failures().get(0).startsWith(first.getFileName() + ": cluster_block_exception"),
            report.failures().toString());
      } finally {
        admin.expect("unblock", "PUT", "/" + index + "/_settings", Map.of("index.blocks.write", false));
      }
      PublishReport retried = publish(target, home, false);
      assertFalse(retried.hasFailures());
      assertTrue(retried.indexed() >= 1, "the next run writes what was refused");
    }
  }
}
