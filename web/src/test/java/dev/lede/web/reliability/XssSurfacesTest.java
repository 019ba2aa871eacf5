package dev.lede.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.entity.Entities;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 2: a corpus of XSS payloads goes in through every surface (query, facet filters and facet search, titles,
 * authors, bodies and sources of real files indexed by the reindex job, entity facet values, snippets, article
 * pages and their original text, entity profiles, suggest, error pages of the app and of Jetty, exports) and never becomes an element
 * or an attribute; every HTML answer carries CSP and nosniff. Complements {@code dev.lede.web.XssTest}, which writes
 * its articles straight into the index and uses a smaller payload list.
 */
class XssSurfacesTest {
  static final String MARK = "xq7";
  static final List<String> PAYLOADS = List.of(
      "<script>alert('xq7')</script>",
      "<img src=x onerror=alert('xq7')>",
      "<svg/onload=alert('xq7')>",
      "<svg><animate onbegin=alert('xq7') attributeName=x dur=1s>",
      "javascript:alert('xq7')",
      "data:text/html,<script>alert('xq7')</script>",
      "\" onmouseover=\"alert('xq7')\" x=\"",
      "' onfocus='alert(1)' autofocus data-xq7='",
      "` onclick=`alert('xq7')`",
      "${alert('xq7')}",
      "{{constructor.constructor('alert(\"xq7\")')()}}",
      "<%= alert('xq7') %>",
      "$unsafe{\"<b>xq7</b>\"} !{xq7} @raw(xq7)",
      "\uff1cscript\uff1ealert('xq7')\uff1c/script\uff1e",
      "&lt;img src=x onerror=alert('xq7')&gt;",
      "%3Cscript%3Ealert('xq7')%3C/script%3E",
      "\\u003cscript\\u003ealert('xq7')\\u003c/script\\u003e",
      "<scr<script>ipt>alert('xq7')</scr</script>ipt>",
      "<a href=\"jav&#x09;ascript:alert('xq7')\">xq7</a>",
      "</textarea></title></style><script>alert('xq7')</script>",
      "<!--<img src=x onerror=alert('xq7')>-->",
      "<iframe srcdoc=\"<script>alert('xq7')</script>\"></iframe>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert('xq7')>",
      "<base href=\"//evil.example/xq7/\">",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('xq7')\">",
      "<form action=javascript:alert('xq7')><button>xq7</button></form>",
      "<object data=\"javascript:alert('xq7')\"></object>",
      "<style>@import '//evil.example/xq7.css';</style>");
  /** Tags a payload could create; the pages themselves use none of them except where {@link #clean} allows. */
  static final Set<String> FORBIDDEN_TAGS = Set.of("script", "img", "svg", "animate", "iframe", "math", "mglyph",
      "mtext", "base", "meta", "object", "embed", "style", "textarea", "button", "form", "link", "b");
  static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "srcdoc",
      "xlink:href", "content", "poster", "background");
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Site site;

  @BeforeAll
  static void start() throws Exception {
    site = Site.start(dir, 20, a -> a.body().contains(MARK)
        ? new Entities(PAYLOADS.subList(0, 10), PAYLOADS.subList(10, 20), PAYLOADS.subList(20, PAYLOADS.size()))
        : Entities.NONE, XssSurfacesTest::writeEvilFiles);
  }

  /** One JSON Lines file with a payload in every field of every record, one HTML page and one text page. */
  static void writeEvilFiles(Path input) throws java.io.IOException {
    Path evil = Files.createDirectories(input.resolve("evil"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String p = PAYLOADS.get(i);
      ObjectNode record = JSON.createObjectNode();
      record.put("id", "rec-" + i + p);
      record.put("title", "Harbour report " + p + " " + i);
      record.put("source", p);
      record.put("author", "Ann " + p);
      record.put("url", i % 2 == 0 ? p : "https://example.org/" + p);
      record.put("published", "2023-03-0" + (1 + i % 9));
      record.put("text", body(p, i));
      lines.add(JSON.writeValueAsString(record));
    }
    Files.write(evil.resolve("payloads.jsonl"), lines, StandardCharsets.UTF_8);
    StringBuilder html = new StringBuilder("<html><head><title>Harbour " + escape(PAYLOADS.get(0))
        + "</title></head><body><article><h1>Harbour council " + escape(PAYLOADS.get(1)) + "</h1><p>By "
        + escape(PAYLOADS.get(2)) + "</p>");
    for (String p : PAYLOADS) {
      html.append("<p>").append(escape(body(p, 0))).append("</p>");
    }
    Files.writeString(evil.resolve("page.html"), html.append("</article></body></html>"), StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder("Harbour council " + PAYLOADS.get(6) + "\n\nBy Lena " + PAYLOADS.get(7)
        + "\n\nMarch 3, 2023\n\n");
    for (String p : PAYLOADS) {
      text.append(body(p, 1)).append("\n\n");
    }
    Files.writeString(evil.resolve("raw<img src=x onerror=alert('xq7')>.txt"), text, StandardCharsets.UTF_8);
  }

  private static String body(String payload, int i) {
    return "The harbour council met on Tuesday to discuss " + payload + " and the budget for the bridge " + i
        + ". Officials said the markers xq7 would be reviewed next month, while residents raised concerns about "
        + "traffic, noise and the costs of the project across the river for thousands of commuters every day.";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void payloadsIndexedFromRealFilesAreSearchable() throws Exception {
    JsonNode r = JSON.readTree(site.get("/api/search?q=" + MARK + "&collapse=0&size=100").body());
    assertTrue(r.get("total").asInt() >= PAYLOADS.size(), "every payload record is indexed: " + r.get("total"));
    Set<String> sources = new HashSet<>();
    r.get("hits").forEach(h -> sources.add(h.path("source").asText()));
    assertTrue(sources.contains(PAYLOADS.get(0)), "a payload source is stored as text: " + sources);
  }

  @Test
  void htmlPagesNeverTurnPayloadsIntoMarkup() throws Exception {
    List<String> paths = new ArrayList<>(List.of("/", "/?q=" + MARK, "/?q=" + MARK + "&collapse=0&size=100",
        "/?q=harbour&more=person&more=place&more=org&more=source&more=author", "/?q=" + MARK + "&sort=newest"));
    for (String p : PAYLOADS) {
      String e = Queries.enc(p);
      paths.add("/?q=" + e);
      paths.add("/?q=" + MARK + "+" + e);
      paths.add("/?q=title:" + e);
      paths.add("/?q=" + MARK + "&source=" + e + "&author=" + e + "&person=" + e + "&place.not=" + e);
      paths.add("/?find.person=" + e + "&find.source=" + e + "&find.org=" + Queries.enc(p.substring(0, 2)));
      paths.add("/?q=" + MARK + "&from=" + e);
      paths.add("/?q=" + MARK + "&sort=" + e + "&size=" + e);
      paths.add("/article?id=" + e);
      paths.add("/article/" + e.replace("+", "%20"));
      paths.add("/no/such/" + e.replace("+", "%20"));
      paths.add("/entity/person?name=" + e); // the payload people have profiles: their pages list payload names
      paths.add("/entity/org?name=" + e);
      paths.add("/entity/" + e.replace("+", "%20") + "/x");
    }
    paths.addAll(articlePages());
    int checked = 0;
    for (String path : paths) {
      HttpResponse<String> r = site.get(path);
      assertTrue(r.statusCode() < 500, path + " -> " + r.statusCode());
      assertSecurityHeaders(path, r.headers().firstValue("Content-Security-Policy").orElse(""),
          r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
      clean(path, Jsoup.parse(r.body()));
      checked++;
    }
    Figures.report("xss", PAYLOADS.size() + " payloads, " + checked + " HTML pages parsed and clean");
  }

  /** Every article with a payload, its page with a highlighted query, and its original-text view. */
  private static List<String> articlePages() throws Exception {
    JsonNode r = JSON.readTree(site.get("/api/search?q=" + MARK + "&collapse=0&size=100").body());
    List<String> pages = new ArrayList<>();
    for (JsonNode hit : r.get("hits")) {
      String href = hit.get("href").asText();
      pages.add(href);
      pages.add(href + (href.contains("?") ? "&" : "?") + "q=" + Queries.enc(MARK + " " + PAYLOADS.get(0)));
    }
    assertTrue(pages.size() >= 2 * PAYLOADS.size(), "article pages: " + pages.size());
    return pages;
  }

  @Test
  void theCheckerCatchesWhatItLooksFor() {
    for (String page : List.of("<p><img src=x onerror=alert('xq7')></p>", "<a href=\"javascript:alert(1)\">x</a>",
        "<p title=\"\" onmouseover=\"alert('xq7')\">x</p>", "<script>alert('xq7')</script>",
        "<meta http-equiv=refresh content=\"0;url=/\">")) {
      org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> clean("self-test", Jsoup.parse(page)),
          page);
    }
    clean("self-test", Jsoup.parse("<p>&lt;img src=x onerror=alert('xq7')&gt;</p><a href=\"/?q=xq7\">x</a>"));
  }

  @Test
  void jettyLevelErrorsCarryHeadersAndNoPayload() throws Exception {
    for (String target : List.of("/<script>alert('xq7')</script>", "/%3Cscript%3E/../../xq7",
        "/article/%2e%2e/<img src=x onerror=alert('xq7')>", "/?q=<svg/onload=alert('xq7')>",
        "/static/<script>xq7")) {
      RawHttp.Response r = site.raw(target);
      assertTrue(r.status() < 500, target + " -> " + r.status());
      assertSecurityHeaders(target, nullToEmpty(r.header("Content-Security-Policy")),
          nullToEmpty(r.header("X-Content-Type-Options")));
      if (nullToEmpty(r.header("Content-Type")).startsWith("text/html")) {
        clean(target, Jsoup.parse(r.body()));
      }
    }
  }

  @Test
  void jsonApiAndExportsCarryPayloadsAsDataNeverAsHtml() throws Exception {
    List<String> paths = new ArrayList<>(List.of("/api/search?q=" + MARK + "&size=100&collapse=0",
        "/api/suggest?q=" + Queries.enc("<scr"), "/api/suggest?q=harbour", "/api/status"));
    for (String p : PAYLOADS) {
      String e = Queries.enc(p);
      paths.add("/api/facets/person?prefix=" + Queries.enc(p.substring(0, Math.min(p.length(), 12))));
      paths.add("/api/search?q=" + e);
      paths.add("/api/articles?id=" + e);
      paths.add("/api/facets/" + e.replace("+", "%20"));
      paths.add("/api/entities/person?name=" + e);
    }
    for (String path : paths) {
      HttpResponse<String> r = site.get(path);
      assertTrue(r.statusCode() < 500, path + " -> " + r.statusCode());
      assertSecurityHeaders(path, r.headers().firstValue("Content-Security-Policy").orElse(""),
          r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
      JSON.readTree(r.body()); // valid JSON: nothing broke out of a string
    }
    HttpResponse<String> jsonl = site.get("/export.jsonl?q=" + MARK);
    assertExport(jsonl);
    Set<String> titles = new HashSet<>();
    for (String line : jsonl.body().split("\n")) {
      titles.add(JSON.readTree(line).get("title").asText());
    }
    for (int i = 0; i < PAYLOADS.size(); i++) {
      assertTrue(titles.contains("Harbour report " + PAYLOADS.get(i) + " " + i), "payload kept exactly as data");
    }
    assertExport(site.get("/export.csv?q=" + MARK));
  }

  private static void assertExport(HttpResponse<String> r) {
    assertEquals(200, r.statusCode());
    assertSecurityHeaders(r.uri().toString(), r.headers().firstValue("Content-Security-Policy").orElse(""),
        r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertFalse(r.headers().firstValue("Content-Type").orElse("").contains("html"));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertTrue(r.body().contains(MARK));
  }

  static void assertSecurityHeaders(String what, String csp, String nosniff) {
    assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
        && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), what + ": CSP " + csp);
    assertEquals("nosniff", nosniff, what);
  }

  /**
   * No element a payload could create (our own stylesheet link, single script and histogram svg excepted), no
   * event-handler or odd attribute, no script or data URL, and no attribute value carrying the marker into a URL.
   */
  static void clean(String path, Document d) {
    for (Element e : d.getAllElements()) {
      String tag = e.normalName();
      if (FORBIDDEN_TAGS.contains(tag) && !ours(e)) {
        throw new AssertionError(path + ": payload element " + abbreviate(e.outerHtml()));
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        assertFalse(name.startsWith("on") || name.contains(MARK) || !name.matches("[a-z][a-z0-9:_-]*"),
            path + ": attribute " + a + " on <" + tag + ">");
        if (URL_ATTRIBUTES.contains(name)) {
          assertFalse(value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:")
              || value.startsWith("//"), path + ": " + a + " on <" + tag + ">");
          boolean internal = value.startsWith("/") || value.startsWith("?") || value.startsWith("#");
          assertTrue(internal || value.startsWith("https://") || value.startsWith("http://")
              || name.equals("content"), path + ": " + a);
        }
        if (name.equals("style") || name.equals("srcdoc") || name.equals("autofocus")) {
          throw new AssertionError(path + ": attribute " + a + " on <" + tag + ">");
        }
      }
    }
  }

  /** The page's own elements of otherwise forbidden kinds. */
  private static boolean ours(Element e) {
    return switch (e.normalName()) {
      case "script" -> e.attr("src").startsWith("/static/") && e.data().isBlank();
      case "link" -> e.attr("href").startsWith("/static/") || e.attr("rel").equals("alternate")
          && e.attr("type").equals("application/atom+xml") && e.attr("href").startsWith("/feed.atom")
          && !e.attr("href").contains("<");
      case "meta" -> e.hasAttr("charset") || Set.of("viewport", "referrer").contains(e.attr("name"))
          && !e.hasAttr("http-equiv") && !e.attr("content").contains(MARK);
      case "svg" -> e.parent() != null && e.parent().hasClass("histogram");
      case "form" -> e.attr("action").equals("/") || e.attr("action").isEmpty();
      case "button" -> e.text().length() < 40 && !e.text().contains(MARK);
      default -> false;
    };
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }
}
