package dev.lede.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.IndexHome;
import dev.lede.reindex.ReindexFailedException;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.ReindexReport;
import dev.lede.reindex.Reindexer;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearcherOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 6b: when the disk fills up during a reindex, the run fails as a whole with a reason, the previous commit
 * stays intact and searched (by a searcher opened before and by one opened after), a failed full rebuild removes its
 * half-built generation, and the next run after space is freed succeeds. The index home lives on a real 3 MB tmpfs,
 * so every write (Lucene's files, the generation pointer, the lock) meets the full disk; mounting needs root, so the
 * test is skipped elsewhere. {@link SimulatedDiskFullTest} runs the same scenario everywhere, with a Lucene directory
 * that fails its writes.
 */
class DiskFullTest {
  @TempDir Path dir;
  private Path mount;
  private boolean mounted;

  @BeforeEach
  void mountSmallFilesystem() throws Exception {
    mount = Files.createDirectories(dir.resolve("small"));
    mounted = exec("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString()) == 0;
    Assumptions.assumeTrue(mounted, "cannot mount a 3 MB tmpfs here (needs root); disk-full test skipped");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted && exec("umount", mount.toString()) != 0) {
      exec("umount", "-l", mount.toString());
    }
  }

  @Test
  void fullDiskFailsTheRunAndKeepsThePreviousIndex() throws Exception {
    fullDiskScenario(dir.resolve("in"), mount.resolve("home"), "a 3 MB tmpfs", options -> options);
  }

  /**
   * Ten small pages are indexed; then 40 large ones do not fit: an incremental run and a full rebuild fail with "No
   * space left on device", the previous commit stays current, intact (CheckIndex) and searched by searchers opened
   * before and after, the half-built generation is removed; once the large pages are gone the next run succeeds.
   *
   * @param full what makes a run's writes hit the full disk (nothing when the disk is really full)
   */
  static void fullDiskScenario(Path in, Path home, String disk, java.util.function.UnaryOperator<ReindexOptions> full)
      throws Exception {
    for (int n = 0; n < 10; n++) {
      write(in, "small-" + n, n, 2_000);
    }
    ReindexOptions options = ReindexOptions.of(List.of(in), home).withWorkers(2);
    ReindexReport first = new Reindexer(options).run();
    assertTrue(first.committed());
    assertEquals(10, first.documentsInIndex());
    Path generation = IndexHome.open(home).current().orElseThrow();

    for (int n = 100; n < 140; n++) {
      write(in, "big-" + n, n, 120_000); // ~5 MB of text: more than the whole filesystem
    }
    try (LedeSearcher before = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      ReindexFailedException incremental = assertThrows(ReindexFailedException.class,
          () -> new Reindexer(full.apply(options)).run());
      assertTrue(causes(incremental).contains("No space left on device"), "the reason: " + causes(incremental));
      assertEquals("the disk is full (no space left where the index is written)", incremental.reason());
      assertFalse(incremental.partialReport().map(ReindexReport::committed).orElse(false));
      assertIntact(home, generation, before);
      assertEquals(List.of(), unreferencedFiles(generation), "the failed run's partial segment files are gone");

      ReindexFailedException rebuild = assertThrows(ReindexFailedException.class,
          () -> new Reindexer(full.apply(options.withFull(true))).run());
      assertTrue(causes(rebuild).contains("No space left on device"), "the reason: " + causes(rebuild));
      assertEquals(List.of(generation), IndexHome.open(home).generations(), "the half-built generation is gone");
      assertIntact(home, generation, before);
      System.out.println("[lede-reliability] disk full (" + disk + "): incremental and full runs failed with '"
          + incremental.getMessage() + "'; previous commit (10 documents) intact and searched");
    }

    try (var big = Files.newDirectoryStream(in, "big-*")) {
      for (Path p : big) {
        Files.delete(p);
      }
    }
    write(in, "after", 999, 2_000);
    ReindexReport recovered = new Reindexer(options).run();
    assertTrue(recovered.committed());
    assertEquals(11, recovered.documentsInIndex());
  }

  private static void assertIntact(Path home, Path generation, LedeSearcher before) throws IOException {
    assertEquals(generation, IndexHome.open(home).current().orElseThrow());
    before.maybeRefresh();
    assertEquals(10, hits(before, "zqsharedmarker"), "the searcher opened before the failure");
    try (LedeSearcher after = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(10, hits(after, "zqsharedmarker"), "a searcher opened after the failure");
      assertEquals(10, after.commitInfo().docCount());
    }
    try (FSDirectory d = FSDirectory.open(generation); CheckIndex check = new CheckIndex(d)) {
      assertTrue(check.checkIndex().clean, "CheckIndex");
    }
  }

  /** Files in a generation that no commit references (the lock files apart). */
  static List<String> unreferencedFiles(Path generation) throws IOException {
    try (FSDirectory d = FSDirectory.open(generation)) {
      java.util.Set<String> referenced = new java.util.HashSet<>(List.of(IndexWriter.WRITE_LOCK_NAME,
          IndexHome.READERS_LOCK));
      for (IndexCommit commit : DirectoryReader.listCommits(d)) {
        referenced.addAll(commit.getFileNames());
      }
      return java.util.Arrays.stream(d.listAll()).filter(f -> !referenced.contains(f)).toList();
    }
  }

  private static long hits(LedeSearcher searcher, String word) {
    return searcher.search(SearchRequest.builder().query(word).collapseStories(false).build()).totalHits();
  }

  /** A plain-text news page of about {@code chars} characters of made-up words (they compress poorly). */
  private static void write(Path in, String name, int seed, int chars) throws IOException {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder("Council report " + name + " zqsharedmarker\n\nBy Maria Lopez\n\n"
        + "March 3, 2023\n\n");
    while (text.length() < chars) {
      for (int s = 0; s < 4; s++) {
        StringBuilder sentence = new StringBuilder("The council");
        for (int w = 0; w < 14; w++) {
          sentence.append(' ').append(word(random));
        }
        text.append(sentence).append(". ");
      }
      text.append("\n\n");
    }
    Files.createDirectories(in);
    Files.writeString(in.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
  }

  private static String word(Random random) {
    String[] syllables = {"ka", "ro", "mi", "ten", "sul", "va", "dor", "pe", "lin", "gra", "su", "ot", "bri", "ne"};
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < 2 + random.nextInt(3); i++) {
      w.append(syllables[random.nextInt(syllables.length)]);
    }
    return w.toString();
  }

  private static String causes(Throwable t) {
    StringBuilder s = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      s.append(c).append(" <- ");
      for (Throwable sup : c.getSuppressed()) {
        s.append("[suppressed ").append(sup).append("] ");
      }
    }
    return s.toString();
  }

  private static int exec(String... command) throws IOException, InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1; // no mount command
    }
  }
}
