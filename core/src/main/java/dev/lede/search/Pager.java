package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.SparseFixedBitSet;

/**
 * Pages of hits with {@code searchAfter}, optionally collapsed to one hit per story.
 *
 * <p>Collapsing: a hit is shown iff it is its story's first member in the request's order (same query, filters and
 * sort), so the set of shown hits does not depend on page boundaries and cursors stay exact. The pager walks the
 * ordinary hit list after the cursor; for a hit whose story has other members (checked cheaply with the story
 * term's document frequency) it asks for the story's top member under the same query and sort, and keeps the hit
 * only if that is the hit itself. The total is the number of distinct stories among the matches.
 */
final class Pager {
  private static final int MIN_BATCH = 100;

  private Pager() {}

  static Sort sort(SortOrder order) {
    SortField id = new SortField(IndexSchema.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case NEWEST -> new Sort(published(true), id);
      case OLDEST -> new Sort(published(false), id);
    };
  }

  private static SortField published(boolean newestFirst) {
    SortField f = new SortField(IndexSchema.PUBLISHED, SortField.Type.LONG, newestFirst);
    f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE); // undated last either way
    return f;
  }

  /** Up to n hits after {@code after} (null: from the start). */
  static List<FieldDoc> page(IndexSearcher searcher, Query query, SortOrder order, FieldDoc after, int n,
      boolean collapse) throws IOException {
    return walk(searcher, query, sort(order), sort(order), after, n, collapse);
  }

  /**
   * Up to n hits before {@code anchor} (exclusive), nearest first: the same hits {@link #page} shows, walked
   * backwards (the sort reversed, story heads still decided in the request's order). For "previous" at any depth.
   */
  static List<FieldDoc> before(IndexSearcher searcher, Query query, SortOrder order, FieldDoc anchor, int n,
      boolean collapse) throws IOException {
    SortField[] fields = sort(order).getSort();
    SortField[] reversed = new SortField[fields.length];
    for (int i = 0; i < fields.length; i++) {
      SortField f = fields[i];
      reversed[i] = f.getType() == SortField.Type.SCORE
          ? new SortField(null, SortField.Type.SCORE, !f.getReverse())
          : new SortField(f.getField(), f.getType(), !f.getReverse());
      if (f.getMissingValue() != null) {
        reversed[i].setMissingValue(f.getMissingValue()); // undated stay last going forward, so first going back
      }
    }
    return walk(searcher, query, new Sort(reversed), sort(order), anchor, n, collapse);
  }

  private static List<FieldDoc> walk(IndexSearcher searcher, Query query, Sort walk, Sort order, FieldDoc after,
      int n, boolean collapse) throws IOException {
    if (!collapse) {
      return fieldDocs(searcher.search(query, new TopFieldCollectorManager(walk, n, after, n)).scoreDocs);
    }
    List<FieldDoc> page = new ArrayList<>(n);
    FieldDoc scan = after;
    int batch = Math.max(MIN_BATCH, 2 * n);
    while (page.size() < n) {
      List<FieldDoc> docs =
          fieldDocs(searcher.search(query, new TopFieldCollectorManager(walk, batch, scan, batch)).scoreDocs);
      for (FieldDoc d : docs) {
        scan = d;
        if (isStoryHead(searcher, query, order, d) && page.add(d) && page.size() == n) {
          break;
        }
      }
      if (docs.size() < batch) {
        break;
      }
    }
    return page;
  }

  private static List<FieldDoc> fieldDocs(ScoreDoc[] docs) {
    List<FieldDoc> out = new ArrayList<>(docs.length);
    for (ScoreDoc d : docs) {
      out.add((FieldDoc) d);
    }
    return out;
  }

  private static boolean isStoryHead(IndexSearcher searcher, Query query, Sort sort, FieldDoc hit)
      throws IOException {
    String story = storyOf(searcher, hit.doc);
    if (story == null || searcher.getIndexReader().docFreq(new Term(IndexSchema.STORY, story)) <= 1) {
      return true;
    }
    Query members = new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexSchema.STORY, story)), BooleanClause.Occur.FILTER)
        .build();
    ScoreDoc[] top = searcher.search(members, new TopFieldCollectorManager(sort, 1, null, 1)).scoreDocs;
    return top.length == 0 || top[0].doc == hit.doc;
  }

  static String storyOf(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues stories = leaf.reader().getSortedDocValues(IndexSchema.STORY);
    if (stories == null || !stories.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    return stories.lookupOrd(stories.ordValue()).utf8ToString();
  }

  /** Distinct stories among the matches of the query. */
  static long countStories(FacetedSearcher searcher, Query query) throws IOException {
    StoryOrdinals ords = searcher.storyOrdinals();
    if (ords.valueCount() == 0) {
      return 0;
    }
    return searcher.search(query, new StoryCounter(ords));
  }

  /**
   * Marks the global ordinal of each matching document's story in a bit set (sparse: a rare name costs little in a
   * large index); the count is its cardinality. No story id is read or copied.
   */
  private record StoryCounter(StoryOrdinals ords) implements CollectorManager<StoryCounter.PerSlice, Long> {
    @Override
    public PerSlice newCollector() {
      return new PerSlice(ords);
    }

    @Override
    public Long reduce(Collection<PerSlice> collectors) throws IOException {
      SparseFixedBitSet all = null;
      for (PerSlice c : collectors) {
        if (all == null) {
          all = c.stories;
        } else {
          all.or(new BitSetIterator(c.stories, c.stories.approximateCardinality()));
        }
      }
      return all == null ? 0L : all.cardinality();
    }

    static final class PerSlice implements Collector {
      private final StoryOrdinals ords;
      final SparseFixedBitSet stories;

      PerSlice(StoryOrdinals ords) {
        this.ords = ords;
        this.stories = new SparseFixedBitSet(ords.valueCount());
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues values = context.reader().getSortedDocValues(IndexSchema.STORY);
        LongValues global = ords.globalOrds(context);
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) throws IOException {
            if (values != null && values.advanceExact(doc)) {
              int ord = values.ordValue();
              stories.set(global == null ? ord : (int) global.get(ord));
            }
          }
        };
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }
  }
}
