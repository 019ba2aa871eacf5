package dev.lede.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 4: every documented limit (web/API.md "Safety") holds exactly: a request at the limit is served, one unit
 * over it gets a clear 4xx with our headers and, for the app's own limits, a message. Requests go over a raw socket
 * so sizes are exact.
 */
class LimitsTest {
  static final int BODY_LIMIT = 64 * 1024;
  static final int QUERY_STRING_LIMIT = 64 * 1024;
  static final int HEADER_LIMIT = 72 * 1024;
  @TempDir static Path dir;
  static Site site;

  @BeforeAll
  static void start() throws Exception {
    site = Site.start(dir, 5);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /** One limit checked at its value and one over it. */
  record Edge(String limit, String at, int atStatus, String over, int overStatus) {}

  static List<Edge> edges() {
    List<Edge> e = new ArrayList<>();
    e.add(new Edge("query 2,000 chars (API)", "/api/search?q=" + "a".repeat(2_000), 200,
        "/api/search?q=" + "a".repeat(2_001), 400));
    e.add(new Edge("query 2,000 chars (page)", "/?q=" + "a".repeat(2_000), 200, "/?q=" + "a".repeat(2_001), 400));
    e.add(new Edge("query string 64 KB", "/api/search?x=" + "a".repeat(QUERY_STRING_LIMIT - 2), 200,
        "/api/search?x=" + "a".repeat(QUERY_STRING_LIMIT - 1), 414));
    e.add(new Edge("page size 100", "/api/search?size=100", 200, "/api/search?size=101", 400));
    e.add(new Edge("50 filter values", "/api/search?" + filters(50), 200, "/api/search?" + filters(51), 400));
    e.add(new Edge("filter value 300 chars", "/api/search?source=" + "s".repeat(300), 200,
        "/api/search?source=" + "s".repeat(301), 400));
    e.add(new Edge("article id 1,000 chars", "/api/articles?id=" + "i".repeat(1_000), 404,
        "/api/articles?id=" + "i".repeat(1_001), 400));
    e.add(new Edge("article id 1,000 chars (page path)", "/article/" + "i".repeat(1_000), 404,
        "/article/" + "i".repeat(1_001), 400));
    e.add(new Edge("entity name 300 chars", "/api/entities/person/" + "n".repeat(300), 404,
        "/api/entities/person/" + "n".repeat(301), 400));
    e.add(new Edge("entity name 300 chars (page, ?name=)", "/entity/org?name=" + "n".repeat(300), 404,
        "/entity/org?name=" + "n".repeat(301), 400));
    e.add(new Edge("suggest prefix 100 chars", "/api/suggest?q=" + "k".repeat(100), 200,
        "/api/suggest?q=" + "k".repeat(101), 400));
    e.add(new Edge("facet prefix 100 chars", "/api/facets/person?prefix=" + "k".repeat(100), 200,
        "/api/facets/person?prefix=" + "k".repeat(101), 400));
    e.add(new Edge("facet limit 100", "/api/facets/person?limit=100", 200, "/api/facets/person?limit=101", 400));
    e.add(new Edge("page number 10^9 (over 10^7, with a cursor)", null, 0, "/api/search?cursor=AAAA&page=1000000000", 400));
    return e;
  }

  private static String filters(int n) {
    StringBuilder s = new StringBuilder("q=council");
    for (int i = 0; i < n; i++) {
      s.append("&source.not=s").append(i);
    }
    return s.toString();
  }

  @Test
  void everyLimitServesItsValueAndRefusesOneMore() throws Exception {
    List<String> report = new ArrayList<>();
    for (Edge edge : edges()) {
      if (edge.at() != null) {
        RawHttp.Response at = site.raw(edge.at());
        assertEquals(edge.atStatus(), at.status(), edge.limit() + " at the limit: " + abbreviate(at.body()));
      }
      RawHttp.Response over = site.raw(edge.over());
      assertEquals(edge.overStatus(), over.status(), edge.limit() + " over the limit: " + abbreviate(over.body()));
      assertClear(edge.limit(), over);
      report.add(edge.limit() + " " + (edge.at() == null ? "" : edge.atStatus() + "/") + edge.overStatus());
    }
    Figures.report("limits", String.join("; ", report));
  }

  @Test
  void requestBodyOf64KbIsReadAndOneByteMoreIs413() throws Exception {
    RawHttp.Response at = body("GET", "/api/status", BODY_LIMIT);
    assertEquals(200, at.status());
    RawHttp.Response over = body("GET", "/api/status", BODY_LIMIT + 1);
    assertEquals(413, over.status());
    assertClear("body", over);
    assertEquals(405, body("POST", "/", BODY_LIMIT).status(), "only GET is answered");
    RawHttp.Response postOver = body("POST", "/", BODY_LIMIT + 1);
    assertEquals(413, postOver.status());
    assertClear("post body", postOver);
    RawHttp.Response lying = RawHttp.send(site.port(), "GET /api/status HTTP/1.1\r\nHost: x\r\nContent-Length: "
        + Long.MAX_VALUE + "\r\nConnection: close\r\n\r\n", new byte[0]);
    assertTrue(lying.status() == 400 || lying.status() == 413, "absurd Content-Length: " + lying.status());
    RawHttp.Response chunked = RawHttp.send(site.port(), "GET /api/search?q=kherson HTTP/1.1\r\nHost: x\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + "1000\r\n" + "x".repeat(4096) + "\r\n",
        new byte[0]);
    assertEquals(400, chunked.status(), "a chunked body, never read to its end");
    assertClear("chunked body", chunked);
    Figures.report("limits", "body " + BODY_LIMIT + " B -> 200, " + (BODY_LIMIT + 1) + " B -> 413");
  }

  @Test
  void requestHeadOf72KbIsReadAndLargerIs431() throws Exception {
    // The largest padding header Jetty accepts, found by bisection; the head it makes must be within the limit.
    int low = 0;
    int high = HEADER_LIMIT;
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (withHeader(mid).status() == 200) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    int headBytes = head(low).length();
    assertTrue(headBytes <= HEADER_LIMIT && headBytes > HEADER_LIMIT - 512, "largest accepted head " + headBytes);
    RawHttp.Response over = withHeader(low + 1);
    assertEquals(431, over.status());
    assertClear("header", over);
    RawHttp.Response huge = withHeader(4 * HEADER_LIMIT);
    assertEquals(431, huge.status());
    RawHttp.Response longPath = site.raw("/article/" + "p".repeat(2 * HEADER_LIMIT));
    assertTrue(longPath.status() == 414 || longPath.status() == 431, "144 KB path: " + longPath.status());
    assertClear("long path", longPath);
    Figures.report("limits", "request head " + headBytes + " B -> 200, " + (headBytes + 1) + " B -> 431");
  }

  private static String head(int padding) {
    return "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + "p".repeat(padding)
        + "\r\nConnection: close\r\n\r\n";
  }

  private static RawHttp.Response withHeader(int padding) throws IOException {
    return RawHttp.send(site.port(), head(padding), new byte[0]);
  }

  private static RawHttp.Response body(String method, String path, int bytes) throws IOException {
    return RawHttp.send(site.port(), method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + bytes
        + "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n", new byte[bytes]);
  }

  /** Our headers, no stack trace, and nothing of the request echoed back. */
  private static void assertClear(String what, RawHttp.Response r) {
    assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
    assertTrue(r.header("Content-Security-Policy") != null, what);
    assertFalse(r.body().contains("Exception") || r.body().contains("at dev.lede"), what + ": " + r.body());
    assertFalse(r.body().contains("aaaaaaaaaa") || r.body().contains("pppppppppp"), what + ": input echoed");
    assertTrue(!r.body().isBlank(), what + ": an explanation");
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }
}
