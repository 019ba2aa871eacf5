package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.opensearch.OpenSearchPublisher;
import dev.lede.opensearch.OpenSearchSearcher;
import dev.lede.opensearch.OpenSearchTarget;
import dev.lede.opensearch.SharedCluster;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.Reindexer;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearcherOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app served from an OpenSearch alias (a real three-node cluster on loopback) answers like the embedded
 * one, and keeps answering every request while full publishes move the alias and delete the old generations.
 */
class ServeFromOpenSearchTest {
  @TempDir Path dir;

  @Test
  void fullPublishesWhileTheAppServesFromTheAliasLeaveEveryRequestAnswered() throws Exception {
    Path home = dir.resolve("home");
    assertTrue(new Reindexer(ReindexOptions.of(List.of(TestSite.SAMPLES), home)).run().committed());
    OpenSearchTarget target = new OpenSearchTarget(SharedCluster.urls(), "web", null, null, 1, 1);
    try (OpenSearchPublisher publisher = new OpenSearchPublisher(target)) {
      publisher.publish(home, true);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    try (OpenSearchSearcher searcher = OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS);
        LedeServer server = LedeServer.start(searcher, WebOptions.loopback(List.of()));
        LedeSearcher local = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      String base = "http://127.0.0.1:" + server.port();
      String article = local.search(SearchRequest.of("Kherson")).hits().get(0).id();
      List<String> paths = List.of("/", "/?q=Kherson", "/?q=Surovikin&sort=newest", "/api/search?q=Kherson",
          "/article/" + article, "/entity/place/Kherson", "/api/entities/person/Surovikin",
          "/export.csv?q=Kherson", "/feed.atom?q=Kherson", "/api/status");
      long expected = local.search(SearchRequest.of("Kherson")).totalHits();
      String api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=Kherson")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertEquals(expected, new ObjectMapper().readTree(api).get("total").asLong(), "the same stories as embedded");

      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger answered = new AtomicInteger();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      Thread client = new Thread(() -> {
        for (int i = 0; !stop.get(); i++) {
          String path = paths.get(i % paths.size());
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
              failures.add(path + " " + r.statusCode());
            }
            answered.incrementAndGet();
          } catch (Exception e) {
            failures.add(path + " " + e);
          }
        }
      }, "web-client");
      client.start();
      try (OpenSearchPublisher publisher = new OpenSearchPublisher(target)) {
        for (int i = 0; i < 3; i++) {
          publisher.publish(home, true); // a new generation, the alias moved, the old one deleted
        }
      }
      Thread.sleep(500);
      stop.set(true);
      client.join();
      assertEquals(List.of(), failures);
      assertTrue(answered.get() > paths.size(), "requests answered: " + answered.get());
    }
  }
}
