package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.NameVariants;
import dev.lede.index.IndexFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact hit counts, ids and facet strings over {@link GoldenCorpus}. */
class LedeSearcherGoldenTest {
  @TempDir static Path dir;
  static LedeSearcher searcher;

  /** Odesa and Odessa are one name. */
  static final NameVariants VARIANTS = name -> switch (name.toLowerCase(Locale.ROOT)) {
    case "odessa" -> Set.of("Odesa");
    case "odesa" -> Set.of("Odessa");
    default -> Set.of();
  };

  @BeforeAll
  static void index() throws IOException {
    IndexFixtures.index(dir.resolve("index"), GoldenCorpus.articles());
    searcher = LedeSearcher.open(dir.resolve("index"), SearcherOptions.DEFAULTS.withNameVariants(VARIANTS));
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  static SearchResult search(String query) {
    return searcher.search(PerArticle.of(query));
  }

  static Set<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  static String facet(SearchResult r, Dimension d) {
    return r.facet(d).orElseThrow().values().stream()
        .map(v -> v.value() + "=" + v.count() + (v.selected() ? "*" : "") + (v.excluded() ? "-" : ""))
        .collect(Collectors.joining(", "));
  }

  @Test
  void plainTermMatchesTitleAndBody() {
    SearchResult r = search("grain");
    assertEquals(5, r.totalHits());
    assertEquals(Set.of("g01", "g02", "g06", "g07", "g12"), ids(r));
    assertEquals(List.of(), r.notices());
    assertNull(r.nextCursor());
  }

  @Test
  void phraseMatchesOnlyAdjacentWords() {
    assertEquals(Set.of("g04", "g10"), ids(search("\"power grid\"")));
  }

  @Test
  void proximityAllowsWordsBetween() {
    assertEquals(Set.of("g06"), ids(search("\"grain corridor\"~3")));
    assertEquals(Set.of("g01", "g02", "g06"), ids(search("\"grain corridor\"~4")));
  }

  @Test
  void fieldQueriesSearchOneField() {
    assertEquals(Set.of("g04", "g10"), ids(search("title:kyiv")));
    assertEquals(Set.of("g03", "g04", "g10"), ids(search("author:lis")));
    assertEquals(Set.of("g09"), ids(search("lang:fr")));
    assertEquals(Set.of("g03", "g09", "g11"), ids(search("odesa NOT grain")));
    assertEquals(Set.of("g01", "g02", "g11"), ids(search("insur*")));
  }

  @Test
  void dateRangesAndPeriods() {
    assertEquals(Set.of("g01", "g02", "g03", "g09", "g10"), ids(search("date:[2022-11-01 TO 2022-11-15]")));
    assertEquals(8, search("date:2022-11").totalHits());
    assertEquals(1, search("date:2021").totalHits());
    SearchResult r = searcher.search(PerArticle.request()
        .dates(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 15)).build());
    assertEquals(5, r.totalHits());
  }

  @Test
  void multiSelectFacetKeepsSidewaysCounts() {
    SearchResult r = searcher.search(PerArticle.request()
        .include(Dimension.SOURCE, GoldenCorpus.HARBOR).include(Dimension.SOURCE, GoldenCorpus.VALLEY).build());
    assertEquals(6, r.totalHits());
    assertEquals("Harbor Times=3*, Valley Post=3*, Coast Daily=2, Northern Ledger=2, Global Wire Service=1",
        facet(r, Dimension.SOURCE));
    assertEquals("Odesa=4, Istanbul=2, London=2, Kyiv=1", facet(r, Dimension.PLACE));
  }

  @Test
  void dimensionsAreAndedAndExclusionsRemove() {
    SearchResult r = searcher.search(PerArticle.request()
        .include(Dimension.SOURCE, GoldenCorpus.HARBOR).include(Dimension.PLACE, "London").build());
    assertEquals(Set.of("g05", "g11"), ids(r));
    SearchResult ex = searcher.search(PerArticle.request().query("grain")
        .exclude(Dimension.PLACE, "Istanbul").build());
    assertEquals(Set.of("g07", "g12"), ids(ex));
    assertTrue(facet(ex, Dimension.PLACE).contains("Istanbul=0-"), facet(ex, Dimension.PLACE));
  }

  @Test
  void collapseShowsOneHitPerStory() {
    SearchRequest.Builder b = PerArticle.request().query("grain");
    SearchResult off = searcher.search(b.collapseStories(false).build());
    SearchResult on = searcher.search(b.collapseStories(true).build());
    assertEquals(5, off.totalHits());
    assertEquals(4, on.totalHits());
    assertEquals(4, on.hits().size());
    Hit story = on.hits().stream().filter(h -> h.storyId().equals("g01")).findFirst().orElseThrow();
    assertEquals(1, story.otherVersions().size());
    assertTrue(Set.of("g01", "g02").contains(story.otherVersions().get(0).id()));
  }

  @Test
  void countGivesTheTotalsOfSearchWithoutReadingHits() {
    SearchRequest.Builder b = SearchRequest.builder().query("grain").exclude(Dimension.PLACE, "Istanbul");
    SearchResult articles = searcher.count(b.collapseStories(false).build());
    assertEquals(2, articles.totalHits());
    assertEquals(List.of(), articles.hits());
    assertEquals(List.of(), articles.facets());
    assertNull(articles.nextCursor());
    assertEquals(5, searcher.count(PerArticle.of("grain")).totalHits());
    assertEquals(4, searcher.count(SearchRequest.builder().query("grain").collapseStories(true).build())
        .totalHits());
    SearchResult broken = searcher.count(SearchRequest.of("grain AND ("));
    assertEquals(searcher.search(SearchRequest.of("grain AND (")).totalHits(), broken.totalHits());
    assertTrue(broken.notices().get(0).contains("searched as plain words"), broken.notices().toString());
    assertThrows(InvalidQueryException.class, () -> searcher.count(SearchRequest.of("foo:bar")));
  }

  @Test
  void newestSortPutsUndatedLast() {
    SearchResult r = searcher.search(PerArticle.request().query("grain").sort(SortOrder.NEWEST).build());
    assertEquals(List.of("g12", "g06", "g02", "g01", "g07"), r.hits().stream().map(Hit::id).toList());
  }

  @Test
  void nameVariantsWidenUnlessExact() {
    SearchResult wide = search("Odessa");
    assertEquals(8, wide.totalHits());
    assertEquals(List.of("Also searched for name variants: 'Odessa' also as 'Odesa'."), wide.notices());
    SearchResult exact = searcher.search(PerArticle.request().query("Odessa").exact(true).build());
    assertEquals(Set.of("g09"), ids(exact));
  }

  @Test
  void aMatchInALaterParagraphIsMarkedWhereItIs() {
    // the snippet's offsets come from the index; the text they cut is the stored body read once for the page
    Hit hit = search("sunflowers").hits().stream().filter(h -> h.id().equals("g03")).findFirst().orElseThrow();
    assertTrue(hit.snippets().get(0).fragments().stream().anyMatch(f -> f.matched()
        && f.text().equals("sunflowers")), hit.snippets().toString());
    assertTrue(hit.snippets().get(0).text().startsWith("Several families said"), hit.snippets().toString());
  }

  @Test
  void snippetsMarkMatchesAndBrowseShowsLead() {
    Hit hit = search("\"power grid\"").hits().stream().filter(h -> h.id().equals("g10")).findFirst()
        .orElseThrow();
    assertTrue(hit.snippets().get(0).fragments().stream().anyMatch(f -> f.matched()
        && f.text().equalsIgnoreCase("power grid")), hit.snippets().toString());
    assertEquals(List.of(new Fragment("Power grid", true), new Fragment(" repairs continue in Kyiv", false)),
        hit.titleFragments());
    Hit browse = searcher.search(PerArticle.request().include(Dimension.SOURCE, GoldenCorpus.HARBOR)
        .sort(SortOrder.OLDEST).pageSize(1).build()).hits().get(0);
    assertEquals("g05", browse.id());
    assertEquals("The Bank of England raised interest rates for the eighth time in a row, saying inflation"
        + " would stay high into next year. Governor Jane Holloway said the decision was not easy and that"
        + " households would feel it.", browse.snippets().get(0).text());
    assertFalse(browse.snippets().get(0).fragments().get(0).matched());
  }

  @Test
  void histogramCoversWholeSpanByMonth() {
    DateHistogram h = search("odesa OR kyiv").histogram();
    assertEquals(DateHistogram.Granularity.DAY, h.granularity());
    assertEquals("2022-11-09", h.buckets().get(0).label());
    assertEquals("2022-12-02", h.buckets().get(h.buckets().size() - 1).label());
    assertEquals(24, h.buckets().size());
    DateHistogram all = searcher.search(PerArticle.request().build()).histogram();
    assertEquals(DateHistogram.Granularity.MONTH, all.granularity());
    assertEquals(19, all.buckets().size()); // 2021-06 .. 2022-12
    assertEquals(11, all.buckets().stream().mapToLong(DateHistogram.Bucket::count).sum());
  }

  @Test
  void articleRelatedFacetValuesAndSuggestions() {
    ArticleView view = searcher.article("g02").orElseThrow();
    assertEquals("g01", view.storyId());
    assertEquals(List.of("g01"), view.otherVersions().stream().map(StoryMember::id).toList());
    assertEquals(GoldenCorpus.syndicated(), view.article().paragraphs());
    assertTrue(searcher.article("nope").isEmpty());
    List<String> related = searcher.related("g01", 3).stream().map(Hit::id).toList();
    assertFalse(related.contains("g01") || related.contains("g02"), related.toString());
    assertEquals(List.of("Maria Kovalenko=4"), searcher.facetValues(Dimension.PERSON, "kov", 5).stream()
        .map(v -> v.value() + "=" + v.count()).toList());
    assertEquals("Maria Kovalenko", searcher.suggest("mar", 3).get(0).text());
  }

  @Test
  void commitInfoReportsDocCountAndUserData() {
    assertEquals(12, searcher.commitInfo().docCount());
    assertEquals("true", searcher.commitInfo().userData().get("fixture"));
  }
}
