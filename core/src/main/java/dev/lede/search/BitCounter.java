package dev.lede.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The {@link QueryCounter} behind {@link LedeSearcher#counter}: evaluates a query into one bit set per segment.
 * Term, boolean, boost and match-all queries (what names and words compile to) are evaluated here, reading postings
 * through term dictionaries kept open between queries; any other query (phrases, patterns, ranges) is evaluated by
 * its Lucene weight into the same bits. Lucene's search of the same query spends most of a name's count on setting
 * up rewrites, weights, scorers and a fresh terms enum per term, which this skips. Bit sets cost maxDoc/8 bytes per
 * clause and segment, which is why this serves counting, not paging.
 */
final class BitCounter implements QueryCounter {
  private final IndexView.Lease lease;
  private final FacetedSearcher searcher;
  private final QueryCompiler compiler;
  private final SearchRequest template;
  private final List<Leaf> leaves = new ArrayList<>();
  private final FixedBitSet stories;
  /** Where the stories are, when counting them; null when counting articles. */
  private final StoryOrdinals.Layout layout;
  private long cachedBytes;
  /** A term in at least one document in this many is common enough to keep its bits. */
  private static final int COMMON_SHARE = 64;
  /** What the bits of common terms may take, over all segments. */
  private static final long CACHE_BYTES = 32L << 20;
  private boolean closed;

  /** What one segment keeps between queries. */
  private static final class Leaf {
    final LeafReaderContext context;
    final int maxDoc;
    final Bits live;
    /** The request's filters and the segment's live documents, or null when every document passes. */
    final FixedBitSet accept;
    final Map<String, TermsEnum> terms = new HashMap<>();
    final Map<String, PostingsEnum> postings = new HashMap<>();
    /** Bits of the segment's common terms, kept for the counter's lifetime. */
    final Map<Term, FixedBitSet> common = new HashMap<>();
    /**
     * Bits of the phrases and other queries evaluated by their weight, kept for the counter's lifetime: the lines of
     * a batch share them through their name variants ("America", "U.S." and "USA" each search "united states").
     */
    final Map<Query, FixedBitSet> evaluated = new HashMap<>();

    Leaf(LeafReaderContext context, FixedBitSet accept) {
      this.context = context;
      this.maxDoc = context.reader().maxDoc();
      this.live = context.reader().getLiveDocs();
      this.accept = accept;
    }
  }

  BitCounter(IndexView.Lease lease, QueryCompiler compiler, SearchRequest template) throws IOException {
    this.lease = lease;
    this.searcher = lease.searcher();
    this.compiler = compiler;
    this.template = template;
    StoryOrdinals ords = searcher.storyOrdinals();
    this.stories = template.collapseStories() ? new FixedBitSet(Math.max(1, ords.valueCount())) : null;
    this.layout = stories == null ? null : ords.layout(searcher.getIndexReader());
    Query filters = SearcherCore.drillDown(new MatchAllDocsQuery(), template);
    boolean filtered = !(searcher.rewrite(filters) instanceof MatchAllDocsQuery);
    Weight filter = filtered ? weight(filters) : null;
    for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
      FixedBitSet accept = null;
      if (filter != null) {
        accept = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
        or(accept, filter, context);
      }
      Bits live = context.reader().getLiveDocs();
      if (live != null) {
        if (accept == null) {
          accept = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
          accept.set(0, context.reader().maxDoc());
        }
        for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
          if (!live.get(doc)) {
            accept.clear(doc);
          }
        }
      }
      leaves.add(new Leaf(context, accept));
    }
  }

  @Override
  public SearchResult count(String query) {
    QueryCompiler.Compiled compiled = compiler.compile(query, template.exact());
    try {
      Map<Query, Weight> weights = new IdentityHashMap<>();
      long total = 0;
      if (stories != null) {
        stories.clear();
      }
      for (Leaf leaf : leaves) {
        FixedBitSet bits = eval(compiled.query(), leaf, weights);
        if (bits == null) {
          continue;
        }
        if (leaf.accept != null) {
          bits.and(leaf.accept);
        }
        total += stories == null ? bits.cardinality() : storiesOf(bits, leaf);
      }
      if (stories != null) {
        total += stories.cardinality();
      }
      return new SearchResult(total, List.of(), List.of(), DateHistogram.EMPTY, compiled.notices(), null);
    } catch (IndexSearcher.TooManyClauses e) {
      throw compiler.tooManyTerms();
    } catch (IOException e) {
      throw new IndexUnavailableException("the index could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Counts the matches that are a story alone and sets the story bit of each other match (the caller adds the bits'
   * cardinality at the end, since a story may have matches in several segments). Consumes {@code bits}.
   */
  private long storiesOf(FixedBitSet bits, Leaf leaf) {
    int ord = leaf.context.ord;
    long alone = FixedBitSet.intersectionCount(bits, layout.alone()[ord]);
    bits.and(layout.shared()[ord]);
    int[] storyOf = layout.storyOf()[ord];
    for (int doc = bits.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      stories.set(storyOf[doc]);
    }
    return alone;
  }

  /** The documents of the segment that the query matches (deleted ones included), or null for none. */
  private FixedBitSet eval(Query query, Leaf leaf, Map<Query, Weight> weights) throws IOException {
    return switch (query) {
      case TermQuery t -> term(t, leaf);
      case BoostQuery b -> eval(b.getQuery(), leaf, weights);
      case ConstantScoreQuery c -> eval(c.getQuery(), leaf, weights);
      case MatchNoDocsQuery n -> null;
      case MatchAllDocsQuery a -> {
        FixedBitSet all = new FixedBitSet(Math.max(1, leaf.maxDoc));
        all.set(0, leaf.maxDoc);
        yield all;
      }
      case BooleanQuery b when b.getMinimumNumberShouldMatch() <= 1 -> bool(b, leaf, weights);
      default -> {
        FixedBitSet known = leaf.evaluated.get(query);
        if (known != null) {
          yield known.length() == 0 ? null : known.clone(); // callers combine bits in place
        }
        Weight w = weights.get(query);
        if (w == null) {
          w = weight(query);
          weights.put(query, w);
        }
        FixedBitSet bits = new FixedBitSet(Math.max(1, leaf.maxDoc));
        boolean any = or(bits, w, leaf.context);
        remember(leaf.evaluated, query, any ? bits : NONE);
        yield any ? bits : null;
      }
    };
  }

  /**
   * Lucene's boolean matching: every required clause; at least one optional clause when there is no required one
   * or when one is asked for; no prohibited clause; nothing when only prohibited clauses are left.
   */
  private FixedBitSet bool(BooleanQuery query, Leaf leaf, Map<Query, Weight> weights) throws IOException {
    List<Query> optional = new ArrayList<>();
    List<Query> prohibited = new ArrayList<>();
    FixedBitSet result = null;
    boolean required = false;
    for (BooleanClause c : query.clauses()) {
      switch (c.occur()) {
        case MUST, FILTER -> {
          FixedBitSet bits = eval(c.query(), leaf, weights);
          if (bits == null) {
            return null;
          }
          if (result == null) {
            result = bits;
          } else {
            result.and(bits);
          }
          required = true;
        }
        case SHOULD -> optional.add(c.query());
        case MUST_NOT -> prohibited.add(c.query());
      }
    }
    if (!required || query.getMinimumNumberShouldMatch() == 1) {
      FixedBitSet any = null;
      for (Query q : withoutSubsumed(optional)) {
        FixedBitSet bits = eval(q, leaf, weights);
        if (bits != null) {
          if (any == null) {
            any = bits;
          } else {
            any.or(bits);
          }
        }
      }
      if (any == null) {
        return null;
      }
      if (result == null) {
        result = any;
      } else {
        result.and(any);
      }
    }
    for (Query q : prohibited) {
      FixedBitSet bits = eval(q, leaf, weights);
      if (bits != null) {
        result.andNot(bits);
      }
    }
    return result;
  }

  /**
   * The alternatives of a disjunction, nested disjunctions flattened, without the phrases that can only match where
   * one of the alternatives' terms does ("donald trump" in the body beside body:trump, as a name's variants are
   * written): the union is the same, and a phrase costs a weight and position reads where a term costs a seek.
   */
  private static List<Query> withoutSubsumed(List<Query> optional) {
    List<Query> flat = new ArrayList<>();
    for (Query q : optional) {
      flatten(q, flat);
    }
    Set<Term> terms = new HashSet<>();
    for (Query q : flat) {
      if (q instanceof TermQuery t) {
        terms.add(t.getTerm());
      }
    }
    if (terms.isEmpty()) {
      return flat;
    }
    List<Query> kept = new ArrayList<>(flat.size());
    for (Query q : flat) {
      if (!(q instanceof PhraseQuery p && Arrays.stream(p.getTerms()).anyMatch(terms::contains))) {
        kept.add(q);
      }
    }
    return kept;
  }

  /** Adds the query, or the alternatives of a pure disjunction under boosts and constant scores, to {@code out}. */
  private static void flatten(Query query, List<Query> out) {
    switch (query) {
      case BoostQuery b -> flatten(b.getQuery(), out);
      case ConstantScoreQuery c -> flatten(c.getQuery(), out);
      case BooleanQuery b when b.getMinimumNumberShouldMatch() <= 1
          && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD) -> {
        for (BooleanClause c : b.clauses()) {
          flatten(c.query(), out);
        }
      }
      default -> out.add(query);
    }
  }

  private FixedBitSet term(TermQuery query, Leaf leaf) throws IOException {
    String field = query.getTerm().field();
    TermsEnum terms = leaf.terms.get(field);
    if (terms == null) {
      Terms t = leaf.context.reader().terms(field);
      if (t == null) {
        return null;
      }
      terms = t.iterator();
      leaf.terms.put(field, terms);
    }
    FixedBitSet known = leaf.common.get(query.getTerm());
    if (known != null) {
      return known.clone(); // callers combine bits in place
    }
    if (!terms.seekExact(query.getTerm().bytes())) {
      return null;
    }
    PostingsEnum postings = terms.postings(leaf.postings.get(field), PostingsEnum.NONE);
    leaf.postings.put(field, postings);
    FixedBitSet bits = new FixedBitSet(Math.max(1, leaf.maxDoc));
    bits.or(postings); // Lucene's bulk load of postings into bits
    if ((long) terms.docFreq() * COMMON_SHARE >= leaf.maxDoc) {
      // a common word ("trump", "house") comes back in many lines: copying its bits beats reading its postings
      remember(leaf.common, query.getTerm(), bits);
    }
    return bits;
  }

  /** An evaluated query without matches in a segment, as kept in {@link Leaf#evaluated}. */
  private static final FixedBitSet NONE = new FixedBitSet(0);

  /** Keeps a copy of the bits while the counter's budget allows. */
  private <K> void remember(Map<K, FixedBitSet> cache, K key, FixedBitSet bits) {
    long bytes = bits.ramBytesUsed();
    if (cachedBytes + bytes <= CACHE_BYTES) {
      cache.put(key, bits == NONE ? NONE : bits.clone());
      cachedBytes += bytes;
    }
  }

  private Weight weight(Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** Sets the bits of the weight's matches in the segment; false when it has none there. */
  private static boolean or(FixedBitSet bits, Weight weight, LeafReaderContext context) throws IOException {
    ScorerSupplier supplier = weight.scorerSupplier(context);
    if (supplier == null) {
      return false;
    }
    bits.or(supplier.get(Long.MAX_VALUE).iterator());
    return true;
  }

  @Override
  public void close() {
    if (closed) {
      return; // a second close must not release the snapshot's reference twice
    }
    closed = true;
    try {
      lease.close();
    } catch (IOException e) {
      throw new IndexUnavailableException("the index could not be released: " + e.getMessage(), e);
    }
  }
}
