package dev.lede.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {
  @TempDir Path root;

  @Test
  void readsPlainTextPageDumpAsPageTextWithoutBom() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(root.resolve("page.txt"), concat(bom, "Kherson — “news” page\nline two\n".getBytes(UTF_8)));

    CollectingSink sink = CollectingSink.run(root);

    SourceDocument doc = sink.document("page.txt");
    assertEquals(Format.PAGE_TEXT, doc.format());
    assertEquals("Kherson — “news” page\nline two\n", doc.text());
    assertEquals(DocumentMeta.NONE, doc.meta());
    assertEquals(List.of(), doc.notes());
    assertEquals(root.resolve("page.txt"), doc.file());
  }

  @Test
  void readsHtmlInTheCharsetItsMetaTagDeclares() throws IOException {
    String html = "<html><head><meta charset=\"koi8-r\"><title>Новости</title></head><body><p>Москва</p></body></html>";
    Files.write(root.resolve("ru.html"), html.getBytes(Charset.forName("KOI8-R")));
    String legacy = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "</head><body><p>Caf\u00e9 \u201cquoted\u201d</p></body></html>";
    Files.write(root.resolve("legacy.htm"), legacy.getBytes(TextDecoder.WINDOWS_1252));

    CollectingSink sink = CollectingSink.run(root);

    SourceDocument ru = sink.document("ru.html");
    assertEquals(Format.HTML, ru.format());
    assertTrue(ru.text().contains("<title>Новости</title>"), ru.text());
    assertTrue(ru.text().contains("Москва"));
    // Latin-1 declared, windows-1252 read (as browsers do): the curly quotes in 0x93/0x94 survive.
    assertTrue(sink.document("legacy.htm").text().contains("Café “quoted”"));
    assertEquals(List.of(), sink.failures);
  }

  @Test
  void readsJsonLinesWithTextHtmlAndAuthorVariants() throws IOException {
    Files.writeString(root.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"source\":\"Example Times\",\"published\":\"2022-11-09\","
            + "\"title\":\"Title A\",\"author\":\"Jane Roe\",\"text\":\"Body A.\"}",
        "{\"title\":\"Title B\",\"authors\":[\"Jane Roe\",\" John Doe \",\"Jane Roe\"],\"html\":\"<p>Body B</p>\"}",
        "{\"id\":3,\"authors\":\"Solo Writer\",\"text\":\"Body C.\",\"html\":\"<p>ignored</p>\"}",
        ""));

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of("a1", "feed.jsonl#2", "3"), sink.ids());
    SourceDocument a = sink.document("a1");
    assertEquals(Format.RECORD_TEXT, a.format());
    assertEquals("Body A.", a.text());
    assertEquals(new DocumentMeta("https://example.org/a1", "Example Times", "2022-11-09", "Title A",
        List.of("Jane Roe")), a.meta());
    SourceDocument b = sink.document("feed.jsonl#2");
    assertEquals(Format.HTML, b.format());
    assertEquals("<p>Body B</p>", b.text());
    assertEquals(List.of("Jane Roe", "John Doe"), b.meta().authors());
    SourceDocument c = sink.document("3");
    assertEquals(Format.RECORD_TEXT, c.format(), "text is preferred over html");
    assertEquals(List.of("Solo Writer"), c.meta().authors());
    assertEquals(List.of(), sink.failures);
  }

  @Test
  void readsNdjsonAndGzippedJsonLines() throws IOException {
    Files.writeString(root.resolve("a.ndjson"), "{\"text\":\"one\"}\r\n{\"text\":\"two\"}");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(root.resolve("b.jsonl.gz")))) {
      out.write("{\"id\":\"gz-1\",\"text\":\"zipped\"}\n".getBytes(UTF_8));
    }

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of("a.ndjson#1", "a.ndjson#2", "gz-1"), sink.ids());
    assertEquals("two", sink.document("a.ndjson#2").text());
    assertEquals("zipped", sink.document("gz-1").text());
    assertEquals(2, sink.stats.filesSeen());
  }

  @Test
  void readsHtmlResponsesFromPlainAndGzippedWarc() throws IOException {
    for (String name : List.of("crawl.warc", "crawl2.warc.gz")) {
      WarcFixture.write(root.resolve(name), List.of(
          WarcFixture.request("https://news.example/a"),
          WarcFixture.response("https://news.example/a", 200, "text/html; charset=utf-8",
              ("<html><body><p>Story in " + name + "</p></body></html>").getBytes(UTF_8)),
          WarcFixture.response("https://news.example/missing", 404, "text/html", "<p>Not found</p>".getBytes(UTF_8)),
          WarcFixture.response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}),
          WarcFixture.response("https://news.example/b", 200, "application/xhtml+xml; charset=windows-1252",
              "<html><body><p>Caf\u00e9</p></body></html>".getBytes(TextDecoder.WINDOWS_1252))));
    }

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of(), sink.failures);
    assertEquals(4, sink.documents.size(), sink.ids().toString());
    SourceDocument first = sink.documents.get(0);
    assertTrue(first.id().startsWith("urn:uuid:"), first.id());
    assertEquals(Format.HTML, first.format());
    assertEquals("https://news.example/a", first.meta().url());
    assertTrue(first.text().contains("Story in crawl.warc"));
    assertEquals(root.resolve("crawl.warc"), first.file());
    assertTrue(sink.documents.get(1).text().contains("Café"), "HTTP charset honoured");
    assertTrue(sink.documents.get(2).text().contains("Story in crawl2.warc.gz"));
    assertEquals(2, sink.stats.filesSeen());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
