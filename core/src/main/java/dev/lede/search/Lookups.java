package dev.lede.search;

import dev.lede.index.IndexSchema;
import dev.lede.index.StoredDocument;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/** Single-article lookups, related articles, facet value search and suggestions. */
final class Lookups {
  /** Related articles are read like a relevance-ranked page of single articles with lead sentences. */
  private static final SearchRequest RELATED_HITS = SearchRequest.builder().collapseStories(false).build();

  private static final int MAX_LIMIT = 1_000;
  /** Longest text {@link #fold} keeps. */
  static final int MAX_PREFIX = 200;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final List<Dimension> SUGGESTED =
      List.of(Dimension.PERSON, Dimension.PLACE, Dimension.ORG, Dimension.SOURCE);

  private final Analyzer analyzer;

  Lookups(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * "impechment" is "impeachment" ({@link Spelling}), with Lucene's DirectSpellChecker over the bodies (up to two
   * edits) as the dictionary.
   */
  String didYouMean(org.apache.lucene.search.IndexSearcher searcher, String query) throws IOException {
    org.apache.lucene.index.IndexReader reader = searcher.getIndexReader();
    org.apache.lucene.search.spell.DirectSpellChecker spell = new org.apache.lucene.search.spell.DirectSpellChecker();
    return Spelling.correct(query, analyzer, new Spelling.Dictionary() {
      @Override
      public boolean has(String term) throws IOException {
        return reader.docFreq(new Term(IndexSchema.BODY, term)) > 0;
      }

      @Override
      public String closest(String term) throws IOException {
        org.apache.lucene.search.spell.SuggestWord[] found = spell.suggestSimilar(new Term(IndexSchema.BODY, term),
            1, reader, org.apache.lucene.search.spell.SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return found.length > 0 ? found[0].string : null;
      }
    });
  }

  private static int docOf(FacetedSearcher searcher, String id) throws IOException {
    if (id == null || id.isEmpty()) {
      return -1;
    }
    TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  Optional<ArticleView> article(FacetedSearcher searcher, String id) throws IOException {
    int doc = docOf(searcher, id);
    if (doc < 0) {
      return Optional.empty();
    }
    StoredDocument stored = IndexSchema.read(searcher.storedFields().document(doc));
    return Optional.of(new ArticleView(stored.indexed().article(), stored.indexed().entities(), stored.storyId(),
        HitReader.otherMembers(searcher, stored.storyId(), id)));
  }

  List<Hit> related(FacetedSearcher searcher, String id, int n) throws IOException {
    checkLimit(n);
    int doc = docOf(searcher, id);
    if (doc < 0) {
      return List.of();
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {IndexSchema.TITLE, IndexSchema.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(25);
    Query like = mlt.like(doc);
    String story = Pager.storyOf(searcher, doc);
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(like, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST_NOT);
    if (story != null) {
      q.add(new TermQuery(new Term(IndexSchema.STORY, story)), BooleanClause.Occur.MUST_NOT);
    }
    ScoreDoc[] docs = searcher.search(q.build(), new TopFieldCollectorManager(Pager.sort(SortOrder.RELEVANCE), n,
        null, n)).scoreDocs;
    return HitReader.hits(searcher, analyzer, null, List.of(docs), RELATED_HITS);
  }

  List<FacetValue> facetValues(FacetedSearcher searcher, Dimension dimension, String prefix, int limit)
      throws IOException {
    checkLimit(limit);
    String p = fold(prefix);
    List<FacetValue> out = new ArrayList<>();
    for (LabelAndValue lv : searcher.allValues(dimension)) {
      if (matches(lv.label, p)) {
        out.add(new FacetValue(lv.label, lv.value.longValue(), false, false));
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  List<Suggestion> suggest(FacetedSearcher searcher, String prefix, int n) throws IOException {
    checkLimit(n);
    String p = fold(prefix);
    if (p.isBlank()) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    for (Dimension d : SUGGESTED) {
      int taken = 0;
      for (LabelAndValue lv : searcher.allValues(d)) {
        if (taken < n && matches(lv.label, p)) {
          out.add(new Suggestion(lv.label, Suggestion.Kind.valueOf(d.name()), lv.value.longValue()));
          taken++;
        }
      }
    }
    out.sort(Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::text));
    List<Suggestion> result = SearcherCore.limited(out, n);
    if (result.size() < n) {
      result.addAll(titles(searcher, p, n - result.size()));
    }
    return result;
  }

  private List<Suggestion> titles(FacetedSearcher searcher, String folded, int n) throws IOException {
    String[] words = NON_WORD.split(folded.strip());
    if (words.length == 0 || words[words.length - 1].length() < 2) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (int i = 0; i < words.length - 1 && i < 10; i++) {
      q.add(new TermQuery(new Term(IndexSchema.TITLE, analyzer.normalize(IndexSchema.TITLE, words[i]))),
          BooleanClause.Occur.MUST);
    }
    q.add(new PrefixQuery(new Term(IndexSchema.TITLE, analyzer.normalize(IndexSchema.TITLE,
        words[words.length - 1]))), BooleanClause.Occur.MUST);
    ScoreDoc[] docs = searcher.search(q.build(), new TopFieldCollectorManager(Pager.sort(SortOrder.NEWEST), n,
        null, n)).scoreDocs;
    List<Suggestion> out = new ArrayList<>();
    for (ScoreDoc d : docs) {
      String title = searcher.storedFields().document(d.doc, java.util.Set.of(IndexSchema.TITLE))
          .get(IndexSchema.TITLE);
      if (title != null) {
        out.add(new Suggestion(title, Suggestion.Kind.TITLE, 1));
      }
    }
    return out;
  }

  private static void checkLimit(int n) {
    if (n < 1 || n > MAX_LIMIT) {
      throw new InvalidQueryException("The number of results must be between 1 and " + MAX_LIMIT + ", was " + n
          + ".");
    }
  }

  /** Lowercase without accents; bounded length. */
  static String fold(String s) {
    String text = s == null ? "" : s.length() > MAX_PREFIX ? s.substring(0, MAX_PREFIX) : s;
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The whole value, or one of its words, starts with the folded prefix. */
  static boolean matches(String value, String foldedPrefix) {
    String p = foldedPrefix.strip();
    if (p.isEmpty()) {
      return true;
    }
    String v = fold(value);
    for (int i = 0; i < v.length(); i++) {
      if ((i == 0 || !Character.isLetterOrDigit(v.charAt(i - 1))) && v.startsWith(p, i)) {
        return true;
      }
    }
    return false;
  }
}
