package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
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
  /** Built on the first count of many queries, then shared; racing first uses build it twice, alike. */
  private volatile Layout layout;

  /**
   * Where each document's story is, per segment (by {@code LeafReaderContext.ord}): its global ordinal ({@code -1}
   * without a story), and which documents are a story alone in the whole index. Distinct stories among a set of
   * matches are then the matches among those ({@link FixedBitSet#intersectionCount}, a pop count) plus the distinct
   * stories of the other matches: in news, most stories are one article, so few matches are visited one by one.
   */
  record Layout(int[][] storyOf, FixedBitSet[] alone, FixedBitSet[] shared) {}

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

  /** The story layout of the reader these ordinals were built from. */
  Layout layout(IndexReader reader) throws IOException {
    Layout l = layout;
    if (l == null) {
      l = buildLayout(reader);
      layout = l;
    }
    return l;
  }

  private Layout buildLayout(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    int[][] storyOf = new int[leaves.size()][];
    int[] members = new int[Math.max(1, valueCount)];
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      int[] of = new int[Math.max(1, maxDoc)];
      Arrays.fill(of, -1);
      SortedDocValues values = leaf.reader().getSortedDocValues(IndexSchema.STORY);
      LongValues global = globalOrds(leaf);
      if (values != null) {
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
          int ord = values.ordValue();
          int g = global == null ? ord : (int) global.get(ord);
          of[doc] = g;
          members[g]++;
        }
      }
      storyOf[leaf.ord] = of;
    }
    FixedBitSet[] alone = new FixedBitSet[leaves.size()];
    FixedBitSet[] shared = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet a = new FixedBitSet(Math.max(1, maxDoc));
      FixedBitSet sh = new FixedBitSet(Math.max(1, maxDoc));
      int[] of = storyOf[leaf.ord];
      for (int doc = 0; doc < maxDoc; doc++) {
        int g = of[doc];
        if (g >= 0) {
          // deleted documents count as members here: that can only send a story the exact way, never miscount it
          (members[g] == 1 ? a : sh).set(doc);
        }
      }
      alone[leaf.ord] = a;
      shared[leaf.ord] = sh;
    }
    return new Layout(storyOf, alone, shared);
  }

  /** Segment ordinal -> global ordinal for the leaf, or null when they are the same. */
  LongValues globalOrds(LeafReaderContext leaf) {
    return map == null ? null : map.getGlobalOrds(leaf.ord);
  }
}
