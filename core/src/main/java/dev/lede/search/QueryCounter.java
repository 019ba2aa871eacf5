package dev.lede.search;

/**
 * Counts the matches of many queries within the filters of one request, on one snapshot of the index: what a batch
 * of names needs. Each count equals {@link LedeSearcher#count} of the request with that query, at a fraction of its
 * cost (the filters are evaluated once, term dictionaries are reused between queries). One thread at a time; close
 * it to release the snapshot.
 *
 * <pre>{@code
 * try (QueryCounter counter = searcher.counter(SearchRequest.builder().collapseStories(true).build())) {
 *   long stories = counter.count("Sergei Surovikin").totalHits();
 * }
 * }</pre>
 */
public interface QueryCounter extends AutoCloseable {
  /**
   * The matches of the query within the counter's filters, as {@link LedeSearcher#count} gives them: totalHits and
   * notices, nothing else.
   *
   * @throws InvalidQueryException for an unknown field or an exceeded limit, as {@link LedeSearcher#count} does
   */
  SearchResult count(String query);

  /** Releases the snapshot of the index. */
  @Override
  void close();
}
