package dev.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.index.IndexHome;
import dev.lede.index.IndexSchema;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.Reindexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing the sample archive to a real three-node OpenSearch cluster on loopback ports: generations behind an
 * alias, incremental updates by difference, failures that leave the alias where it was, and the same analysis as
 * lede-core. The tests build on each other, in order, over one cluster (starting one takes about half a minute).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchPublisherTest {
  private static final String ALIAS = "news";
  @TempDir static Path temp;
  private static OpenSearchTarget target;
  private static Cluster cluster;
  private static Path archive;
  private static Path home;

  @BeforeAll
  static void startClusterAndIndexTheSamples() throws Exception {
    target = new OpenSearchTarget(SharedCluster.urls(), ALIAS, null, null, 2, 1);
    cluster = new Cluster(target);
    archive = temp.resolve("archive");
    Files.createDirectories(archive);
    try (Stream<Path> files = Files.list(Path.of("..", "index-data"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, archive.resolve(f.getFileName()));
      }
    }
    home = temp.resolve("home");
    reindex();
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static void reindex() {
    assertTrue(new Reindexer(ReindexOptions.of(List.of(archive), home)).run().committed());
  }

  private static PublishReport publish(boolean full) throws IOException {
    try (OpenSearchPublisher publisher = new OpenSearchPublisher(target)) {
      return publisher.publish(home, full);
    }
  }

  private static int localDocs() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(IndexHome.open(home).current().orElseThrow()))) {
      return r.numDocs();
    }
  }

  private static List<String> aliasHolders() {
    List<String> names = new java.util.ArrayList<>();
    cluster.expect("alias", "GET", "/_alias/" + ALIAS, null).fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Every local document is in the cluster with the same content hash, story and stored values. */
  private static void assertClusterHoldsTheLocalVersions() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(IndexHome.open(home).current().orElseThrow()))) {
      org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(r);
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        dev.lede.index.StoredDocument local = IndexSchema.read(r.storedFields().document(doc));
        JsonNode remote = cluster.expect("get", "GET", "/" + ALIAS + "/_doc/" + local.indexed().id(), null)
            .path("_source");
        assertEquals(cluster.json().valueToTree(DocumentJson.of(local)), remote, local.indexed().id());
      }
    }
  }

  @Test
  @Order(1)
  void aFirstPublishBuildsGenerationOneAndPointsTheAliasAtItOnceItHoldsEveryDocument() throws Exception {
    PublishReport report = publish(false);
    assertTrue(report.full());
    assertEquals("the alias does not exist yet", report.reason());
    assertEquals(ALIAS + "-gen-1", report.index());
    assertEquals(localDocs(), report.docCount());
    assertEquals(localDocs(), report.indexed());
    assertEquals(List.of(ALIAS + "-gen-1"), aliasHolders());
    assertClusterHoldsTheLocalVersions();
    JsonNode settings = cluster.expect("settings", "GET", "/" + ALIAS + "-gen-1/_settings", null)
        .path(ALIAS + "-gen-1").path("settings").path("index");
    assertEquals("2", settings.path("number_of_shards").asText());
    assertEquals("1", settings.path("number_of_replicas").asText(), "replicas restored after loading");
    assertEquals("green", cluster.expect("health", "GET", "/_cluster/health/" + ALIAS, null).path("status").asText());
  }

  @Test
  @Order(2)
  void theClusterAnalysesAndMatchesTextAsLedeCoreDoes() throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(IndexHome.open(home).current().orElseThrow()))) {
      IndexSearcher local = new IndexSearcher(r);
      for (String field : List.of(IndexSchema.BODY, IndexSchema.TITLE, IndexSchema.ENTITY_TEXT)) {
        for (String q : List.of("missiles", "Surovikin", "kherson", "\"grain corridor\"", "Zelenskyy's",
            "Dnipro OR Dnieper", "organization")) {
          int expected = local.count(new QueryParser(field, IndexSchema.analyzer()).parse(q));
          long actual = cluster.expect("search", "POST", "/" + ALIAS + "/_count",
              Map.of("query", Map.of("query_string", Map.of("query", q, "default_field", field)))).path("count")
              .asLong();
          assertEquals(expected, actual, field + ": " + q);
        }
      }
      // keyword fields are exact values, as in lede-core's filters and facets
      JsonNode people = cluster.expect("facets", "POST", "/" + ALIAS + "/_search", Map.of("size", 0,
          "aggs", Map.of("p", Map.of("terms", Map.of("field", IndexSchema.PERSON, "size", 100)))))
          .path("aggregations").path("p").path("buckets");
      assertTrue(people.size() > 0);
      for (JsonNode bucket : people) {
        String name = bucket.path("key").asText();
        int expected = local.count(new org.apache.lucene.search.TermQuery(
            new org.apache.lucene.index.Term(IndexSchema.PERSON, name)));
        assertEquals(expected, bucket.path("doc_count").asInt(), name);
      }
    }
  }

  @Test
  @Order(2)
  void theQueryLanguageFindsTheSameArticlesInTheClusterAsInTheEmbeddedIndex() throws Exception {
    java.time.LocalDate nov10 = java.time.LocalDate.of(2022, 11, 10);
    List<dev.lede.search.SearchRequest> requests = new java.util.ArrayList<>();
    for (String q : List.of("", "Kherson", "kherson retreat", "\"grain corridor\"", "Surovikin", "Sergei Surovikin",
        "title:Kherson", "person:\"Vladimir Putin\"", "date:2022-11", "date:[2022-11-01 TO 2022-11-10]", "Zelensk*",
        "Surovkin~", "Kherson -Putin", "Kherson OR Bakhmut", "NOT Kherson", "(Kherson OR Odesa) AND grain",
        "/kher.*/", "Ukraine: war", "9:30", "source:Bloomberg", "\"Russian forces\"~3", "missiles", "AND OR (")) {
      requests.add(dev.lede.search.SearchRequest.builder().query(q).collapseStories(false).build());
    }
    requests.add(dev.lede.search.SearchRequest.builder().query("Ukraine").include(dev.lede.search.Dimension.PLACE,
        "Kherson").collapseStories(false).build());
    requests.add(dev.lede.search.SearchRequest.builder().include(dev.lede.search.Dimension.PLACE, "Kherson")
        .include(dev.lede.search.Dimension.PLACE, "Kyiv").exclude(dev.lede.search.Dimension.PERSON,
            "Vladimir Putin").collapseStories(false).build());
    requests.add(dev.lede.search.SearchRequest.builder().query("Russia").dates(null, nov10).collapseStories(false)
        .build());
    requests.add(dev.lede.search.SearchRequest.builder().undated(true).collapseStories(false).build());
    requests.add(dev.lede.search.SearchRequest.builder().query("Kyiv").exact(true).collapseStories(false).build());
    int nonEmpty = 0;
    try (dev.lede.search.LedeSearcher local = dev.lede.search.LedeSearcher.open(home)) {
      for (dev.lede.search.SearchRequest r : requests) {
        long expected = local.count(r).totalHits();
        dev.lede.search.SearchPlan plan = dev.lede.search.SearchPlan.of(r, dev.lede.search.SearcherOptions.DEFAULTS);
        long actual = cluster.expect("count", "POST", "/" + ALIAS + "/_count",
            Map.of("query", QueryDsl.of(plan.filtered()))).path("count").asLong();
        assertEquals(expected, actual, r.query() + " " + r.filters() + " " + r.from() + ".." + r.to());
        nonEmpty += expected > 0 ? 1 : 0;
      }
    }
    assertTrue(nonEmpty >= requests.size() / 2, "most requests find something: " + nonEmpty);
  }

  @Test
  @Order(3)
  void anUnchangedArchiveWritesNothingAndAChangeWritesOnlyTheDifference() throws Exception {
    PublishReport same = publish(false);
    assertFalse(same.full());
    assertEquals(0, same.indexed());
    assertEquals(0, same.deleted());
    assertEquals(localDocs(), same.unchanged());

    Path first;
    try (Stream<Path> files = Files.list(archive)) {
      first = files.sorted().findFirst().orElseThrow();
    }
    Files.writeString(first, Files.readString(first).replaceFirst("\\bthe\\b", "THE"));
    reindex();
    PublishReport changed = publish(false);
    assertFalse(changed.full());
    assertTrue(changed.indexed() >= 1, "the changed article (and any story member whose story moved)");
    assertTrue(changed.unchanged() >= 1);
    assertClusterHoldsTheLocalVersions();

    Files.delete(first);
    reindex();
    PublishReport deleted = publish(false);
    assertEquals(1, deleted.deleted());
    assertEquals(localDocs(), deleted.docCount());
    assertEquals(List.of(ALIAS + "-gen-1"), aliasHolders(), "incremental runs keep the generation");
  }

  @Test
  @Order(4)
  void aFullPublishBuildsTheNextGenerationMovesTheAliasAndDeletesTheOldOne() throws Exception {
    PublishReport report = publish(true);
    assertTrue(report.full());
    assertEquals(ALIAS + "-gen-2", report.index());
    assertEquals(List.of(ALIAS + "-gen-1"), report.removedIndices());
    assertEquals(List.of(ALIAS + "-gen-2"), aliasHolders());
    assertEquals(localDocs(), report.docCount());
  }

  @Test
  @Order(5)
  void aFullPublishTheClusterRefusesLeavesTheAliasAndItsDocumentsAsTheyWere() throws Exception {
    // a write block on new generations, as OpenSearch itself sets on a full disk (flood-stage watermark)
    cluster.expect("template", "PUT", "/_index_template/block-" + ALIAS, Map.of(
        "index_patterns", List.of(ALIAS + "-gen-*"), "priority", 500,
        "template", Map.of("settings", Map.of("index.blocks.write", true))));
    try {
      OpenSearchFailedException e = assertThrows(OpenSearchFailedException.class, () -> publish(true));
      assertTrue(e.getMessage().contains("refused"), e.getMessage());
    } finally {
      cluster.expect("template", "DELETE", "/_index_template/block-" + ALIAS, null);
    }
    assertEquals(List.of(ALIAS + "-gen-2"), aliasHolders());
    assertEquals(List.of(ALIAS + "-gen-2"), cluster.indices(ALIAS + "-gen-*"), "the half-built generation is gone");
    assertEquals(localDocs(), cluster.expect("count", "GET", "/" + ALIAS + "/_count", null).path("count").asLong());
    // and the next run goes on from there
    assertEquals(ALIAS + "-gen-3", publish(true).index());
  }

  @Test
  @Order(6)
  void anIndexThatTakesTheAliasNameIsAClearErrorNotAnOverwrite() throws Exception {
    cluster.expect("create", "PUT", "/taken", null);
    OpenSearchTarget taken = new OpenSearchTarget(SharedCluster.urls(), "taken", null, null, 1, 0);
    try (OpenSearchPublisher publisher = new OpenSearchPublisher(taken)) {
      OpenSearchFailedException e = assertThrows(OpenSearchFailedException.class, () -> publisher.publish(home, false));
      assertTrue(e.getMessage().contains("not an alias"), e.getMessage());
    }
    assertTrue(cluster.call("HEAD", "/taken", null).ok());
  }
}
