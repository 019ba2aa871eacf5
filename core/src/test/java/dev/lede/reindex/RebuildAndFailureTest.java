package dev.lede.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.extract.Extractor;
import dev.lede.index.ArticleIndexWriter;
import dev.lede.index.IndexHome;
import dev.lede.index.IndexSchema;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildAndFailureTest {
  private static final long SEED = 7;

  @TempDir Path tmp;

  private ReindexReport run(ReindexOptions options) {
    return new Reindexer(options).run();
  }

  @Test
  void fullRebuildSwitchesGenerationWhileAnOpenSearcherKeepsWorking() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 15);
    ReindexReport first = run(ReindexOptions.of(List.of(in), home));
    Corpus.write(in, SEED, 15, 0);
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(1, IndexState.hits(searcher, Corpus.marker(3)));
      ReindexReport full = run(ReindexOptions.of(List.of(in), home).withFull(true));
      assertEquals(ReindexReport.Mode.FULL, full.mode());
      assertNotEquals(first.generation(), full.generation());
      assertEquals(home.toAbsolutePath().resolve("gen-2"), full.generation());
      assertEquals(full.generation(), IndexHome.open(home).current().orElseThrow());
      assertEquals(16, full.counts().extracted(), "a full rebuild extracts everything");
      assertEquals(15, full.counts().unchanged());
      assertEquals(1, full.counts().added());

      // Still on the old generation until refreshed, and it still works.
      assertEquals(15, IndexState.indexed(searcher).size());
      assertEquals(0, IndexState.hits(searcher, Corpus.marker(15)));
      assertTrue(Files.isDirectory(first.generation()), "held by the open searcher, so not cleaned up");

      assertTrue(searcher.maybeRefresh());
      assertFalse(Files.exists(first.generation()), "deleted as the searcher, its last reader, let go of it");
      assertEquals(full.generation(), searcher.commitInfo().directory().toAbsolutePath());
      assertEquals(1, IndexState.hits(searcher, Corpus.marker(15)));
      assertEquals(16, IndexState.indexed(searcher).size());
    }
    ReindexReport next = run(ReindexOptions.of(List.of(in), home));
    assertEquals(ReindexReport.Mode.INCREMENTAL, next.mode());
    assertEquals(List.of(next.generation()), IndexHome.open(home).generations());
  }

  @Test
  void schemaVersionOfTheCodeDifferentFromTheIndexTriggersAFullRebuild() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    ReindexOptions options = eightFiles(in, home);
    ReindexReport first = run(options);
    rewriteSchemaVersion(first.generation(), "0");

    ReindexReport next = run(options);
    assertEquals(ReindexReport.Mode.FULL, next.mode());
    assertEquals("schema version 0 -> " + IndexSchema.SCHEMA_VERSION, next.modeReason());
    assertEquals(8, next.counts().extracted());
    assertEquals(String.valueOf(IndexSchema.SCHEMA_VERSION), ArticleIndexWriter.readCommit(next.generation())
        .orElseThrow().userData().get(IndexSchema.SCHEMA_VERSION_KEY));
    IncrementalReindexTest.assertMatchesArchive(in, home);
  }

  @Test
  void extractionRulesOfTheCodeDifferentFromTheIndexReExtractEveryFile() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    ReindexOptions options = eightFiles(in, home);
    ReindexReport first = run(options);
    assertEquals(Extractor.configuration(), ArticleIndexWriter.readCommit(first.generation()).orElseThrow().userData()
        .get(RunKeys.EXTRACT_CONFIG));
    ReindexReport second = run(options);
    assertEquals(ReindexReport.Mode.INCREMENTAL, second.mode(), "the same build: unchanged files skipped");
    rewriteUserData(second.generation(), RunKeys.EXTRACT_CONFIG, "rules 0 data 000000");

    ReindexReport next = run(options);
    assertEquals(ReindexReport.Mode.FULL, next.mode());
    assertEquals("extraction rules changed (rules 0 data 000000 -> " + Extractor.configuration() + ")",
        next.modeReason());
    assertEquals(8, next.counts().extracted(), "every file extracted again, though none changed");
    IncrementalReindexTest.assertMatchesArchive(in, home);
  }

  /** Eight generated files in {@code in}, and the options that index them into {@code home}. */
  private static ReindexOptions eightFiles(Path in, Path home) throws IOException {
    Corpus.write(in, SEED, 8);
    return ReindexOptions.of(List.of(in), home).withEntities(IncrementalReindexTest.AUTHOR_AS_PERSON);
  }

  /** Commits the same documents again with another schema version in the user-data, as an older Lede would. */
  private static void rewriteSchemaVersion(Path generation, String version) throws IOException {
    rewriteUserData(generation, IndexSchema.SCHEMA_VERSION_KEY, version);
  }

  /** Commits the same documents again with another value of one user-data key, as another build would. */
  private static void rewriteUserData(Path generation, String key, String value) throws IOException {
    try (Directory dir = FSDirectory.open(generation);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>(DirectoryReader.listCommits(dir).getLast().getUserData());
      data.put(key, value);
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  @Test
  void badFilesAreReportedTheRestIsCommittedAndPreviousVersionsOfFailedFilesStay() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 10);
    run(ReindexOptions.of(List.of(in), home));
    Files.write(Corpus.file(in, 4), new byte[] {'a', 0, 0, 'b'}); // indexed before, unreadable now
    Files.write(in.resolve("binary.txt"), new byte[] {1, 0, 2, 0});
    Files.writeString(in.resolve("menu.txt"), "Home\nWorld\nSport\nLogin\n");
    Corpus.write(in, SEED, 10, 0);

    ReindexReport report = run(ReindexOptions.of(List.of(in), home));
    assertTrue(report.committed());
    assertEquals(3, report.counts().failed());
    assertEquals(1, report.counts().retained());
    assertEquals(1, report.counts().added());
    assertEquals(0, report.counts().deleted());
    assertEquals(11, report.documentsInIndex());
    assertEquals(List.of(
            in.toAbsolutePath().resolve("binary.txt") + ": binary content (NUL bytes)",
            Corpus.file(in, 4).toAbsolutePath() + ": binary content (NUL bytes)",
            in.toAbsolutePath().resolve("menu.txt") + ": no article text found in document 'menu.txt'"),
        report.failures().stream().map(DocumentFailure::toString).toList());
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(1, IndexState.hits(searcher, Corpus.marker(4)), "the previous version of a failed file stays");
      assertEquals(1, IndexState.hits(searcher, Corpus.marker(10)));
    }

    // A full rebuild keeps it too, copied from the previous generation.
    ReindexReport full = run(ReindexOptions.of(List.of(in), home).withFull(true));
    assertEquals(1, full.counts().retained());
    assertEquals(11, full.documentsInIndex());
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(1, IndexState.hits(searcher, Corpus.marker(4)));
    }
  }

  @Test
  void aRecordWithAnImmenseSourceFailsAloneAndTheRunCommits() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 3);
    String text = "The council voted on Tuesday to approve the new budget for the city's schools and roads.";
    Files.writeString(in.resolve("feed.jsonl"),
        "{\"id\": \"r1\", \"source\": \"" + "S".repeat(40_000) + "\", \"text\": \"" + text + "\"}\n"
            + "{\"id\": \"r2\", \"source\": \"City Herald\", \"text\": \"" + text + " Second copy.\"}\n");

    ReindexReport report = run(ReindexOptions.of(List.of(in), home));
    assertTrue(report.committed());
    assertEquals(1, report.counts().failed());
    assertEquals(List.of(in.toAbsolutePath().resolve("feed.jsonl")
            + ": the source value is 40000 bytes long; the index takes at most 4096, in document 'r1'"),
        report.failures().stream().map(DocumentFailure::toString).toList());
    assertEquals(4, report.documentsInIndex());
  }

  @Test
  void aLockHeldByAnotherProcessRefusesTheRunAndAKilledHolderBlocksNothing() throws Exception {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 3);
    java.nio.file.Files.createDirectories(home);
    Process holder = ReindexChild.command("lock", home.toString()).redirectErrorStream(true).start();
    try {
      String said = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8)).readLine();
      assertEquals("locked", said);
      assertThrows(ReindexLockedException.class, () -> new Reindexer(ReindexOptions.of(List.of(in), home)).run());
    } finally {
      holder.destroyForcibly(); // kill -9: the lock file stays behind, the OS lock goes with the process
      holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }
    assertTrue(java.nio.file.Files.exists(home.resolve("reindex.lock")));
    ReindexReport report = run(ReindexOptions.of(List.of(in), home));
    assertTrue(report.committed());
    assertEquals(3, report.documentsInIndex());
  }

  @Test
  void missingInputRootDeletesNothing() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 6);
    run(ReindexOptions.of(List.of(in), home));
    Path moved = tmp.resolve("unmounted");
    Files.move(in, moved);
    ReindexReport report = run(ReindexOptions.of(List.of(in), home));
    assertEquals(1, report.counts().failed());
    assertEquals(6, report.counts().retained());
    assertEquals(0, report.counts().deleted());
    assertEquals(6, report.documentsInIndex());
  }

  @Test
  void failedIncrementalRunLeavesThePreviousCommitInPlace() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 10);
    ReindexReport first = run(ReindexOptions.of(List.of(in), home));
    Map<String, String> before = IndexState.indexed(home);
    Corpus.write(in, SEED, 0, 1);
    Files.delete(Corpus.file(in, 1));

    ReindexFailedException e = assertThrows(ReindexFailedException.class,
        () -> new Reindexer(ReindexOptions.of(List.of(in), home)).run(abortAt(Progress.Phase.COMMITTING)));
    assertFalse(e.partialReport().orElseThrow().committed());
    assertEquals(before, IndexState.indexed(home));
    assertEquals(first.commitGeneration(), ArticleIndexWriter.readCommit(first.generation()).orElseThrow()
        .generation());
    ReindexReport next = run(ReindexOptions.of(List.of(in), home));
    assertEquals(1, next.counts().updated());
    assertEquals(1, next.counts().deleted());
  }

  @Test
  void failedFullRebuildDeletesItsGenerationAndKeepsThePointer() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 10);
    ReindexReport first = run(ReindexOptions.of(List.of(in), home));
    Map<String, String> before = IndexState.indexed(home);

    assertThrows(ReindexFailedException.class, () -> new Reindexer(ReindexOptions.of(List.of(in), home)
        .withFull(true)).run(abortAt(Progress.Phase.CHECKING)));
    IndexHome indexHome = IndexHome.open(home);
    assertEquals(first.generation(), indexHome.current().orElseThrow());
    assertEquals(List.of(first.generation()), indexHome.generations());
    assertEquals(before, IndexState.indexed(home));
  }

  @Test
  void secondRunOnTheSameHomeIsRefusedAtOnce() throws IOException {
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, SEED, 3);
    try (RunLock held = RunLock.acquire(home)) {
      ReindexLockedException e = assertThrows(ReindexLockedException.class,
          () -> run(ReindexOptions.of(List.of(in), home)));
      assertEquals(home.resolve(RunLock.FILE), e.lockFile());
    }
    assertTrue(run(ReindexOptions.of(List.of(in), home)).committed(), "free again once released");
  }

  private static ProgressListener abortAt(Progress.Phase phase) {
    return p -> {
      if (p.phase() == phase) {
        throw new IllegalStateException("simulated failure at " + phase);
      }
    };
  }
}
