package dev.lede.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.reindex.ReindexOptions;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede reindex --report} writes the report on every exit, so the cron line's report never keeps saying
 * {@code committed: true} from the night before: a bad overrides file, an index path that is a file, a held lock,
 * a bad command line. The reason is in our words, and a failure that repeats says since when.
 */
class ReportOnEveryExitTest {
  private static final Path INDEX_DATA = Path.of("..", "index-data");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static ReindexCommandTest.Result run(String... args) throws Exception {
    return ReindexCommandTest.run(args);
  }

  private JsonNode read(Path report) throws Exception {
    return JSON.readTree(report.toFile());
  }

  /** A report left by a successful run, as the night before would leave it. */
  private Path lastNightsReport(Path home) throws Exception {
    Path report = tmp.resolve("last-reindex.json");
    var ok = run("--input", INDEX_DATA.toString(), "--index", home.toString(), "--quiet", "--report",
        report.toString());
    assertEquals(0, ok.code(), ok.err());
    JsonNode json = read(report);
    assertTrue(json.get("committed").asBoolean());
    assertEquals(0, json.get("exit_code").asInt());
    assertTrue(json.get("failure_reason").isNull());
    return report;
  }

  @Test
  void aBadOverridesFileWritesAFailedReportAndRepeatingSaysSinceWhen() throws Exception {
    Path home = tmp.resolve("index");
    Path report = lastNightsReport(home);
    Files.writeString(home.resolve(ReindexOptions.OVERRIDES_FILE), "frobnicate\tORG\tKremlin\n");

    var first = run("--input", INDEX_DATA.toString(), "--index", home.toString(), "--quiet", "--report",
        report.toString());
    assertEquals(ReindexCommand.EXIT_FAILED, first.code());
    JsonNode failed = read(report);
    assertFalse(failed.get("committed").asBoolean());
    assertEquals(1, failed.get("exit_code").asInt());
    String reason = failed.get("failure_reason").asText();
    assertTrue(reason.startsWith("the entity overrides file cannot be used") && reason.contains("line 1"), reason);
    assertTrue(failed.get("failing_since").isNull(), "a new failure");
    assertFalse(first.err().contains("still failing"), first.err());

    var second = run("--input", INDEX_DATA.toString(), "--index", home.toString(), "--quiet", "--report",
        report.toString());
    assertEquals(ReindexCommand.EXIT_FAILED, second.code());
    JsonNode again = read(report);
    assertEquals(failed.get("started_at").asText(), again.get("failing_since").asText());
    assertTrue(second.err().contains("still failing since " + failed.get("started_at").asText()), second.err());
  }

  @Test
  void anIndexPathThatIsAFileIsSaidInOurWords() throws Exception {
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
    Path report = tmp.resolve("report.json");
    Files.writeString(report, "{\"committed\": true}");

    var r = run("--input", INDEX_DATA.toString(), "--index", file.toString(), "--report", report.toString());

    assertEquals(ReindexCommand.EXIT_FAILED, r.code());
    JsonNode json = read(report);
    assertFalse(json.get("committed").asBoolean());
    assertEquals(1, json.get("exit_code").asInt());
    assertTrue(json.get("failure_reason").asText().startsWith("the index path is a file, not a folder"),
        json.toString());
    assertEquals(file.toString(), json.get("index").asText());
    assertTrue(r.err().contains("the index path is a file, not a folder"), r.err());
    assertFalse(r.err().contains("Exception"), "no raw exception: " + r.err());
  }

  @Test
  void aHeldLockWritesAReportWithExitFour() throws Exception {
    Path home = tmp.resolve("index");
    Path report = lastNightsReport(home);
    try (FileChannel ch = FileChannel.open(home.resolve("reindex.lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      var r = run("--input", INDEX_DATA.toString(), "--index", home.toString(), "--report", report.toString());
      assertEquals(ReindexCommand.EXIT_LOCKED, r.code());
    }
    JsonNode json = read(report);
    assertFalse(json.get("committed").asBoolean());
    assertEquals(4, json.get("exit_code").asInt());
    assertEquals("another reindex is running on this index", json.get("failure_reason").asText());
    assertEquals(0, json.get("counts").get("read").asLong());
  }

  @Test
  void aBadCommandLineStillWritesTheReportItNames() throws Exception {
    Path report = tmp.resolve("report.json");
    Files.writeString(report, "{\"committed\": true}");
    var r = run("--input", INDEX_DATA.toString(), "--report", report.toString());
    assertEquals(ReindexCommand.EXIT_USAGE, r.code());
    JsonNode json = read(report);
    assertFalse(json.get("committed").asBoolean());
    assertEquals(2, json.get("exit_code").asInt());
    assertEquals("usage error: --index DIR is needed", json.get("failure_reason").asText());
  }

  @Test
  void withoutReportStderrNeverPointsToAReportFile() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int n = 0; n < 25; n++) {
      Files.writeString(in.resolve("empty-" + n + ".txt"), "");
    }
    var r = run("--input", in.toString(), "--index", tmp.resolve("index").toString());
    assertEquals(ReindexCommand.EXIT_PARTIAL, r.code(), r.err());
    assertTrue(r.err().contains("... and 5 more failures"), r.err());
    assertFalse(r.err().contains("are in the --report file"), r.err());
    assertTrue(r.err().contains("--report FILE.json lists all of them"), r.err());
  }
}
