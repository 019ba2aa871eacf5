package dev.lede.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.index.IndexedArticle;
import dev.lede.ingest.IngestOptions;
import dev.lede.reindex.ArticlePipeline;
import dev.lede.reindex.ArticleSink;
import dev.lede.reindex.DocumentFailure;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code lede eval-extract DIR GOLD.json --format aeb|traf}: scores extraction against a gold file with the
 * metrics of the shared development sets, through the same pipeline as {@code lede extract}.
 *
 * <p>{@code aeb}: gold {@code {ID: {"articleBody": ...}}}, pages {@code ID.html} / {@code ID.txt}; body precision
 * and recall of word 4-gram shingles, averaged over pages (a page without an article counts recall 0 and no
 * precision), F1 of the two averages. {@code traf}: gold {@code {URL: {"file", "with", "without", "title", "date"}}};
 * share of "with" snippets kept, "without" snippets dropped, exact titles and right dates (see {@link ExtractMetrics}).
 * DIR holds {@code html/} and {@code text/} (each scored on its own) or is one folder of pages. Exit code 0 when it
 * ran, 1 when DIR or the gold file cannot be read, 2 on usage errors.
 */
public final class EvalExtractCommand implements Command {
  static final String USAGE = """
      usage: lede eval-extract DIR GOLD.json --format aeb|traf

      Scores extraction of the pages in DIR (its html/ and text/ subfolders, or DIR itself) against GOLD.json:
        aeb   body P/R/F1 of word 4-gram shingles, averaged over pages
        traf  share of 'with' snippets kept, 'without' snippets dropped, title exact, date right
      and the same split by the detected language (English or not).
      """;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public String name() {
    return "eval-extract";
  }

  @Override
  public String summary() {
    return "score extraction against a gold file (aeb or traf format)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.contains("-h") || args.contains("--help")) {
      out.print(USAGE);
      return 0;
    }
    List<String> positional = new ArrayList<>();
    String format = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--format")) {
        if (++i >= args.size()) {
          throw new UsageException("--format needs a value: aeb or traf");
        }
        format = args.get(i);
      } else if (a.startsWith("-")) {
        throw new UsageException("unexpected option " + CliText.printable(a));
      } else {
        positional.add(a);
      }
    }
    if (positional.size() != 2 || format == null || !(format.equals("aeb") || format.equals("traf"))) {
      throw new UsageException("expected DIR GOLD.json --format aeb|traf");
    }
    Path dir = Path.of(positional.get(0));
    Path goldFile = Path.of(positional.get(1));
    if (!Files.isDirectory(dir) || !Files.isRegularFile(goldFile)) {
      err.println("lede eval-extract: not found: " + (Files.isDirectory(dir) ? goldFile : dir));
      return 1;
    }
    JsonNode gold = json.readTree(goldFile.toFile());
    String set = goldFile.toAbsolutePath().getParent().getFileName().toString();
    for (Form form : forms(dir)) {
      Map<String, Article> articles = extract(form.dir(), err);
      String label = set + " " + form.label();
      if (format.equals("aeb")) {
        aeb(label, gold, articles, form.extension(), out);
      } else {
        traf(label, gold, articles, form.extension(), out);
      }
    }
    return 0;
  }

  private record Form(Path dir, String label, String extension) {}

  private static List<Form> forms(Path dir) throws java.io.IOException {
    List<Form> forms = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("html"))) {
      forms.add(new Form(dir.resolve("html"), "HTML", ".html"));
    }
    if (Files.isDirectory(dir.resolve("text"))) {
      forms.add(new Form(dir.resolve("text"), "dumps", ".txt"));
    }
    if (forms.isEmpty()) {
      try (var files = Files.list(dir)) {
        boolean html = files.anyMatch(p -> p.toString().endsWith(".html"));
        forms.add(new Form(dir, html ? "HTML" : "dumps", html ? ".html" : ".txt"));
      }
    }
    return forms;
  }

  /** Articles by file name, extracted as {@code lede extract} does (entities are not needed here). */
  private static Map<String, Article> extract(Path dir, PrintStream err) throws Exception {
    Map<String, Article> byFile = new ConcurrentHashMap<>();
    ArticlePipeline pipeline = new ArticlePipeline(a -> Entities.NONE, Pipelines.workers());
    pipeline.run(List.of(dir), IngestOptions.defaults(), new ArticleSink() {
      @Override
      public void article(IndexedArticle indexed) {
        Article a = indexed.article();
        byFile.put(Path.of(a.path() != null ? a.path() : a.id()).getFileName().toString(), a);
      }

      @Override
      public void failure(DocumentFailure failure) {
        // a page without an article scores zero; the count is printed with the figures
      }
    });
    return byFile;
  }

  private static void aeb(String label, JsonNode gold, Map<String, Article> articles, String ext, PrintStream out) {
    Map<String, ExtractMetrics.BodyAverage> byLanguage = new HashMap<>();
    ExtractMetrics.BodyAverage all = new ExtractMetrics.BodyAverage();
    gold.fields().forEachRemaining(e -> {
      Article a = articles.get(e.getKey() + ext);
      String body = a == null ? "" : a.body();
      double[] pr = ExtractMetrics.shinglePr(body, e.getValue().path("articleBody").asText(""));
      all.add(pr, a != null);
      byLanguage.computeIfAbsent(language(a), k -> new ExtractMetrics.BodyAverage()).add(pr, a != null);
    });
    out.printf(Locale.ROOT, "%s: body 4-gram shingles %s (%d pages, %d without an article)%n", label, all.figures(),
        all.pages(), all.missing());
    byLanguage.forEach((lang, avg) -> out.printf(Locale.ROOT, "   %s pages: %s (%d pages)%n", lang, avg.figures(),
        avg.pages()));
  }

  private static void traf(String label, JsonNode gold, Map<String, Article> articles, String ext,
      PrintStream out) {
    ExtractMetrics.Snippets all = new ExtractMetrics.Snippets();
    Map<String, ExtractMetrics.Snippets> byLanguage = new HashMap<>();
    gold.fields().forEachRemaining(e -> {
      JsonNode g = e.getValue();
      String file = g.path("file").asText();
      file = (file.endsWith(".html") ? file.substring(0, file.length() - ".html".length()) : file) + ext;
      Article a = articles.get(file);
      all.add(g, a);
      byLanguage.computeIfAbsent(language(a), k -> new ExtractMetrics.Snippets()).add(g, a);
    });
    out.printf(Locale.ROOT, "%s: %s (%d pages)%n", label, all.figures(), gold.size());
    byLanguage.forEach((lang, s) -> out.printf(Locale.ROOT, "   %s pages: %s (%d pages)%n", lang, s.figures(),
        s.pages()));
  }

  private static String language(Article a) {
    return a == null || a.language() == null ? "unknown-language" : a.language().equals("en") ? "English"
        : "non-English";
  }
}
