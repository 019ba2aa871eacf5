package dev.lede.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractCommandTest {
  private static final String STORY = "The harbour council voted on Tuesday to rebuild the old stone pier before the "
      + "winter storms arrive, after engineers warned that the structure could fail within two years. "
      + "Fishermen who use the pier every morning welcomed the decision but asked for the works to be phased.";
  private static final String PAGE = """
      <html lang="en"><head><title>Council votes to rebuild pier | Harbour Gazette</title>
      <meta property="article:published_time" content="2024-03-05T09:00:00+00:00"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Council votes to rebuild pier</h1><p>%s</p></article>
      <footer>Subscribe to our newsletter for daily updates from the harbour.</footer></body></html>
      """.formatted(STORY);

  @Test
  void scoresAPerfectPageAsOneAndAMissingPageAsNoRecall(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("html"));
    Files.writeString(dir.resolve("html/good.html"), PAGE);
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"good": {"articleBody": "%s", "url": "https://example.org/good"},
         "gone": {"articleBody": "A page that is not there has no article to score.", "url": "https://example.org/gone"}}
        """.formatted(STORY));
    String printed = run(List.of(dir.toString(), gold.toString(), "--format", "aeb"));
    assertTrue(printed.contains("HTML: body 4-gram shingles P=1.000 R=0.500 F1=0.667 (2 pages, 1 without an article)"),
        printed);
  }

  @Test
  void scoresSnippetsTitleAndDate(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("pier.html"), PAGE);
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"https://example.org/pier": {"file": "pier.html", "title": "Council votes to rebuild pier",
          "date": "2024-03-05", "with": ["Fishermen who use the pier every morning"],
          "without": ["Subscribe to our newsletter", "Home"]}}
        """);
    String printed = run(List.of(dir.toString(), gold.toString(), "--format", "traf"));
    assertTrue(printed.contains("with kept 1.000, without dropped 1.000, title exact 1.000, date 1.000 (1 pages)"),
        printed);
  }

  @Test
  void shinglesCountAsTheReferenceScorerCountsThem() {
    double[] pr = ExtractMetrics.shinglePr("one two three four five", "one two three four six");
    assertEquals(0.5, pr[0], 1e-9);
    assertEquals(0.5, pr[1], 1e-9);
    assertTrue(Double.isNaN(ExtractMetrics.shinglePr("", "some gold text here")[0]));
    assertEquals("it's \"quoted\" text", ExtractMetrics.norm("  It’s  “Quoted”\n text "));
  }

  @Test
  void rejectsAnUnknownFormat() {
    assertThrows(UsageException.class,
        () -> new EvalExtractCommand().run(List.of("dir", "gold.json", "--format", "xml"), System.out, System.err));
  }

  private static String run(List<String> args) throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code = new EvalExtractCommand().run(args, new PrintStream(buf, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, code);
    return buf.toString(StandardCharsets.UTF_8);
  }
}
