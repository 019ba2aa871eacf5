package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lede.index.IndexFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken, hostile and huge queries give results or an InvalidQueryException from search(), results or a refusal
 * message from trySearch(), never anything else.
 */
class QueryRobustnessTest {
  @TempDir static Path dir;
  static LedeSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    IndexFixtures.index(dir.resolve("index"), GoldenCorpus.articles());
    searcher = LedeSearcher.open(dir.resolve("index"), SearcherOptions.DEFAULTS);
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  /** The result, or null when the searcher refused the query with a message. */
  static SearchResult resultOrMessage(String query) {
    try {
      return searcher.search(PerArticle.of(query));
    } catch (InvalidQueryException e) {
      assertTrue(e.getMessage().length() < 300, e.getMessage());
      return null;
    } catch (RuntimeException | Error e) {
      fail("query " + Notices.quote(query) + " threw " + e);
      return null;
    }
  }

  static String message(String query) {
    return assertThrows(InvalidQueryException.class, () -> searcher.search(PerArticle.of(query)))
        .getMessage();
  }

  @Test
  void theIssuesBrokenQueriesGiveResultsOrAMessageAndNeverThrowFromTrySearch() {
    for (String query : List.of("\"unclosed", "AND OR", "title:", "(((", "*", "x".repeat(10_000),
        "unknownfield:x", "a~2 ".repeat(300), "?*?*?*")) {
      SearchOutcome outcome = searcher.trySearch(PerArticle.of(query));
      if (outcome.isRefused()) {
        assertTrue(!outcome.refusal().isBlank() && outcome.refusal().length() < 300, outcome.refusal());
      } else {
        assertTrue(outcome.result().totalHits() >= 0);
      }
    }
    assertEquals("The query is too long (10000 characters; the limit is 2000).",
        searcher.trySearch(PerArticle.of("x".repeat(10_000))).refusal());
    assertEquals(3, searcher.trySearch(PerArticle.of("\"grain corridor")).result().totalHits());
  }

  @Test
  void unclosedQuoteIsSearchedAsWords() {
    SearchResult r = resultOrMessage("\"grain corridor");
    assertEquals(List.of(String.format(Notices.SEARCHED_AS_TEXT, "an unclosed quote")), r.notices());
    assertEquals(3, r.totalHits()); // g01, g02 and g06 have both "grain" and "corridor"
  }

  @Test
  void operatorsWithoutOperandsAreSearchedAsWords() {
    SearchResult r = resultOrMessage("AND OR");
    assertEquals(List.of(String.format(Notices.SEARCHED_AS_TEXT, "a syntax error")), r.notices());
    assertEquals(0, r.totalHits(), "operators are not words to search for");
    SearchResult grain = resultOrMessage("grain AND OR (");
    assertEquals(resultOrMessage("grain").totalHits(), grain.totalHits(), "only 'grain' is searched");
    SearchResult field = resultOrMessage("title:");
    assertEquals(List.of(String.format(Notices.SEARCHED_AS_TEXT, "a field name without a value")),
        field.notices());
    SearchResult parens = resultOrMessage("(((");
    assertEquals(0, parens.totalHits());
    assertEquals(List.of(String.format(Notices.SEARCHED_AS_TEXT, "unbalanced parentheses")), parens.notices());
  }

  @Test
  void pastedTextWithColonsIsSearchedNotRefused() {
    long both = resultOrMessage("grain corridor").totalHits();
    for (String pasted : List.of("Grain: corridor", "grain: corridor", "GRAIN:corridor", "grain corridor:")) {
      SearchResult r = searcher.search(PerArticle.of(pasted));
      assertEquals(both, r.totalHits(), pasted);
      assertEquals(List.of(), r.notices(), pasted);
    }
    assertTrue(searcher.search(PerArticle.of("grain 9:30")).totalHits() >= 0);
    SearchResult fielded = searcher.search(PerArticle.of("title: grain"));
    assertTrue(fielded.totalHits() > 0 && fielded.notices().isEmpty(), "a field name stays a field: " + fielded);
    assertEquals("grain corridor", QueryCompiler.colonsAsText("grain corridor"));
    assertEquals("Ukraine  war 9 30 title:kherson \"a: b\" foo:bar *:* https\\:\\/\\/x.org",
        QueryCompiler.colonsAsText("Ukraine: war 9:30 title:kherson \"a: b\" foo:bar *:* https://x.org"));
    assertTrue(searcher.search(PerArticle.of("https://example.org/grain")).totalHits() >= 0);
  }

  @Test
  void loneStarMatchesEverything() {
    assertEquals(12, resultOrMessage("*").totalHits());
  }

  @Test
  void limitsGiveClearMessages() {
    assertEquals("Wildcards need at least 1 letter before the first * or ? (in '?*?*?*').", message("?*?*?*"));
    assertEquals("The pattern in '/[ac]*a[ac]{50,200}/' is too complex to search; simplify it.",
        message("/[ac]*a[ac]{50,200}/"));
    assertEquals("The query is too long (10000 characters; the limit is 2000).", message("a".repeat(10_000)));
    assertEquals("The query is nested too deeply (more than 20 levels of parentheses).",
        message("(".repeat(21) + "grain" + ")".repeat(21)));
    assertEquals("Unknown field 'foo:'. Fields you can use: title, body, source, wire, author, person, place,"
        + " org, lang, date.", message("foo:bar"));
    assertEquals("Bad date '2022-13' in a date: query; use 2022, 2022-11 or 2022-11-14.", message("date:2022-13"));
  }

  @Test
  void hugeQueriesAreRefusedNotHung() {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      terms.add("w" + i);
    }
    assertTrue(message(String.join(" OR ", terms)).startsWith("The query is too long"));
    SearcherOptions roomy = new SearcherOptions(null, new QueryLimits(100_000, 1_024, 20, 10_000, 1, 1_000), 2f);
    try (LedeSearcher big = LedeSearcher.open(dir.resolve("index"), roomy)) {
      InvalidQueryException e = assertThrows(InvalidQueryException.class,
          () -> big.search(PerArticle.of(String.join(" OR ", terms))));
      assertEquals("The query has too many terms (more than 1024 after expansion); narrow it down.",
          e.getMessage());
      assertThrows(InvalidQueryException.class,
          () -> big.search(PerArticle.of("(".repeat(10_000) + "x" + ")".repeat(10_000))));
    }
  }

  @Test
  void tamperedCursorIsRejected() {
    SearchRequest first = PerArticle.request().query("odesa").pageSize(2).build();
    String cursor = searcher.search(first).nextCursor();
    char last = cursor.charAt(cursor.length() - 2);
    String tampered = cursor.substring(0, cursor.length() - 2) + (last == 'A' ? 'B' : 'A')
        + cursor.charAt(cursor.length() - 1);
    for (String bad : List.of(tampered, "garbage", "%%%", "", cursor + "A")) {
      InvalidQueryException e = assertThrows(InvalidQueryException.class,
          () -> searcher.search(first.toBuilder().cursor(bad).build()));
      assertEquals("The cursor is not valid for this search; start again from the first page.", e.getMessage());
    }
    assertThrows(InvalidQueryException.class,
        () -> searcher.search(first.toBuilder().query("grain").cursor(cursor).build()));
  }

  /** Random junk from the query syntax's alphabet. Replay with -Dlede.fuzz.seed=N. */
  @Test
  void randomQueriesNeverEscapeAsOtherExceptions() {
    long seed = Long.getLong("lede.fuzz.seed", System.nanoTime());
    int count = Math.min(Integer.getInteger("lede.fuzz.queries", 1_000), 1_000);
    System.out.println("QueryRobustnessTest seed " + seed + " (" + count + " queries)");
    Random random = new Random(seed);
    String[] atoms = {"grain", "odesa", "AND", "OR", "NOT", "\"", "(", ")", "*", "?", "~", "^", ":", "title:",
        "date:", "date:[2022 TO", "]", "{", "}", "/", "\\", "-", "+", "!", "&&", "||", "2", "foo:", "lang:",
        "person:", " ", "é", "\u0000", "[* TO *]", "~2", "^3", "/.*/"};
    for (int i = 0; i < count; i++) {
      StringBuilder q = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int j = 0; j < n; j++) {
        q.append(atoms[random.nextInt(atoms.length)]);
        if (random.nextBoolean()) {
          q.append(' ');
        }
      }
      resultOrMessage(q.toString());
    }
  }
}
