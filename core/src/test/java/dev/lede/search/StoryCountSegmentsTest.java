package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.index.ArticleIndexWriter;
import dev.lede.index.IndexedArticle;
import dev.lede.index.WriterOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story counts over an index of several segments, where one story has articles in two of them. */
class StoryCountSegmentsTest {
  @TempDir Path dir;

  @Test
  void countsAStoryOnceWhenItsArticlesAreInDifferentSegments() throws IOException {
    List<IndexedArticle> all = GoldenCorpus.articles();
    Path index = dir.resolve("index");
    // g02 (a version of g01's story) alone in a second commit: a second segment
    try (ArticleIndexWriter writer = ArticleIndexWriter.open(index, WriterOptions.DEFAULTS)) {
      all.stream().filter(a -> !a.article().id().equals("g02")).forEach(a -> upsert(writer, a));
      writer.commit(Map.of("part", "1"));
      all.stream().filter(a -> a.article().id().equals("g02")).forEach(a -> upsert(writer, a));
      writer.commit(Map.of("part", "2"));
    }
    try (FSDirectory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
      assertEquals(2, reader.leaves().size(), "the test needs the story split across segments");
    }
    try (LedeSearcher searcher = LedeSearcher.open(index, SearcherOptions.DEFAULTS)) {
      SearchRequest.Builder grain = SearchRequest.builder().query("grain");
      assertEquals(5, searcher.count(grain.collapseStories(false).build()).totalHits());
      assertEquals(4, searcher.count(grain.collapseStories(true).build()).totalHits());
      assertEquals(4, searcher.search(grain.collapseStories(true).build()).totalHits());
      SearchRequest browse = SearchRequest.builder().collapseStories(true).build();
      assertEquals(all.size() - 1, searcher.count(browse).totalHits());
      assertEquals(searcher.search(browse).totalHits(), searcher.count(browse).totalHits());
    }
  }

  private static void upsert(ArticleIndexWriter writer, IndexedArticle a) {
    try {
      writer.upsert(a);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
