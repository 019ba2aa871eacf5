package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The story values of all segments numbered as one sorted list (global ordinals), so that distinct stories among
 * matches are counted as bits instead of as copied and hashed story ids. Built once per reader (a few milliseconds
 * per 100,000 stories) and shared by every count on it.
 */
final class StoryOrdinals {
  private final int valueCount;
  /** Null with one segment, whose own ordinals are already global. */
  private final OrdinalMap map;

  private StoryOrdinals(int valueCount, OrdinalMap map) {
    this.valueCount = valueCount;
    this.map = map;
  }

  static StoryOrdinals of(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    if (leaves.size() == 1) {
      SortedDocValues values = leaves.get(0).reader().getSortedDocValues(IndexSchema.STORY);
      return new StoryOrdinals(values == null ? 0 : values.getValueCount(), null);
    }
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      SortedDocValues v = leaf.reader().getSortedDocValues(IndexSchema.STORY);
      values[leaf.ord] = v == null ? DocValues.emptySorted() : v;
    }
    OrdinalMap map = OrdinalMap.build(reader.getReaderCacheHelper() == null ? null
        : reader.getReaderCacheHelper().getKey(), values, PackedInts.DEFAULT);
    return new StoryOrdinals(Math.toIntExact(map.getValueCount()), map);
  }

  /** Distinct story values in the whole index. */
  int valueCount() {
    return valueCount;
  }

  /** Segment ordinal -> global ordinal for the leaf, or null when they are the same. */
  LongValues globalOrds(LeafReaderContext leaf) {
    return map == null ? null : map.getGlobalOrds(leaf.ord);
  }
}
