package dev.lede.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final Path INDEX_DATA = Path.of("..", "index-data");
  private static final List<String> KEYS = List.of("id", "path", "title", "source", "wire", "authors", "published",
      "language", "body", "notes", "entities", "story");

  @TempDir Path tmp;

  private record Result(int code, String out, String err) {
    List<JsonNode> lines() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isEmpty()) {
          nodes.add(new ObjectMapper().readTree(line));
        }
      }
      return nodes;
    }
  }

  private static Result run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ExtractCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsOneJsonLinePerSamplePageInIngestOrderWithSharedStoryForSyndicatedCopies() throws Exception {
    Result r = run(INDEX_DATA.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> lines = r.lines();
    assertEquals(5, lines.size());
    List<String> ids = lines.stream().map(n -> n.get("id").asText()).toList();
    assertEquals(ids.stream().sorted().toList(), ids, "ingest order: sorted by name");
    for (JsonNode line : lines) {
      for (String key : KEYS) {
        assertTrue(line.has(key), key + " in " + line.get("id"));
      }
      assertTrue(line.get("authors").isArray());
      assertTrue(line.get("notes").isArray());
      assertTrue(line.get("entities").get("people").isArray());
      assertTrue(line.get("body").asText().contains("\n\n"), "paragraphs separated by a blank line");
    }
    assertEquals(story(lines, "002_"), story(lines, "004_"), "the two copies of the Bloomberg story");
    assertNotEquals(story(lines, "000_"), story(lines, "002_"));
    assertEquals("", r.err());
  }

  private static String story(List<JsonNode> lines, String prefix) {
    return lines.stream().filter(n -> n.get("id").asText().startsWith(prefix)).findFirst().orElseThrow()
        .get("story").asText();
  }

  @Test
  void badFileGoesToStderrAndTheRestIsPrinted() throws Exception {
    Files.copy(INDEX_DATA.resolve(firstSample()), tmp.resolve("good.txt"));
    Files.write(tmp.resolve("bad.txt"), new byte[] {'x', 0, 0, 'y'});
    Result r = run(tmp.toString());
    assertEquals(0, r.code());
    assertEquals(1, r.lines().size());
    assertEquals(tmp.toAbsolutePath().resolve("bad.txt") + ": binary content (NUL bytes)\n", r.err());
  }

  @Test
  void nothingReadableExitsWithOne() throws Exception {
    Files.write(tmp.resolve("bad.txt"), new byte[] {'x', 0, 0, 'y'});
    Files.writeString(tmp.resolve("menu.txt"), "Home\nSport\nLogin\n");
    Result r = run(tmp.toString());
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("menu.txt: no article text found"), r.err());
  }

  @Test
  void noArgumentsIsAUsageError() throws Exception {
    Result r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("usage: lede extract PATH..."));
    assertEquals(2, run("--bogus").code());
  }

  private static String firstSample() throws Exception {
    try (var files = Files.list(INDEX_DATA)) {
      return files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
    }
  }
}
