package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.ArticleIndexWriter;
import dev.lede.index.IndexFixtures;
import dev.lede.index.IndexHome;
import dev.lede.index.WriterOptions;
import org.apache.lucene.store.AlreadyClosedException;
import java.io.IOException;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationSwitchTest {
  @TempDir Path dir;

  @Test
  void searcherFollowsNewCommitsAndActivatedGenerations() throws IOException {
    IndexHome home = IndexHome.open(dir);
    Path g1 = firstGeneration(home);
    try (LedeSearcher searcher = LedeSearcher.open(dir, SearcherOptions.DEFAULTS)) {
      assertEquals(3, searcher.search(PerArticle.of("*")).totalHits());
      assertFalse(searcher.maybeRefresh());

      try (ArticleIndexWriter w = ArticleIndexWriter.open(g1, WriterOptions.DEFAULTS)) {
        w.upsert(GoldenCorpus.articles().get(3));
        w.commit(Map.of("run", "incremental"));
      }
      assertTrue(searcher.maybeRefresh());
      assertEquals(4, searcher.search(PerArticle.of("*")).totalHits(), "browsing sees the new commit");
      assertEquals(4, searcher.commitInfo().docCount());
      assertEquals("incremental", searcher.commitInfo().userData().get("run"));

      Path g2 = home.createGeneration();
      IndexFixtures.index(g2, GoldenCorpus.articles());
      home.activate(g2);
      assertEquals(List.of(), home.cleanup()); // the searcher still holds gen-1
      assertTrue(searcher.refresh());
      assertEquals(12, searcher.search(PerArticle.of("*")).totalHits());
      assertEquals(g2, searcher.commitInfo().directory());
      assertFalse(java.nio.file.Files.exists(g1), "released by the switch, and deleted as its last reader let go");
      assertEquals(List.of(), home.cleanup());
    }
  }

  @Test
  void browsingIsComputedOncePerReaderAndAfreshAfterACommit() throws IOException {
    IndexHome home = IndexHome.open(dir);
    Path g1 = firstGeneration(home);
    try (LedeSearcher searcher = LedeSearcher.open(dir, SearcherOptions.DEFAULTS)) {
      SearchRequest browse = PerArticle.request().sort(SortOrder.NEWEST).build();
      SearchResult first = searcher.search(browse);
      assertSame(first, searcher.search(browse), "one reader answers browsing once");
      SearchRequest filtered = browse.toBuilder().exclude(Dimension.SOURCE, "Nobody").build();
      assertNotSame(searcher.search(filtered), searcher.search(filtered), "filtered browsing is searched");
      assertEquals(first, searcher.search(filtered.toBuilder().clear(Dimension.SOURCE).build()));

      try (ArticleIndexWriter w = ArticleIndexWriter.open(g1, WriterOptions.DEFAULTS)) {
        w.upsert(GoldenCorpus.articles().get(3));
        w.commit(Map.of());
      }
      assertTrue(searcher.maybeRefresh());
      SearchResult after = searcher.search(browse);
      assertEquals(4, after.totalHits());
      assertNotEquals(first.facets(), after.facets(), "facets of the new reader");
      assertSame(after, searcher.search(browse));
      SearchResult second = searcher.search(browse.toBuilder().pageSize(1).cursor(
          searcher.search(browse.toBuilder().pageSize(1).build()).nextCursor()).build());
      assertEquals(after.facets(), second.facets(), "a later page of browsing counts on the new reader too");
      assertEquals(after.histogram(), second.histogram());
    }
  }

  @Test
  void aClosedSearcherRefusesAtOnceInsteadOfWaitingForever() throws IOException {
    IndexHome home = IndexHome.open(dir);
    firstGeneration(home);
    LedeSearcher searcher = LedeSearcher.open(dir, SearcherOptions.DEFAULTS);
    searcher.close();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThrows(AlreadyClosedException.class, () -> searcher.search(PerArticle.of("*")));
      assertFalse(searcher.maybeRefresh());
      searcher.close(); // twice is harmless
    });
    assertEquals(List.of(), home.cleanup(), "nothing was reopened after close");
  }

  /** A home serving a first generation of three golden articles. */
  private static Path firstGeneration(IndexHome home) throws IOException {
    Path g1 = home.createGeneration();
    IndexFixtures.index(g1, GoldenCorpus.articles().subList(0, 3));
    home.activate(g1);
    return g1;
  }
}
