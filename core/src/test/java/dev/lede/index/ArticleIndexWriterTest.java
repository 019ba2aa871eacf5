package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.Published;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexWriterTest {
  @TempDir Path dir;

  static final List<String> WIRE = List.of(
      "Three ships loaded with grain left the port on Wednesday, the first departures since the shipping"
          + " corridor reopened after a week of talks between the governments involved.",
      "The vessels carry about 120,000 tons of corn and wheat bound for Egypt, Spain and Indonesia, according"
          + " to the joint coordination centre that inspects every cargo before it sails.",
      "A spokeswoman for the port authority said crews had waited for clearance for nine days and that"
          + " another twelve ships were expected to load by the end of the month.");
  static final List<String> OTHER = List.of(
      "The central bank raised interest rates for the eighth time in a row, saying that inflation would stay"
          + " high well into next year and that households should expect higher mortgage payments soon.");

  static IndexedArticle article(String id, String date, List<String> body, String hash) {
    Article a = new Article(id, null, null, "Title " + id, null, "Outlet", null, List.of(),
        Published.of(LocalDate.parse(date)), "en", body, List.of(), hash);
    return new IndexedArticle(a, Entities.NONE);
  }

  static Map<String, String> stories(Path dir) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher s = new IndexSearcher(r);
      for (var sd : s.search(new org.apache.lucene.search.MatchAllDocsQuery(), 100_000).scoreDocs) {
        StoredDocument d = IndexSchema.read(s.storedFields().document(sd.doc));
        out.put(d.indexed().id(), d.storyId());
      }
    }
    return out;
  }

  @Test
  void storyIdsFollowTheEarliestMemberThroughUpdatesAndDeletes() throws IOException {
    try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, WriterOptions.DEFAULTS)) {
      assertEquals("b", w.upsert(article("b", "2022-11-10", WIRE, "1")));
      assertEquals("a", w.upsert(article("a", "2022-11-09", WIRE, "1"))); // earlier: b is rewritten
      assertEquals("c", w.upsert(article("c", "2022-11-11", OTHER, "1")));
      w.commit(Map.of());
      assertEquals(Map.of("a", "a", "b", "a", "c", "c"), stories(dir));

      w.upsert(article("a", "2022-11-09", OTHER, "2")); // a now tells c's story; b is alone
      w.commit(Map.of());
      assertEquals(Map.of("a", "a", "b", "b", "c", "a"), stories(dir));

      assertTrue(w.delete("a"));
      assertFalse(w.delete("a"));
      w.commit(Map.of());
      assertEquals(Map.of("b", "b", "c", "c"), stories(dir));
    }
  }

  @Test
  void mergingLeavesOneSegmentWithTheSameDocumentsStoriesAndUserData() throws IOException {
    try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, WriterOptions.DEFAULTS)) {
      for (int i = 0; i < 4; i++) { // one segment per commit
        w.upsert(article("w" + i, "2022-11-1" + i, WIRE, "h" + i));
        w.upsert(article("o" + i, "2022-11-1" + i, OTHER, "o" + i));
        w.commit(Map.of());
      }
      Map<String, String> before = stories(dir);
      assertEquals(4, segments());
      assertEquals(0, w.mergeSegments(0), "no room for a second copy: nothing is merged");
      assertEquals(1, w.mergeSegments());
      w.commit(Map.of("run", "merged"));
      assertEquals(1, segments());
      assertEquals(before, stories(dir));
      assertEquals("merged", ArticleIndexWriter.readCommit(dir).orElseThrow().userData().get("run"));
      assertEquals(0, w.mergeSegments(), "one segment is already as few as there can be");
    }
  }

  private int segments() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      return r.leaves().size();
    }
  }

  @Test
  void uncommittedChangesAreRolledBackAndCommitsCarryUserData() throws IOException {
    try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, WriterOptions.DEFAULTS)) {
      w.upsert(article("a", "2022-11-09", WIRE, "h1"));
      CommitInfo info = w.commit(Map.of("run", "r1"));
      assertEquals(1, info.docCount());
      assertEquals("r1", info.userData().get("run"));
      assertEquals(IndexSchema.SCHEMA_VERSION, info.schemaVersion());
      w.upsert(article("b", "2022-11-09", OTHER, "h2"));
      assertEquals(Map.of("a", "h1", "b", "h2"), w.contentHashes());
      w.rollback();
      assertEquals(Map.of("a", "h1"), w.contentHashes());
      w.upsert(article("c", "2022-11-09", OTHER, "h3"));
    } // closed without commit: c is discarded
    assertEquals(1, ArticleIndexWriter.readCommit(dir).orElseThrow().docCount());
    assertEquals(Map.of("a", "a"), stories(dir));
  }

  @Test
  void theLastChangeOfAnIdWinsWhateverIndexThreadRunsIt() throws IOException {
    WriterOptions four = WriterOptions.DEFAULTS.withIndexThreads(4);
    java.util.Random random = new java.util.Random(7);
    try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, four)) {
      for (int round = 0; round < 5; round++) {
        for (int i = 0; i < 200; i++) {
          String id = "a" + i;
          if (round == 3 && i % 7 == 0) {
            w.delete(id);
          } else {
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < 40; k++) {
              body.append('w').append(random.nextInt(5_000)).append(' ');
            }
            w.upsert(article(id, "2022-11-09", List.of(body.toString()), "r" + round));
          }
        }
      }
      w.commit(Map.of());
      Map<String, String> hashes = w.contentHashes();
      assertEquals(200, hashes.size());
      assertTrue(hashes.values().stream().allMatch("r4"::equals), hashes.toString());
    }
  }

  @Test
  void anImmenseKeywordIsRefusedUpFrontAndTheRestIsCommitted() throws IOException {
    try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, WriterOptions.DEFAULTS)) {
      w.upsert(article("ok", "2022-11-09", WIRE, "1"));
      // Longer than Lucene's 32,766-byte term limit: inside IndexWriter it would fail the whole run at commit.
      Article huge = new Article("huge", null, null, "Title", null, "x".repeat(40_000), null, List.of(),
          Published.of(LocalDate.parse("2022-11-09")), "en", OTHER, List.of(), "2");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> w.upsert(new IndexedArticle(huge, Entities.NONE)));
      assertEquals("the source value is 40000 bytes long; the index takes at most 4096", e.getMessage());
      w.upsert(article("after", "2022-11-10", OTHER, "3"));
      w.commit(Map.of());
      assertEquals(Map.of("ok", "1", "after", "3"), w.contentHashes());
    }
  }

  @Test
  void secondWriterIsLockedOut() throws IOException {
    try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, WriterOptions.DEFAULTS)) {
      assertThrows(LockObtainFailedException.class, () -> ArticleIndexWriter.open(dir, WriterOptions.DEFAULTS));
    }
  }

  @Test
  void manyArticlesAcrossReaderReopensKeepStoriesAndPassCheckIndex() throws IOException {
    List<IndexedArticle> articles = new ArrayList<>();
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 5_100; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        body.append("w").append(random.nextInt(5_000)).append(' ');
      }
      articles.add(article(String.format("n%05d", i), "2022-01-01", List.of(body.toString()), "h" + i));
    }
    for (int i = 0; i < 300; i++) { // templated texts: near-duplicates of each other, stories stay bounded
      List<String> body = List.of("Markets report number " + i + ": shares closed higher today with several"
          + " words that make this templated text long enough to be compared with the others like it.");
      articles.add(article(String.format("t%05d", i), "2022-01-01", body, "t" + i));
    }
    articles.add(article("zz-copy", "2023-01-01", WIRE, "x")); // after the first reader reopen
    articles.add(0, article("aa-wire", "2022-01-01", WIRE, "y"));
    IndexFixtures.index(dir, articles);
    Map<String, String> stories = stories(dir);
    assertEquals("aa-wire", stories.get("zz-copy"));
    assertEquals(5_402, stories.size());
    Map<String, Long> sizes = stories.values().stream().collect(java.util.stream.Collectors.groupingBy(
        v -> v, java.util.stream.Collectors.counting()));
    assertTrue(sizes.values().stream().allMatch(n -> n <= WriterCore.MAX_STORY), sizes.toString());
    assertTrue(sizes.getOrDefault("t00000", 0L) > 100, "templated texts cluster: " + sizes.get("t00000"));
    try (FSDirectory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      assertTrue(check.checkIndex().clean, log.toString(StandardCharsets.UTF_8));
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(2, new IndexSearcher(r).count(new TermQuery(new Term(IndexSchema.STORY, "aa-wire"))));
    }
  }
}
