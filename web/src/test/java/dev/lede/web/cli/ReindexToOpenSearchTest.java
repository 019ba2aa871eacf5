package dev.lede.web.cli;

import static dev.lede.web.cli.ReindexCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines of {@code lede reindex --opensearch} and {@code lede serve --opensearch}; publishing and
 * searching themselves are tested on a real cluster in lede-opensearch.
 */
class ReindexToOpenSearchTest {
  @TempDir Path tmp;

  @Test
  void openSearchOptionsThatCannotWorkAreUsageErrors() throws Exception {
    for (List<String> extra : List.of(List.of("--opensearch", "http://127.0.0.1:9200"),
        List.of("--opensearch-index", "news"),
        List.of("--opensearch", "http://127.0.0.1:9200", "--opensearch-index", "News"),
        List.of("--opensearch", "http://user:pw@127.0.0.1:9200", "--opensearch-index", "news"),
        List.of("--opensearch", "http://127.0.0.1:9200", "--opensearch-index", "news", "--opensearch-shards", "0"),
        List.of("--index", tmp.toString(), "--opensearch-replicas", "2"))) {
      List<String> args = new java.util.ArrayList<>(List.of("--input", "../index-data"));
      args.addAll(extra);
      ReindexCommandTest.Result r = run(args.toArray(String[]::new));
      assertEquals(2, r.code(), String.join(" ", extra) + "\n" + r.err());
      assertFalse(r.err().contains("pw@"), "an address with a password is not echoed");
    }
  }

  @Test
  void aClusterThatCannotBeReachedFailsThePublishButKeepsTheLocalCommit() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path home = tmp.resolve("home");
    Path report = tmp.resolve("report.json");
    ReindexCommandTest.Result r = run("--input", "../index-data", "--index", home.toString(),
        "--opensearch", "http://127.0.0.1:" + port, "--opensearch-index", "news", "--report", report.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("publishing to OpenSearch failed: OpenSearch cannot be reached"), r.err());
    assertTrue(r.err().contains("the alias news is unchanged; the next run publishes again"), r.err());
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(5, searcher.commitInfo().docCount(), "the local index is committed");
    }
    JsonNode json = new ObjectMapper().readTree(Files.readString(report));
    assertEquals(1, json.get("exit_code").asInt());
    assertFalse(json.get("opensearch").get("published").asBoolean());
    assertTrue(json.get("failure_reason").asText().startsWith("publishing to OpenSearch failed"));
  }

  @Test
  void serveTakesAClusterInsteadOfAnIndexAndSaysWhenItCannotBeSearched() throws Exception {
    ServeCommand serve = new ServeCommand();
    java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    for (List<String> args : List.of(List.of("--opensearch", "http://127.0.0.1:9200"),
        List.of("--opensearch", "http://127.0.0.1:9200", "--opensearch-index", "news", "--index", "x"),
        List.of("--opensearch", "http://127.0.0.1:9200", "--opensearch-index", "news", "--input", "x"),
        List.of("--opensearch", "http://127.0.0.1:9200", "--opensearch-index", "NEWS"))) {
      org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> serve.run(args, sink, sink),
          String.join(" ", args));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    dev.lede.search.IndexUnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.lede.search.IndexUnavailableException.class, () -> serve.run(List.of("--opensearch",
            "http://127.0.0.1:" + port, "--opensearch-index", "news", "--port", "0"), sink, sink));
    assertTrue(e.getMessage().startsWith("OpenSearch cannot be searched: OpenSearch cannot be reached"),
        e.getMessage());
  }
}
