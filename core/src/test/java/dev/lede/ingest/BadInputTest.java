package dev.lede.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is reported with its path and reason, and the good documents still come through. */
class BadInputTest {
  @TempDir Path root;

  @Test
  void emptyFileIsAFailure() throws IOException {
    Files.write(root.resolve("empty.txt"), new byte[0]);
    Files.write(root.resolve("empty.jsonl"), new byte[0]);
    good();

    CollectingSink sink = CollectingSink.run(root);

    assertFailure(sink, "empty.txt", null, "empty file");
    assertFailure(sink, "empty.jsonl", null, "empty file");
    assertGoodDocumentCameThrough(sink);
  }

  @Test
  void binaryFilesAreFailures() throws IOException {
    byte[] nul = "PNG\u0000\u0000IHDR".getBytes(UTF_8);
    Files.write(root.resolve("image.txt"), nul);
    byte[] controls = new byte[2000];
    Arrays.fill(controls, (byte) 0x01);
    Files.write(root.resolve("controls.html"), controls);
    Files.write(root.resolve("blob.jsonl"), nul);
    good();

    CollectingSink sink = CollectingSink.run(root);

    assertFailure(sink, "image.txt", null, "binary content (NUL bytes)");
    assertFailure(sink, "controls.html", null, "binary content (2000 control characters in the first 2000 bytes)");
    assertFailure(sink, "blob.jsonl", null, "binary content (NUL bytes)");
    assertGoodDocumentCameThrough(sink);
  }

  @Test
  void invalidUtf8IsDecodedAsWindows1252AndNoted() throws IOException {
    Files.write(root.resolve("latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'x',
        (byte) 0x94, ' ', (byte) 0x81});
    Files.write(root.resolve("feed.jsonl"), "{\"text\":\"na\u00efve\"}".getBytes(TextDecoder.WINDOWS_1252));

    CollectingSink sink = CollectingSink.run(root);

    SourceDocument latin = sink.document("latin.txt");
    assertEquals("café “x” \uFFFD", latin.text());
    assertEquals(List.of("not valid UTF-8; decoded as windows-1252"), latin.notes());
    assertEquals("naïve", sink.document("feed.jsonl#1").text());
    assertEquals(List.of(), sink.failures);
  }

  @Test
  void fiftyMegabyteFileIsRejectedWithoutBeingRead() throws IOException {
    Path big = root.resolve("dump.txt");
    byte[] line = "All work and no play makes a very long page dump.\n".getBytes(UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    long size = Files.size(big);
    good();
    try {
      CollectingSink sink = CollectingSink.run(root);

      assertFailure(sink, "dump.txt", null,
          "file is " + size + " bytes, over the limit of 10485760 bytes per document");
      assertGoodDocumentCameThrough(sink);
      assertTrue(sink.stats.bytesRead() < 1024, "bytes read: " + sink.stats.bytesRead());
    } finally {
      Files.delete(big);
    }
  }

  @Test
  void overlongJsonLineIsAFailureForThatLineOnly() throws IOException {
    String longText = "x".repeat(500);
    Files.writeString(root.resolve("feed.jsonl"),
        "{\"text\":\"short\"}\n{\"text\":\"" + longText + "\"}\n{\"text\":\"after\"}\n");

    CollectingSink sink = CollectingSink.run(IngestOptions.defaults().withMaxDocumentBytes(100), root);

    assertEquals(List.of("feed.jsonl#1", "feed.jsonl#3"), sink.ids());
    assertFailure(sink, "feed.jsonl", "line 2", "record is 511 bytes, over the limit of 100 bytes per document");
  }

  @Test
  void htmlWithoutBodyIsADocumentIfItHasTextAndAFailureIfNot() throws IOException {
    Files.writeString(root.resolve("headonly.html"), "<html><head><title>Only a title</title></head></html>");
    Files.writeString(root.resolve("fragment.html"), "Just <b>text</b>, no markup around it");
    Files.writeString(root.resolve("blank.html"),
        "<html><head><script>var x = 1;</script><style>p{}</style></head><body>  </body></html>");
    Files.writeString(root.resolve("spaces.txt"), " \n\t\n");

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of("fragment.html", "headonly.html"), sink.ids());
    assertFailure(sink, "blank.html", null, "no text");
    assertFailure(sink, "spaces.txt", null, "no text");
  }

  @Test
  void brokenJsonLinesAreFailuresAndTheOtherLinesComeThrough() throws IOException {
    Files.writeString(root.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"ok-1\",\"text\":\"fine\"}",
        "{\"id\":\"broken\",\"text\":\"unterminated",
        "",
        "[1, 2, 3]",
        "{\"id\":\"no-body\",\"title\":\"t\"}",
        "{\"text\":\"ok\"} trailing",
        "{\"text\":{\"nested\":true}}",
        "{\"id\":\"ok-2\",\"text\":\"also fine\"}"));

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of("ok-1", "ok-2"), sink.ids());
    List<String> wheres = sink.failures.stream().map(IngestFailure::where).toList();
    assertEquals(List.of("line 2", "line 4", "line 5", "line 6", "line 7"), wheres);
    assertTrue(sink.failures.get(0).reason().startsWith("invalid JSON: "), sink.failures.get(0).reason());
    assertEquals("not a JSON object", sink.failures.get(1).reason());
    assertEquals("record has neither 'text' nor 'html'", sink.failures.get(2).reason());
    assertEquals("field 'text' must be a string, not an object", sink.failures.get(4).reason());
    sink.failures.forEach(f -> assertEquals(root.resolve("feed.jsonl"), f.file()));
    assertEquals(new IngestStats(1, 2, 5, 0, Files.size(root.resolve("feed.jsonl"))), sink.stats);
  }

  @Test
  void aCutOffGzippedJsonLinesFileKeepsTheRecordsBeforeTheCutAndNamesTheLine() throws IOException {
    StringBuilder feed = new StringBuilder();
    for (int n = 1; n <= 200; n++) {
      feed.append("{\"id\":\"r").append(n).append("\",\"text\":\"record ").append(n)
          .append(" of a feed that a copy cut short, with some words to compress\"}\n");
    }
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(feed.toString().getBytes(UTF_8));
    }
    byte[] whole = gz.toByteArray();
    assertTrue(whole.length < 64 * 1024, "small enough to be read in one buffered read: " + whole.length);
    Files.write(root.resolve("feed.jsonl.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));

    CollectingSink sink = CollectingSink.run(root);

    assertTrue(sink.ids().size() > 50, "the records before the cut come through: " + sink.ids().size());
    assertEquals("r1", sink.ids().get(0));
    for (int i = 0; i < sink.ids().size(); i++) {
      assertEquals("r" + (i + 1), sink.ids().get(i), "in order, none skipped");
    }
    assertEquals(1, sink.failures.size(), sink.failures.toString());
    IngestFailure cut = sink.failures.get(0);
    assertEquals("line " + (sink.ids().size() + 1), cut.where(), "the record the file ends in");
    assertEquals("cut off in this record: unexpected end of file", cut.reason());
  }

  @Test
  void controlCharactersNeverReachAnId() throws IOException {
    Files.writeString(root.resolve("line\nbreak.txt"), "A page whose file name holds a newline.");
    Files.writeString(root.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"esc\\u001b[31m\",\"text\":\"an id with ESC\"}",
        "{\"id\":\"nul\\u0000\",\"text\":\"an id with NUL\"}",
        "{\"id\":\"fine\",\"text\":\"a fine id\"}"));

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of("fine", "line%0Abreak.txt"), sink.ids().stream().sorted().toList());
    Path feed = root.resolve("feed.jsonl");
    assertEquals(List.of(new IngestFailure(feed, "line 1", "id contains a control character (U+001B)"),
        new IngestFailure(feed, "line 2", "id contains a control character (U+0000)")), sink.failures);
  }

  @Test
  void unreadableFileIsAFailure() throws IOException {
    Path secret = root.resolve("secret.txt");
    Files.writeString(secret, "cannot read me");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    // root (as in many containers) reads files whatever their mode; there is nothing to test then.
    assumeFalse(Files.isReadable(secret), "running as a user that can read a mode-000 file");
    good();

    CollectingSink sink = CollectingSink.run(root);

    assertFailure(sink, "secret.txt", null, "permission denied");
    assertGoodDocumentCameThrough(sink);
  }

  @Test
  void unreadableFileIsAFailureEvenForRoot() throws IOException {
    // Root reads a mode-000 file, but not a write-only sysfs attribute: the kernel refuses the open for any user.
    // A link to one puts such a file in the archive (regular, 4096 bytes by its metadata).
    Path target = writeOnlySysfsAttribute();
    assumeTrue(target != null, "no write-only sysfs attribute on this machine");
    Files.createSymbolicLink(root.resolve("locked.txt"), target);
    good();

    CollectingSink sink = CollectingSink.run(root);

    assertFailure(sink, "locked.txt", null, "permission denied");
    assertGoodDocumentCameThrough(sink);
  }

  /** A regular sysfs file that refuses reading even to root ("uevent" of a bus is write-only), or null. */
  private static Path writeOnlySysfsAttribute() {
    for (String candidate : List.of("/sys/bus/cpu/uevent", "/sys/bus/pci/uevent", "/sys/bus/platform/uevent",
        "/sys/bus/pci/rescan")) {
      Path p = Path.of(candidate);
      if (Files.isRegularFile(p)) {
        try (var in = Files.newInputStream(p)) {
          in.read();
        } catch (java.nio.file.AccessDeniedException e) {
          return p;
        } catch (IOException e) {
          // refused some other way: not the case this test is about
        }
      }
    }
    return null;
  }

  @Test
  void entryThatCannotBeReadIsAFailureEvenForRoot() throws IOException {
    // A dangling link fails to open for any user, so this runs where mode 000 cannot deny reading.
    Files.createSymbolicLink(root.resolve("dangling.txt"), root.resolve("nowhere.txt"));
    good();

    CollectingSink sink = CollectingSink.run(root);

    assertFailure(sink, "dangling.txt", null, "broken symbolic link");
    assertGoodDocumentCameThrough(sink);
  }

  @Test
  void symlinkLoopIsReportedAndTheWalkGoesOn() throws IOException {
    Path sub = Files.createDirectories(root.resolve("sub"));
    Files.writeString(sub.resolve("inner.txt"), "inner");
    Files.createSymbolicLink(sub.resolve("back"), root);
    good();

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of("good.txt", "sub/inner.txt"), sink.ids());
    IngestFailure loop = sink.failureFor("back");
    assertEquals(sub.resolve("back"), loop.file());
    assertEquals("symlink loop: leads back to " + root, loop.reason());
  }

  @Test
  void symlinksAreSkippedWhenNotFollowed() throws IOException {
    Path target = Files.createDirectories(root.resolve("target"));
    Files.writeString(target.resolve("t.txt"), "t");
    Path walked = Files.createDirectories(root.resolve("walked"));
    Files.createSymbolicLink(walked.resolve("dir-link"), target);
    Files.createSymbolicLink(walked.resolve("file-link.txt"), target.resolve("t.txt"));

    CollectingSink followed = CollectingSink.run(walked);
    CollectingSink notFollowed = CollectingSink.run(IngestOptions.defaults().withFollowSymlinks(false), walked);

    assertEquals(List.of("dir-link/t.txt", "file-link.txt"), followed.ids());
    assertEquals(new IngestStats(0, 0, 0, 2, 0), notFollowed.stats);
  }

  @Test
  void nonexistentRootIsAFailureAndOtherRootsAreStillRead() throws IOException {
    good();
    Path missing = root.resolveSibling(root.getFileName() + "-missing");

    CollectingSink sink = CollectingSink.run(missing, root);

    assertEquals(List.of(new IngestFailure(missing, null, "input root does not exist")), sink.failures);
    assertGoodDocumentCameThrough(sink);
  }

  @Test
  void aWarcRecordWithABadContentLengthIsSkippedAndNamed() throws IOException {
    Path warc = root.resolve("crawl.warc");
    Path after = root.resolve(".after.warc");
    WarcFixture.write(warc, List.of(
        WarcFixture.response("https://example.org/a", 200, "text/html", page("First crawled page.")),
        WarcFixture.response("https://example.org/b", 200, "text/html", page("Second crawled page."))));
    WarcFixture.write(after, List.of(
        WarcFixture.response("https://example.org/d", 200, "text/html", page("Fourth crawled page."))));
    Files.write(warc, BAD_RECORD, java.nio.file.StandardOpenOption.APPEND);
    Files.write(warc, Files.readAllBytes(after), java.nio.file.StandardOpenOption.APPEND);
    Files.delete(after);

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(3, sink.documents.size(), "the records before and after the bad one: " + sink.failures);
    IngestFailure failure = sink.failureFor("crawl.warc");
    assertEquals("record 3", failure.where());
    assertTrue(failure.reason().startsWith("malformed record header"), failure.reason());
    assertTrue(failure.reason().endsWith("skipped to the next record"), failure.reason());
    assertTrue(sink.documents.get(2).text().contains("Fourth crawled page."));
  }

  @Test
  void aGzippedWarcRecordWithABadContentLengthIsSkippedAndNamed() throws IOException {
    Path warc = root.resolve("crawl.warc.gz");
    Path after = root.resolve(".after.warc.gz");
    WarcFixture.write(warc, List.of(
        WarcFixture.response("https://example.org/a", 200, "text/html", page("First crawled page."))));
    WarcFixture.write(after, List.of(
        WarcFixture.response("https://example.org/c", 200, "text/html", page("Third crawled page."))));
    java.io.ByteArrayOutputStream bad = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new java.util.zip.GZIPOutputStream(bad)) {
      out.write(BAD_RECORD);
    }
    Files.write(warc, bad.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
    Files.write(warc, Files.readAllBytes(after), java.nio.file.StandardOpenOption.APPEND);
    Files.delete(after);

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(2, sink.documents.size(), "the records before and after the bad one: " + sink.failures);
    IngestFailure failure = sink.failureFor("crawl.warc.gz");
    assertEquals("record 2", failure.where());
    assertTrue(failure.reason().endsWith("skipped to the next record"), failure.reason());
  }

  private static final byte[] BAD_RECORD = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0b8e1c7e-"
      + "1d5c-4a52-9d1e-6a1f2f6c7d10>\r\nWARC-Date: 2022-11-10T08:00:00Z\r\nContent-Length: 12x\r\n\r\nnot read\r\n"
      + "\r\n").getBytes(UTF_8);

  private static byte[] page(String text) {
    return ("<html><head><title>" + text + "</title></head><body><p>" + text + " " + text + "</p></body></html>")
        .getBytes(UTF_8);
  }

  @Test
  void aNamedPipeIsReportedNotSkippedSilently() throws Exception {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe.txt").toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    good();

    CollectingSink sink = CollectingSink.run(root);

    assertFailure(sink, "pipe.txt", null, "not a regular file (a named pipe, device or socket): not read");
    assertGoodDocumentCameThrough(sink);
  }

  @Test
  void corruptWarcIsAFailure() throws IOException {
    Files.writeString(root.resolve("broken.warc"), "this is not a WARC file at all\n");
    good();

    CollectingSink sink = CollectingSink.run(root);

    IngestFailure failure = sink.failureFor("broken.warc");
    assertNull(failure.where());
    assertTrue(failure.reason().startsWith("not a readable WARC file"), failure.reason());
    assertGoodDocumentCameThrough(sink);
  }

  @Test
  void exceptionsFromTheSinkStopTheRunUnchanged() throws IOException {
    good();
    IOException indexFull = new IOException("index full");
    DocumentSink failing = new DocumentSink() {
      @Override
      public void document(SourceDocument doc) throws IOException {
        throw indexFull;
      }

      @Override
      public void failure(IngestFailure failure) {}
    };

    IOException thrown =
        assertThrows(IOException.class, () -> new Ingester(IngestOptions.defaults()).ingest(List.of(root), failing));

    assertSame(indexFull, thrown);
  }

  private void good() throws IOException {
    Files.writeString(root.resolve("good.txt"), "A good page.");
  }

  private static void assertGoodDocumentCameThrough(CollectingSink sink) {
    assertEquals("A good page.", sink.document("good.txt").text());
  }

  private void assertFailure(CollectingSink sink, String fileName, String where, String reason) {
    IngestFailure failure = sink.failureFor(fileName);
    assertEquals(new IngestFailure(failure.file(), where, reason), failure);
    assertTrue(failure.file().startsWith(root), failure.file() + " is under " + root);
  }
}
