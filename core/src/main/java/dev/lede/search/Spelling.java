package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * "Did you mean": each word of a plain query (no fields, quotes, wildcards or brackets) that no article contains,
 * replaced by the closest spelling the articles use, as a {@link Dictionary} of the body's terms finds it. The rule
 * is the same for every {@link ArchiveSearcher}; only the dictionary differs.
 */
public final class Spelling {
  private static final int MAX_QUERY = 200;
  private static final int MIN_TERM = 4;
  private static final Pattern QUERY_WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
  private static final Pattern SYNTAX = Pattern.compile("[:\"*?~()\\[\\]{}/\\\\^]");

  private Spelling() {}

  /** The terms of the body field, as indexed. */
  public interface Dictionary {
    /** Whether some article's body has the term. */
    boolean has(String term) throws IOException;

    /** The closest term (up to two edits) the bodies use, or null when none is close. */
    String closest(String term) throws IOException;
  }

  /**
   * The corrected query, or null when every word is found or nothing close is.
   *
   * @param analyzer the index's analyzer ({@link IndexSchema#analyzer()}), to turn a word into its body term
   */
  public static String correct(String query, Analyzer analyzer, Dictionary dictionary) throws IOException {
    if (query == null || query.isBlank() || query.length() > MAX_QUERY || SYNTAX.matcher(query).find()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    Matcher m = QUERY_WORD.matcher(query);
    while (m.find()) {
      String word = m.group();
      if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
        continue;
      }
      String term = singleTerm(analyzer, word);
      if (term == null || term.length() < MIN_TERM || dictionary.has(term)) {
        continue;
      }
      String found = dictionary.closest(term);
      if (found != null) {
        out.append(query, copied, m.start()).append(found);
        copied = m.end();
      }
    }
    return copied == 0 ? null : out.append(query, copied, query.length()).toString();
  }

  /** The word as the body field indexes it, or null when it is not one term. */
  private static String singleTerm(Analyzer analyzer, String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String term = ts.incrementToken() ? t.toString() : null;
      boolean more = term != null && ts.incrementToken();
      ts.end();
      return more ? null : term;
    }
  }
}
