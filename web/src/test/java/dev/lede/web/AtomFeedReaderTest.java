package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search feed as a feed reader sees it: parsed by Rome (the parser of many Java feed readers and aggregators),
 * not by hand-written XML checks. Entries are the search's newest hits, with their titles, article links and dates.
 */
class AtomFeedReaderTest extends SampleSiteTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static SyndFeed read(String pathAndQuery) throws Exception {
    HttpResponse<byte[]> r = site.http.send(HttpRequest.newBuilder(site.uri(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(r.body())));
  }

  @Test
  void romeReadsTheSearchsNewestHitsWithTitlesLinksAndDates() throws Exception {
    SyndFeed feed = read("/feed.atom?q=kherson");
    assertEquals("atom_1.0", feed.getFeedType());
    assertEquals("Lede: kherson", feed.getTitle());
    assertEquals("/?q=kherson", alternate(feed.getLinks()));
    assertEquals("/feed.atom?q=kherson", feed.getLinks().stream().filter(l -> l.getRel().equals("self"))
        .findFirst().orElseThrow().getHref());
    JsonNode page = JSON.readTree(site.get("/api/search?q=kherson&sort=newest&size=50").body());
    List<SyndEntry> entries = feed.getEntries();
    assertEquals(page.get("total").asInt(), entries.size());
    assertTrue(entries.size() >= 2, "entries " + entries.size());
    for (int i = 0; i < entries.size(); i++) {
      JsonNode hit = page.get("hits").get(i);
      SyndEntry e = entries.get(i);
      assertEquals(hit.get("title").asText(), e.getTitle());
      assertEquals(hit.get("href").asText(), alternate(e.getLinks()));
      assertEquals(published(hit), e.getUpdatedDate(), e.getTitle());
      assertFalse(e.getUri().isBlank());
    }
    List<Date> dates = new ArrayList<>(entries.stream().map(SyndEntry::getUpdatedDate).toList());
    List<Date> newestFirst = new ArrayList<>(dates);
    newestFirst.sort(java.util.Comparator.reverseOrder());
    assertEquals(newestFirst, dates);
    assertEquals(dates.get(0), feed.getPublishedDate(), "the feed is as new as its newest entry");
  }

  @Test
  void romeReadsAFilteredFeedWithoutEntriesAsAValidEmptyFeed() throws Exception {
    SyndFeed feed = read("/feed.atom?q=kherson&source=No+Such+Outlet");
    assertEquals("atom_1.0", feed.getFeedType());
    assertEquals(List.of(), feed.getEntries());
  }

  /** The page a reader opens: the alternate link as written (relative; Rome would resolve it against self). */
  private static String alternate(List<SyndLink> links) {
    return links.stream().filter(l -> "alternate".equals(l.getRel())).findFirst().orElseThrow().getHref();
  }

  /**
   * The hit's publication time, midnight UTC of its day for date-only articles and the epoch for undated ones (they
   * come last, newest first), as the feed promises.
   */
  private static Date published(JsonNode hit) {
    if (hit.get("published").isNull()) {
      return new Date(0);
    }
    String p = hit.get("published").asText();
    OffsetDateTime t = p.length() == 10 ? LocalDate.parse(p).atStartOfDay().atOffset(ZoneOffset.UTC)
        : OffsetDateTime.parse(p);
    return Date.from(t.toInstant());
  }
}
