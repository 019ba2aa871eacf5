package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.NameVariants;
import dev.lede.index.ArticleIndexWriter;
import dev.lede.index.IndexedArticle;
import dev.lede.index.WriterOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counter gives what {@link LedeSearcher#count} gives for every kind of query and filter, over an index of two
 * segments with a deleted article and a story split across the segments.
 */
class QueryCounterTest {
  static final List<String> QUERIES = List.of("grain", "Grain Ships", "odesa", "Odessa", "grain -istanbul",
      "grain OR farmers", "\"grain ships\"", "corridor reop*", "grian~1", "title:grain", "place:Odesa",
      "date:2022-11", "grain AND (", "", "*", "nothingmatchesthis", "grain NOT grain", "-grain",
      "(grain OR farmers) AND NOT wire", "source:\"" + GoldenCorpus.HARBOR + "\"", "lang:en", "covid-19",
      // a name's variants compiled as phrases beside its words, and words repeated from earlier lines
      "Odessa grain", "Odessa", "grain ships OR \"grain corridor\"", "grain");

  @TempDir Path dir;

  @Test
  void countsAsCountDoesForEveryQueryAndFilter() throws IOException {
    Path index = twoSegmentsWithADeletion();
    SearchRequest.Builder none = SearchRequest.builder();
    List<SearchRequest.Builder> templates = List.of(none, SearchRequest.builder().collapseStories(true),
        SearchRequest.builder().collapseStories(true).include(Dimension.SOURCE, GoldenCorpus.HARBOR)
            .include(Dimension.SOURCE, GoldenCorpus.VALLEY),
        SearchRequest.builder().exclude(Dimension.PLACE, "Istanbul").exact(true),
        SearchRequest.builder().collapseStories(true).dates(LocalDate.of(2022, 11, 10), null)
            .include(Dimension.PLACE, "Odesa"));
    NameVariants variants = name -> name.equalsIgnoreCase("odessa") ? java.util.Set.of("Odesa") : java.util.Set.of();
    try (LedeSearcher searcher = LedeSearcher.open(index, SearcherOptions.DEFAULTS.withNameVariants(variants))) {
      long matched = 0;
      for (SearchRequest.Builder t : templates) {
        try (QueryCounter counter = searcher.counter(t.query(null).build())) {
          for (String q : QUERIES) {
            SearchResult expected = searcher.count(t.query(q).build());
            SearchResult got = counter.count(q);
            assertEquals(expected.totalHits(), got.totalHits(), q + " within " + t.query(q).build());
            assertEquals(expected.notices(), got.notices(), q);
            matched += got.totalHits();
          }
          assertThrows(InvalidQueryException.class, () -> counter.count("foo:bar"));
          counter.close(); // closed twice (here and by try): the snapshot is released once
        }
      }
      assertTrue(matched > 100, "the queries match something: " + matched);
      assertEquals(5, searcher.count(PerArticle.of("grain")).totalHits(), "the index is still open after it");
    }
  }

  @Test
  void countsAStoryOnceWhenItsArticlesAreInDifferentSegments() throws IOException {
    try (LedeSearcher searcher = LedeSearcher.open(twoSegmentsWithADeletion(), SearcherOptions.DEFAULTS);
        QueryCounter stories = searcher.counter(SearchRequest.builder().collapseStories(true).build())) {
      SearchRequest.Builder grain = SearchRequest.builder().query("grain");
      assertEquals(5, searcher.count(grain.collapseStories(false).build()).totalHits());
      assertEquals(4, searcher.count(grain.collapseStories(true).build()).totalHits());
      assertEquals(4, searcher.search(grain.collapseStories(true).build()).totalHits());
      assertEquals(4, stories.count("grain").totalHits());
      SearchRequest browse = SearchRequest.builder().collapseStories(true).build();
      assertEquals(GoldenCorpus.articles().size() - 2, searcher.count(browse).totalHits(), "g02 joins g01, g05 gone");
      assertEquals(searcher.search(browse).totalHits(), stories.count("").totalHits());
    }
  }

  /** The golden corpus in two commits (g02, a version of g01's story, in the second), then g05 deleted. */
  private Path twoSegmentsWithADeletion() throws IOException {
    List<IndexedArticle> all = GoldenCorpus.articles();
    Path index = dir.resolve("index");
    try (ArticleIndexWriter writer = ArticleIndexWriter.open(index, WriterOptions.DEFAULTS)) {
      all.stream().filter(a -> !a.article().id().equals("g02")).forEach(a -> upsert(writer, a));
      writer.commit(Map.of("part", "1"));
      all.stream().filter(a -> a.article().id().equals("g02")).forEach(a -> upsert(writer, a));
      writer.delete("g05");
      writer.commit(Map.of("part", "2"));
    }
    try (FSDirectory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
      assertEquals(2, reader.leaves().size(), "the test needs two segments");
      assertTrue(reader.hasDeletions(), "the test needs a deleted article");
    }
    return index;
  }

  static void upsert(ArticleIndexWriter writer, IndexedArticle a) {
    try {
      writer.upsert(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
