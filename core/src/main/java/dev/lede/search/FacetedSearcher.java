package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An IndexSearcher with what is expensive to compute per reader: the facet ordinal state, and (lazily) every value
 * of each dimension with its count over the whole index (for facet value search and suggestions).
 */
final class FacetedSearcher extends IndexSearcher {
  static final FacetsConfig FACETS = IndexSchema.facetsConfig();

  /** Creates these for a SearcherManager. */
  static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new FacetedSearcher(reader);
    }
  };

  private final SortedSetDocValuesReaderState facetState;
  private final Map<Dimension, List<LabelAndValue>> allValues = new ConcurrentHashMap<>();
  private volatile StoryOrdinals storyOrdinals;

  FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, FACETS) : null;
  }

  private static boolean hasFacets(IndexReader reader) {
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos().fieldInfo(field) != null);
  }

  /** Null when the index has no facet values at all (e.g. empty). */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** The story values numbered across segments, computed on first use (two racing first uses compute it twice). */
  StoryOrdinals storyOrdinals() throws IOException {
    StoryOrdinals ords = storyOrdinals;
    if (ords == null) {
      ords = StoryOrdinals.of(getIndexReader());
      storyOrdinals = ords;
    }
    return ords;
  }

  /** Every value of the dimension with its document count over the whole index, most frequent first. */
  List<LabelAndValue> allValues(Dimension dimension) throws IOException {
    List<LabelAndValue> values = allValues.get(dimension);
    if (values == null) {
      values = computeAll(dimension);
      allValues.put(dimension, values);
    }
    return values;
  }

  private List<LabelAndValue> computeAll(Dimension dimension) throws IOException {
    if (facetState == null || facetState.getOrdRange(dimension.field()) == null) {
      return List.of();
    }
    var result = new SortedSetDocValuesFacetCounts(facetState).getAllChildren(dimension.field());
    if (result == null) {
      return List.of();
    }
    return java.util.Arrays.stream(result.labelValues)
        .sorted((a, b) -> {
          int c = Long.compare(b.value.longValue(), a.value.longValue());
          return c != 0 ? c : a.label.compareTo(b.label);
        })
        .toList();
  }
}
