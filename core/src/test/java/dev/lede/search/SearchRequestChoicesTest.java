package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.IndexFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a caller can leave out of a search (facets, snippets, stored fields), over {@link GoldenCorpus}. */
class SearchRequestChoicesTest {
  @TempDir static Path dir;
  static LedeSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    IndexFixtures.index(dir.resolve("index"), GoldenCorpus.articles());
    searcher = LedeSearcher.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  @Test
  void defaultsAreTheWebAppsChoices() {
    SearchRequest r = SearchRequest.of("grain");
    assertTrue(r.collapseStories());
    assertEquals(SearchRequest.DEFAULT_SNIPPETS, r.snippets());
    assertEquals(Set.of(Dimension.values()), r.facetDimensions());
    assertFalse(r.idsOnly());
    SearchResult result = searcher.search(r);
    assertEquals(4, result.totalHits(), "five articles, two of them one story");
    assertEquals(Dimension.values().length, result.facets().size());
  }

  @Test
  void idsOnlyGivesTheSameHitsInTheSameOrderWithoutTheArticles() {
    SearchRequest.Builder b = PerArticle.request().query("grain OR odesa").pageSize(20);
    SearchResult full = searcher.search(b.build());
    SearchResult ids = searcher.search(b.idsOnly(true).build());
    assertEquals(full.totalHits(), ids.totalHits());
    assertEquals(full.hits().stream().map(Hit::id).toList(), ids.hits().stream().map(Hit::id).toList());
    assertEquals(full.hits().stream().map(Hit::storyId).toList(), ids.hits().stream().map(Hit::storyId).toList());
    assertEquals(full.hits().stream().map(Hit::score).toList(), ids.hits().stream().map(Hit::score).toList());
    for (Hit hit : ids.hits()) {
      assertNull(hit.title());
      assertNull(hit.source());
      assertEquals(List.of(), hit.snippets());
      assertEquals(List.of(), hit.otherVersions());
    }
  }

  @Test
  void facetsAreCountedForTheChosenDimensionsOnly() {
    SearchResult all = searcher.search(PerArticle.of("grain"));
    SearchResult some = searcher.search(PerArticle.request().query("grain")
        .facets(Dimension.SOURCE, Dimension.PLACE).build());
    assertEquals(List.of(Dimension.SOURCE, Dimension.PLACE),
        some.facets().stream().map(FacetResult::dimension).toList());
    assertEquals(all.facet(Dimension.SOURCE), some.facet(Dimension.SOURCE));
    assertEquals(all.histogram(), some.histogram(), "the histogram comes with any facets");
    SearchResult none = searcher.search(PerArticle.request().query("grain").facetLimit(0).build());
    assertEquals(List.of(), none.facets());
    assertEquals(DateHistogram.EMPTY, none.histogram());
    assertEquals(all.totalHits(), none.totalHits());
  }

  @Test
  void snippetCountIsHonouredAndZeroMeansNoHighlighting() {
    SearchResult one = searcher.search(PerArticle.request().query("grain").snippets(1).build());
    assertTrue(one.hits().stream().allMatch(h -> h.snippets().size() <= 1));
    assertTrue(one.hits().stream().anyMatch(h -> h.snippets().size() == 1));

    SearchResult none = searcher.search(PerArticle.request().query("grain").snippets(0).build());
    for (Hit hit : none.hits()) {
      assertEquals(List.of(), hit.snippets());
      assertTrue(hit.titleFragments().stream().noneMatch(Fragment::matched), "no highlighter ran: " + hit.id());
      assertEquals(hit.title(), hit.titleFragments().get(0).text());
    }
    SearchResult browse = searcher.search(PerArticle.request().snippets(0).build());
    assertTrue(browse.hits().stream().allMatch(h -> h.snippets().isEmpty()), "no lead sentences either");
  }

  @Test
  void choicesSurviveToBuilderAndAreCheckedAtTheEdge() {
    SearchRequest r = SearchRequest.builder().query("grain").facets(Dimension.PERSON).snippets(2).idsOnly(true)
        .build();
    assertEquals(r, r.toBuilder().build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.builder().snippets(SearchRequest.MAX_SNIPPETS + 1).build());
    assertEquals("snippets must be within 0..10, was 11", e.getMessage());
  }
}
