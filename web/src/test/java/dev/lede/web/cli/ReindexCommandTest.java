package dev.lede.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.ReindexReport;
import dev.lede.reindex.Reindexer;
import dev.lede.search.Dimension;
import dev.lede.search.FacetValue;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexCommandTest {
  private static final Path INDEX_DATA = Path.of("..", "index-data");

  @TempDir Path tmp;

  /** What one run of the command printed and returned. */
  record Result(int code, String out, String err) {}

  /** Runs {@code lede reindex} in this JVM with these arguments. */
  static Result run(String... args) throws Exception {
    return run(new ReindexCommand(), args);
  }

  /** Runs a command in this JVM with these arguments. */
  static Result run(Command command, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void indexesTheSamplesThenFindsNothingToDo() throws Exception {
    Path home = tmp.resolve("index");
    Result first = run("--input", INDEX_DATA.toString(), "--index", home.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().startsWith("lede reindex: full (new index), committed gen-1"), first.out());
    assertEquals("", first.err(), "quiet when stderr is not a terminal");
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      assertEquals(INDEX_DATA.toAbsolutePath().normalize().toString(),
          searcher.commitInfo().userData().get("lede.run.inputs"), "input roots are recorded absolute");
    }
    Path report = tmp.resolve("report.json");
    Result again = run("--input", INDEX_DATA.toString(), "--index", home.toString(), "--report", report.toString());
    assertEquals(0, again.code());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("incremental", json.get("mode").asText());
    assertEquals(5, json.get("counts").get("unchanged").asLong());
    assertEquals(0, json.get("counts").get("extracted").asLong());
    assertEquals(5, json.get("documents_in_index").asLong());
    assertTrue(json.get("index_size_bytes").asLong() > 0);
    for (String stage : List.of("read", "extract", "entities", "index", "commit", "total")) {
      assertTrue(json.get("stages_ms").has(stage), stage);
    }
  }

  @Test
  void failedDocumentsGiveExitThreeAndAreInTheReport() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    try (var files = Files.list(INDEX_DATA)) {
      for (Path f : files.toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    Files.write(in.resolve("broken.txt"), new byte[] {'x', 0, 0});
    Path report = tmp.resolve("r.json");
    Result r = run("--input", in.toString(), "--index", tmp.resolve("index").toString(), "--report",
        report.toString(), "--progress");
    assertEquals(3, r.code());
    assertTrue(r.err().contains(in.toAbsolutePath().resolve("broken.txt") + ": binary content (NUL bytes)"),
        r.err());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertTrue(json.get("committed").asBoolean());
    assertEquals(1, json.get("counts").get("failed").asLong());
    assertEquals(in.toAbsolutePath().resolve("broken.txt").toString(), json.get("failures").get(0).get("path")
        .asText());
    assertEquals("binary content (NUL bytes)", json.get("failures").get(0).get("reason").asText());
    assertEquals(5, json.get("documents_in_index").asLong());
    assertTrue(r.err().contains(" docs "), "--progress shows progress: " + r.err());
  }

  @Test
  void anotherRunHoldingTheLockGivesExitFour() throws Exception {
    Path home = tmp.resolve("index");
    Files.createDirectories(home);
    try (FileChannel ch = FileChannel.open(home.resolve("reindex.lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      Result r = run("--input", INDEX_DATA.toString(), "--index", home.toString());
      assertEquals(4, r.code());
      assertTrue(r.err().contains("another reindex is running"), r.err());
    }
  }

  @Test
  void runThatCannotWriteGivesExitOne() throws Exception {
    Path notADirectory = tmp.resolve("file");
    Files.writeString(notADirectory, "x");
    Result r = run("--input", INDEX_DATA.toString(), "--index", notADirectory.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("nothing committed"), r.err());
  }

  @Test
  void badUsageGivesExitTwoWithTheUsageText() throws Exception {
    for (String[] args : List.of(new String[] {}, new String[] {"--index", "x"}, new String[] {"--input", "x"},
        new String[] {"--input"}, new String[] {"--input", "a", "--index", "b", "--frobnicate"})) {
      Result r = run(args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertTrue(r.err().contains("usage: lede reindex"), r.err());
    }
    Result help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("4  another reindex is running"));
  }

  @Test
  void theOverridesFileInTheIndexHomeIsAppliedAndEditingItRebuildsEverything() throws Exception {
    Path home = tmp.resolve("index");
    assertEquals(0, run("--input", INDEX_DATA.toString(), "--index", home.toString()).code());
    assertEquals(List.of("Kremlin"), facet(home, Dimension.PLACE, "kreml"));
    assertEquals(List.of("Vladimir Putin"), facet(home, Dimension.PERSON, "putin"));

    Files.writeString(home.resolve(ReindexOptions.OVERRIDES_FILE), """
        # corrections kept next to the index
        block\tPLACE\tKremlin
        rename\tPERSON\tVladimir Putin\tVladimir V. Putin
        """);
    Path report = tmp.resolve("report.json");
    Result edited = run("--input", INDEX_DATA.toString(), "--index", home.toString(), "--quiet", "--report",
        report.toString());
    assertEquals(0, edited.code(), edited.err());
    assertEquals("", edited.out(), "--quiet prints nothing when the run succeeds");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("full", json.get("mode").asText(), "files did not change, the corrections did");
    assertTrue(json.get("mode_reason").asText().startsWith("entity configuration changed"), json.toString());
    assertEquals(List.of(), facet(home, Dimension.PLACE, "kreml"));
    assertEquals(List.of("Vladimir V. Putin"), facet(home, Dimension.PERSON, "putin"));

    Files.writeString(home.resolve(ReindexOptions.OVERRIDES_FILE), """
        block\tPLACE\tKremlin
        # a comment changes nothing that matters
        rename\tPERSON\tVladimir Putin\tVladimir V. Putin
        """);
    run("--input", INDEX_DATA.toString(), "--index", home.toString(), "--report", report.toString());
    assertEquals("incremental", new ObjectMapper().readTree(report.toFile()).get("mode").asText());

    Files.writeString(home.resolve(ReindexOptions.OVERRIDES_FILE), "frobnicate\tORG\tKremlin\n");
    Result bad = run("--input", INDEX_DATA.toString(), "--index", home.toString());
    assertEquals(ReindexCommand.EXIT_FAILED, bad.code());
    assertTrue(bad.err().contains("entity-overrides.tsv") && bad.err().contains("line 1"), bad.err());
    assertEquals(List.of("Vladimir V. Putin"), facet(home, Dimension.PERSON, "putin"), "previous index kept");
  }

  @Test
  void theLibrarysDefaultsBuildTheSameIndexAsTheCommand() throws Exception {
    Path home = tmp.resolve("index");
    Files.createDirectories(home);
    Files.writeString(home.resolve(ReindexOptions.OVERRIDES_FILE), "block\tPLACE\tKremlin\n");
    ReindexReport library = new Reindexer(ReindexOptions.of(List.of(INDEX_DATA), home)).run();
    assertEquals(List.of(), facet(home, Dimension.PLACE, "kreml"), "the home's overrides file applies");
    assertEquals(List.of("Vladimir Putin"), facet(home, Dimension.PERSON, "putin"), "entities are on");

    Path report = tmp.resolve("report.json");
    assertEquals(0, run("--input", INDEX_DATA.toString(), "--index", home.toString(), "--report",
        report.toString()).code());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("incremental", json.get("mode").asText(), "same entity configuration: " + json.get("mode_reason"));
    assertEquals(library.documentsInIndex(), json.get("counts").get("unchanged").asLong());
    assertEquals(ReindexReport.Mode.INCREMENTAL, new Reindexer(ReindexOptions.of(List.of(INDEX_DATA), home)).run()
        .mode(), "and back");
  }

  private static List<String> facet(Path home, Dimension dimension, String prefix) {
    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
      return searcher.facetValues(dimension, prefix, 10).stream().map(FacetValue::value).toList();
    }
  }

  @Test
  void dryRunWritesNothing() throws Exception {
    Path home = tmp.resolve("index");
    Result r = run("--input", INDEX_DATA.toString(), "--index", home.toString(), "--dry-run");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("dry run, nothing written"), r.out());
    assertTrue(r.out().contains("added 5"), r.out());
    assertTrue(Files.notExists(home), "a dry run on a new index creates nothing");
  }
}
