package dev.lede.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdsHashesAndOrderTest {
  @TempDir Path root;

  @Test
  void nestedFilesComeOutDepthFirstSortedByNameWithSlashIds() throws IOException {
    write("b.txt", "b");
    write("a/z.txt", "az");
    write("a/b/c.html", "<p>abc</p>");
    write("a.txt", "a");
    write("a/b/a.txt", "aba");
    write("C.txt", "capital");

    List<String> ids = CollectingSink.run(root).ids();

    assertEquals(List.of("C.txt", "a/b/a.txt", "a/b/c.html", "a/z.txt", "a.txt", "b.txt"), ids);
    assertEquals(ids, CollectingSink.run(root).ids());
  }

  @Test
  void hashIsSha256OfTheFileAndStableAcrossRuns() throws IOException, NoSuchAlgorithmException {
    write("page.txt", "Stable text\n");

    String first = CollectingSink.run(root).document("page.txt").contentHash();
    String second = CollectingSink.run(root).document("page.txt").contentHash();

    assertEquals(first, second);
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("Stable text\n".getBytes(UTF_8))),
        first);
  }

  @Test
  void hashChangesWhenTheContentOrTheSidecarChanges() throws IOException {
    write("page.txt", "Version one");
    write("feed.jsonl", "{\"id\":\"r\",\"text\":\"record one\"}\n{\"id\":\"s\",\"text\":\"unchanged\"}");
    CollectingSink original = CollectingSink.run(root);

    write("page.txt", "Version two");
    write("feed.jsonl", "{\"id\":\"r\",\"text\":\"record two\"}\n{\"id\":\"s\",\"text\":\"unchanged\"}");
    CollectingSink edited = CollectingSink.run(root);
    write("page.txt.meta.json", "{\"title\":\"t\"}");
    CollectingSink withSidecar = CollectingSink.run(root);
    write("page.txt.meta.json", "{\"title\":\"t2\"}");
    CollectingSink editedSidecar = CollectingSink.run(root);

    assertEquals(original.ids(), edited.ids());
    assertNotEquals(hash(original, "page.txt"), hash(edited, "page.txt"));
    assertNotEquals(hash(original, "r"), hash(edited, "r"));
    assertEquals(hash(original, "s"), hash(edited, "s"), "an untouched record keeps its hash");
    assertNotEquals(hash(edited, "page.txt"), hash(withSidecar, "page.txt"));
    assertNotEquals(hash(withSidecar, "page.txt"), hash(editedSidecar, "page.txt"));
    assertTrue(hash(editedSidecar, "page.txt").matches("[0-9a-f]{64}"));
  }

  @Test
  void repeatedRecordIdIsAFailureAndTheFirstWins() throws IOException {
    write("feed.jsonl", "{\"id\":\"x\",\"text\":\"first\"}\n{\"id\":\"x\",\"text\":\"second\"}\n");

    CollectingSink sink = CollectingSink.run(root);

    assertEquals("first", sink.document("x").text());
    IngestFailure failure = sink.failureFor("feed.jsonl");
    assertEquals("line 2", failure.where());
    assertEquals("duplicate id 'x' (first read from " + root.resolve("feed.jsonl") + ")", failure.reason());
    assertEquals(1, sink.stats.documentsRead());
  }

  @Test
  void samePathUnderTwoRootsIsADuplicateOfTheFirstRoot() throws IOException {
    Path one = Files.createDirectories(root.resolve("one"));
    Path two = Files.createDirectories(root.resolve("two"));
    Files.writeString(one.resolve("story.txt"), "from one");
    Files.writeString(two.resolve("story.txt"), "from two");
    Files.writeString(two.resolve("other.txt"), "only in two");

    CollectingSink sink = CollectingSink.run(one, two);

    assertEquals(List.of("story.txt", "other.txt"), sink.ids());
    assertEquals("from one", sink.document("story.txt").text());
    IngestFailure failure = sink.failureFor("story.txt");
    assertEquals(two.resolve("story.txt"), failure.file());
    assertTrue(failure.reason().startsWith("duplicate id 'story.txt'"), failure.reason());
  }

  @Test
  void hiddenEntriesArePassedOverAndOtherExtensionsCountedAsSkipped() throws IOException {
    write("visible.txt", "yes");
    write(".hidden.txt", "no");
    write(".git/config.txt", "no");
    write("notes.md", "skipped");
    write("image.PNG", "skipped");
    write("UPPER.TXT", "read too");

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of("UPPER.TXT", "visible.txt"), sink.ids());
    assertEquals(new IngestStats(2, 2, 0, 2, 11), sink.stats);
  }

  @Test
  void aFileGivenAsRootIsReadWithItsNameAsId() throws IOException {
    write("dir/single.txt", "alone");
    write("dir/single.txt.meta.json", "{\"source\":\"Stated\"}");

    CollectingSink sink = CollectingSink.run(root.resolve("dir/single.txt"));

    assertEquals(List.of("single.txt"), sink.ids());
    assertEquals("Stated", sink.document("single.txt").meta().source());
  }

  private void write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static String hash(CollectingSink sink, String id) {
    return sink.document(id).contentHash();
  }
}
