package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.Published;
import dev.lede.index.IndexFixtures;
import dev.lede.index.IndexedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts of large match sets come from a sample, say so, stay close to the exact counts and never touch the
 * totals; exact counts are one request option away. The sample threshold is lowered to 500 matches so that a small
 * real index shows the behaviour of a large one.
 */
class SampledFacetCountsTest {
  static final int ARTICLES = 4_000;
  static final int SAMPLE = 500;
  @TempDir static Path dir;
  static LedeSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    Random random = new Random(7);
    List<IndexedArticle> articles = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      // outlets with shares of about 40, 30, 20 and 10 percent; "rare" in one article of 16
      int r = random.nextInt(10);
      String outlet = r < 4 ? "Alpha" : r < 7 ? "Beta" : r < 9 ? "Gamma" : "Delta";
      String body = "common words of the day " + (i % 16 == 0 ? "rare " : "") + "item" + i;
      Article a = new Article(String.format("s%05d", i), null, null, "Title " + i, null, outlet, null, List.of(),
          Published.of(LocalDate.of(2021, 1, 1).plusDays(random.nextInt(700))), "en", List.of(body), List.of(),
          "h" + i);
      articles.add(new IndexedArticle(a, Entities.NONE));
    }
    IndexFixtures.index(dir.resolve("index"), articles);
    searcher = LedeSearcher.open(dir.resolve("index"), SearcherOptions.DEFAULTS
        .withLimits(QueryLimits.DEFAULTS.withFacetSample(SAMPLE)));
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  static Map<String, Long> sources(SearchResult r) {
    return r.facet(Dimension.SOURCE).orElseThrow().values().stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void manyMatchesGiveEstimatedCountsNearTheExactOnesAndExactTotals() {
    SearchRequest fast = SearchRequest.builder().query("common").collapseStories(false).build();
    SearchResult estimated = searcher.search(fast);
    SearchResult exact = searcher.search(fast.toBuilder().exactCounts(true).build());
    assertTrue(estimated.countsEstimated());
    assertFalse(exact.countsEstimated());
    assertEquals(ARTICLES, estimated.totalHits());
    assertEquals(exact.totalHits(), estimated.totalHits());
    Map<String, Long> e = sources(estimated);
    Map<String, Long> x = sources(exact);
    assertEquals(ARTICLES, x.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(x.keySet(), e.keySet());
    for (String outlet : x.keySet()) {
      // a sample of 500: a 10% value is within about 13% one time in twenty; allow 30% for a fixed seed
      assertEquals(x.get(outlet), e.get(outlet), 0.3 * x.get(outlet), outlet + ": " + e + " vs " + x);
    }
    long dated = estimated.histogram().buckets().stream().mapToLong(DateHistogram.Bucket::count).sum();
    assertEquals(ARTICLES, dated, 0.1 * ARTICLES);
  }

  @Test
  void theSameRequestShowsTheSameEstimates() {
    SearchRequest fast = SearchRequest.builder().query("common").build();
    assertEquals(searcher.search(fast).facets(), searcher.search(fast).facets());
  }

  @Test
  void fewMatchesAreCountedExactly() {
    SearchResult r = searcher.search(SearchRequest.builder().query("rare").collapseStories(false).build());
    assertFalse(r.countsEstimated());
    assertEquals(ARTICLES / 16, r.totalHits());
    assertEquals(r.totalHits(), sources(r).values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void browsingEverythingIsCountedExactlyOncePerReader() {
    SearchResult r = searcher.search(SearchRequest.builder().collapseStories(false).build());
    assertFalse(r.countsEstimated());
    assertEquals(ARTICLES, sources(r).values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void aSelectedValueKeepsEstimatedCountsForTheOtherValuesOfItsDimension() {
    SearchRequest fast = SearchRequest.builder().query("common").include(Dimension.SOURCE, "Alpha")
        .collapseStories(false).build();
    SearchResult estimated = searcher.search(fast);
    SearchResult exact = searcher.search(fast.toBuilder().exactCounts(true).build());
    assertTrue(estimated.countsEstimated());
    assertEquals(exact.totalHits(), estimated.totalHits());
    Map<String, Long> e = sources(estimated);
    Map<String, Long> x = sources(exact);
    assertEquals(x.keySet(), e.keySet());
    for (String outlet : x.keySet()) {
      assertEquals(x.get(outlet), e.get(outlet), 0.3 * x.get(outlet), outlet + ": " + e + " vs " + x);
    }
  }

  @Test
  void searchesAtOnceFromManyThreadsCountAsOneSearchAlone() throws Exception {
    // many matches are counted on a helper thread beside the page; busy helpers leave it to the request's thread
    List<SearchRequest> requests = List.of(
        SearchRequest.builder().query("common").build(),
        SearchRequest.builder().query("common").exactCounts(true).build(),
        SearchRequest.builder().query("common").include(Dimension.SOURCE, "Beta").collapseStories(false).build(),
        SearchRequest.builder().query("rare").build());
    List<SearchResult> alone = requests.stream().map(searcher::search).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<Boolean>> same = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        int k = i % requests.size();
        same.add(pool.submit(() -> {
          SearchResult r = searcher.search(requests.get(k));
          SearchResult a = alone.get(k);
          return r.totalHits() == a.totalHits() && r.facets().equals(a.facets())
              && r.histogram().equals(a.histogram()) && r.hits().equals(a.hits());
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : same) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
