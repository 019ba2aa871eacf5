package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {
  @TempDir Path root;

  @Test
  void sidecarStatesTheMetadataAndIsNotADocument() throws IOException {
    Files.writeString(root.resolve("story.txt"), "Some page text");
    Files.writeString(root.resolve("story.txt.meta.json"),
        "{\"url\":\"https://example.org/s\",\"source\":\"Example Post\",\"published\":\"2022-11-09T15:36:00Z\","
            + "\"title\":\"Headline\",\"authors\":[\"Kim Writer\"],\"unknown\":{\"ignored\":true}}");

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of("story.txt"), sink.ids());
    assertEquals(new DocumentMeta("https://example.org/s", "Example Post", "2022-11-09T15:36:00Z", "Headline",
        List.of("Kim Writer")), sink.document("story.txt").meta());
    assertEquals(new IngestStats(1, 1, 0, 0, sink.stats.bytesRead()), sink.stats);
    long bothFiles = Files.size(root.resolve("story.txt")) + Files.size(root.resolve("story.txt.meta.json"));
    assertEquals(bothFiles, sink.stats.bytesRead());
  }

  @Test
  void sidecarOnlyFillsWhatJsonLinesRecordsLeaveOpen() throws IOException {
    Files.writeString(root.resolve("feed.jsonl"),
        "{\"source\":\"Record Source\",\"text\":\"a\"}\n{\"text\":\"b\"}\n");
    Files.writeString(root.resolve("feed.jsonl.meta.json"), "{\"source\":\"Feed Source\",\"author\":\"Desk\"}");

    CollectingSink sink = CollectingSink.run(root);

    assertEquals("Record Source", sink.document("feed.jsonl#1").meta().source());
    assertEquals("Feed Source", sink.document("feed.jsonl#2").meta().source());
    assertEquals(List.of("Desk"), sink.document("feed.jsonl#2").meta().authors());
  }

  @Test
  void brokenSidecarFailsItsDocumentUnderTheDocumentsPath() throws IOException {
    Files.writeString(root.resolve("a.txt"), "text a");
    Files.writeString(root.resolve("a.txt.meta.json"), "{\"title\": ");
    Files.writeString(root.resolve("b.txt"), "text b");
    Files.writeString(root.resolve("b.txt.meta.json"), "[\"not\", \"an object\"]");
    Files.writeString(root.resolve("c.txt"), "text c");
    Files.writeString(root.resolve("c.txt.meta.json"), "{\"title\": {\"nested\": 1}}");

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(List.of(), sink.ids());
    IngestFailure a = sink.failureFor("a.txt");
    assertEquals("sidecar", a.where());
    assertTrue(a.reason().startsWith("invalid JSON in sidecar"), a.reason());
    assertEquals("sidecar is not a JSON object", sink.failureFor("b.txt").reason());
    assertEquals("field 'title' must be a string, not an object", sink.failureFor("c.txt").reason());
    assertEquals(3, sink.stats.failures());
  }

  @Test
  void sidecarWithoutItsDocumentIsSkipped() throws IOException {
    Files.writeString(root.resolve("gone.txt.meta.json"), "{\"title\":\"orphan\"}");
    Files.writeString(root.resolve("photo.jpg"), "not read");
    Files.writeString(root.resolve("photo.jpg.meta.json"), "{\"title\":\"for an unsupported file\"}");

    CollectingSink sink = CollectingSink.run(root);

    assertEquals(new IngestStats(0, 0, 0, 3, 0), sink.stats);
  }
}
