package dev.lede.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ingest.ArticleRecord;
import dev.lede.ingest.DocumentMeta;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearcherOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records handed over in memory go through the same incremental reindex as files, into a real on-disk index. */
class RecordReindexTest {
  private static final long SEED = 7;

  @TempDir Path tmp;

  private Reindexer indexer(Path home) {
    return new Reindexer(ReindexOptions.of(home).withEntities(IncrementalReindexTest.AUTHOR_AS_PERSON));
  }

  private static ArticleRecord record(int n, int version) {
    return ArticleRecord.text("cms-" + n, Corpus.page(SEED, n, version), new DocumentMeta(
        "https://example.org/" + n, "Reuters", "2023-03-0" + (1 + n % 9), "Council story " + n,
        List.of("Maria Lopez")));
  }

  private static Stream<ArticleRecord> records(int count, int version) {
    return IntStream.range(0, count).mapToObj(n -> record(n, version));
  }

  @Test
  void sameRecordsTwiceAreSkippedByHashTheSecondTime() {
    Path home = tmp.resolve("home");
    ReindexReport first = indexer(home).run(records(5, 0));
    assertEquals(ReindexReport.Mode.FULL, first.mode(), "a new index is built in a new generation");
    assertEquals(5, first.counts().added());
    assertTrue(first.committed());

    ReindexReport second = indexer(home).run(records(5, 0));
    assertEquals(ReindexReport.Mode.INCREMENTAL, second.mode());
    assertEquals(5, second.counts().unchanged());
    assertEquals(0, second.counts().extracted(), "unchanged records are not extracted again");
    assertEquals(0, second.counts().added() + second.counts().updated() + second.counts().deleted());
    assertEquals(5, second.documentsInIndex());
    assertEquals(first.commitGeneration() + 1, second.commitGeneration(), "one commit per run");
  }

  @Test
  void changedTextUpdatesAndTheSearcherSeesTheNewVersion() {
    Path home = tmp.resolve("home");
    indexer(home).run(records(3, 0));
    ReindexReport report = indexer(home).run(Stream.of(record(1, 1)));
    assertEquals(1, report.counts().updated());
    assertEquals(0, report.counts().deleted(), "records not sent again stay: a stream is not the whole archive");
    assertEquals(3, report.documentsInIndex());
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(1, IndexState.hits(searcher, "\"" + Corpus.marker(1) + " was version 1\""));
      assertEquals(0, IndexState.hits(searcher, "\"" + Corpus.marker(1) + " was version 0\""));
      assertEquals("cms-1", searcher.search(SearchRequest.of(Corpus.marker(1))).hits().get(0).id());
      assertEquals("Council story 1", searcher.article("cms-1").orElseThrow().article().title());
    }
  }

  @Test
  void changedMetadataAloneIsAnUpdate() {
    Path home = tmp.resolve("home");
    indexer(home).run(Stream.of(record(0, 0)));
    ArticleRecord retitled = new ArticleRecord("cms-0", record(0, 0).format(), record(0, 0).content(),
        new DocumentMeta(null, "Reuters", "2023-03-01", "A corrected headline", List.of()));
    assertEquals(1, indexer(home).run(Stream.of(retitled)).counts().updated());
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals("A corrected headline", searcher.article("cms-0").orElseThrow().article().title());
    }
  }

  @Test
  void deleteByIdRemovesOnlyThatArticle() {
    Path home = tmp.resolve("home");
    indexer(home).run(records(4, 0));
    ReindexReport report = indexer(home).run(Stream.empty(), Set.of("cms-2", "never-indexed"),
        ProgressListener.NONE);
    assertEquals(1, report.counts().deleted(), "an id the index does not hold is passed over");
    assertEquals(3, report.documentsInIndex());
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(0, IndexState.hits(searcher, Corpus.marker(2)));
      assertEquals(1, IndexState.hits(searcher, Corpus.marker(3)));
      assertTrue(searcher.article("cms-2").isEmpty());
    }
  }

  @Test
  void anIdBothDeletedAndSentEndsUpWithTheRecord() {
    Path home = tmp.resolve("home");
    indexer(home).run(records(2, 0));
    ReindexReport report = indexer(home).run(Stream.of(record(0, 1)), Set.of("cms-0"), ProgressListener.NONE);
    assertEquals(1, report.counts().updated());
    assertEquals(0, report.counts().deleted());
    assertEquals(2, report.documentsInIndex());
  }

  @Test
  void badRecordsAreFailuresWithIdAndReasonAndTheRestIsCommitted() {
    Path home = tmp.resolve("home");
    ReindexReport report = indexer(home).run(Stream.of(
        record(0, 0),
        ArticleRecord.text(" ", "A body without a usable id.", null),
        ArticleRecord.text("cms-empty", "  \n ", null),
        ArticleRecord.html("cms-no-text", "<html><body><nav></nav></body></html>", null),
        record(1, 0),
        record(1, 0)));
    assertTrue(report.committed());
    assertEquals(2, report.counts().added());
    assertEquals(2, report.documentsInIndex());
    assertEquals(4, report.counts().failed());
    List<String> failures = report.failures().stream().map(DocumentFailure::toString).sorted().toList();
    assertEquals(List.of(
        "records (record 'cms-1'): duplicate id 'cms-1' (first read from records)",
        "records (record 'cms-empty'): no text",
        "records (record 'cms-no-text'): no text",
        "records (record 2): blank id"), failures);
    assertTrue(report.failures().stream().allMatch(f -> f.path().equals(ArticleRecord.ORIGIN)));
  }

  @Test
  void fullReplacementKeepsOnlyTheRecordsSent() {
    Path home = tmp.resolve("home");
    indexer(home).run(records(5, 0));
    ReindexReport report = new Reindexer(ReindexOptions.of(home).withFull(true)
        .withEntities(IncrementalReindexTest.AUTHOR_AS_PERSON)).run(Stream.of(record(4, 0), record(7, 0)));
    assertEquals(ReindexReport.Mode.FULL, report.mode());
    assertEquals(4, report.counts().deleted());
    assertEquals(2, report.documentsInIndex());
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(Set.of("cms-4", "cms-7"), IndexState.indexed(searcher).keySet());
    }
  }

  @Test
  void aRecordThatFailsKeepsItsIndexedVersionEvenInAFullReplacement() {
    Path home = tmp.resolve("home");
    indexer(home).run(records(3, 0));
    ReindexReport report = new Reindexer(ReindexOptions.of(home).withFull(true)
        .withEntities(IncrementalReindexTest.AUTHOR_AS_PERSON))
        .run(Stream.of(record(0, 0), ArticleRecord.text("cms-1", " ", null)));
    assertEquals(1, report.counts().failed());
    assertEquals(1, report.counts().retained(), "as a file that fails to read keeps its documents");
    assertEquals(1, report.counts().deleted(), "cms-2 was not sent");
    assertEquals(Set.of("cms-0", "cms-1"), IndexState.indexed(home).keySet());
  }

  @Test
  void aRebuildTheRunDecidesItselfKeepsTheArticlesItWasNotSent() {
    Path home = tmp.resolve("home");
    indexer(home).run(records(3, 0));
    // Another entity configuration forces a rebuild; it must not turn a small delta into a wipe-out.
    ReindexReport report = new Reindexer(ReindexOptions.of(home)
        .withEntities(IncrementalReindexTest.AUTHOR_AS_PERSON, "authors v2")).run(Stream.of(record(5, 0)));
    assertEquals(ReindexReport.Mode.FULL, report.mode());
    assertEquals(3, report.counts().retained());
    assertEquals(4, report.documentsInIndex());
    assertEquals(Set.of("cms-0", "cms-1", "cms-2", "cms-5"), IndexState.indexed(home).keySet());
  }

  @Test
  void aStreamThatFailsCommitsNothing() {
    Path home = tmp.resolve("home");
    indexer(home).run(records(2, 0));
    Stream<ArticleRecord> broken = Stream.concat(Stream.of(record(5, 0)), Stream.generate(() -> {
      throw new IllegalStateException("the CMS went away");
    }));
    ReindexFailedException e = assertThrows(ReindexFailedException.class, () -> indexer(home).run(broken));
    assertTrue(e.getMessage().contains("the CMS went away"), e.getMessage());
    assertEquals(Set.of("cms-0", "cms-1"), IndexState.indexed(home).keySet());
  }

  @Test
  void aRecordRunWithInputRootsIsRefused() throws IOException {
    Reindexer files = new Reindexer(ReindexOptions.of(List.of(tmp.resolve("in")), tmp.resolve("home")));
    assertThrows(IllegalArgumentException.class, () -> files.run(Stream.of(record(0, 0))));
    Reindexer records = indexer(tmp.resolve("home"));
    assertThrows(IllegalStateException.class, records::run);
    assertFalse(java.nio.file.Files.exists(tmp.resolve("home")), "a refused run touches nothing");
  }
}
