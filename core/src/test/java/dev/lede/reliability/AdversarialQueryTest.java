package dev.lede.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.Published;
import dev.lede.index.ArticleIndexWriter;
import dev.lede.index.IndexedArticle;
import dev.lede.index.WriterOptions;
import dev.lede.search.InvalidQueryException;
import dev.lede.search.LedeSearcher;
import dev.lede.search.QueryLimits;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearcherOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library side of the query promise: adversarial queries given straight to {@link LedeSearcher} (the web app's
 * 2,000-character cap lifted, so the parser's own limits are what stops them) either return a page or throw
 * {@link InvalidQueryException} with a message; nothing else escapes (no StackOverflowError, no
 * TooManyClauses, no hang). The time of each is printed; the web fuzz test holds the one-second bound.
 */
class AdversarialQueryTest {
  @TempDir static Path dir;
  static LedeSearcher searcher;
  static LedeSearcher capped;

  @BeforeAll
  static void index() throws IOException {
    Path index = dir.resolve("index");
    Random random = new Random(42);
    String[] words = ("kherson kyiv odesa council bridge river residents officials said would review plans "
        + "traffic noise costs engineers project commuters analysts vote funding schools hospitals aaa acca "
        + "caca accac").split(" ");
    try (ArticleIndexWriter writer = ArticleIndexWriter.open(index, WriterOptions.DEFAULTS)) {
      for (int n = 0; n < 400; n++) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
          StringBuilder s = new StringBuilder();
          for (int w = 0; w < 40; w++) {
            s.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
          }
          paragraphs.add(s.toString().strip());
        }
        String id = "a/" + n + ".txt";
        Article article = new Article(id, "/nonexistent/" + id, null, "Title " + words[n % words.length] + " " + n,
            null, "Source " + (n % 7), null, List.of("Author " + (n % 5)),
            Published.of(LocalDate.of(2022, 1 + n % 12, 1 + n % 28)), "en", paragraphs, List.of(),
            Integer.toHexString(id.hashCode()));
        writer.upsert(new IndexedArticle(article, new Entities(List.of("Person " + n % 9), List.of("Kherson"),
            List.of())));
      }
      writer.commit(Map.of("run", "adversarial"));
    }
    QueryLimits open = new QueryLimits(1_000_000, QueryLimits.DEFAULTS.maxClauses(),
        QueryLimits.DEFAULTS.maxNesting(), QueryLimits.DEFAULTS.determinizeWorkLimit(),
        QueryLimits.DEFAULTS.minWildcardPrefix(), QueryLimits.DEFAULTS.maxPageSize());
    searcher = LedeSearcher.open(index, new SearcherOptions(null, open, 2f));
    capped = LedeSearcher.open(index, SearcherOptions.DEFAULTS);
  }

  @AfterAll
  static void close() {
    searcher.close();
    capped.close();
  }

  static Map<String, String> adversarial() {
    Map<String, String> qs = new LinkedHashMap<>();
    qs.put("regex /[ac]*a[ac]{50,200}/", "/[ac]*a[ac]{50,200}/");
    qs.put("regex /(a|aa)*b/", "/(a|aa)*b/");
    qs.put("2,000-term OR", String.join(" OR ", terms(2_000)));
    qs.put("1,000-term OR", String.join(" OR ", terms(1_000)));
    qs.put("10,000 nested parentheses", "(".repeat(10_000) + "kherson" + ")".repeat(10_000));
    qs.put("10,000 unclosed parentheses", "(".repeat(10_000));
    qs.put("*", "*");
    qs.put("?*?*?*", "?*?*?*");
    qs.put("a~2 x300", "a~2 ".repeat(300).strip());
    qs.put("kherson~2 x100", "kherson~2 ".repeat(100).strip());
    qs.put("kherson~2 x20", "kherson~2 ".repeat(20).strip());
    qs.put("a* x300", "a* ".repeat(300).strip());
    qs.put("5 long fuzzy terms", "residents~2 officials~2 engineers~2 commuters~2 hospitals~2");
    qs.put("6 fuzzy terms", "kherson~2 kyiv~2 odesa~2 council~2 bridge~2 river~2");
    qs.put("5 near-limit regexes", "/[ac]*a[ac]{6}/ ".repeat(5).strip());
    qs.put("10 wildcards a*c*a*", "a*c*a*c*a* ".repeat(10).strip());
    qs.put("title:[* TO *]", "title:[* TO *]");
    qs.put("body:[a TO z]", "body:[a TO z]");
    qs.put("unknown field", "nosuchfield:kherson");
    qs.put("{!xmlparser} as text", "{!xmlparser v='<!DOCTYPE a SYSTEM \"http://127.0.0.1:1/x\"><a/>'}");
    qs.put("10 KB query", "kherson ".repeat(1_280).strip());
    qs.put("10 KB phrase", "\"" + "kherson ".repeat(1_280).strip() + "\"~1000");
    return qs;
  }

  @Test
  void adversarialQueriesReturnOrFailWithAMessage() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String> q : adversarial().entrySet()) {
      for (LedeSearcher s : List.of(searcher, capped)) {
        long t0 = System.nanoTime();
        String outcome;
        try {
          long total = s.search(SearchRequest.builder().query(q.getValue()).build()).totalHits();
          outcome = "page, " + total + " hits";
        } catch (InvalidQueryException e) {
          assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), q.getKey());
          assertTrue(e.getMessage().length() < 500, q.getKey() + ": message not bounded: " + e.getMessage());
          outcome = "refused: " + e.getMessage();
        }
        lines.add(String.format(java.util.Locale.ROOT, "%-28s %-6s %6.1f ms  %s", q.getKey(),
            s == searcher ? "open" : "capped", (System.nanoTime() - t0) / 1e6, outcome));
      }
    }
    for (String flood : List.of("a~2 x300", "kherson~2 x100", "6 fuzzy terms")) {
      InvalidQueryException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class,
          () -> capped.search(SearchRequest.builder().query(adversarial().get(flood)).build()));
      assertTrue(e.getMessage().contains("fuzzy"), flood + ": refused at once, not searched for seconds");
    }
    System.out.println("[lede-reliability] adversarial queries against LedeSearcher:\n  "
        + String.join("\n  ", lines));
  }

  private static List<String> terms(int n) {
    List<String> terms = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      terms.add("t" + i);
    }
    return terms;
  }
}
