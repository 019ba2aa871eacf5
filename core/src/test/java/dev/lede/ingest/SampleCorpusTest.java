package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden test over the sample corpus shipped in {@code index-data/} (Maven runs tests in the core module). */
class SampleCorpusTest {
  static final Path INDEX_DATA = Path.of("..", "index-data");

  @Test
  void readsTheFiveSamplePagesInOrder() throws IOException {
    assertTrue(Files.isDirectory(INDEX_DATA), INDEX_DATA.toAbsolutePath() + " must exist");

    CollectingSink sink = CollectingSink.run(INDEX_DATA);

    assertEquals(List.of(
        "000_3e1facc3144cc0f3.txt",
        "001_bd7cb5a0ec60db32.txt",
        "002_313d7f70e179f19d.txt",
        "003_827192d364899393.txt",
        "004_cef5eaaa2da4dc22.txt"), sink.ids());
    assertEquals(List.of(), sink.failures);
    long bytes = 0;
    for (SourceDocument doc : sink.documents) {
      assertEquals(Format.PAGE_TEXT, doc.format());
      assertEquals(List.of(), doc.notes(), doc.id() + " is valid UTF-8");
      assertTrue(doc.text().length() > 1000, doc.id());
      assertTrue(doc.file().isAbsolute());
      bytes += Files.size(doc.file());
    }
    assertEquals(new IngestStats(5, 5, 0, 0, bytes), sink.stats);
  }
}
