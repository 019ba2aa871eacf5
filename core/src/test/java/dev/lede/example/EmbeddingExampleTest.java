package dev.lede.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Embedding lede-core" example compiles, runs over index-data, and is the code the README shows. */
class EmbeddingExampleTest {
  @Test
  void readmeExampleIndexesTheSamplesAndFindsTheBloombergStoryOnce(@TempDir Path tmp) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.run(Path.of("..", "index-data"), tmp.resolve("index"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals("""
        indexed 5 articles, 0 failed
        stories: 1
        2022-11-14  American Military News  Ukraine cautious over Russia’s Kherson exit as army advances  \
        (+1 other versions)
        """, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readmeRecordExampleAddsSkipsFindsAndDeletes(@TempDir Path tmp) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.runRecords(tmp.resolve("index"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals("""
        added 1, then unchanged 1
        found: Ukraine retakes Kherson
        deleted 1, 0 left
        """, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src/test/java/dev/lede/example/EmbeddingExample.java"));
    String shown = source.substring(source.indexOf("import dev.lede"));
    assertTrue(readme.contains(shown), "README.md must contain EmbeddingExample.java from its first import on");
  }
}
