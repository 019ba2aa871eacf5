package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every route over HTTP on a random loopback port: statuses, content types and the security headers. */
class WebRoutesTest extends SampleSiteTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** GETs a path, checks the status and the headers every response must carry. */
  static HttpResponse<String> get(String path, int status) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertEquals(status, r.statusCode(), path + " -> " + r.body());
    assertSecure(r);
    return r;
  }

  static void assertSecure(HttpResponse<String> r) {
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
        && !csp.contains("unsafe-inline"), r.uri() + " CSP: " + csp);
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), r.uri().toString());
    assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), r.uri().toString());
    assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), r.uri().toString());
    assertTrue(r.headers().firstValue("Server").isEmpty(), "no server banner");
  }

  static String type(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void searchPageListsHitsFacetsAndHistogram() throws Exception {
    Document d = Jsoup.parse(get("/?q=Kherson", 200).body());
    assertFalse(d.select(".hit").isEmpty());
    assertFalse(d.select("#facet-source input[type=checkbox]").isEmpty());
    assertFalse(d.select(".histogram svg a rect.bar").isEmpty());
    assertEquals("Kherson", d.selectFirst("#q").val());
    assertTrue(d.select("[style]").isEmpty(), "no inline style attributes");
    assertTrue(d.select("script:not([src])").isEmpty(), "no inline script");
    assertTrue(d.select(".hit .versions summary").text().contains("other version"), "syndicated copy is collapsed");
  }

  @Test
  void homePageBrowsesEverything() throws Exception {
    Document d = Jsoup.parse(get("/", 200).body());
    assertTrue(type(site.get("/")).startsWith("text/html"));
    assertFalse(d.select(".hit").isEmpty());
  }

  @Test
  void facetSelectionIsInTheUrlAndCountsStay() throws Exception {
    Document all = Jsoup.parse(get("/?q=Kherson", 200).body());
    int sources = all.select("#facet-source .facet-values li").size();
    Document one = Jsoup.parse(get("/?q=Kherson&source=Harbor+Times", 200).body());
    assertEquals(1, one.select(".hit").size());
    assertEquals(sources, one.select("#facet-source .facet-values li").size(), "sideways counts keep the others");
    assertTrue(one.selectFirst("#facet-source input[value=Harbor Times]").hasAttr("checked"));
    Document two = Jsoup.parse(get("/?q=Kherson&source=Harbor+Times&source=Coast+Daily", 200).body());
    assertEquals(2, two.select(".hit").size());
    Document not = Jsoup.parse(get("/?q=Kherson&source.not=Harbor+Times&collapse=0", 200).body());
    assertTrue(not.select(".hit .source").eachText().stream().noneMatch("Harbor Times"::equals));
    assertTrue(not.select(".active").text().contains("not Harbor Times"));
  }

  @Test
  void exactModeSurvivesTheFacetDateAndFindForms() throws Exception {
    Document d = Jsoup.parse(get("/?q=Kherson&exact=1&find.place=k", 200).body());
    List<org.jsoup.nodes.Element> forms = d.select("form");
    assertTrue(forms.size() >= 3, "search, facet, date and find forms: " + forms.size());
    for (org.jsoup.nodes.Element form : forms) {
      boolean box = form.selectFirst("input[type=checkbox][name=exact]") != null;
      boolean hidden = form.selectFirst("input[type=hidden][name=exact][value=1]") != null;
      if (form.selectFirst("input[name=q]:not([type=hidden])") != null) {
        assertTrue(box && !hidden, "the search form shows the exact box instead: " + form.outerHtml());
      } else if (form.selectFirst("input[type=hidden][name=q]") != null) {
        assertTrue(hidden, "a form that carries the query carries exact mode too: " + form.outerHtml());
      }
    }
    Document plain = Jsoup.parse(get("/?q=Kherson&find.place=k", 200).body());
    assertTrue(plain.select("input[type=hidden][name=exact]").isEmpty());
  }

  @Test
  void emptyResultSuggestsRemovingEachFilter() throws Exception {
    Document d = Jsoup.parse(get("/?q=Kherson&source=Coast+Daily&person=Olena+Marchenko", 200).body());
    assertTrue(d.select(".hit").isEmpty());
    assertEquals(2, d.select(".empty li a").size());
  }

  @Test
  void datesAndSortAndFacetFindAndMore() throws Exception {
    Document d = Jsoup.parse(get("/?from=2022-11-12&to=2022-11-13&sort=oldest&collapse=0", 200).body());
    assertEquals(List.of("12 Nov 2022", "13 Nov 2022"), d.select(".hit time").eachText());
    Document find = Jsoup.parse(get("/?find.place=ist", 200).body());
    assertEquals("Istanbul", find.select("#facet-place .found li > a:first-child").text());
    get("/?more=source", 200);
    get("/?from=2022-13-01", 400);
    get("/?from=2022-11-10&to=2022-11-01", 400);
    get("/?sort=sideways", 400);
    get("/?size=101", 400);
  }

  @Test
  void aSearchWithoutResultsShowsNoEmptyFacetBoxesNorExportLinks() throws Exception {
    Document none = Jsoup.parse(get("/?q=zzqxnotaword", 200).body());
    assertTrue(none.select("section.facet").isEmpty(), none.select("section.facet").text());
    assertNull(none.selectFirst("#export-csv"));
    Document some = Jsoup.parse(get("/", 200).body());
    assertFalse(some.select("section.facet").isEmpty());
    assertNotNull(some.selectFirst("#export-csv"));
  }

  @Test
  void browsingSortsNewestFirstAndAQueryByRelevance() throws Exception {
    Document browse = Jsoup.parse(get("/", 200).body());
    assertEquals("Newest", browse.selectFirst(".sort strong[aria-current]").text());
    Document query = Jsoup.parse(get("/?q=kherson", 200).body());
    assertEquals("Relevance", query.selectFirst(".sort strong[aria-current]").text());
    Document chosen = Jsoup.parse(get("/?sort=relevance", 200).body());
    assertEquals("Relevance", chosen.selectFirst(".sort strong[aria-current]").text());
  }

  @Test
  void aMisspelledSearchOffersTheCorrectionAsALink() throws Exception {
    Document d = Jsoup.parse(get("/?q=Khersn", 200).body());
    org.jsoup.nodes.Element link = d.selectFirst("#did-you-mean");
    assertNotNull(link, "a correction is offered");
    assertEquals("kherson", link.text());
    Document corrected = Jsoup.parse(get(link.attr("href"), 200).body());
    assertNull(corrected.selectFirst("#did-you-mean"));
    assertFalse(corrected.select("article.hit").isEmpty(), "the corrected search finds articles");
    assertEquals("kherson", JSON.readTree(get("/api/search?q=Khersn", 200).body()).get("didYouMean").asText());
    assertNull(JSON.readTree(get("/api/search?q=Kherson", 200).body()).get("didYouMean"));
  }

  @Test
  void everySearchIsAnAtomFeedNewestFirst() throws Exception {
    Document page = Jsoup.parse(get("/?q=Kherson", 200).body());
    String feed = page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href");
    assertEquals(feed, page.selectFirst("#follow").attr("href"));
    HttpResponse<String> r = get(feed, 200);
    assertTrue(type(r).startsWith("application/atom+xml"));
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    org.w3c.dom.Document xml = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
        r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    String atom = "http://www.w3.org/2005/Atom";
    assertEquals("feed", xml.getDocumentElement().getLocalName());
    assertEquals(atom, xml.getDocumentElement().getNamespaceURI());
    org.w3c.dom.NodeList entries = xml.getElementsByTagNameNS(atom, "entry");
    JsonNode api = JSON.readTree(get("/api/search?q=Kherson&size=50", 200).body());
    assertEquals(Math.min(50, api.get("total").asInt()), entries.getLength());
    List<String> updated = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
      for (String required : List.of("id", "title", "updated", "link")) {
        assertEquals(1, e.getElementsByTagNameNS(atom, required).getLength(), required);
      }
      updated.add(e.getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
    }
    List<java.time.OffsetDateTime> times = updated.stream().map(java.time.OffsetDateTime::parse).toList();
    for (int i = 1; i < times.size(); i++) {
      assertFalse(times.get(i).isAfter(times.get(i - 1)), "newest first: " + updated);
    }
    get("/feed.atom?q=foo:bar", 400);
  }

  @Test
  void pastedTextWithAColonIsSearchedNotRefused() throws Exception {
    Document d = Jsoup.parse(get("/?q=Ukraine%3A+war", 200).body());
    assertNull(d.selectFirst(".notice-error"));
    get("/api/search?q=9%3A30", 200);
  }

  @Test
  void invalidQueryIsANoticeOnThePageAndA400InTheApi() throws Exception {
    Document d = Jsoup.parse(get("/?q=foo:bar", 200).body());
    assertTrue(d.selectFirst(".notice-error").text().contains("Unknown field"));
    JsonNode err = JSON.readTree(get("/api/search?q=foo:bar", 400).body());
    assertTrue(err.get("error").asText().contains("Unknown field"));
    Document escaped = Jsoup.parse(get("/?q=%22unbalanced", 200).body());
    assertFalse(escaped.select(".notice").isEmpty(), "the page says the query was searched as text");
  }

  @Test
  void limitsGiveClearErrors() throws Exception {
    String longQuery = "a".repeat(2_001);
    Document d = Jsoup.parse(get("/?q=" + longQuery, 400).body());
    assertTrue(d.text().contains("too long"));
    assertFalse(d.text().contains(longQuery), "input is not reflected");
    StringBuilder many = new StringBuilder("/?q=x");
    for (int i = 0; i < 51; i++) {
      many.append("&source=s").append(i);
    }
    get(many.toString(), 400);
    get("/api/search?size=1000", 400);
    get("/?cursor=not*a*cursor", 400);
    get("/api/search?cursor=AAAA", 400);
    get("/?q=" + "x".repeat(9_000), 400); // over the query limit: our message, not a bare 414
    get("/?q=" + "x".repeat(70_000), 414);
  }

  @Test
  void pagingWorksForwardAndBack() throws Exception {
    JsonNode p1 = JSON.readTree(get("/api/search?size=2&sort=newest", 200).body());
    String cursor = p1.get("cursor").asText();
    JsonNode p2 = JSON.readTree(get("/api/search?size=2&sort=newest&cursor=" + cursor, 200).body());
    assertFalse(p1.get("hits").get(0).get("id").equals(p2.get("hits").get(0).get("id")));
    JsonNode p3 = JSON.readTree(get(p2.get("next").asText(), 200).body());
    assertEquals(3, p3.get("page").asInt());
    Document page3 = Jsoup.parse(get(p2.get("next").asText().replace("/api/search", "/"), 200).body());
    String prev = page3.selectFirst("a[rel=prev]").attr("href");
    Document back = Jsoup.parse(get(prev, 200).body());
    assertTrue(back.select(".total").text().contains("3–4 of"), back.select(".total").text());
    assertNotNull(back.selectFirst("a[rel=prev]"));
    assertNull(Jsoup.parse(get("/?size=2", 200).body()).selectFirst("a[rel=prev]"));
  }

  @Test
  void previousIsExactWithoutTheUrlsChainOfCursorsSoAtAnyDepth() throws Exception {
    List<String> forward = new ArrayList<>();
    String href = "/?size=1&sort=oldest";
    Document page = Jsoup.parse(get(href, 200).body());
    forward.add(page.selectFirst(".hit-title a").attr("href"));
    while (page.selectFirst("a[rel=next]") != null) {
      href = page.selectFirst("a[rel=next]").attr("href");
      page = Jsoup.parse(get(href, 200).body());
      forward.add(page.selectFirst(".hit-title a").attr("href"));
    }
    assertTrue(forward.size() >= 5, "pages " + forward.size());
    assertTrue(href.contains("&" + Param.PREV + "="), href);
    // Without "prev" a page knows no earlier cursor, as beyond the chain's last entry: the searcher walks back.
    for (int k = forward.size() - 2; k >= 0; k--) {
      page = Jsoup.parse(get(withoutChain(href), 200).body());
      href = page.selectFirst("a[rel=prev]").attr("href");
      page = Jsoup.parse(get(href, 200).body());
      assertEquals(forward.get(k), page.selectFirst(".hit-title a").attr("href"), "page " + (k + 1));
    }
    assertNull(page.selectFirst("a[rel=prev]"), "back on the first page");
  }

  @Test
  void pageNumbersLinkTheFirstPagesWithTheSearchAndReachWhatNextReaches() throws Exception {
    Document first = Jsoup.parse(get("/?size=1&sort=oldest&collapse=0", 200).body());
    long total = JSON.readTree(get("/api/search?size=1&sort=oldest&collapse=0", 200).body()).get("total").asLong();
    assertEquals(Math.min(SearchParams.NUMBERED, total), first.select(".page-numbers li").size());
    assertEquals("1", first.selectFirst(".page-numbers [aria-current=page]").text());
    String third = first.selectFirst(".page-numbers a[aria-label='Page 3']").attr("href");
    assertEquals("/?sort=oldest&collapse=0&size=1&page=3", third);
    Document walked = first;
    for (int i = 0; i < 2; i++) {
      walked = Jsoup.parse(get(walked.selectFirst("a[rel=next]").attr("href"), 200).body());
    }
    Document numbered = Jsoup.parse(get(third, 200).body());
    assertEquals(walked.selectFirst(".hit-title a").attr("href"), numbered.selectFirst(".hit-title a").attr("href"));
    assertEquals("3", numbered.selectFirst(".page-numbers [aria-current=page]").text());
    assertEquals("3", walked.selectFirst(".page-numbers [aria-current=page]").text(), "Next keeps the count");
    assertTrue(numbered.select(".total").text().contains("3–3 of"), numbered.select(".total").text());
    assertEquals("/?sort=oldest&collapse=0&size=1&page=2", numbered.selectFirst("a[rel=prev]").attr("href"));
    Document fourth = Jsoup.parse(get(numbered.selectFirst("a[rel=next]").attr("href"), 200).body());
    assertEquals("4", fourth.selectFirst(".page-numbers [aria-current=page]").text());
  }

  @Test
  void numberedPagesStopWhereTheSearcherStopsReading() throws Exception {
    Document deep = Jsoup.parse(get("/?size=100&page=11", 200).body());
    assertTrue(deep.select(".notice-error").text().contains("deeper than numbered pages reach"),
        deep.select(".notice-error").text());
    assertTrue(deep.select(".hit").isEmpty());
    get("/?page=" + (SearchParams.MAX_NUMBERED + 1), 400);
    get("/api/search?page=0", 400);
    assertEquals(1, JSON.readTree(get("/api/search?size=1&page=2", 200).body()).get("hits").size());
  }

  @Test
  void undatedChoiceShowsExactlyTheArticlesNoBarCounts() throws Exception {
    JsonNode all = JSON.readTree(get("/api/search?collapse=0&size=1", 200).body());
    long undated = all.get("undated").asLong();
    long dated = 0;
    for (JsonNode b : all.get("histogram").get("buckets")) {
      dated += b.get("count").asLong();
    }
    assertTrue(undated > 0, "the samples include undated pages");
    assertEquals(all.get("total").asLong(), dated + undated);
    Document page = Jsoup.parse(get("/?collapse=0", 200).body());
    Element choice = page.selectFirst("#undated");
    assertEquals("Undated (" + undated + ")", choice.text());
    Document only = Jsoup.parse(get(choice.attr("href"), 200).body());
    assertEquals(Format.plural(undated, "article", "articles"), only.selectFirst(".total strong").text());
    assertEquals(undated, only.select(".hit").size());
    assertTrue(only.select(".hit time").isEmpty(), "no hit shows a date");
    assertEquals("true", only.selectFirst("#undated").attr("aria-current"));
    assertNull(only.selectFirst("figure.histogram"), "no bar to draw");
    assertEquals("/?collapse=0", only.selectFirst(".active-filter").attr("href"));
    get("/?undated=1&from=2022-01-01", 400);
  }

  @Test
  void histogramHasTicksPresetsAndTheRangeDraggingStartsFrom() throws Exception {
    Document page = Jsoup.parse(get("/?q=kherson", 200).body());
    Element figure = page.selectFirst("figure.histogram");
    assertEquals("/?q=kherson", figure.attr("data-range"));
    assertEquals(figure.select("rect.bar").size(), figure.select(".ticks > span").size());
    assertFalse(figure.select(".tick-label").isEmpty());
    for (Element bar : figure.select("rect.bar")) {
      assertTrue(bar.attr("data-start").matches("\\d{4}-\\d{2}-\\d{2}"), bar.outerHtml());
      assertTrue(bar.attr("data-end").compareTo(bar.attr("data-start")) >= 0, bar.outerHtml());
    }
    java.time.LocalDate today = java.time.LocalDate.now();
    Element week = page.selectFirst(".date-presets a");
    assertEquals("Last 7 days", week.text());
    assertEquals("/?q=kherson&from=" + today.minusDays(6) + "&to=" + today, week.attr("href"));
    Document chosen = Jsoup.parse(get(week.attr("href"), 200).body());
    assertEquals("Last 7 days", chosen.selectFirst(".date-presets [aria-current]").text());
    assertTrue(page.select(".date-presets a").eachText().stream().anyMatch(t -> t.startsWith("30 days to ")),
        "an archive of older news gets a preset ending at its newest match");
  }

  @Test
  void facetBoxesSayTheyCountArticles() throws Exception {
    Document page = Jsoup.parse(get("/?q=kherson", 200).body());
    assertTrue(page.select(".total strong").text().endsWith("stories") || page.select(".total strong").text()
        .endsWith("story"));
    for (Element h : page.select(".facet h3")) {
      assertEquals("articles", h.selectFirst(".facet-unit").text(), h.text());
    }
    assertFalse(page.select(".facet h3").isEmpty());
  }

  private static String withoutChain(String href) {
    return href.replaceAll("&" + Param.PREV + "=[^&]*", "");
  }

  @Test
  void errorsJettyAnswersItselfAreJsonUnderTheApiAndAPageElsewhere() throws Exception {
    HttpResponse<String> api = get("/api/search/..;/x", 400);
    assertEquals("application/json", api.headers().firstValue("Content-Type").orElse(""));
    assertEquals("The request is malformed.", JSON.readTree(api.body()).get("error").asText());
    assertSecure(api);
    HttpResponse<String> page = get("/search/..;/x", 400);
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertSecure(page);
  }

  @Test
  void articlePageRoundTripsIdsWithSlashAndHash() throws Exception {
    Document a = Jsoup.parse(get("/article/gen/kherson-1.txt?q=kherson", 200).body());
    assertEquals("Kherson residents celebrate in the square", a.selectFirst(".story h1").text());
    assertFalse(a.select(".body mark").isEmpty());
    assertEquals("p1", a.selectFirst(".body p").id());
    assertEquals("Olena Marchenko", a.selectFirst(".article-side .chip-person").text());
    assertTrue(a.select(".article-side").text().contains("Valley Post"), "other version listed");
    assertEquals("noopener noreferrer nofollow", a.selectFirst(".original a").attr("rel"));
    get("/article?id=gen/kherson-1.txt", 200);
    Document rec = Jsoup.parse(get("/article/gen/odesa.jsonl%233", 200).body());
    assertTrue(rec.select(".original").isEmpty(), "a javascript: URL is never linked");
    get("/article?id=gen%2Fodesa.jsonl%233", 200);
    get("/article/no/such/article", 404);
    get("/article?id=", 404);
    get("/article?id=" + "x".repeat(1_001), 400);
    get("/article?id=a%01b", 400);
  }

  @Test
  void articleShowsTheRawFileOnlyFromAnInputRoot() throws Exception {
    Document d = Jsoup.parse(get("/?q=Kherson&collapse=0&size=20", 200).body());
    String samplePage = d.select(".hit-title a").eachAttr("href").stream()
        .filter(h -> h.matches("/article/0\\d\\d_.*")).findFirst().orElseThrow();
    Document sample = Jsoup.parse(get(samplePage, 200).body());
    assertTrue(sample.selectFirst(".raw .muted").text().startsWith("The file as it was archived"));
    Document generated = Jsoup.parse(get("/article/gen/kherson-1.txt", 200).body());
    assertTrue(generated.selectFirst(".raw .muted").text().startsWith("The original file is not available"));
  }

  @Test
  void apiSearchHasTheDocumentedShape() throws Exception {
    HttpResponse<String> r = get("/api/search?q=Kherson&size=3", 200);
    assertTrue(type(r).startsWith("application/json"));
    JsonNode j = JSON.readTree(r.body());
    for (String key : List.of("query", "total", "page", "hits", "facets", "histogram", "notices", "cursor")) {
      assertTrue(j.has(key), key);
    }
    JsonNode hit = j.get("hits").get(0);
    for (String key : List.of("id", "title", "source", "published", "snippets", "entities", "otherVersions")) {
      assertTrue(hit.has(key), key);
    }
    assertTrue(j.get("facets").has("source"));
    assertTrue(j.get("histogram").get("buckets").size() > 0);
  }

  @Test
  void apiArticlesFacetsSuggestStatus() throws Exception {
    JsonNode a = JSON.readTree(get("/api/articles/gen/odesa.jsonl%233", 200).body());
    assertEquals("gen/odesa.jsonl#3", a.get("id").asText());
    assertEquals("Istanbul", a.get("entities").get("places").get(0).asText());
    get("/api/articles?id=gen/odesa.jsonl%233", 200);
    assertTrue(JSON.readTree(get("/api/articles/nope", 404).body()).has("error"));
    JsonNode f = JSON.readTree(get("/api/facets/person?prefix=mar", 200).body());
    assertEquals("person", f.get("dimension").asText());
    assertTrue(f.get("values").toString().contains("Maria Kovalenko"));
    get("/api/facets/planet?prefix=x", 404);
    get("/api/facets/person?prefix=" + "x".repeat(101), 400);
    JsonNode s = JSON.readTree(get("/api/suggest?q=khe", 200).body());
    assertTrue(s.get("suggestions").isArray());
    get("/api/suggest", 200);
    JsonNode status = JSON.readTree(get("/api/status", 200).body());
    assertEquals(8, status.get("documents").asInt());
    get("/api/health", 200);
  }

  @Test
  void exportsStreamEveryMatch() throws Exception {
    HttpResponse<String> csv = get("/export.csv?q=Kherson", 200);
    assertTrue(type(csv).startsWith("text/csv"));
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    List<String> lines = csv.body().lines().toList();
    JsonNode total = JSON.readTree(get("/api/search?q=Kherson&collapse=0", 200).body()).get("total");
    assertEquals(total.asInt() + 1, lines.size(), "header + every version of every match");
    HttpResponse<String> jsonl = get("/export.jsonl?q=Kherson&source=Coast+Daily", 200);
    JsonNode row = JSON.readTree(jsonl.body().lines().findFirst().orElseThrow());
    assertEquals("gen/odesa.jsonl#3", row.get("id").asText());
    assertEquals("javascript:alert(1)", row.get("url").asText());
    assertFalse(row.has("published_time"), "JSON Lines keeps the API's published");
    assertTrue(JSON.readTree(get("/export.csv?q=foo:bar", 400).body()).has("error"));
  }

  @Test
  void csvPublishedIsAlwaysADateWithTheTimeInItsOwnColumn() {
    java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2022-11-09T15:36-05:00");
    for (var p : List.of(dev.lede.extract.Published.of(at),
        dev.lede.extract.Published.of(java.time.LocalDate.parse("2022-11-09")))) {
      List<String> cells = Exporter.cells(new dev.lede.search.Hit("a", "T", null, "S", null, null, p, null, "en", null,
          null, "a", null, 1f));
      assertEquals("2022-11-09", cells.get(Exporter.COLUMNS.indexOf("published")));
      assertEquals(p.dateTime() == null ? null : "2022-11-09T15:36-05:00",
          cells.get(Exporter.COLUMNS.indexOf("published_time")));
    }
  }

  @Test
  void csvCellsAreQuotedAndFormulaSafe() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Exporter.cell("=HYPERLINK(\"x\")"));
    assertEquals("\"'=1+2,3\"", Exporter.cell("=1+2,3"));
    assertEquals("'+cmd", Exporter.cell("+cmd"));
    assertEquals("'-2", Exporter.cell("-2"));
    assertEquals("'@SUM(A1)", Exporter.cell("@SUM(A1)"));
    assertEquals("'\uFF1DHYPERLINK(1)", Exporter.cell("\uFF1DHYPERLINK(1)"), "a full-width equals sign");
    assertEquals("'\uFE66cmd", Exporter.cell("\uFE66cmd"), "a small equals sign");
    assertEquals("a=b", Exporter.cell("a=b"));
    assertEquals("\"a \"\"b\"\"\nc\"", Exporter.cell("a \"b\"\nc"));
    assertEquals("", Exporter.cell(null));
  }

  @Test
  void staticFilesComeFromTheClasspathWithHeaders() throws Exception {
    assertTrue(type(get("/static/lede.css", 200)).startsWith("text/css"));
    get("/static/lede.js", 200);
    get("/static/openapi.json", 200);
    get("/static/nothing.css", 404);
    for (String attack : List.of("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2fdev/lede/web/WebApp.class", "/static/%2e%2e%2fgg/jte/generated")) {
      int status = site.get(attack).statusCode();
      assertTrue(status == 404 || status == 400, attack + " -> " + status);
      assertSecure(site.get(attack));
    }
  }

  @Test
  void errorsAreOurOwnPagesWithHeaders() throws Exception {
    Document notFound = Jsoup.parse(get("/no-such-page", 404).body());
    assertEquals("Not found", notFound.selectFirst("h1").text());
    HttpResponse<String> post = site.send(HttpRequest.newBuilder(site.uri("/"))
        .POST(HttpRequest.BodyPublishers.ofString("x=1")));
    assertEquals(405, post.statusCode());
    assertSecure(post);
    HttpResponse<String> big = site.sendRefusedBody(HttpRequest.newBuilder(site.uri("/api/search"))
        .method("PUT", HttpRequest.BodyPublishers.ofString("x".repeat(100_000))));
    assertTrue(big.statusCode() == 413 || big.statusCode() == 405, "status " + big.statusCode());
    assertSecure(big);
    HttpResponse<String> bigPost = site.sendRefusedBody(HttpRequest.newBuilder(site.uri("/"))
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))));
    assertEquals(413, bigPost.statusCode());
    assertSecure(bigPost);
    assertFalse(bigPost.body().contains("Exception"));
    HttpResponse<String> hugeHeader = site.send(HttpRequest.newBuilder(site.uri("/"))
        .header("X-Big", "y".repeat(80_000)));
    assertEquals(431, hugeHeader.statusCode());
    assertSecure(hugeHeader);
  }
}
