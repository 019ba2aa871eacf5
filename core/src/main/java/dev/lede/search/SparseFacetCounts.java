package dev.lede.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PrimitiveIterator;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.TopOrdAndIntQueue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts of few matches (a results page's hits, or the sample of many), with the results of Lucene's
 * {@code SortedSetDocValuesFacetCounts} (a test compares them). Lucene finds a dimension's top values by visiting
 * every value of the dimension, which at a million articles is hundreds of thousands of names per dimension and per
 * search, however few matches there are; this remembers which values were counted and visits only those.
 */
final class SparseFacetCounts extends Facets {
  private final SortedSetDocValuesReaderState state;
  private final FacetsConfig config;
  /** Global ordinals' values, for labels and path lookups. */
  private final SortedSetDocValues values;
  private final int[] counts;
  /** The ordinals counted at least once, in no order. */
  private int[] counted = new int[64];
  private int countedSize;

  SparseFacetCounts(SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
    this.state = state;
    this.config = state.getFacetsConfig();
    this.values = state.getDocValues();
    this.counts = new int[state.getSize()];
    OrdinalMap map = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      count(m, map);
    }
  }

  /**
   * Whether counting {@code matches} documents this way beats Lucene's dense counts: when they are few next to the
   * values of the index (Lucene's own threshold for mapping ordinals document by document).
   */
  static boolean pays(long matches, SortedSetDocValuesReaderState state) {
    return matches < state.getSize() / 10;
  }

  private void count(FacetsCollector.MatchingDocs m, OrdinalMap map) throws IOException {
    LeafReaderContext leaf = m.context();
    SortedSetDocValues segment = leaf.reader().getSortedSetDocValues(state.getField());
    if (segment == null || m.bits() == null) {
      return;
    }
    DocIdSetIterator docs = m.bits().iterator();
    if (docs == null) {
      return;
    }
    LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (!segment.advanceExact(doc)) {
        continue;
      }
      for (int i = segment.docValueCount(); i > 0; i--) {
        int ord = (int) global.get(segment.nextOrd());
        if (counts[ord]++ == 0) {
          if (countedSize == counted.length) {
            counted = Arrays.copyOf(counted, countedSize * 2);
          }
          counted[countedSize++] = ord;
        }
      }
    }
  }

  /** The children of a path: their ordinals, and the ordinal of the path (the dimension's first for a flat one). */
  private record Children(int pathOrd, PrimitiveIterator.OfInt ords, boolean flat, int start, int end) {}

  /** Null when the dimension or path has no values in the index. */
  private Children children(String dim, String... path) throws IOException {
    FacetsConfig.DimConfig dimConfig = config.getDimConfig(dim);
    if (dimConfig.hierarchical) {
      SortedSetDocValuesReaderState.DimTree tree = state.getDimTree(dim);
      if (tree == null) {
        return null;
      }
      int pathOrd = path.length == 0 ? tree.dimStartOrd
          : (int) values.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
      return pathOrd < 0 ? null : new Children(pathOrd, tree.iterator(pathOrd), false, 0, -1);
    }
    if (path.length > 0) {
      throw new IllegalArgumentException("Field is not configured as hierarchical, path should be 0 length");
    }
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return null;
    }
    // a dimension counted as a whole indexes its own path first, which is not one of its children
    int start = dimConfig.multiValued && dimConfig.requireDimCount ? range.start() + 1 : range.start();
    return new Children(range.start(), null, true, start, range.end());
  }

  /** The counted ordinals among a flat dimension's children, in ordinal (label) order. */
  private int[] countedIn(Children c) {
    int[] out = new int[countedSize];
    int n = 0;
    for (int i = 0; i < countedSize; i++) {
      int ord = counted[i];
      if (ord >= c.start() && ord <= c.end()) {
        out[n++] = ord;
      }
    }
    out = Arrays.copyOf(out, n);
    Arrays.sort(out);
    return out;
  }

  private PrimitiveIterator.OfInt ords(Children c) {
    return c.flat() ? Arrays.stream(countedIn(c)).iterator() : c.ords();
  }

  /** The path's count as Lucene gives it: its own count when indexed, -1 for a multi-valued flat dimension. */
  private int pathCount(String dim, Children c, int childSum) {
    FacetsConfig.DimConfig dimConfig = config.getDimConfig(dim);
    if (dimConfig.hierarchical || (dimConfig.multiValued && dimConfig.requireDimCount)) {
      return counts[c.pathOrd()];
    }
    return dimConfig.multiValued ? -1 : childSum;
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    validateTopN(topN);
    Children c = children(dim, path);
    if (c == null) {
      return null;
    }
    TopOrdAndIntQueue queue = new TopOrdAndIntQueue(topN);
    int sum = 0;
    int childCount = 0;
    for (PrimitiveIterator.OfInt it = ords(c); it.hasNext(); ) {
      int ord = it.nextInt();
      int count = counts[ord];
      if (count > 0) {
        sum += count;
        childCount++;
        TopOrdAndIntQueue.OrdAndInt v = new TopOrdAndIntQueue.OrdAndInt();
        v.ord = ord;
        v.value = count;
        queue.insertWithOverflow(v);
      }
    }
    if (childCount == 0) {
      return null;
    }
    LabelAndValue[] labels = new LabelAndValue[queue.size()];
    for (int i = labels.length - 1; i >= 0; i--) {
      TopOrdAndIntQueue.OrdAndInt v = (TopOrdAndIntQueue.OrdAndInt) queue.pop();
      labels[i] = new LabelAndValue(label(v.ord), v.value);
    }
    return new FacetResult(dim, path, pathCount(dim, c, sum), labels, childCount);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    Children c = children(dim, path);
    if (c == null) {
      return null;
    }
    List<LabelAndValue> labels = new ArrayList<>();
    int sum = 0;
    for (PrimitiveIterator.OfInt it = ords(c); it.hasNext(); ) {
      int ord = it.nextInt();
      if (counts[ord] > 0) {
        sum += counts[ord];
        labels.add(new LabelAndValue(label(ord), counts[ord]));
      }
    }
    if (labels.isEmpty()) {
      return null;
    }
    return new FacetResult(dim, path, pathCount(dim, c, sum), labels.toArray(new LabelAndValue[0]),
        labels.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    if (path.length != 1) {
      throw new IllegalArgumentException("path must be length=1");
    }
    long ord = values.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
    return ord < 0 ? -1 : counts[(int) ord];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    validateTopN(topN);
    List<FacetResult> results = new ArrayList<>();
    for (String dim : state.getDims()) {
      FacetResult r = getTopChildren(topN, dim);
      if (r != null) {
        results.add(r);
      }
    }
    results.sort(Comparator.comparingInt((FacetResult r) -> r.value.intValue()).reversed()
        .thenComparing(r -> r.dim));
    return results;
  }

  private String label(int ord) throws IOException {
    String[] parts = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
    return parts[parts.length - 1];
  }
}
