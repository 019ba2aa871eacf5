package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
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
import org.apache.lucene.search.TopDocs;
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
 * term's document frequency) it checks which members match the same query and keeps the hit only if none of them
 * comes before it in the request's order ({@link StoryMembers#heads}). The total is the number of distinct stories among the matches.
 */
final class Pager {
  /**
   * Hits read per search while collapsing, at least: a story's versions (syndicated copies, often dozens) follow one
   * another in relevance order, so a page of distinct stories may need hundreds of hits; a larger heap in the
   * collector costs far less than a second pass over the matches.
   */
  private static final int MIN_BATCH = 500;
  /** Hits whose story heads are decided together, at least. */
  private static final int MIN_CHUNK = 10;

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
    return page(searcher, query, order, after, n, collapse, null);
  }

  /** As above, with the first batch already collected by {@link #firstBatch}'s collector (null: search for it). */
  static List<FieldDoc> page(IndexSearcher searcher, Query query, SortOrder order, FieldDoc after, int n,
      boolean collapse, TopDocs first) throws IOException {
    return walk(searcher, query, sort(order), sort(order), after, n, collapse, first);
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
    return walk(searcher, query, new Sort(reversed), sort(order), anchor, n, collapse, null);
  }

  private static List<FieldDoc> walk(IndexSearcher searcher, Query query, Sort walk, Sort order, FieldDoc after,
      int n, boolean collapse, TopDocs first) throws IOException {
    if (!collapse) {
      return fieldDocs((first != null ? first
          : searcher.search(query, new TopFieldCollectorManager(walk, n, after, n))).scoreDocs);
    }
    SortOrder requested = orderOf(order);
    // Walking forwards, a story's later hits are never heads. From the first hit on, the first hit met of a story
    // is its head; after a cursor, the story may have a better member before the cursor, so that hit is checked.
    // Walking backwards, a story's worse hits come first: every hit is checked.
    boolean forward = walk.equals(order);
    boolean fromStart = after == null && forward;
    Set<String> seen = new HashSet<>();
    List<FieldDoc> page = new ArrayList<>(n);
    FieldDoc scan = after;
    int batch = batchSize(n, true);
    long walked = 0;
    while (page.size() < n) {
      List<FieldDoc> docs = fieldDocs((first != null ? first
          : searcher.search(query, new TopFieldCollectorManager(walk, batch, scan, batch))).scoreDocs);
      first = null;
      // Heads are decided a few hits at a time: a page usually fills from the first of them.
      for (int from = 0; from < docs.size() && page.size() < n; ) {
        int to = Math.min(docs.size(), from + Math.max(MIN_CHUNK, n - page.size()));
        List<FieldDoc> chunk = docs.subList(from, to);
        boolean[] heads = new boolean[chunk.size()];
        List<FieldDoc> unseen = new ArrayList<>();
        List<String> unseenStories = new ArrayList<>();
        String[] stories = storiesOf(searcher, chunk);
        for (int i = 0; i < chunk.size(); i++) {
          String story = stories[i];
          heads[i] = story == null || !forward || seen.add(story);
          if (heads[i] && story != null && !fromStart) {
            unseen.add(chunk.get(i));
            unseenStories.add(story);
          }
        }
        boolean[] checked = unseen.isEmpty() ? new boolean[0]
            : StoryMembers.heads(searcher, query, requested, unseen, unseenStories);
        for (int i = 0, u = 0; i < chunk.size() && page.size() < n; i++) {
          scan = chunk.get(i);
          if (heads[i] && (u < unseen.size() && unseen.get(u) == chunk.get(i) ? checked[u++] : true)) {
            page.add(chunk.get(i));
          }
        }
        from = to;
      }
      if (docs.size() < batch) {
        break;
      }
      walked += docs.size();
      batch = nextBatch(batch, walked, page.size(), n);
    }
    return page;
  }

  /** Hits read per search after the first batch, at most: a story's hundreds of versions need no more. */
  private static final int MAX_BATCH = 10_000;

  /**
   * The size of the next batch when {@code walked} hits gave {@code shown} of the {@code n} hits wanted: enough,
   * at the yield so far and with a quarter to spare, for the rest of the page. Each batch is a new pass over the
   * matches, so when a page's stories have many versions each (syndicated copies), batches of the first size
   * would walk the matches again and again.
   */
  static int nextBatch(int batch, long walked, int shown, int n) {
    double perShown = (double) walked / Math.max(1, shown);
    long wanted = (long) Math.ceil((n - shown) * perShown * 1.25);
    return (int) Math.max(batch, Math.min(MAX_BATCH, wanted));
  }

  /** Hits read per search while paging: the page itself, or a larger batch to pick story heads from. */
  static int batchSize(int n, boolean collapse) {
    return collapse ? Math.max(MIN_BATCH, 2 * n) : n;
  }

  /**
   * The collector of the first batch of hits that {@link #page} would search for, so that a caller already making
   * a pass over the matches (to count facets) collects them in it; pass its result to {@link #page}.
   */
  static TopFieldCollectorManager firstBatch(SortOrder order, FieldDoc after, int n, boolean collapse) {
    int batch = batchSize(n, collapse);
    return new TopFieldCollectorManager(sort(order), batch, after, batch);
  }

  private static SortOrder orderOf(Sort sort) {
    for (SortOrder o : SortOrder.values()) {
      if (sort(o).equals(sort)) {
        return o;
      }
    }
    throw new IllegalArgumentException("not a request order: " + sort);
  }

  private static List<FieldDoc> fieldDocs(ScoreDoc[] docs) {
    List<FieldDoc> out = new ArrayList<>(docs.length);
    for (ScoreDoc d : docs) {
      out.add((FieldDoc) d);
    }
    return out;
  }

  /**
   * The story ids of the hits (null where a hit has none), each segment's story values opened once and read in
   * document order (a hit at a time, each opening cost as much as the read).
   */
  static String[] storiesOf(IndexSearcher searcher, List<? extends ScoreDoc> hits) throws IOException {
    Integer[] byDoc = new Integer[hits.size()];
    for (int i = 0; i < byDoc.length; i++) {
      byDoc[i] = i;
    }
    java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> hits.get(i).doc));
    String[] out = new String[hits.size()];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    SortedDocValues stories = null;
    for (int i : byDoc) {
      int doc = hits.get(i).doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        stories = leaf.reader().getSortedDocValues(IndexSchema.STORY);
      }
      if (stories != null && stories.advanceExact(doc - leaf.docBase)) {
        out[i] = stories.lookupOrd(stories.ordValue()).utf8ToString();
      }
    }
    return out;
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
    CollectorManager<?, Long> counter = storyCounter(searcher);
    return counter == null ? 0 : searcher.search(query, counter);
  }

  /** Counts distinct stories among the documents it collects; null when the index has no stories. */
  static CollectorManager<?, Long> storyCounter(FacetedSearcher searcher) throws IOException {
    StoryOrdinals ords = searcher.storyOrdinals();
    return ords.valueCount() == 0 ? null : new StoryCounter(ords);
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
