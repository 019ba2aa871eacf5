package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.Entities;
import dev.lede.index.IndexedArticle;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Articles whose every field carries script, img, svg, iframe and javascript: payloads, and queries that carry them:
 * on no page, snippet, facet, error page or export may a payload become an element or an attribute.
 */
class XssTest {
  static final String MARK = "xss1337";
  static final List<String> PAYLOADS = List.of(
      "<script>alert('" + MARK + "')</script>",
      "<img src=x onerror=alert('" + MARK + "')>",
      "\"><svg onload=alert('" + MARK + "')>",
      "'><b id=" + MARK + ">bold</b>",
      "javascript:alert('" + MARK + "')",
      "</title></textarea><iframe src=javascript:alert('" + MARK + "')>");
  static final String EVIL_ID = "evil/<img src=x onerror=alert('" + MARK + "')>.txt";
  static final Set<String> PAYLOAD_TAGS = Set.of("img", "iframe", "b", "object", "embed", "textarea");
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    List<String> body = new ArrayList<>();
    for (String p : PAYLOADS) {
      body.add("Kherson report " + p + " continues with more words about Kherson " + p);
    }
    IndexedArticle evil = new IndexedArticle(TestSite.article(EVIL_ID, PAYLOADS.get(0) + " Kherson headline",
        PAYLOADS.get(1), PAYLOADS.get(5), "2022-11-20", List.of(PAYLOADS.get(2), PAYLOADS.get(3)), body,
        PAYLOADS.get(4)), new Entities(List.of(PAYLOADS.get(2)), List.of(PAYLOADS.get(4)), List.of(PAYLOADS.get(0))));
    site = TestSite.start(dir, List.of(evil));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void pagesNeverTurnPayloadsIntoMarkup() throws Exception {
    List<String> paths = new ArrayList<>(List.of("/", "/?q=Kherson", "/?q=" + MARK, "/?q=Kherson&collapse=0",
        "/?q=headline&more=person&more=place&more=org&more=source&more=author&more=wire",
        ArticleLinks.page(EVIL_ID), ArticleLinks.page(EVIL_ID, "Kherson " + PAYLOADS.get(0)),
        "/article/gen/kherson-1.txt"));
    for (String p : PAYLOADS) {
      String e = enc(p);
      paths.add("/?q=" + e);
      paths.add("/?q=Kherson&person=" + e + "&place.not=" + e + "&source=" + e);
      paths.add("/?q=title:" + e);
      paths.add("/?q=" + enc("foo:" + p));
      paths.add("/?find.person=" + e + "&find.place=" + enc(p.substring(0, 3)) + "&find.org=%3C");
      paths.add("/?from=" + e);
      paths.add("/article?id=" + e);
      paths.add("/nothing/" + enc(p).replace("+", "%20"));
      paths.add("/?size=" + e);
      paths.add("/?sort=" + e);
    }
    int checked = 0;
    for (String path : paths) {
      HttpResponse<String> r = site.get(path);
      WebRoutesTest.assertSecure(r);
      if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        assertClean(path, Jsoup.parse(r.body()));
        checked++;
      }
    }
    assertTrue(checked >= paths.size() - 2, "pages checked: " + checked);
    Document article = Jsoup.parse(site.get(ArticleLinks.page(EVIL_ID, "Kherson")).body());
    assertTrue(article.text().contains("onerror=alert('" + MARK + "')"), "the payload shows as text");
    assertTrue(article.select(".original").isEmpty(), "a javascript: URL is never a link");
  }

  @Test
  void apiAndExportsAreNotHtml() throws Exception {
    for (String path : List.of("/api/search?q=Kherson", "/api/articles?id=" + enc(EVIL_ID),
        "/api/facets/person?prefix=%3Csvg", "/api/suggest?q=%3Cscript", "/api/search?q=" + enc("foo:<script>"))) {
      HttpResponse<String> r = site.get(path);
      WebRoutesTest.assertSecure(r);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    }
    for (String path : List.of("/export.csv?q=Kherson", "/export.jsonl?q=Kherson")) {
      HttpResponse<String> r = site.get(path);
      WebRoutesTest.assertSecure(r);
      assertFalse(r.headers().firstValue("Content-Type").orElse("").contains("html"), path);
      assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), path);
      assertTrue(r.body().contains(MARK), "the export carries the data as text");
    }
    String csv = site.get("/export.csv?q=headline").body();
    assertTrue(csv.contains(",\"\"\"><svg onload=alert('" + MARK + "')>; '><b id=" + MARK + ">bold</b>\","),
        "quotes doubled inside a quoted cell: " + csv);
  }

  /** No payload element, no event-handler attribute, no javascript: link, no script but ours. */
  static void assertClean(String path, Document d) {
    for (Element e : d.getAllElements()) {
      String tag = e.normalName();
      assertFalse(PAYLOAD_TAGS.contains(tag), path + ": payload element <" + tag + ">");
      if (tag.equals("script")) {
        assertTrue(e.attr("src").startsWith("/static/") && e.data().isBlank(), path + ": foreign script " + e);
      }
      if (tag.equals("svg")) {
        assertTrue(e.parent() != null && e.parent().hasClass("histogram"), path + ": stray svg " + e);
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
        assertFalse(name.startsWith("on"), path + ": event handler " + a + " on <" + tag + ">");
        assertFalse(name.contains(MARK) || name.contains("<") || name.contains("'"), path + ": odd attribute " + a);
        if (name.equals("id")) {
          assertFalse(a.getValue().contains(MARK), path + ": injected id");
        }
        if (Set.of("href", "src", "action", "formaction", "xlink:href").contains(name)) {
          String v = a.getValue().strip().toLowerCase(java.util.Locale.ROOT);
          assertFalse(v.startsWith("javascript:") || v.startsWith("data:"), path + ": " + a);
        }
      }
    }
    assertEquals(1, d.select("script").size(), path + ": exactly our one script");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
