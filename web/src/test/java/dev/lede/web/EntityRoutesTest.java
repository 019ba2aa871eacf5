package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.entity.Entities;
import dev.lede.index.IndexedArticle;
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

/** Entity profile pages and their JSON over HTTP: content, statuses, name encoding and the links that lead there. */
class EntityRoutesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  /** Names a URL must carry intact: a slash, an empty segment, a question mark, non-ASCII, markup, a percent. */
  static final List<String> AWKWARD = List.of("AC/DC", "a//b", "Zoë O'Brien?", "São Tomé & Príncipe #2",
      "<script>alert(1)</script>", "50% Club", "..");
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    IndexedArticle awkward = new IndexedArticle(TestSite.article("gen/awkward.txt", "Awkward names gather",
        "Coast Daily", null, "2022-09-01", List.of(), List.of("A meeting of awkwardly named bodies took place."),
        null), new Entities(List.of("Zoë O'Brien?", "<script>alert(1)</script>"),
        List.of("São Tomé & Príncipe #2"), List.of("AC/DC", "a//b", "50% Club", "..")));
    site = TestSite.start(dir, List.of(awkward));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static HttpResponse<String> get(String path, int status) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertEquals(status, r.statusCode(), path + " -> " + r.body());
    WebRoutesTest.assertSecure(r);
    return r;
  }

  static List<String> texts(Document d, String css) {
    return d.select(css).eachText();
  }

  @Test
  void profilePageShowsCountsHistogramNamedOutletsAndLatestStories() throws Exception {
    Document d = Jsoup.parse(get("/entity/person/Olena%20Marchenko", 200).body());
    assertEquals("Olena Marchenko", d.selectFirst("h1").text());
    assertEquals("Person", d.selectFirst(".entity-kind").text());
    assertEquals("2 articles in 1 story", d.selectFirst(".entity-counts strong").text());
    assertEquals(2, d.select(".histogram svg a rect.bar").size(), "12 and 13 November");
    assertEquals(List.of("Kherson", "Ukraine"), texts(d, "#named-place .named-profile"));
    assertEquals(List.of("Harbor Council"), texts(d, "#named-org .named-profile"));
    assertTrue(d.select("#named-person li").isEmpty(), "nobody else is named with her");
    assertEquals(List.of("Harbor Times 1", "Valley Post 1"), texts(d, "#entity-outlets li"));
    assertEquals(1, d.select(".entity-latest .hit").size(), "the syndicated pair is one story");
    assertTrue(d.selectFirst(".entity-latest .hit .versions summary").text().contains("1 other version"));
    assertEquals("/?person=Olena+Marchenko", d.selectFirst("#entity-search").attr("href"));
    assertEquals("/entity/place/Kherson", d.selectFirst("#named-place .named-profile").attr("href"));
    assertTrue(d.select("[style]").isEmpty() && d.select("script:not([src])").isEmpty(), "CSP-clean markup");
    Document search = Jsoup.parse(get(d.selectFirst("#entity-search").attr("href"), 200).body());
    assertTrue(search.selectFirst(".active").text().contains("Olena Marchenko"));
    Document both = Jsoup.parse(get(d.selectFirst("#named-place .both").attr("href"), 200).body());
    assertEquals(1, both.select(".hit").size(), "articles naming her and Kherson, one story");
  }

  @Test
  void jsonHasTheDocumentedKeysAndCounts() throws Exception {
    HttpResponse<String> r = get("/api/entities/person/Olena%20Marchenko", 200);
    assertTrue(WebRoutesTest.type(r).startsWith("application/json"));
    JsonNode j = JSON.readTree(r.body());
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("type", "name", "requested", "articles", "stories", "undated", "histogram", "named",
        "outlets", "latest", "href", "search"), keys);
    assertEquals("person", j.get("type").asText());
    assertEquals(2, j.get("articles").asInt());
    assertEquals(1, j.get("stories").asInt());
    assertEquals(0, j.get("undated").asInt());
    assertEquals("day", j.at("/histogram/granularity").asText());
    assertEquals("Kherson", j.at("/named/places/0/value").asText());
    assertEquals(2, j.at("/named/places/0/count").asInt());
    assertEquals("/api/entities/place/Kherson", j.at("/named/places/0/api").asText());
    assertEquals(0, j.at("/named/people").size());
    assertEquals("/?source=Harbor+Times&person=Olena+Marchenko", j.at("/outlets/0/search").asText());
    assertEquals(1, j.get("latest").size());
    assertEquals("/entity/person/Olena%20Marchenko", j.get("href").asText());
    assertEquals(j, JSON.readTree(get("/api/entities/people?name=Olena+Marchenko", 200).body()), "both URL forms");
  }

  @Test
  void otherSpellingShowsTheIndexedNameAndSaysSo() throws Exception {
    Document d = Jsoup.parse(get("/entity/person/olena%20MARCHENKO", 200).body());
    assertEquals("Olena Marchenko", d.selectFirst("h1").text());
    assertTrue(d.selectFirst(".notice").text().contains("olena MARCHENKO"), d.selectFirst(".notice").text());
    JsonNode j = JSON.readTree(get("/api/entities/person/olena%20MARCHENKO", 200).body());
    assertEquals("Olena Marchenko", j.get("name").asText());
    assertEquals("olena MARCHENKO", j.get("requested").asText());
  }

  @Test
  void unknownTypeIs400AndUnknownNameIsAHelpful404() throws Exception {
    Document bad = Jsoup.parse(get("/entity/thing/Kherson", 400).body());
    assertTrue(bad.text().contains("use person, place or org"), bad.text());
    assertTrue(JSON.readTree(get("/api/entities/thing/Kherson", 400).body()).has("error"));
    Document none = Jsoup.parse(get("/entity/person/Marchenko", 404).body());
    assertEquals("/?q=Marchenko", none.selectFirst("#entity-search").attr("href"));
    assertEquals(List.of("Olena Marchenko"), texts(none, "#candidates a"), "the full name is offered, not taken");
    assertEquals("/entity/person/Olena%20Marchenko", none.selectFirst("#candidates a").attr("href"));
    JsonNode missing = JSON.readTree(get("/api/entities/person/Nobody%20Here", 404).body());
    assertEquals("No article names this person.", missing.get("error").asText());
    get("/entity/place/Olena%20Marchenko", 404); // a person, not a place
    get("/entity/person?name=", 400);
    get("/api/entities/person/" + "x".repeat(301), 400);
    get("/entity/person/a%01b", 400);
  }

  @Test
  void awkwardNamesRoundTripThroughTheLinksThePagesMake() throws Exception {
    Document article = Jsoup.parse(get("/article/gen/awkward.txt", 200).body());
    List<Element> profiles = article.select(".article-side .chip-profile");
    assertEquals(AWKWARD.size(), profiles.size());
    for (Element link : profiles) {
      String name = link.parent().selectFirst(".chip").text();
      assertTrue(AWKWARD.contains(name), name);
      String href = link.attr("href");
      HttpResponse<String> page = get(href, 200);
      assertEquals(name, Jsoup.parse(page.body()).selectFirst("h1").text(), href);
      assertFalse(page.body().contains("<script>alert"), "escaped");
      String api = href.replaceFirst("^/entity", "/api/entities");
      assertEquals(name, JSON.readTree(get(api, 200).body()).get("name").asText(), api);
    }
    assertEquals("/entity/org/AC/DC", article.selectFirst(".chip-profile[aria-label='Profile of AC/DC']")
        .attr("href"));
    assertEquals("/entity/org?name=a%2F%2Fb", article.selectFirst(".chip-profile[aria-label='Profile of a//b']")
        .attr("href"));
  }

  @Test
  void chipsAndEntityFacetValuesLinkToProfiles() throws Exception {
    Document d = Jsoup.parse(get("/?q=Kherson", 200).body());
    List<Element> chips = d.select(".hit .chip");
    assertFalse(chips.isEmpty());
    assertEquals(chips.size(), d.select(".hit .chip-profile").size(), "every chip has its profile link");
    assertNotNull(d.selectFirst(".hit .chip-profile[href=/entity/person/Olena%20Marchenko]"));
    assertEquals("/?q=Kherson&person=Olena+Marchenko",
        d.selectFirst(".hit .chip-person").attr("href"), "the chip itself still filters");
    assertEquals("/entity/place/Kherson", d.selectFirst("#facet-place .profile-link").attr("href"));
    assertFalse(d.select("#facet-org .profile-link").isEmpty());
    assertTrue(d.select("#facet-source .profile-link").isEmpty(), "outlets have no profile");
    Document found = Jsoup.parse(get("/?find.person=olena", 200).body());
    assertEquals("/entity/person/Olena%20Marchenko", found.selectFirst("#facet-person .found .profile-link")
        .attr("href"));
  }
}
