package dev.lede.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet ordinal state of one reader, as Lucene's {@code DefaultSortedSetDocValuesReaderState} keeps it, found
 * without reading every value. Lucene's state decodes every facet value of the index into a string to find where
 * each dimension's values begin and end; with millions of entity names that walk was most of opening a large
 * index. Values are sorted as "dim" + U+001F + value, so each dimension's range is found by two binary searches,
 * and only a hierarchical dimension (the date: a few thousand values) is walked to know its tree. Counts made with
 * it are those of Lucene's own state (a test compares them).
 */
final class FacetState extends SortedSetDocValuesReaderState {
  private static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
  /** Above the delimiter U+001F: every value of a dimension sorts before dim + this. */
  private static final char AFTER_DELIMITER = (char) (FacetsConfig.DELIM_CHAR + 1);

  private final IndexReader reader;
  private final FacetsConfig config;
  /** Null with one segment, whose ordinals are already the global ones. */
  private final OrdinalMap map;
  private final int valueCount;
  private final Map<String, OrdRange> flat = new HashMap<>();
  private final Map<String, DimTree> trees = new HashMap<>();
  private final Set<String> dims = new LinkedHashSet<>();

  private FacetState(IndexReader reader, FacetsConfig config, SortedSetDocValues all, Collection<String> dimensions)
      throws IOException {
    this.reader = reader;
    this.config = config;
    this.map = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    this.valueCount = Math.toIntExact(all.getValueCount());
    for (String dim : dimensions) {
      int start = ceiling(all, dim);
      int end = ceiling(all, dim + AFTER_DELIMITER) - 1;
      if (end < start) {
        continue; // no value of this dimension in the index
      }
      dims.add(dim);
      if (config.getDimConfig(dim).hierarchical) {
        trees.put(dim, tree(all, start, end));
      } else {
        flat.put(dim, new OrdRange(start, end));
      }
    }
  }

  /**
   * The state of the reader's facet values of these dimensions, or null when the reader has none.
   *
   * @throws IllegalArgumentException if the facet field is not indexed as sorted-set doc values
   */
  static FacetState of(IndexReader reader, FacetsConfig config, Collection<String> dimensions) throws IOException {
    Objects.requireNonNull(reader, "reader");
    SortedSetDocValues all = MultiDocValues.getSortedSetValues(reader, FIELD);
    if (all == null) {
      return null;
    }
    if (all.getValueCount() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many facet values: " + all.getValueCount());
    }
    return new FacetState(reader, config, all, dimensions);
  }

  /** The first ordinal whose value is at or after {@code value}. */
  private static int ceiling(SortedSetDocValues values, String value) throws IOException {
    long ord = values.lookupTerm(new BytesRef(value));
    return Math.toIntExact(ord >= 0 ? ord : -ord - 1);
  }

  /**
   * The tree of a hierarchical dimension's ordinals {@code start..end}: every ancestor path is indexed, so a value
   * is followed by its first child, by its next sibling, or by neither (the end of its parent's children).
   */
  private static DimTree tree(SortedSetDocValues values, int start, int end) throws IOException {
    List<Integer> siblings = new ArrayList<>();
    List<Boolean> hasChildren = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>(); // {relative ordinal, path length} of values whose sibling is unknown
    int next = depth(values, start);
    for (int ord = start; ; ord++) {
      int depth = next;
      int relative = ord - start;
      while (!open.isEmpty() && open.peek()[1] >= depth) {
        int[] earlier = open.pop();
        if (earlier[1] == depth) {
          siblings.set(earlier[0], relative);
        }
      }
      if (ord == end) {
        siblings.add(INVALID_ORDINAL);
        hasChildren.add(false);
        break;
      }
      next = depth(values, ord + 1);
      if (depth < next) {
        hasChildren.add(true);
        open.push(new int[] {relative, depth});
        siblings.add(INVALID_ORDINAL);
      } else {
        hasChildren.add(false);
        siblings.add(depth == next ? relative + 1 : INVALID_ORDINAL);
      }
    }
    return new DimTree(start, siblings, hasChildren);
  }

  private static int depth(SortedSetDocValues values, int ord) throws IOException {
    return FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString()).length;
  }

  /** Fresh doc values over every segment (one instance per counting thread), sharing the ordinal map. */
  @Override
  public SortedSetDocValues getDocValues() throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    if (map == null) {
      return MultiDocValues.getSortedSetValues(reader, FIELD);
    }
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    int[] starts = new int[leaves.size() + 1];
    long cost = 0;
    for (LeafReaderContext leaf : leaves) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(FIELD);
      if (info != null && info.getDocValuesType() != DocValuesType.SORTED_SET) {
        return null;
      }
      SortedSetDocValues v = leaf.reader().getSortedSetDocValues(FIELD);
      values[leaf.ord] = v == null ? DocValues.emptySortedSet() : v;
      starts[leaf.ord] = leaf.docBase;
      cost += values[leaf.ord].cost();
    }
    starts[leaves.size()] = reader.maxDoc();
    return new MultiDocValues.MultiSortedSetDocValues(values, starts, map, cost);
  }

  @Override
  public String getField() {
    return FIELD;
  }

  @Override
  public IndexReader getReader() {
    return reader;
  }

  @Override
  public int getSize() {
    return valueCount;
  }

  @Override
  public FacetsConfig getFacetsConfig() {
    return config;
  }

  @Override
  public OrdRange getOrdRange(String dim) {
    if (config.getDimConfig(dim).hierarchical) {
      throw new UnsupportedOperationException("only flat dimensions have one range: " + dim);
    }
    return flat.get(dim);
  }

  @Override
  public Map<String, OrdRange> getPrefixToOrdRange() {
    return Collections.unmodifiableMap(flat);
  }

  @Override
  public DimTree getDimTree(String dim) {
    if (!config.getDimConfig(dim).hierarchical) {
      throw new UnsupportedOperationException("only hierarchical dimensions have a tree: " + dim);
    }
    return trees.get(dim);
  }

  @Override
  public Iterable<String> getDims() {
    return Collections.unmodifiableSet(dims);
  }

  @Override
  public long ramBytesUsed() {
    return map == null ? 0 : map.ramBytesUsed();
  }
}
