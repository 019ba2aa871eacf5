package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Structured snippets: the UnifiedHighlighter (offsets from postings) with a formatter that returns
 * {@link Fragment}s instead of HTML; the title is one whole passage.
 */
final class Snippets {
  private static final int LEAD_CHARS = 240;
  private static final int MAX_ANALYZED = 200_000;

  /** Per doc: title fragments and body snippets. */
  record Highlights(List<Fragment> title, List<Snippet> body) {}

  private Snippets() {}

  /**
   * Highlights for each doc (same order as docIds), up to {@code passages} body passages each; {@code stored} holds
   * each doc's stored fields, already read, so the highlighter does not read them again.
   */
  static List<Highlights> highlight(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds,
      Document[] stored, int passages) throws IOException {
    Map<Integer, Document> byDoc = new HashMap<>(docIds.length * 2);
    for (int i = 0; i < docIds.length; i++) {
      byDoc.put(docIds[i], stored[i]);
    }
    Structured uh = new Structured(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new FragmentFormatter())
        .withMaxLength(MAX_ANALYZED)
        .withScorer(new PassageScores())
        .withMaxNoHighlightPassages(1), byDoc);
    // Each field is highlighted with the query's clauses on that field only: the highlighter builds the query's
    // weight again for every document, and the clauses on the other fields (standfirst, entity names) cost as much
    // there while adding no match to this field.
    Object[] titles = uh.highlight(new String[] {IndexSchema.TITLE}, onlyOn(query, IndexSchema.TITLE), docIds,
        new int[] {1}).get(IndexSchema.TITLE);
    Object[] bodies = uh.highlight(new String[] {IndexSchema.BODY}, onlyOn(query, IndexSchema.BODY), docIds,
        new int[] {passages}).get(IndexSchema.BODY);
    List<Highlights> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      List<Snippet> title = snippets(titles[i]);
      List<Snippet> body = snippets(bodies[i]);
      out.add(new Highlights(title.isEmpty() ? List.of() : title.get(0).fragments(), body));
    }
    return out;
  }

  /**
   * The parts of a query that can match in one field, each optional: what the field's highlights come from. A hit
   * matched the whole query already; here every clause that matches in the field adds its matches, as it does within
   * the whole query's matches. Clauses on other fields and prohibited clauses go; a query of a kind this does not
   * know is kept whole (the highlighter then filters its matches by field, as before). {@link MatchNoDocsQuery} when
   * nothing is left for the field.
   */
  static Query onlyOn(Query query, String field) {
    return switch (query) {
      case TermQuery t -> t.getTerm().field().equals(field) ? t : NOTHING;
      case PhraseQuery p -> p.getField() == null || p.getField().equals(field) ? p : NOTHING;
      case BoostQuery b -> {
        Query inner = onlyOn(b.getQuery(), field);
        yield inner instanceof MatchNoDocsQuery ? inner : new BoostQuery(inner, b.getBoost());
      }
      case BooleanQuery b -> {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int kept = 0;
        for (BooleanClause c : b.clauses()) {
          if (c.occur() == BooleanClause.Occur.MUST_NOT) {
            continue;
          }
          Query inner = onlyOn(c.query(), field);
          if (!(inner instanceof MatchNoDocsQuery)) {
            any.add(inner, BooleanClause.Occur.SHOULD);
            kept++;
          }
        }
        yield kept == 0 ? NOTHING : any.build();
      }
      default -> query;
    };
  }

  private static final Query NOTHING = new MatchNoDocsQuery("no clause on the highlighted field");

  @SuppressWarnings("unchecked")
  private static List<Snippet> snippets(Object formatted) {
    return formatted == null ? List.of() : (List<Snippet>) formatted;
  }

  /** The article's opening sentences, for hits without a query. */
  static List<Snippet> lead(List<String> paragraphs) {
    StringBuilder lead = new StringBuilder();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    outer:
    for (String paragraph : paragraphs) {
      sentences.setText(paragraph);
      int start = sentences.first();
      for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
        lead.append(paragraph, start, end);
        if (lead.length() >= LEAD_CHARS) {
          break outer;
        }
      }
      lead.append(' ');
    }
    String text = lead.toString().strip();
    return text.isEmpty() ? List.of() : List.of(new Snippet(List.of(new Fragment(text, false))));
  }

  /**
   * Exposes the object-returning highlight call and a whole-value break iterator for titles, and takes the field
   * values from documents already read.
   */
  private static final class Structured extends UnifiedHighlighter {
    private final Map<Integer, Document> stored;

    Structured(Builder builder, Map<Integer, Document> stored) {
      super(builder);
      this.stored = stored;
    }

    /**
     * The values the default reads from stored fields, built the same way (a multi-valued field's values joined by
     * the separator, cut at the maximum length), from the documents the page has read already.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      int max = getMaxLength();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        Document d = stored.get(doc);
        CharSequence[] values = new CharSequence[fields.length];
        for (int f = 0; f < fields.length && d != null; f++) {
          String[] all = d.getValues(fields[f]);
          if (all.length == 0) {
            continue;
          }
          StringBuilder b = new StringBuilder(all[0].length() < max ? all[0] : all[0].substring(0, max));
          for (int v = 1; v < all.length && b.length() < max; v++) {
            b.append(MULTIVAL_SEP_CHAR).append(all[v], 0, Math.min(all[v].length(), max - b.length()));
          }
          values[f] = b.toString();
        }
        out.add(values);
      }
      return out;
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      return IndexSchema.TITLE.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
    }

    static char separator() {
      return MULTIVAL_SEP_CHAR;
    }
  }

  /**
   * Lucene's passage score (BM25 over the passage's distinct terms, times the position norm), without the hash of
   * 32 KB that its scorer allocates and clears for every passage it scores: that was a third of highlighting a page.
   * A passage holds a handful of matches, so its distinct terms are found by comparing them.
   */
  static final class PassageScores extends PassageScorer {
    /** Matches in one passage above which Lucene's own scoring (with its hash) is used. */
    private static final int MAX_LINEAR = 64;

    @Override
    public float score(Passage passage, int contentLength) {
      int n = passage.getNumMatches();
      if (n > MAX_LINEAR) {
        return super.score(passage, contentLength);
      }
      BytesRef[] terms = passage.getMatchTerms();
      int[] inDoc = passage.getMatchTermFreqsInDoc();
      BytesRef[] distinct = new BytesRef[n];
      int[] freq = new int[n];
      int[] freqInDoc = new int[n];
      int size = 0;
      for (int i = 0; i < n; i++) {
        int id = 0;
        while (id < size && !distinct[id].equals(terms[i])) {
          id++;
        }
        if (id == size) {
          distinct[size] = terms[i];
          freqInDoc[size] = inDoc[i]; // the first occurrence's, as Lucene's scorer keeps
          size++;
        }
        freq[id]++;
      }
      double score = 0;
      for (int id = 0; id < size; id++) {
        score += tf(freq[id], passage.getLength()) * weight(contentLength, freqInDoc[id]);
      }
      return (float) (score * norm(passage.getStartOffset()));
    }
  }

  /** Passages -> List of Snippet; the multi-value separator between paragraphs becomes a space. */
  private static final class FragmentFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> snippets = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        List<Fragment> fragments = new ArrayList<>();
        int pos = p.getStartOffset();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = Math.max(p.getMatchStarts()[i], pos);
          int end = Math.min(p.getMatchEnds()[i], p.getEndOffset());
          if (end <= start) {
            continue;
          }
          add(fragments, content.substring(pos, start), false);
          add(fragments, content.substring(start, end), true);
          pos = end;
        }
        add(fragments, content.substring(pos, Math.max(pos, p.getEndOffset())), false);
        trim(fragments);
        if (!fragments.isEmpty()) {
          snippets.add(new Snippet(fragments));
        }
      }
      return snippets;
    }

    private static void add(List<Fragment> fragments, String text, boolean matched) {
      String clean = text.replace(Structured.separator(), ' ');
      if (!clean.isEmpty()) {
        fragments.add(new Fragment(clean, matched));
      }
    }

    private static void trim(List<Fragment> fragments) {
      if (fragments.isEmpty()) {
        return;
      }
      Fragment first = fragments.get(0);
      fragments.set(0, new Fragment(first.text().stripLeading(), first.matched()));
      int last = fragments.size() - 1;
      Fragment end = fragments.get(last);
      fragments.set(last, new Fragment(end.text().stripTrailing(), end.matched()));
      fragments.removeIf(f -> f.text().isEmpty());
    }
  }
}
