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
  void readmeExampleIndexesTheSamplesAndFindsTheBloombergStory(@TempDir Path tmp) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.run(Path.of("..", "index-data"), tmp.resolve("index"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals("""
        indexed 5 articles, 0 failed
        2 hits
        2022-11-14  American Military News  Ukraine cautious over Russia’s Kherson exit as army advances
        null  America Age  Ukraine Cautious Over Russia’s Kherson Exit as Army Advances
        """, out);
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src/test/java/dev/lede/example/EmbeddingExample.java"));
    String shown = source.substring(source.indexOf("import dev.lede"));
    assertTrue(readme.contains(shown), "README.md must contain EmbeddingExample.java from its first import on");
  }
}
