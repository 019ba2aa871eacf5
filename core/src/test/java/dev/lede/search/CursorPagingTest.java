package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paging with cursors over a generated corpus of 20,000 articles (every tenth one a copy of an earlier article:
 * stories of two or more) returns every hit exactly once, in order, for each sort and with collapsing. The corpus
 * is random but seeded: replay with -Dlede.paging.seed=N.
 */
class CursorPagingTest {
  static final int ARTICLES = 20_000;
  @TempDir static Path dir;
  static LedeSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    long seed = Long.getLong("lede.paging.seed", 20_000L);
    System.out.println("CursorPagingTest seed " + seed);
    Random random = new Random(seed);
    List<IndexedArticle> articles = new ArrayList<>(ARTICLES);
    List<List<String>> bodies = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      List<String> body;
      if (i % 10 == 9) {
        body = bodies.get(random.nextInt(bodies.size())); // a syndicated copy
      } else {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 30; w++) {
          sb.append("w").append((int) Math.abs(random.nextGaussian() * 300)).append(' ');
        }
        body = List.of(sb.toString().strip());
      }
      bodies.add(body);
      Published date = random.nextInt(50) == 0 ? null
          : Published.of(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(60)));
      Article a = new Article(String.format("a%05d", i), null, null, "Title " + i, null, "Outlet " + (i % 7),
          null, List.of(), date, "en", body, List.of(), "h" + i);
      articles.add(new IndexedArticle(a, Entities.NONE));
    }
    IndexFixtures.index(dir.resolve("index"), articles,
        new dev.lede.index.WriterOptions(256, dev.lede.dedup.DedupOptions.DEFAULTS));
    searcher = LedeSearcher.open(dir.resolve("index"), SearcherOptions.DEFAULTS);
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  /** Pages through everything; checks each hit comes once and the order holds across page boundaries. */
  static List<Hit> pageThrough(SearchRequest first) {
    List<Hit> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    SearchResult page = searcher.search(first);
    long total = page.totalHits();
    while (true) {
      for (Hit h : page.hits()) {
        assertTrue(seen.add(h.id()), "hit twice: " + h.id());
        all.add(h);
      }
      if (page.nextCursor() == null) {
        break;
      }
      page = searcher.search(first.toBuilder().cursor(page.nextCursor()).build());
    }
    assertEquals(total, all.size());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(inOrder(all.get(i - 1), all.get(i), first.sort()), all.get(i - 1) + " before " + all.get(i));
    }
    return all;
  }

  static boolean inOrder(Hit a, Hit b, SortOrder sort) {
    int c = switch (sort) {
      case RELEVANCE -> Float.compare(b.score(), a.score());
      case NEWEST -> Long.compare(millis(b, Long.MIN_VALUE), millis(a, Long.MIN_VALUE));
      case OLDEST -> Long.compare(millis(a, Long.MAX_VALUE), millis(b, Long.MAX_VALUE));
    };
    return c < 0 || (c == 0 && a.id().compareTo(b.id()) < 0);
  }

  static long millis(Hit h, long missing) {
    return h.published() == null ? missing : h.published().epochMillis();
  }

  @Test
  void everyHitOnceInEachSortOrder() {
    for (SortOrder sort : SortOrder.values()) {
      List<Hit> hits = pageThrough(PerArticle.request().query("w1 OR w2 OR w3").sort(sort).pageSize(250)
          .facetLimit(0).build());
      assertTrue(hits.size() > 2_000, "hits " + hits.size());
    }
  }

  @Test
  void deepPagingReachesPageTenThousand() {
    SearchRequest request = PerArticle.request().sort(SortOrder.NEWEST).pageSize(2).facetLimit(0).build();
    List<Hit> hits = pageThrough(request);
    assertEquals(ARTICLES, hits.size()); // 10,000 pages of 2
  }

  @Test
  void collapsedPagingShowsEachStoryOnceAtItsBestMember() {
    for (SortOrder sort : SortOrder.values()) {
      SearchRequest collapsed = PerArticle.request().query("w1").sort(sort).pageSize(100)
          .collapseStories(true).facetLimit(0).build();
      List<Hit> heads = pageThrough(collapsed);
      List<Hit> all = new ArrayList<>();
      searcher.forEach(collapsed.toBuilder().collapseStories(false).build(), all::add);
      Set<String> stories = new HashSet<>();
      List<String> expectedHeads = new ArrayList<>();
      for (Hit h : all) {
        if (stories.add(h.storyId())) {
          expectedHeads.add(h.id());
        }
      }
      assertEquals(expectedHeads, heads.stream().map(Hit::id).toList());
      assertTrue(heads.size() < all.size(), heads.size() + " of " + all.size());
      assertTrue(heads.stream().anyMatch(h -> !h.otherVersions().isEmpty()));
      // Counting facets collects the first hits in the same pass: the pages must not change.
      List<Hit> withFacets = pageThrough(collapsed.toBuilder().facetLimit(10).build());
      assertEquals(expectedHeads, withFacets.stream().map(Hit::id).toList(), sort + " with facets");
    }
  }

  @Test
  void otherVersionsAreTheStorysOtherMembersOldestFirst() {
    SearchRequest request = PerArticle.request().sort(SortOrder.OLDEST).facetLimit(0).build();
    List<Hit> all = new ArrayList<>();
    searcher.forEach(request, all::add); // every article, oldest first (undated last), then by id
    java.util.Map<String, List<String>> byStory = new java.util.HashMap<>();
    all.forEach(h -> byStory.computeIfAbsent(h.storyId(), k -> new ArrayList<>()).add(h.id()));
    java.util.Map<String, Hit> byId = new java.util.HashMap<>();
    all.forEach(h -> byId.put(h.id(), h));
    int checked = 0;
    for (Hit head : pageThrough(PerArticle.request().query("w2").sort(SortOrder.NEWEST).pageSize(100)
        .collapseStories(true).facetLimit(0).build())) {
      List<String> expected = new ArrayList<>(byStory.get(head.storyId()));
      expected.remove(head.id());
      assertEquals(expected, head.otherVersions().stream().map(StoryMember::id).toList(), head.id());
      for (StoryMember m : head.otherVersions()) {
        Hit h = byId.get(m.id());
        assertEquals(h.title(), m.title());
        assertEquals(h.source(), m.source());
        assertEquals(h.published(), m.published());
      }
      checked += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(checked > 10, "stories with other versions: " + checked);
  }

  @Test
  void previousCursorWalksBackExactlyFromAnyPageInEverySortWithAndWithoutCollapse() {
    for (SortOrder sort : SortOrder.values()) {
      for (boolean collapse : new boolean[] {false, true}) {
        SearchRequest first = PerArticle.request().query("w1 OR w2").sort(sort).pageSize(30)
            .collapseStories(collapse).facetLimit(0).build();
        List<String> cursors = new ArrayList<>(); // the cursor of page k+1 at index k; page 1 has none
        cursors.add(null);
        SearchResult page = searcher.search(first);
        while (page.nextCursor() != null) {
          cursors.add(page.nextCursor());
          page = searcher.search(first.toBuilder().cursor(page.nextCursor()).build());
        }
        assertTrue(cursors.size() > 20, sort + " pages " + cursors.size());
        for (int k = cursors.size() - 1; k >= 1; k--) {
          SearchRequest at = first.toBuilder().cursor(cursors.get(k)).build();
          assertEquals(cursors.get(k - 1), searcher.previousCursor(at), sort + " collapse " + collapse + " page "
              + (k + 1));
        }
        assertEquals(null, searcher.previousCursor(first));
      }
    }
  }

  @Test
  void exportStreamsEveryHitInOrder() {
    List<String> ids = new ArrayList<>();
    long n = searcher.forEach(PerArticle.request().sort(SortOrder.OLDEST).build(), h -> ids.add(h.id()));
    assertEquals(ARTICLES, n);
    assertEquals(ARTICLES, new HashSet<>(ids).size());
  }

  @Test
  void matchingIdsAreTheHitsInTheirOrderInEverySortWithAndWithoutCollapse() {
    for (SortOrder sort : SortOrder.values()) {
      for (boolean collapse : new boolean[] {false, true}) {
        SearchRequest request = SearchRequest.builder().query("w1 OR w2").include(Dimension.SOURCE, "Outlet 3")
            .sort(sort).collapseStories(collapse).pageSize(7).cursor(null).facetLimit(0).build();
        List<String> hits = pageThrough(request.toBuilder().pageSize(100).build()).stream().map(Hit::id).toList();
        assertTrue(hits.size() > 100, "hits " + hits.size());
        assertEquals(hits, searcher.matchingIds(request, 100_000), sort + " collapse " + collapse);
        assertEquals(hits.subList(0, 50), searcher.matchingIds(request, 50), "the first n, page size ignored");
      }
    }
  }

  @Test
  void numberedPageShowsTheHitsPagingByCursorReachesAndContinuesFromThere() {
    for (SortOrder sort : SortOrder.values()) {
      for (boolean collapse : new boolean[] {false, true}) {
        SearchRequest first = SearchRequest.builder().query("w1 OR w2").sort(sort).pageSize(30)
            .collapseStories(collapse).facetLimit(0).build();
        SearchResult byCursor = searcher.search(first);
        for (int k = 2; k <= 4; k++) {
          byCursor = searcher.search(first.toBuilder().cursor(byCursor.nextCursor()).build());
        }
        SearchResult numbered = searcher.search(first.toBuilder().page(4).build());
        assertEquals(ids(byCursor), ids(numbered), sort + " collapse " + collapse);
        assertEquals(byCursor.totalHits(), numbered.totalHits());
        assertEquals(byCursor.nextCursor(), numbered.nextCursor(), "page 5 follows either way");
      }
    }
  }

  @Test
  void numberedPagesStopAtThePageSizeLimit() {
    int max = QueryLimits.DEFAULTS.maxPageSize();
    SearchRequest deepest = SearchRequest.builder().sort(SortOrder.NEWEST).pageSize(100).page(max / 100)
        .facetLimit(0).build();
    assertEquals(100, searcher.search(deepest).hits().size());
    InvalidQueryException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class,
        () -> searcher.search(deepest.toBuilder().page(max / 100 + 1).build()));
    assertTrue(e.getMessage().contains("Next"), e.getMessage());
  }

  @Test
  void undatedFilterFindsExactlyTheArticlesTheHistogramCountsApart() {
    SearchResult all = searcher.search(PerArticle.request().query("w1 OR w2").pageSize(1).build());
    DateHistogram h = all.histogram();
    long dated = h.buckets().stream().mapToLong(DateHistogram.Bucket::count).sum();
    assertTrue(h.undated() > 0 && dated > 0, h.undated() + " undated, " + dated + " dated");
    assertEquals(all.totalHits(), dated + h.undated());

    SearchRequest undated = PerArticle.request().query("w1 OR w2").undated(true).sort(SortOrder.NEWEST)
        .pageSize(100).facetLimit(0).build();
    List<Hit> hits = pageThrough(undated);
    assertEquals(h.undated(), hits.size());
    assertTrue(hits.stream().allMatch(x -> x.published() == null));
    SearchResult counted = searcher.search(undated.toBuilder().facetLimit(5).build());
    assertEquals(List.of(), counted.histogram().buckets(), "no undated article is in a bar");
    assertEquals(h.undated(), counted.histogram().undated());
  }

  @Test
  void histogramKnowsTheNewestDayOfTheMatches() {
    SearchResult newest = searcher.search(SearchRequest.builder().query("w1").sort(SortOrder.NEWEST).pageSize(1)
        .build());
    LocalDate day = newest.hits().get(0).published().date();
    assertEquals(day, newest.histogram().latest());
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }
}
