package dev.lede.web.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.web.cli.ReindexCommandTest.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede alert} around real reindex runs of a real on-disk index (the samples plus generated wire copy). */
class AlertCommandTest {
  private static final Path INDEX_DATA = Path.of("..", "index-data");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path input;
  private Path index;
  private Path searches;

  @BeforeEach
  void indexTheSamplesAndTwoKhersonReports() throws Exception {
    input = tmp.resolve("in");
    Files.createDirectories(input);
    try (var files = Files.list(INDEX_DATA)) {
      for (Path f : files.toList()) {
        Files.copy(f, input.resolve(f.getFileName()));
      }
    }
    writeRecords("monday.jsonl", List.of(
        article("mon-1", "Kherson bridge closed to traffic", "2022-11-07"),
        article("mon-2", "Grain ships leave Odesa", "2022-11-07")));
    index = tmp.resolve("index");
    reindex();
    searches = tmp.resolve("searches.tsv");
    Files.writeString(searches, """
        # followed by the night desk
        kherson\tq=kherson
        odesa-ap\thttp://localhost:7070/?q=odesa&source=AP&sort=relevance

        """);
  }

  static Result alert(String... args) throws Exception {
    return ReindexCommandTest.run(new AlertCommand(), args);
  }

  private static JsonNode json(Result r) throws Exception {
    return JSON.readTree(r.out());
  }

  private Result alert(boolean json) throws Exception {
    List<String> args = new ArrayList<>(List.of("--searches", searches.toString(), "--index", index.toString()));
    if (json) {
      args.add("--json");
    }
    return alert(args.toArray(String[]::new));
  }

  private void reindex() throws Exception {
    Result r = ReindexCommandTest.run("--input", input.toString(), "--index", index.toString(),
        "--quiet");
    assertEquals(0, r.code(), r.err());
  }

  private static Map<String, Object> article(String id, String title, String date) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", id);
    a.put("url", "https://wire.example.org/" + id);
    a.put("source", "Associated Press");
    a.put("published", date);
    a.put("title", title);
    a.put("text", title + ". Officials in the region said on " + date + " that the situation was changing quickly,"
        + " and residents were told to follow the announcements of the local administration.");
    return a;
  }

  private void writeRecords(String file, List<Map<String, Object>> records) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> r : records) {
      sb.append(JSON.writeValueAsString(r)).append('\n');
    }
    Files.writeString(input.resolve(file), sb.toString());
  }

  private static Set<String> ids(JsonNode search) {
    Set<String> ids = new TreeSet<>();
    search.get("articles").forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  @Test
  void firstRunRecordsTheBaselineThenListsExactlyTheAddedArticlesThenNothing() throws Exception {
    Result first = alert(false);
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("kherson: first run, 6 matching recorded as the baseline"), first.out());
    assertFalse(first.out().contains("Kherson bridge closed"), "a baseline lists nothing");
    assertEquals("", first.err());
    Path state = tmp.resolve("searches.tsv" + AlertCommand.STATE_SUFFIX);
    JsonNode saved = JSON.readTree(state.toFile());
    assertEquals("lede-alert-state", saved.get("format").asText());
    assertEquals(1, saved.get("version").asInt());
    assertEquals(6, saved.get("searches").get("kherson").get("matches").asInt());

    writeRecords("tuesday.jsonl", List.of(
        article("tue-1", "Russian troops leave Kherson", "2022-11-11"),
        article("tue-2", "Crowds celebrate in Kherson square", "2022-11-12"),
        article("tue-3", "Power still out across Kherson region", "2022-11-13"),
        article("tue-4", "Odesa port reopens for grain", "2022-11-13")));
    reindex();
    Result second = alert(true);
    assertEquals(0, second.code(), second.err());
    JsonNode kherson = json(second).get("searches").get(0);
    assertEquals("kherson", kherson.get("name").asText());
    assertFalse(kherson.get("baseline").asBoolean());
    assertEquals(3, kherson.get("new").asInt());
    assertEquals(Set.of("tue-1", "tue-2", "tue-3"), ids(kherson));
    assertEquals("tue-3", kherson.get("articles").get(0).get("id").asText(), "newest first");
    assertEquals(9, kherson.get("matches").asInt());
    JsonNode odesa = json(second).get("searches").get(1);
    assertEquals(Set.of("tue-4"), ids(odesa), "source=AP means the Associated Press, as on the page");

    Result third = alert(false);
    assertEquals(0, third.code(), third.err());
    assertTrue(third.out().contains("kherson: no new articles (9 matching)"), third.out());
    assertTrue(third.out().contains("odesa-ap: no new articles (2 matching)"), third.out());
  }

  @Test
  void listsEachNewArticleWithTitleOutletDateAndLinks() throws Exception {
    assertEquals(0, alert(false).code());
    writeRecords("tuesday.jsonl", List.of(article("tue-1", "Russian troops leave Kherson", "2022-11-11")));
    reindex();
    Result r = alert("--searches", searches.toString(), "--index", index.toString(), "--base-url",
        "https://lede.example.org/");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("""
        kherson: 1 new article (7 matching)
          Russian troops leave Kherson
            Associated Press, 2022-11-11
            https://wire.example.org/tue-1
            https://lede.example.org/article/tue-1
        """), r.out());
  }

  @Test
  void badLinesAreReportedWithTheirNumbersAndTheOtherSearchesStillRun() throws Exception {
    Files.writeString(searches, """
        kherson\tq=kherson
        kherson words without a parameter
        unknown-field\tq=foo:bar
        kherson\tq=kherson+bridge
        \tq=odesa
        q=odesa
        """);
    Result r = alert(true);
    assertEquals(AlertCommand.EXIT_PARTIAL, r.code(), r.err());
    assertTrue(r.err().contains("line 2: not a search address or query string"), r.err());
    assertTrue(r.err().contains("line 3: Unknown field 'foo:'"), r.err());
    assertTrue(r.err().contains("line 4: the name is already used on line 1"), r.err());
    assertTrue(r.err().contains("line 5: the name before the tab is empty"), r.err());
    JsonNode json = json(r);
    assertEquals(3, json.get("exit_code").asInt());
    List<String> ran = new ArrayList<>();
    json.get("searches").forEach(s -> ran.add(s.get("name").asText() + "@" + s.get("line").asInt()));
    assertEquals(List.of("kherson@1", "q=odesa@6"), ran);
    List<Integer> lines = new ArrayList<>();
    json.get("problems").forEach(p -> lines.add(p.get("line").asInt()));
    assertEquals(List.of(2, 3, 4, 5), lines);
    JsonNode state = JSON.readTree(tmp.resolve("searches.tsv.state.json").toFile()).get("searches");
    assertEquals(Set.of("kherson", "q=odesa"), fieldNames(state), "the good searches were recorded");
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aCorruptStateFileFailsClearlyAndIsLeftAsItWas() throws Exception {
    Path state = tmp.resolve("searches.tsv.state.json");
    byte[] damaged = "{\"format\": \"lede-alert-state\", \"version\": 1, \"searches\": {\"kherson\": {\"sea"
        .getBytes(StandardCharsets.UTF_8);
    Files.write(state, damaged);
    Result r = alert(false);
    assertEquals(AlertCommand.EXIT_FAILED, r.code());
    assertEquals("", r.out(), "nothing reported");
    assertTrue(r.err().contains("the state file " + state + " cannot be used: it is not valid JSON"), r.err());
    assertArrayEquals(damaged, Files.readAllBytes(state), "never silently reset");

    Files.writeString(state, "{\"format\": \"lede-alert-state\", \"version\": 2, \"searches\": {}}");
    Result newer = alert(false);
    assertEquals(AlertCommand.EXIT_FAILED, newer.code());
    assertTrue(newer.err().contains("it has state format version 2; this lede reads version 1"), newer.err());
  }

  @Test
  void jsonHasTheDocumentedKeys() throws Exception {
    Result r = alert("--searches", searches.toString(), "--index", index.toString(), "--json",
        "--all-on-first-run", "--max", "1");
    assertEquals(0, r.code(), r.err());
    JsonNode json = json(r);
    assertEquals(Set.of("run_at", "index_documents", "searches", "problems", "exit_code"), fieldNames(json));
    JsonNode kherson = json.get("searches").get(0);
    assertEquals(Set.of("name", "line", "search", "link", "baseline", "baseline_reason", "matches", "followed",
        "new", "more", "articles"), fieldNames(kherson));
    assertEquals("/?q=kherson", kherson.get("search").asText());
    assertEquals("first_run", kherson.get("baseline_reason").asText());
    assertEquals(6, kherson.get("new").asInt(), "--all-on-first-run lists the baseline");
    assertEquals(5, kherson.get("more").asInt(), "--max 1 lists one and counts the rest");
    assertEquals(Set.of("id", "title", "source", "published", "url", "link"),
        fieldNames(kherson.get("articles").get(0)));
    assertEquals(7, json.get("index_documents").asInt());
  }

  @Test
  void withoutAnIndexNothingIsReportedAndTheStateIsUntouched() throws Exception {
    assertEquals(0, alert(false).code());
    Path state = tmp.resolve("searches.tsv.state.json");
    byte[] before = Files.readAllBytes(state);
    Result r = alert("--searches", searches.toString(), "--index", tmp.resolve("no-index").toString());
    assertEquals(AlertCommand.EXIT_FAILED, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no index to search at " + tmp.resolve("no-index")), r.err());
    assertArrayEquals(before, Files.readAllBytes(state));
  }

  @Test
  void theLauncherRunsItAndRefusesABadCommandLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = dev.lede.web.Main.run(new String[] {"alert", "--index", index.toString(), "--max", "0"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(AlertCommand.EXIT_USAGE, code);
    assertEquals("lede alert: --max must be a number from 1 to 10000, was '0'\n", err.toString(StandardCharsets.UTF_8));
    assertEquals(AlertCommand.EXIT_OK, dev.lede.web.Main.run(new String[] {"alert", "--searches",
        searches.toString(), "--index", index.toString(), "--quiet"}, new PrintStream(out, true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertEquals("", out.toString(StandardCharsets.UTF_8), "--quiet: baselines only, nothing to mail");
  }

  @Test
  void aChangedSearchStartsAgainFromANewBaseline() throws Exception {
    assertEquals(0, alert(false).code());
    Files.writeString(searches, "kherson\tq=kherson&source=Associated+Press\n");
    Result r = alert(false);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("kherson: the search changed, 1 matching recorded as the baseline"), r.out());
  }

  @Test
  void aSecondRunOnTheSameStateWaitsForNothing() throws Exception {
    Path lock = tmp.resolve("searches.tsv.state.json.lock");
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      Result r = alert(false);
      assertEquals(AlertCommand.EXIT_LOCKED, r.code());
      assertTrue(r.err().contains("another lede alert is using"), r.err());
    }
    assertFalse(Files.exists(tmp.resolve("searches.tsv.state.json")), "nothing was done");
  }
}
