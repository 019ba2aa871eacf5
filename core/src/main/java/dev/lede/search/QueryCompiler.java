package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/** Query text -> Lucene query plus notices, within the {@link QueryLimits}; forgiving about syntax. */
final class QueryCompiler {
  /** A compiled query. {@code browse} means no query text: everything matches. */
  record Compiled(Query query, List<String> notices, boolean browse) {}

  private final Analyzer analyzer;
  private final SearcherOptions options;

  QueryCompiler(Analyzer analyzer, SearcherOptions options) {
    this.analyzer = analyzer;
    this.options = options;
  }

  Compiled compile(String text, boolean exact) {
    if (text == null || text.isBlank()) {
      return new Compiled(new MatchAllDocsQuery(), List.of(), true);
    }
    QueryLimits limits = options.limits();
    if (text.length() > limits.maxQueryLength()) {
      throw new InvalidQueryException("The query is too long (" + text.length() + " characters; the limit is "
          + limits.maxQueryLength() + ").");
    }
    if (nesting(text) > limits.maxNesting()) {
      throw new InvalidQueryException("The query is nested too deeply (more than " + limits.maxNesting()
          + " levels of parentheses).");
    }
    LedeQueryParser parser = new LedeQueryParser(analyzer, options, exact);
    try {
      Query query = parser.parse(colonsAsText(text));
      checkClauses(query);
      List<String> notices = new ArrayList<>();
      if (!parser.variantsUsed().isEmpty()) {
        notices.add(String.format(Notices.NAME_VARIANTS, describe(parser.variantsUsed())));
      }
      return new Compiled(query, notices, query instanceof MatchAllDocsQuery);
    } catch (ParseException | IllegalArgumentException e) {
      // IllegalArgumentException: a malformed regular expression, for example
      if (e instanceof InvalidQueryException) {
        throw (InvalidQueryException) e;
      }
      return plainWords(text);
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidQueryException("The pattern in " + Notices.quote(text)
          + " is too complex to search; simplify it.", e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms();
    }
  }

  InvalidQueryException tooManyTerms() {
    return new InvalidQueryException("The query has too many terms (more than " + options.limits().maxClauses()
        + " after expansion); narrow it down.");
  }

  private static String describe(Map<String, Set<String>> variants) {
    List<String> parts = new ArrayList<>();
    variants.forEach((typed, forms) -> {
      List<String> quoted = forms.stream().map(Notices::quote).toList();
      parts.add(Notices.quote(typed) + " also as " + String.join(", ", quoted));
    });
    return String.join("; ", parts);
  }

  private void checkClauses(Query query) {
    int[] count = {0};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        count[0] += terms.length;
      }

      @Override
      public void visitLeaf(Query q) {
        count[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    if (count[0] > options.limits().maxClauses()) {
      throw tooManyTerms();
    }
  }

  /**
   * Makes the colons of pasted text plain text instead of refusing them: a colon with a space or the end after it
   * ("Ukraine: war", "BREAKING:"), after a number ("9:30") or a capitalised word ("KYIV:Reuters") separates words,
   * and a link's "://" is escaped ("https://x.org"), unless the word before it is a field name. A lower-case unknown
   * word glued to its value ("foo:bar") stays a field, so that the error can name the fields there are.
   */
  static String colonsAsText(String text) {
    StringBuilder out = null;
    boolean quoted = false;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (c != ':' || quoted) {
        continue;
      }
      int start = i;
      while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
        start--;
      }
      String word = text.substring(start, i);
      if (word.isEmpty() || QueryFields.isKnown(word)) {
        continue;
      }
      boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
      boolean link = text.startsWith("//", i + 1);
      if (spaceAfter || link || !Character.isLowerCase(word.charAt(0))) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8);
        }
        out.append(text, copied, i).append(link ? "\\:\\/\\/" : " ");
        copied = link ? i + 3 : i + 1;
        i = copied - 1;
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** Depth of parentheses outside quotes. */
  static int nesting(String text) {
    int depth = 0;
    int max = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        max = Math.max(max, ++depth);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }

  /** The query's words, each required in any default field, with a notice saying so. */
  private Compiled plainWords(String text) {
    Set<String> words = words(text);
    int fields = QueryFields.defaultFields().size();
    if (words.size() * fields > options.limits().maxClauses()) {
      throw tooManyTerms();
    }
    String notice = String.format(Notices.SEARCHED_AS_TEXT, reason(text));
    if (words.isEmpty()) {
      return new Compiled(new MatchNoDocsQuery("no words"), List.of(notice), false);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : QueryFields.defaultFields()) {
        Query q = new TermQuery(new Term(field, word));
        any.add(field.equals(IndexSchema.TITLE) ? new BoostQuery(q, options.titleBoost()) : q,
            BooleanClause.Occur.SHOULD);
      }
      all.add(any.build(), BooleanClause.Occur.MUST);
    }
    return new Compiled(all.build(), List.of(notice), false);
  }

  /** The words of a query that did not parse; its operators in capitals ("AND", "OR", "NOT") are not words. */
  private Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    String plain = OPERATORS.matcher(text).replaceAll(" ");
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, plain)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen when analyzing a String
    }
    return words;
  }

  private static final java.util.regex.Pattern OPERATORS =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?:AND|OR|NOT)(?![\\p{L}\\p{N}])");

  private static String reason(String text) {
    long quotes = text.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 1) {
      return "an unclosed quote";
    }
    long open = text.chars().filter(c -> c == '(').count();
    long close = text.chars().filter(c -> c == ')').count();
    if (open != close) {
      return "unbalanced parentheses";
    }
    if (text.strip().endsWith(":")) {
      return "a field name without a value";
    }
    return "a syntax error";
  }
}
