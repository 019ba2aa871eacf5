package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two answers no other test reaches: 503 when the index cannot be read, 500 when something breaks inside. Both
 * come from a real server on a loopback port, carry every security header, and say what happened in our words
 * without a stack trace, an exception name or a server path.
 */
class ServerErrorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void anIndexThatCannotBeOpenedIsA503WithOurMessage() throws Exception {
    Path broken = Files.createDirectories(dir.resolve("broken-index"));
    Files.writeString(broken.resolve("segments_1"), "not a Lucene commit");
    try (LedeSearcher searcher = LedeSearcher.openInBackground(broken, SearcherOptions.DEFAULTS);
        LedeServer server = LedeServer.start(searcher, WebOptions.loopback(List.of()))) {
      HttpResponse<String> api = get(server, "/api/search?q=kherson");
      assertEquals(503, api.statusCode(), api.body());
      assertTrue(JSON.readTree(api.body()).get("error").asText().contains("cannot be read"), api.body());
      assertClean(api, broken);

      HttpResponse<String> page = get(server, "/?q=kherson");
      assertEquals(503, page.statusCode());
      Document d = Jsoup.parse(page.body());
      assertTrue(d.text().contains("The index cannot be read right now"), d.text());
      assertClean(page, broken);
    }
  }

  @Test
  void aFailureInsideIsA500WithOurMessageAndNothingElse() throws Exception {
    TestSite site = TestSite.start(dir, List.of());
    try {
      site.searcher.close(); // every search now fails inside Lucene (the searcher is closed)
      HttpResponse<String> api = site.get("/api/search?q=kherson");
      assertEquals(500, api.statusCode(), api.body());
      assertFalse(JSON.readTree(api.body()).get("error").asText().isBlank(), api.body());
      assertClean(api, site.index);

      HttpResponse<String> page = site.get("/?q=kherson");
      assertEquals(500, page.statusCode());
      assertTrue(Jsoup.parse(page.body()).selectFirst("h1") != null, "our error page");
      assertClean(page, site.index);
    } finally {
      site.close();
    }
  }

  private static HttpResponse<String> get(LedeServer server, String path) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static void assertClean(HttpResponse<String> r, Path serverPath) {
    WebRoutesTest.assertSecure(r);
    for (String leak : List.of("Exception", "at dev.lede", "at org.apache", "lucene", serverPath.toString())) {
      assertFalse(r.body().contains(leak), r.uri() + " shows '" + leak + "': " + r.body());
    }
  }
}
