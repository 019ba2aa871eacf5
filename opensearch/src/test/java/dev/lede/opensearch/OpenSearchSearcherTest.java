package dev.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.Reindexer;
import dev.lede.search.ArchiveSearcher;
import dev.lede.search.ArticleView;
import dev.lede.search.Dimension;
import dev.lede.search.EntityProfile;
import dev.lede.search.FacetResult;
import dev.lede.search.Fragment;
import dev.lede.search.Hit;
import dev.lede.search.InvalidQueryException;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearchResult;
import dev.lede.search.SearcherOptions;
import dev.lede.search.SortOrder;
import dev.lede.search.StoryMember;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample archive searched in a real three-node cluster (two shards, one replica) gives what the embedded index
 * gives: totals, hits and their order, facets with multi-select counts, the histogram, stories with their other
 * versions, cursors both ways, export, lookups and entity pages.
 */
class OpenSearchSearcherTest {
  @TempDir static Path temp;
  private static LedeSearcher local;
  private static OpenSearchSearcher remote;

  @BeforeAll
  static void publishTheSamples() throws Exception {
    Path home = temp.resolve("home");
    assertTrue(new Reindexer(ReindexOptions.of(List.of(Path.of("..", "index-data")), home)).run().committed());
    OpenSearchTarget target = new OpenSearchTarget(SharedCluster.urls(), "parity", null, null, 2, 1);
    try (OpenSearchPublisher publisher = new OpenSearchPublisher(target)) {
      publisher.publish(home, true);
    }
    local = LedeSearcher.open(home, SearcherOptions.DEFAULTS);
    remote = OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS);
  }

  @AfterAll
  static void close() {
    if (local != null) {
      local.close();
    }
    if (remote != null) {
      remote.close();
    }
  }

  private static List<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    for (boolean collapse : List.of(true, false)) {
      for (SortOrder sort : SortOrder.values()) {
        for (String q : List.of("", "Kherson", "Surovikin", "\"grain corridor\"", "Russia OR Ukraine", "missiles",
            "date:2022-11", "Zelensk*")) {
          out.add(SearchRequest.builder().query(q).sort(sort).collapseStories(collapse).build());
        }
      }
      out.add(SearchRequest.builder().query("Ukraine").include(Dimension.PLACE, "Kherson")
          .include(Dimension.PLACE, "Kyiv").exclude(Dimension.PERSON, "Vladimir Putin").collapseStories(collapse)
          .sort(SortOrder.NEWEST).build());
      out.add(SearchRequest.builder().include(Dimension.SOURCE, "Bloomberg").include(Dimension.LANGUAGE, "en")
          .collapseStories(collapse).sort(SortOrder.OLDEST).build());
      out.add(SearchRequest.builder().query("Russia").dates(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 10))
          .collapseStories(collapse).sort(SortOrder.NEWEST).build());
      out.add(SearchRequest.builder().undated(true).collapseStories(collapse).build());
      out.add(SearchRequest.builder().query("Kyiv").exact(true).facetLimit(2).collapseStories(collapse).build());
    }
    return out;
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  @Test
  void everyRequestGivesTheSameTotalsHitsFacetsAndHistogram() {
    int withHits = 0;
    int withVersions = 0;
    int withSelection = 0;
    int withHistogram = 0;
    int withMarks = 0;
    for (SearchRequest r : requests()) {
      String what = r.query() + " " + r.filters() + " " + r.sort() + " collapse=" + r.collapseStories();
      SearchResult expected = local.search(r);
      SearchResult actual = remote.search(r);
      assertEquals(expected.totalHits(), actual.totalHits(), what);
      withHits += actual.hits().size() > 1 ? 1 : 0;
      withVersions += actual.hits().stream().anyMatch(h -> !h.otherVersions().isEmpty()) ? 1 : 0;
      withSelection += actual.facets().stream().anyMatch(f -> f.values().stream().anyMatch(v -> v.selected()))
          ? 1 : 0;
      withHistogram += actual.histogram().buckets().size() > 1 ? 1 : 0;
      withMarks += actual.hits().stream().anyMatch(h -> h.snippets().stream()
          .anyMatch(s -> s.fragments().stream().anyMatch(Fragment::matched))) ? 1 : 0;
      assertEquals(ids(expected.hits()), ids(actual.hits()), what);
      assertEquals(expected.notices(), actual.notices(), what);
      assertEquals(expected.histogram(), actual.histogram(), what);
      assertEquals(expected.facets().size(), actual.facets().size(), what);
      for (int i = 0; i < expected.facets().size(); i++) {
        FacetResult e = expected.facets().get(i);
        FacetResult a = actual.facets().get(i);
        assertEquals(e.values(), a.values(), what + " " + e.dimension());
        assertEquals(e.distinctValues(), a.distinctValues(), what + " " + e.dimension());
      }
      for (int i = 0; i < expected.hits().size(); i++) {
        Hit e = expected.hits().get(i);
        Hit a = actual.hits().get(i);
        assertEquals(e.storyId(), a.storyId(), what);
        assertEquals(e.entities(), a.entities(), what);
        assertEquals(e.published(), a.published(), what);
        assertEquals(e.otherVersions().stream().map(StoryMember::id).toList(),
            a.otherVersions().stream().map(StoryMember::id).toList(), what);
        assertEquals(Float.isNaN(e.score()), Float.isNaN(a.score()), what);
        boolean marked = e.snippets().stream().anyMatch(s -> s.fragments().stream().anyMatch(Fragment::matched));
        boolean markedToo = a.snippets().stream().anyMatch(s -> s.fragments().stream().anyMatch(Fragment::matched));
        assertEquals(marked, markedToo, what + " snippets of " + e.id());
        assertEquals(e.snippets().isEmpty(), a.snippets().isEmpty(), what);
      }
    }
    // the comparisons above compared something
    assertTrue(withHits > 30 && withVersions > 10 && withSelection >= 4 && withHistogram > 20 && withMarks > 20,
        withHits + " " + withVersions + " " + withSelection + " " + withHistogram + " " + withMarks);
  }

  @Test
  void cursorsWalkTheSamePagesForwardAndBack() {
    for (boolean collapse : List.of(true, false)) {
      for (SortOrder sort : SortOrder.values()) {
        SearchRequest first = SearchRequest.builder().query("Russia OR Ukraine OR Kherson").sort(sort).pageSize(2)
            .collapseStories(collapse).build();
        List<List<String>> pages = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        SearchRequest r = first;
        while (true) {
          SearchResult expected = local.search(r);
          SearchResult actual = remote.search(r.toBuilder().cursor(cursors.isEmpty() ? null
              : cursors.get(cursors.size() - 1)).build());
          assertEquals(ids(expected.hits()), ids(actual.hits()), sort + " collapse=" + collapse + " page "
              + (pages.size() + 1));
          pages.add(ids(actual.hits()));
          if (actual.nextCursor() == null) {
            assertEquals(null, expected.nextCursor());
            break;
          }
          cursors.add(actual.nextCursor());
          r = first.toBuilder().cursor(expected.nextCursor()).build();
        }
        if (cursors.size() >= 2) { // from page 3, "previous" is page 2
          SearchRequest third = first.toBuilder().cursor(cursors.get(1)).build();
          String back = remote.previousCursor(third);
          assertEquals(pages.get(1), ids(remote.search(first.toBuilder().cursor(back).build()).hits()));
        }
        assertEquals(pages.stream().flatMap(List::stream).toList(), remote.matchingIds(first, 100));
        List<String> exported = new ArrayList<>();
        assertEquals(pages.stream().mapToLong(List::size).sum(), remote.forEach(first, h -> exported.add(h.id())));
        assertEquals(pages.stream().flatMap(List::stream).toList(), exported);
      }
    }
    SearchRequest other = SearchRequest.builder().query("Kherson").build();
    String foreign = remote.search(SearchRequest.builder().query("Russia").pageSize(1).build()).nextCursor();
    InvalidQueryException e = assertThrows(InvalidQueryException.class,
        () -> remote.search(other.toBuilder().cursor(foreign).build()));
    assertEquals("The cursor is not valid for this search; start again from the first page.", e.getMessage());
  }

  @Test
  void lookupsGiveTheSameArticlesValuesAndProfiles() {
    for (Hit h : local.search(SearchRequest.builder().collapseStories(false).pageSize(20).build()).hits()) {
      ArticleView e = local.article(h.id()).orElseThrow();
      ArticleView a = remote.article(h.id()).orElseThrow();
      assertEquals(e.article(), a.article());
      assertEquals(e.entities(), a.entities());
      assertEquals(e.storyId(), a.storyId());
      assertEquals(e.otherVersions(), a.otherVersions());
      List<String> related = ids(remote.related(h.id(), 3));
      assertFalse(related.contains(h.id()));
      e.otherVersions().forEach(m -> assertFalse(related.contains(m.id()), "story members are not related"));
    }
    assertTrue(remote.article("no-such-id").isEmpty());
    for (Dimension d : Dimension.values()) {
      for (String prefix : List.of("", "k", "Ser", "VLAD", "put")) {
        assertEquals(local.facetValues(d, prefix, 10), remote.facetValues(d, prefix, 10), d + " " + prefix);
      }
    }
    for (String prefix : List.of("kher", "Sur", "grain c", "z")) {
      assertEquals(local.suggest(prefix, 5), remote.suggest(prefix, 5), prefix);
    }
    for (String name : List.of("Kherson", "Kiev", "kherson", "Sergei Surovikin", "Nobody At All")) {
      Dimension d = name.contains("Surovikin") || name.startsWith("Nobody") ? Dimension.PERSON : Dimension.PLACE;
      assertProfile(local.entity(d, name, 5).orElse(null), remote.entity(d, name, 5).orElse(null));
    }
    for (String q : List.of("Khersn", "grian corridor", "Kherson", "title:Khersn")) {
      assertEquals(local.didYouMean(q), remote.didYouMean(q), q);
    }
    assertEquals(local.count(SearchRequest.of("Kherson")).totalHits(),
        remote.count(SearchRequest.of("Kherson")).totalHits());
    try (var counter = remote.counter(SearchRequest.builder().include(Dimension.PLACE, "Kyiv").build())) {
      assertEquals(local.count(SearchRequest.builder().query("Russia").include(Dimension.PLACE, "Kyiv").build())
          .totalHits(), counter.count("Russia").totalHits());
    }
    assertEquals(local.commitInfo().docCount(), remote.commitInfo().docCount());
    assertEquals(local.commitInfo().userData().get("lede.run.id"),
        remote.commitInfo().userData().get("lede.run.id"), "the status shows the run that was published");
  }

  private static void assertProfile(EntityProfile e, EntityProfile a) {
    if (e == null || a == null) {
      assertEquals(e, a);
      return;
    }
    assertEquals(e.name(), a.name());
    assertEquals(e.articles(), a.articles());
    assertEquals(e.stories(), a.stories());
    assertEquals(e.undated(), a.undated());
    assertEquals(e.histogram(), a.histogram());
    assertEquals(e.people(), a.people());
    assertEquals(e.places(), a.places());
    assertEquals(e.orgs(), a.orgs());
    assertEquals(e.outlets(), a.outlets());
    assertEquals(ids(e.latest()), ids(a.latest()));
  }

  @Test
  void isAnArchiveSearcherTheWebAppCanUse() {
    ArchiveSearcher searcher = remote;
    assertEquals(local.limits(), searcher.limits());
    assertTrue(searcher.trySearch(SearchRequest.of("foo:bar")).isRefused());
    assertFalse(searcher.maybeRefresh(), "nothing new was published");
  }
}
