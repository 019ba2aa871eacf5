package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests over the real sample corpus in {@code index-data/}, through the whole pipeline (ingest, extract,
 * entities, index with stories): exact hit counts, hit ids in order, and exact facet strings, in the style of
 * Lucene's demo tests. Ids are shortened to the three-digit file prefix.
 */
class SampleCorpusGoldenTest {
  @TempDir static Path dir;
  static LedeSearcher searcher;

  @BeforeAll
  static void indexSamples() throws IOException {
    searcher = SampleIndex.open(dir);
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  static SearchResult search(SearchRequest request) {
    return searcher.search(request);
  }

  static SearchResult search(String query) {
    return search(PerArticle.of(query));
  }

  static String ids(SearchResult r) {
    return r.hits().stream().map(h -> h.id().substring(0, 3)).collect(Collectors.joining(" "));
  }

  static String facet(SearchResult r, Dimension d) {
    return r.facet(d).orElseThrow().values().stream()
        .map(v -> v.value() + "=" + v.count() + (v.selected() ? "*" : "") + (v.excluded() ? "-" : ""))
        .collect(Collectors.joining(", "));
  }

  @Test
  void plainTermFindsEveryKhersonStory() {
    SearchResult r = search("Kherson");
    assertEquals(5, r.totalHits());
    assertEquals(List.of(), r.notices());
    assertEquals("America Age=1, American Military News=1, The Independent=1", facet(r, Dimension.SOURCE));
    assertEquals("Bloomberg=2", facet(r, Dimension.WIRE));
  }

  @Test
  void browseFacetsNameOutletsWireAuthorsAndEntities() {
    SearchResult r = search(PerArticle.request().build());
    assertEquals(5, r.totalHits());
    assertEquals("America Age=1, American Military News=1, The Independent=1", facet(r, Dimension.SOURCE));
    assertEquals("Bloomberg=2", facet(r, Dimension.WIRE));
    assertEquals("Ali Tuygan=1, Enspirers=1, Kim Sengupta=1", facet(r, Dimension.AUTHOR));
    assertEquals("en=5", facet(r, Dimension.LANGUAGE));
    String people = facet(r, Dimension.PERSON);
    assertEquals("Vladimir Putin=4, Sergei Shoigu=3, Sergey Surovikin=3, Halyna Lugova=2, Jens Stoltenberg=2, "
        + "Kaja Kallas=2, Mick Ryan=2, Natalia Humeniuk=2, Valery Zaluzhny=2, Volodymyr Zelensky=2", people);
    String places = facet(r, Dimension.PLACE);
    // the tagger reads "the Kremlin" as the place CoNLL-2003 annotates it as (the organisation facet had it before)
    assertEquals("Kherson=5, Kyiv=5, Russia=5, Ukraine=5, Dnipro River=4, Moscow=3, United States=3, Crimea=2, "
        + "Donbas=2, Kremlin=2", places);
    // pinned as the tagger gives it, errors included: "People’s Republics" (of Donetsk and Luhansk) is no
    // organisation, and "a telegram channel known as Rybar" is missed; "Kherson" is one type per article (a place)
    assertEquals("NATO=2, UK Ministry of Defence=2, Bloomberg=1, CNBC=1, European Union=1, G7=1, House Democrats=1, "
        + "Joint Chiefs of Staff=1, People's Republics=1, Ukrainian Army=1", facet(r, Dimension.ORG));
  }

  @Test
  void outletFiltersAcceptEveryNameTheSourceRegistryKnows() {
    for (String written : List.of("Bloomberg", "Bloomberg News", "bloomberg l.p.")) {
      SearchResult r = search(PerArticle.request().include(Dimension.WIRE, written).build());
      assertEquals(2, r.totalHits(), written);
      assertTrue(facet(r, Dimension.WIRE).contains("Bloomberg=2*"), written + ": " + facet(r, Dimension.WIRE));
    }
    assertEquals(2, search("wire:\"Bloomberg News\"").totalHits());
    assertEquals(2, search("wire:Bloomberg").totalHits());
    assertEquals(3, search(PerArticle.request().exclude(Dimension.WIRE, "Bloomberg News").build()).totalHits());
  }

  @Test
  void didYouMeanCorrectsWordsNoArticleHasFromTheIndexsOwnWords() {
    assertEquals(java.util.Optional.of("kherson"), searcher.didYouMean("Khersn"));
    assertEquals(java.util.Optional.of("strategic retreat"), searcher.didYouMean("strategic retreet"));
    assertEquals(5, search(searcher.didYouMean("Khersn").orElseThrow()).totalHits());
    assertEquals(java.util.Optional.empty(), searcher.didYouMean("Kherson retreat"), "every word is found");
    assertEquals(java.util.Optional.empty(), searcher.didYouMean("title:Khersn"), "syntax is left alone");
    assertEquals(java.util.Optional.empty(), searcher.didYouMean("qqqqzzzz"), "nothing close");
  }

  @Test
  void phraseMatchesOnlyThatWording() {
    SearchResult r = search("\"strategic retreat\"");
    assertEquals(1, r.totalHits());
    assertEquals("001", ids(r));
    assertEquals("", facet(r, Dimension.SOURCE)); // the page names no outlet
    // the title's "Kherson Region" is no second place: the body writes "the Kherson region", and a title-case
    // headline capitalises every word (the Kremlin is a place, as CoNLL-2003 has it)
    assertEquals("Beijing=1, Berlin=1, Central Asia=1, China=1, Dnipro River=1, Donbas=1, Europe=1, Germany=1, "
        + "Kherson=1, Kremlin=1", facet(r, Dimension.PLACE));
  }

  @Test
  void titleFieldQuerySearchesHeadlinesOnly() {
    SearchResult r = search("title:withdrawal");
    assertEquals(3, r.totalHits());
    assertEquals("000 001 003", sorted(ids(r)));
    assertEquals("The Independent=1", facet(r, Dimension.SOURCE));
    assertEquals("", facet(r, Dimension.WIRE));
    assertEquals("Ali Tuygan=1, Kim Sengupta=1", facet(r, Dimension.AUTHOR));
  }

  @Test
  void wireFieldFindsBothSyndicatedCopies() {
    SearchResult r = search("wire:Bloomberg");
    assertEquals(2, r.totalHits());
    assertEquals("002 004", sorted(ids(r)));
  }

  @Test
  void dateRangeKeepsOnlyDatedArticlesInside() {
    assertEquals("000", ids(search("Kherson AND date:[2022-11-01 TO 2022-11-10]")));
    SearchResult r = search(PerArticle.request().query("Kherson")
        .dates(LocalDate.of(2022, 11, 14), LocalDate.of(2022, 11, 14)).build());
    assertEquals(2, r.totalHits());
    assertEquals("002 003", sorted(ids(r)));
    assertEquals("American Military News=1", facet(r, Dimension.SOURCE)); // 003 names no outlet
    assertEquals("Bloomberg=1", facet(r, Dimension.WIRE));
  }

  @Test
  void multiSelectSourceFacetKeepsSidewaysCounts() {
    SearchResult r = search(PerArticle.request().query("Kherson")
        .include(Dimension.SOURCE, "America Age").include(Dimension.SOURCE, "The Independent").build());
    assertEquals(2, r.totalHits());
    assertEquals("000 004", sorted(ids(r)));
    assertEquals("America Age=1*, American Military News=1, The Independent=1*", facet(r, Dimension.SOURCE));
    assertEquals("Bloomberg=1", facet(r, Dimension.WIRE));
  }

  @Test
  void excludedWireDropsSyndicatedCopies() {
    SearchResult r = search(PerArticle.request().query("Kherson").exclude(Dimension.WIRE, "Bloomberg").build());
    assertEquals(3, r.totalHits());
    assertEquals("000 001 003", sorted(ids(r)));
    assertEquals("Bloomberg=0-", facet(r, Dimension.WIRE)); // stays listed, marked excluded, to be put back
    assertEquals("The Independent=1", facet(r, Dimension.SOURCE));
  }

  @Test
  void collapseShowsTheBloombergStoryOnceWithItsOtherVersion() {
    SearchResult off = search(PerArticle.of("Kherson"));
    assertEquals(5, off.totalHits());
    SearchResult on = search(PerArticle.request().query("Kherson").collapseStories(true).build());
    assertEquals(4, on.totalHits());
    Hit story = on.hits().stream().filter(h -> !h.otherVersions().isEmpty()).findFirst().orElseThrow();
    // the two Bloomberg copies (002, 004) are one story; the better-scoring copy leads, the other is its version
    List<Hit> copies = off.hits().stream().filter(h -> h.id().startsWith("002") || h.id().startsWith("004")).toList();
    assertEquals(2, copies.size());
    assertEquals(copies.get(0).id(), story.id());
    assertEquals(copies.get(1).source(), story.otherVersions().get(0).source());
    assertEquals(Set.of("American Military News", "America Age"),
        Set.of(copies.get(0).source(), copies.get(1).source()));
    // facets count every matching article, collapsed or not
    assertEquals("America Age=1, American Military News=1, The Independent=1", facet(on, Dimension.SOURCE));
    assertEquals("Bloomberg=2", facet(on, Dimension.WIRE));
  }

  @Test
  void variantSpellingsFindTheOtherForm() {
    assertEquals(5, search("Kiev").totalHits());
    assertEquals(4, search("Dnieper").totalHits());
    assertEquals("003", ids(search("Odessa")));
    assertEquals(0, search(PerArticle.request().query("Kiev").exact(true).build()).totalHits());
  }

  @Test
  void entityFieldUsesCanonicalNames() {
    assertEquals(3, search("person:\"Sergey Surovikin\"").totalHits());
    assertEquals("000", ids(search("source:\"The Independent\"")));
  }

  @Test
  void brokenQueryIsSearchedAsTextWithANotice() {
    SearchResult r = search("\"Kherson withdrawal");
    assertEquals(1, r.notices().size());
    assertTrue(r.notices().get(0).startsWith("The query could not be understood"), r.notices().toString());
  }

  @Test
  void histogramCoversTheSpanOfDatedMatchesByDay() {
    DateHistogram h = search(PerArticle.request().build()).histogram();
    assertEquals(DateHistogram.Granularity.DAY, h.granularity());
    assertEquals("2022-11-09=1 2022-11-10=0 2022-11-11=0 2022-11-12=0 2022-11-13=0 2022-11-14=2",
        h.buckets().stream().map(b -> b.label() + "=" + b.count()).collect(Collectors.joining(" ")));
  }

  private static String sorted(String ids) {
    return java.util.Arrays.stream(ids.split(" ")).sorted().collect(Collectors.joining(" "));
  }
}
