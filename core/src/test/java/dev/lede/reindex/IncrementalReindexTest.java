package dev.lede.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.search.Dimension;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalReindexTest {
  private static final long SEED = 42;
  /** A stand-in annotator: the first author as a person, so entity facets can be checked. */
  static final Function<Article, Entities> AUTHOR_AS_PERSON =
      a -> new Entities(a.authors().isEmpty() ? List.of() : List.of(a.authors().get(0)), List.of(), List.of());

  @TempDir Path tmp;

  private ReindexReport run(Path in, Path home) {
    return new Reindexer(ReindexOptions.of(List.of(in), home).withEntities(AUTHOR_AS_PERSON)).run();
  }

  @Test
  void indexHoldsExactlyTheArchiveAfterAddsEditsRenamesAndDeletes() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 30);
    ReindexReport first = run(in, home);
    assertEquals(ReindexReport.Mode.FULL, first.mode());
    assertEquals(30, first.counts().added());
    assertMatchesArchive(in, home);

    for (int n = 30; n < 33; n++) {
      Corpus.write(in, SEED, n, 0); // added
    }
    for (int n = 0; n < 3; n++) {
      Corpus.write(in, SEED, n, 1); // edited
    }
    Files.move(Corpus.file(in, 10), in.resolve("renamed-10.txt"));
    Files.move(Corpus.file(in, 11), in.resolve("d1").resolve("renamed-11.txt"));
    Files.delete(Corpus.file(in, 20));
    Files.delete(Corpus.file(in, 21));

    ReindexReport second = run(in, home);
    assertEquals(ReindexReport.Mode.INCREMENTAL, second.mode());
    ReindexCounts c = second.counts();
    assertEquals(5, c.added(), "3 new files and 2 renamed ones");
    assertEquals(3, c.updated());
    assertEquals(4, c.deleted(), "2 deleted files and the old ids of 2 renamed ones");
    assertEquals(23, c.unchanged());
    assertEquals(8, c.extracted(), "only new and changed documents are extracted");
    assertEquals(0, c.failed());
    assertTrue(second.committed());
    assertEquals(31, second.documentsInIndex());
    assertMatchesArchive(in, home);

    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(1, IndexState.hits(searcher, "\"" + Corpus.marker(1) + " was version 1\""));
      assertEquals(0, IndexState.hits(searcher, "\"" + Corpus.marker(1) + " was version 0\""));
      assertEquals(1, IndexState.hits(searcher, Corpus.marker(10)), "a renamed file is found under its new id");
      assertEquals(0, IndexState.hits(searcher, Corpus.marker(20)), "a deleted file is gone");
      assertEquals("renamed-10.txt", searcher.search(dev.lede.search.SearchRequest.of(Corpus.marker(10)))
          .hits().get(0).id());
    }
  }

  @Test
  void unchangedArchiveSkipsExtractionAndStillCommitsTheRun() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 20);
    ReindexReport first = run(in, home);
    ReindexReport again = run(in, home);
    assertEquals(ReindexReport.Mode.INCREMENTAL, again.mode());
    assertEquals(new ReindexCounts(20, 0, 0, 0, 0, 20, 0, 0), again.counts());
    assertEquals(java.time.Duration.ZERO, again.times().extract());
    assertTrue(again.committed());
    assertEquals(first.commitGeneration() + 1, again.commitGeneration());
    assertEquals(first.generation(), again.generation());
    assertMatchesArchive(in, home);
  }

  @Test
  void dryRunReportsWhatItWouldDoAndChangesNothing() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 12);
    ReindexReport first = run(in, home);
    Map<String, String> before = IndexState.indexed(home);
    Corpus.write(in, SEED, 12, 0);
    Corpus.write(in, SEED, 0, 1);
    Files.delete(Corpus.file(in, 5));

    ReindexReport dry = new Reindexer(ReindexOptions.of(List.of(in), home).withEntities(AUTHOR_AS_PERSON)
        .withDryRun(true)).run();
    assertTrue(dry.dryRun());
    assertFalse(dry.committed());
    assertEquals(new ReindexCounts(12, 2, 1, 1, 1, 10, 0, 0), dry.counts());
    assertEquals(before, IndexState.indexed(home));
    assertEquals(first.commitGeneration(),
        dev.lede.index.ArticleIndexWriter.readCommit(first.generation()).orElseThrow().generation());
  }

  static void assertMatchesArchive(Path in, Path home) throws IOException {
    Map<String, String> archive = IndexState.archive(List.of(in));
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(archive, IndexState.indexed(searcher));
      Map<String, Long> people = new TreeMap<>();
      for (String id : archive.keySet()) {
        Article a = searcher.article(id).orElseThrow().article();
        people.merge(a.authors().get(0), 1L, Long::sum);
        assertEquals(1, IndexState.hits(searcher, "\"" + a.title() + "\""), "title of " + id);
      }
      assertEquals(people, IndexState.facet(searcher, Dimension.PERSON));
      assertEquals(people, IndexState.facet(searcher, Dimension.AUTHOR));
    }
  }
}
