package dev.lede.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearcherOptions;
import dev.lede.web.LedeServer;
import dev.lede.web.WebOptions;
import dev.lede.web.cli.ReindexCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 7: a folder of bad inputs (empty, binary, over the size limit, invalid UTF-8, 100,000 nested divs, JSON
 * Lines with broken lines, a symlink loop, a dangling link, an unreadable file, a named pipe) next to good pages
 * goes through {@code lede reindex} end to end: every bad file is counted and reported with its path and a reason, the
 * run commits the rest with exit code 3, and the good pages are searchable over HTTP.
 */
class BadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void badFilesAreCountedAndReportedAndTheRestIsSearchable() throws Exception {
    Path in = dir.resolve("in");
    Path home = dir.resolve("home");
    Path reportFile = dir.resolve("report.json");
    Map<String, String> expectedFailures = writeCorpus(in);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    // Through the launcher's entry point, as cron runs it: `lede reindex ...`.
    int exit = dev.lede.web.Main.run(new String[] {"reindex", "--input", in.toString(), "--index", home.toString(),
        "--report", reportFile.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(ReindexCommand.EXIT_PARTIAL, exit, "exit code; stderr:\n" + stderr);

    JsonNode report = JSON.readTree(Files.readString(reportFile));
    assertTrue(report.get("committed").asBoolean());
    List<String> reported = new ArrayList<>();
    for (JsonNode f : report.get("failures")) {
      assertFalse(f.get("reason").asText().isBlank(), "a reason for " + f);
      reported.add(Path.of(f.get("path").asText()).getFileName() + (f.get("where").isNull() ? ""
          : " (" + f.get("where").asText() + ")") + ": " + f.get("reason").asText());
    }
    for (Map.Entry<String, String> expected : expectedFailures.entrySet()) {
      assertTrue(reported.stream().anyMatch(r -> r.startsWith(expected.getKey()) && r.contains(expected.getValue())),
          "reported: " + expected.getKey() + " ... " + expected.getValue() + "\nall failures:\n"
              + String.join("\n", reported));
    }
    assertEquals(report.get("counts").get("failed").asInt(), report.get("failures").size());
    assertTrue(stderr.contains("empty.txt"), "failures are listed on stderr");

    try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS);
        LedeServer server = LedeServer.start(searcher, WebOptions.loopback(List.of(in)));
        HttpClient http = HttpClient.newHttpClient()) {
      for (int n = 0; n < 3; n++) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/api/search?q=zq" + n + "marker")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(1, JSON.readTree(r.body()).get("total").asInt(), "good page " + n + " is searchable");
      }
      // Both good lines, even if they are near-duplicates of each other (one story).
      assertEquals(2, searcher.search(SearchRequest.builder().query("zqjsonlgood").collapseStories(false)
          .build()).totalHits(), "the good lines of the broken JSON Lines file");
      assertTrue(searcher.search(SearchRequest.builder().query("zqnestedmarker").build()).totalHits() <= 1);
      HttpResponse<String> latin = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
          + "/api/articles/invalid-utf8.txt")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, latin.statusCode(), "the invalid UTF-8 page is indexed");
      assertTrue(JSON.readTree(latin.body()).get("notes").toString().contains("not valid UTF-8"),
          "and says how it was decoded: " + latin.body());
    }
    Figures.report("bad input", expectedFailures.size() + " expected failures found, counts "
        + report.get("counts") + ", exit " + exit + ", " + millis + " ms; failures: " + String.join(" | ", reported));
  }

  /** Writes good and bad inputs; returns the failures expected: file name (and where) -> part of the reason. */
  private static Map<String, String> writeCorpus(Path in) throws IOException, InterruptedException {
    Map<String, String> expected = new LinkedHashMap<>();
    Files.createDirectories(in);
    for (int n = 0; n < 3; n++) {
      Site.writePage(in, n, 0);
    }
    Files.write(in.resolve("empty.txt"), new byte[0]);
    expected.put("empty.txt", "empty");
    byte[] binary = new byte[4096];
    new java.util.Random(1).nextBytes(binary);
    binary[10] = 0;
    Files.write(in.resolve("binary.html"), binary);
    expected.put("binary.html", "binary");
    try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(10L * 1024 * 1024 + 1); // sparse: one byte over the 10 MiB document limit
    }
    expected.put("huge.txt", "");
    byte[] latin = (Site.pageText(90, 0) + "Caf\u00e9 cr\u00e8me.").getBytes(StandardCharsets.ISO_8859_1);
    byte[] invalid = new byte[latin.length + 4];
    System.arraycopy(latin, 0, invalid, 0, latin.length);
    invalid[latin.length] = (byte) 0xC3;
    invalid[latin.length + 1] = (byte) 0x28;
    invalid[latin.length + 2] = (byte) 0xFF;
    invalid[latin.length + 3] = (byte) 0xFE;
    Files.write(in.resolve("invalid-utf8.txt"), invalid);
    Files.writeString(in.resolve("nested.html"), "<html><body>" + "<div>".repeat(100_000)
        + "<p>Council zqnestedmarker said the bridge would open.</p>" + "</div>".repeat(100_000) + "</body></html>");
    Files.writeString(in.resolve("records.jsonl"), String.join("\n",
        record("first"), "{broken", "[]", "\"just a string\"", "{\"title\": 5}", "", record("second"),
        "{\"text\": \"\"}", "garbage}{"), StandardCharsets.UTF_8);
    expected.put("records.jsonl (line 2)", "");
    Path loop = Files.createDirectories(in.resolve("looped"));
    Files.createSymbolicLink(loop.resolve("back"), in);
    expected.put("back", "loop");
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("no-such-target.txt"));
    expected.put("dangling.txt", "");
    Path locked = in.resolve("locked.txt");
    Files.writeString(locked, Site.pageText(91, 0));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(locked)) { // root reads everything: then it is simply a good page
      expected.put("locked.txt", "");
    }
    // What root cannot read either: a bus's write-only sysfs "uevent" attribute, linked into the archive
    Path sysfs = Path.of("/sys/bus/cpu/uevent");
    if (Files.isRegularFile(sysfs) && !opens(sysfs)) {
      Files.createSymbolicLink(in.resolve("kernel.txt"), sysfs);
      expected.put("kernel.txt", "permission denied");
    }
    Process fifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
    if (fifo.waitFor(10, TimeUnit.SECONDS) && fifo.exitValue() == 0) {
      expected.put("pipe.txt", "not a regular file (a named pipe, device or socket): not read");
    }
    return expected;
  }

  private static boolean opens(Path file) {
    try (var stream = Files.newInputStream(file)) {
      return stream.read() >= -1;
    } catch (IOException e) {
      return false;
    }
  }

  private static String record(String name) throws IOException {
    return JSON.writeValueAsString(Map.of("id", name, "title", "Harbour council " + name,
        "text", Site.pageText(80, 0).replace("zq80marker", "zqjsonlgood " + name)));
  }
}
