package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.entity.Entities;
import dev.lede.index.IndexedArticle;
import dev.lede.search.QueryLimits;
import dev.lede.search.SearcherOptions;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search with many matches shows facet counts estimated from a sample, marked as such, with one click (or
 * {@code counts=exact}, or {@code exact=true} in the API) to exact ones; the total never changes. The server samples
 * above 100 matches here, so 400 articles stand for a large archive.
 */
class EstimatedCountsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int ARTICLES = 400;
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    List<IndexedArticle> extra = new ArrayList<>();
    String[] outlets = {"North Ledger", "South Ledger", "East Ledger", "West Ledger"};
    for (int i = 0; i < ARTICLES; i++) {
      extra.add(new IndexedArticle(TestSite.article("gen/harvest-" + i + ".txt", "Harvest report " + i,
          outlets[i % outlets.length], null, "2023-0" + (1 + i % 9) + "-1" + (i % 10), List.of(),
          List.of("The harvest season report number " + i + " from the valley farms."), null), Entities.NONE));
    }
    site = TestSite.start(dir, extra,
        SearcherOptions.DEFAULTS.withLimits(QueryLimits.DEFAULTS.withFacetSample(100)));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static JsonNode api(String query) throws Exception {
    HttpResponse<String> r = site.get("/api/search?" + query);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  static long sourceSum(JsonNode page) {
    long sum = 0;
    for (JsonNode v : page.get("facets").get("source")) {
      sum += v.get("count").asLong();
    }
    return sum;
  }

  @Test
  void apiSaysWhenCountsAreEstimatedAndGivesExactOnesOnRequest() throws Exception {
    JsonNode fast = api("q=harvest&collapse=0");
    JsonNode exact = api("q=harvest&collapse=0&counts=exact");
    JsonNode exactSearch = api("q=harvest&collapse=0&exact=true");
    assertTrue(fast.get("countsEstimated").asBoolean());
    assertFalse(exact.get("countsEstimated").asBoolean());
    assertFalse(exactSearch.get("countsEstimated").asBoolean());
    assertEquals(ARTICLES, fast.get("total").asLong());
    assertEquals(ARTICLES, exact.get("total").asLong());
    assertEquals(ARTICLES, sourceSum(exact));
    assertEquals(ARTICLES, sourceSum(fast), 0.25 * ARTICLES);
    JsonNode few = api("q=%22number+7%22&collapse=0");
    assertFalse(few.get("countsEstimated").asBoolean());
  }

  @Test
  void pageMarksEstimatesAndLinksToExactCountsThatStayAsTheSearchIsRefined() throws Exception {
    Document page = Jsoup.parse(site.get("/?q=harvest").body());
    Element note = page.selectFirst("#estimate");
    assertNotNull(note, "no estimate note");
    assertTrue(page.select("#facet-source .count").eachText().stream().allMatch(c -> c.startsWith("≈")),
        page.select("#facet-source .count").eachText().toString());
    String href = note.selectFirst("#count-exactly").attr("href");
    assertTrue(href.contains("counts=exact"), href);

    Document exact = Jsoup.parse(site.get(href).body());
    assertEquals(null, exact.selectFirst("#estimate"));
    assertTrue(exact.select("#facet-source .count").eachText().stream().noneMatch(c -> c.startsWith("≈")));
    assertEquals(page.selectFirst(".total strong").text(), exact.selectFirst(".total strong").text());
    // refining the search keeps the choice: a facet value's link and the search form carry it
    String refine = exact.selectFirst("#facet-source a.exclude").attr("href");
    assertTrue(refine.contains("counts=exact"), refine);
    assertEquals("exact", exact.selectFirst("#facet-source form input[name=counts]").attr("value"));
    assertEquals("exact", exact.selectFirst("form.search input[name=counts]").attr("value"));
  }
}
