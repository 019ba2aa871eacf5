package dev.lede.web;

import static dev.lede.web.WebRoutesTest.JSON;
import static dev.lede.web.WebRoutesTest.assertSecure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Batch search over HTTP on a loopback port: the JSON API, the CSV, the page, forgiving lines and the limits. */
class BatchSearchTest extends SampleSiteTest {
  static HttpResponse<String> post(String path, String type, String body) throws Exception {
    HttpResponse<String> r = site.send(HttpRequest.newBuilder(site.uri(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    assertSecure(r);
    return r;
  }

  static JsonNode batch(String pathAndQuery, String lines) throws Exception {
    HttpResponse<String> r = post(pathAndQuery, "text/plain; charset=utf-8", lines);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  static long searchTotal(String query, String filters) throws Exception {
    HttpResponse<String> r = site.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + filters);
    return JSON.readTree(r.body()).get("total").asLong();
  }

  @Test
  void apiCountsEachLineAsTheSearchPageDoesWithinTheFilters() throws Exception {
    List<String> names = List.of("Olena Marchenko", "Kherson", "Istanbul", "grain corridor", "Surovikin");
    for (String filters : List.of("", "&collapse=0", "&source=Valley+Post&collapse=0", "&from=2022-11-13")) {
      JsonNode body = batch("/api/batch?" + filters.substring(Math.min(1, filters.length())),
          String.join("\n", names));
      assertEquals(filters.contains("collapse=0") ? "articles" : "stories", body.get("unit").asText());
      assertEquals(names.size(), body.get("rows").size());
      assertTrue(body.get("complete").asBoolean());
      for (int i = 0; i < names.size(); i++) {
        JsonNode row = body.get("rows").get(i);
        assertEquals(i + 1, row.get("line").asInt());
        assertEquals(names.get(i), row.get("query").asText());
        assertEquals(searchTotal(names.get(i), filters), row.get("hits").asLong(), names.get(i) + filters);
        assertEquals(searchTotal(names.get(i), filters),
            JSON.readTree(site.get(row.get("href").asText().replace("/?", "/api/search?")).body()).get("total")
                .asLong(), "the row's link is the same search");
      }
    }
    JsonNode filtered = batch("/api/batch?source=Valley+Post&collapse=0", "Olena Marchenko\nKherson");
    assertEquals(1, filtered.get("rows").get(0).get("hits").asLong());
    assertEquals("/?q=Olena+Marchenko&source=Valley+Post&collapse=0",
        filtered.get("rows").get(0).get("href").asText());
    JsonNode json = JSON.readTree(post("/api/batch", "application/json",
        "{\"queries\": [\"Olena Marchenko\", \"Kherson\"], \"source\": [\"Valley Post\"], \"collapse\": \"0\"}")
        .body());
    assertEquals(filtered.get("rows"), json.get("rows"), "filters in the JSON body work as in the query string");
  }

  @Test
  void linesAreParsedForgivingly() throws Exception {
    String lines = String.join("\n", "\uFEFFKherson", "", "  - Olena Marchenko  ", "Kherson", "foo:bar kherson",
        "?*?*", "Ukraine: war", "kherson AND (", "x".repeat(2_001), "\t\r");
    JsonNode rows = batch("/api/batch", lines).get("rows");
    assertEquals(8, rows.size(), rows.toString());
    JsonNode first = rows.get(0);
    assertEquals("searched", first.get("status").asText());
    assertTrue(first.get("note").isNull());
    JsonNode bullet = rows.get(1);
    assertEquals(3, bullet.get("line").asInt(), "blank lines keep the numbering of the input");
    assertEquals("Olena Marchenko", bullet.get("query").asText(), "the list bullet is dropped");
    JsonNode duplicate = rows.get(2);
    assertEquals("duplicate", duplicate.get("status").asText());
    assertEquals("Same as line 1.", duplicate.get("note").asText());
    assertEquals(first.get("hits"), duplicate.get("hits"));
    JsonNode unknownField = rows.get(3);
    assertEquals("as_text", unknownField.get("status").asText());
    assertTrue(unknownField.get("note").asText().startsWith("Unknown field 'foo:'"), unknownField.toString());
    assertEquals(searchTotal("foo bar kherson", ""), unknownField.get("hits").asLong());
    assertEquals("/?q=foo+bar+kherson", unknownField.get("href").asText(), "links to what was counted");
    JsonNode noLetters = rows.get(4);
    assertEquals("refused", noLetters.get("status").asText());
    assertTrue(noLetters.get("hits").isNull());
    assertTrue(noLetters.get("note").asText().startsWith("Wildcards need at least 1 letter"));
    assertEquals("searched", rows.get(5).get("status").asText(), "a colon after a word is text");
    assertEquals(searchTotal("Ukraine war", ""), rows.get(5).get("hits").asLong());
    JsonNode unbalanced = rows.get(6);
    assertEquals("as_text", unbalanced.get("status").asText());
    assertTrue(unbalanced.get("note").asText().contains("searched as plain words"));
    assertEquals(searchTotal("kherson", ""), unbalanced.get("hits").asLong());
    JsonNode tooLong = rows.get(7);
    assertEquals("refused", tooLong.get("status").asText());
    assertEquals("The query is too long (2001 characters; the limit is 2000).", tooLong.get("note").asText());
    assertEquals(2, batch("/api/batch", lines).get("refused").asInt());
  }

  @Test
  void csvHasOneRowPerLineWithAbsoluteLinksAndNoFormulas() throws Exception {
    HttpResponse<String> r = post("/batch.csv?source=Valley+Post", "text/plain",
        "Olena Marchenko\n=HYPERLINK(\"http://evil\",\"x\")\n@SUM(A1)\nKherson, Ukraine");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("lede-batch.csv"));
    List<String> lines = r.body().lines().toList();
    assertEquals("\uFEFFline,query,hits,unit,status,note,link", lines.get(0));
    assertEquals(5, lines.size(), r.body());
    assertEquals("1,Olena Marchenko,1,stories,searched,," + site.uri("/?q=Olena+Marchenko&source=Valley+Post"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("2,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","), lines.get(2));
    assertTrue(lines.get(3).startsWith("3,'@SUM(A1),"), lines.get(3));
    assertTrue(lines.get(4).startsWith("4,\"Kherson, Ukraine\","), lines.get(4));
  }

  @Test
  void pageKeepsTheSearchFiltersAndShowsTheTable() throws Exception {
    Document search = Jsoup.parse(site.get("/?q=Kherson&source=Valley+Post&collapse=0").body());
    String link = search.selectFirst("#batch").attr("href");
    assertEquals("/batch?source=Valley+Post&collapse=0", link, "the search's filters, not its query");
    Document form = Jsoup.parse(site.get(link).body());
    assertEquals("Valley Post", form.selectFirst(".batch-form input[name=source]").val());
    assertNull(form.selectFirst(".batch-form input[name=q]"));
    assertTrue(form.select(".batch-table").isEmpty());
    assertTrue(form.selectFirst(".batch-filters").text().contains("Valley Post"));

    String boundary = "lede-test-boundary";
    String body = part(boundary, "source", null, "Valley Post") + part(boundary, "collapse", null, "0")
        + part(boundary, "queries", null, "Olena Marchenko\r\nKherson")
        + part(boundary, "file", "names.txt", "Istanbul\nMaria Kovalenko\n") + "--" + boundary + "--\r\n";
    HttpResponse<String> r = post("/batch", "multipart/form-data; boundary=" + boundary, body);
    assertEquals(200, r.statusCode(), r.body());
    Document page = Jsoup.parse(r.body());
    assertEquals("Articles", page.selectFirst(".batch-table thead th.num").text());
    List<String> cells = new ArrayList<>();
    for (Element row : page.select(".batch-table tbody tr")) {
      cells.add(row.select("td").stream().limit(3).map(Element::text).collect(Collectors.joining("|")));
    }
    assertEquals(List.of("1|Olena Marchenko|1", "2|Kherson|1", "3|Istanbul|0", "4|Maria Kovalenko|0"), cells);
    assertEquals("/?q=Kherson&source=Valley+Post&collapse=0",
        page.select(".batch-table tbody tr").get(1).selectFirst("a").attr("href"));
    assertTrue(page.selectFirst("#queries").text().contains("Maria Kovalenko"), "the form keeps the lines");
    assertEquals("/batch.csv", page.selectFirst("#batch-csv").attr("formaction"));
    assertTrue(page.select("[style]").isEmpty() && page.select("script:not([src])").isEmpty());
  }

  private static String part(String boundary, String name, String file, String value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: text/plain") + "\r\n\r\n" + value
        + "\r\n";
  }

  @Test
  void limitsAreClearErrors() throws Exception {
    String thousand = IntStream.rangeClosed(1, 1_000).mapToObj(i -> "name" + i).collect(Collectors.joining("\n"));
    JsonNode ok = batch("/api/batch", thousand);
    assertEquals(1_000, ok.get("rows").size());
    HttpResponse<String> tooMany = post("/api/batch", "text/plain", thousand + "\nname1001");
    assertEquals(400, tooMany.statusCode());
    assertEquals("The batch has 1,001 lines; the limit is 1,000. Split it into smaller batches.",
        JSON.readTree(tooMany.body()).get("error").asText());
    HttpResponse<String> page = post("/batch", "application/x-www-form-urlencoded",
        "queries=" + URLEncoder.encode(thousand + "\nname1001", StandardCharsets.UTF_8));
    assertEquals(400, page.statusCode());
    assertTrue(Jsoup.parse(page.body()).text().contains("the limit is 1,000"));

    String big = "a".repeat(100_000); // more than other routes take, less than a batch may be
    assertEquals(413, post("/", "text/plain", big).statusCode());
    assertEquals(200, post("/api/batch", "text/plain", big).statusCode());
    HttpResponse<String> huge = post("/api/batch", "text/plain", "a\n".repeat(600_000));
    assertEquals(413, huge.statusCode());
    assertTrue(JSON.readTree(huge.body()).get("error").asText().contains("1 MB"));

    assertEquals(400, post("/api/batch", "text/plain", "\n \n").statusCode());
    assertEquals(400, post("/api/batch", "application/json", "{\"queries\": [{}]}").statusCode());
    assertEquals(400, post("/api/batch", "application/json", "[\"Kherson\"]").statusCode());
    HttpResponse<String> badFilter = post("/api/batch", "application/json",
        "{\"queries\": [\"Kherson\"], \"source\": {\"a\": 1}}");
    assertEquals("Each search parameter must be a string or a list of strings.",
        JSON.readTree(badFilter.body()).get("error").asText());
    assertEquals(400, post("/api/batch", "application/json", "{\"queries\": ").statusCode());
    assertEquals(400, post("/api/batch?from=yesterday", "text/plain", "Kherson").statusCode());
    assertEquals(415, post("/api/batch", "image/png", "Kherson").statusCode());
    assertEquals(405, site.get("/api/batch").statusCode());
    assertFalse(site.get("/api/batch").body().contains("Exception"));
  }

  @Test
  void linesPastTheDeadlineAreReportedNotRun() throws Exception {
    List<BatchSearch.Line> lines = BatchSearch.lines("Kherson\nIstanbul\nKherson");
    SearchParams filters = BatchSearch.filters(SearchParams.empty());
    List<BatchSearch.Row> late = new ArrayList<>();
    BatchSearch.Summary s = new BatchSearch(site.searcher, Duration.ZERO).run(filters, lines, late::add);
    assertFalse(s.complete());
    assertEquals(3, s.notRun());
    for (BatchSearch.Row row : late) {
      assertEquals(BatchSearch.Status.NOT_RUN, row.status());
      assertNull(row.hits());
      assertTrue(row.note().contains("time limit"), row.note());
    }
    List<BatchSearch.Row> timely = new ArrayList<>();
    assertTrue(new BatchSearch(site.searcher, BatchSearch.DEADLINE).run(filters, lines, timely::add).complete());
    assertEquals(List.of(BatchSearch.Status.SEARCHED, BatchSearch.Status.SEARCHED, BatchSearch.Status.DUPLICATE),
        timely.stream().map(BatchSearch.Row::status).toList());
  }

  @Test
  void helperThreadsKeepTheRowsInInputOrderWithTheSameCounts() throws Exception {
    List<String> names = new ArrayList<>();
    for (var d : List.of(dev.lede.search.Dimension.PERSON, dev.lede.search.Dimension.PLACE)) {
      site.searcher.facetValues(d, "", 30).forEach(v -> names.add(v.value()));
    }
    names.addAll(List.of("grain AND (", "foo:bar", "?*?*", names.get(0), "nothingmatchesthis", names.get(1)));
    List<BatchSearch.Line> lines = BatchSearch.lines(String.join("\n", names));
    SearchParams filters = BatchSearch.filters(SearchParams.empty());
    List<BatchSearch.Row> alone = new ArrayList<>();
    BatchSearch.Summary serial = new BatchSearch(site.searcher, BatchSearch.DEADLINE).run(filters, lines,
        alone::add);
    java.util.concurrent.ThreadPoolExecutor pool = BatchSearch.helpers(3);
    try {
      for (int run = 0; run < 3; run++) { // the threads interleave differently each time
        List<BatchSearch.Row> helped = new ArrayList<>();
        BatchSearch.Summary s = new BatchSearch(site.searcher, BatchSearch.DEADLINE, pool, 3).run(filters, lines,
            helped::add);
        assertEquals(alone, helped);
        assertTrue(s.complete());
        assertEquals(1, s.refused());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(lines.size(), alone.size());
    assertEquals(BatchSearch.Status.DUPLICATE, alone.get(alone.size() - 1).status());
    assertTrue(alone.stream().anyMatch(r -> r.hits() != null && r.hits() > 1), alone.toString());
  }
}
