package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.IOSupplier;

/**
 * An IndexSearcher with what is expensive to compute per reader: the facet ordinal state, (lazily) every value of
 * each dimension with its count over the whole index (for facet value search and suggestions), and the first pages
 * of browsing (no query, no filter), which change only with the reader.
 */
final class FacetedSearcher extends IndexSearcher {
  static final FacetsConfig FACETS = IndexSchema.facetsConfig();
  /** Every facet dimension of the schema, the date hierarchy included. */
  private static final List<String> DIMENSIONS = java.util.stream.Stream.concat(
      IndexSchema.FACET_FIELDS.stream(), java.util.stream.Stream.of(IndexSchema.DATE_FACET)).toList();

  /** Creates these for a SearcherManager. */
  static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new FacetedSearcher(reader);
    }
  };

  private final SortedSetDocValuesReaderState facetState;
  /** Browse results kept per reader: a few sort orders and page sizes; odd requests beyond this are not kept. */
  private static final int MAX_BROWSE_ENTRIES = 16;

  private record CountsKey(int facetLimit, boolean collapse, Set<Dimension> dimensions) {}

  private final Map<Dimension, List<LabelAndValue>> allValues = new ConcurrentHashMap<>();
  private final Map<SearchRequest, SearchResult> browsePages = new ConcurrentHashMap<>();
  private final Map<CountsKey, FacetCounter.Counted> browseCounts = new ConcurrentHashMap<>();
  private volatile StoryOrdinals storyOrdinals;

  FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facetState = FacetState.of(reader, FACETS, DIMENSIONS);
  }

  /** Null when the index has no facet values at all (e.g. empty). */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /**
   * The result of a browse request (no query text, filter, date range or cursor) on this reader, computed once:
   * every visitor of the front page would otherwise count every facet and the histogram of the whole archive again.
   */
  SearchResult browse(SearchRequest request, IOSupplier<SearchResult> compute) throws IOException {
    return cached(browsePages, request, compute);
  }

  /** The counts of browsing (every facet, the whole archive's histogram) on this reader, computed once. */
  FacetCounter.Counted browseCounts(SearchRequest request, IOSupplier<FacetCounter.Counted> compute)
      throws IOException {
    return cached(browseCounts,
        new CountsKey(request.facetLimit(), request.collapseStories(), request.facetDimensions()), compute);
  }

  /** Two threads may both compute a value the first time; both get equal results, one is kept. */
  private static <K, V> V cached(Map<K, V> cache, K key, IOSupplier<V> compute) throws IOException {
    V value = cache.get(key);
    if (value == null) {
      value = compute.get();
      if (cache.size() < MAX_BROWSE_ENTRIES) {
        cache.putIfAbsent(key, value);
      }
    }
    return value;
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
