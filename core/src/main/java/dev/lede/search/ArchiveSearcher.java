package dev.lede.search;

import dev.lede.index.CommitInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the web app, the JSON API and the command-line tools need from a searchable archive, whatever holds it: the
 * embedded Lucene index ({@link LedeSearcher}, the default) or a cluster that an archive outgrowing one machine
 * moves to. Every implementation takes the same {@link SearchRequest}s, speaks the query language described on
 * {@link LedeSearcher}, and gives the same results on the same archive. Thread-safe.
 */
public interface ArchiveSearcher extends AutoCloseable {
  /** The bounds this searcher enforces (query size, clauses, page depth). */
  QueryLimits limits();

  /**
   * One page of results: hits, facets with multi-select counts, the date histogram, notices and the next cursor.
   *
   * @throws InvalidQueryException for an unknown field, an exceeded limit, a bad cursor or page size
   */
  SearchResult search(SearchRequest request);

  /** {@link #search}, with a request that cannot be searched coming back as a refusal with its message. */
  default SearchOutcome trySearch(SearchRequest request) {
    try {
      return SearchOutcome.searched(search(request));
    } catch (InvalidQueryException e) {
      return SearchOutcome.refused(e.getMessage());
    }
  }

  /** The number of matches (stories when collapsed) and the notices, without hits, facets or histogram. */
  SearchResult count(SearchRequest request);

  /** Counts many queries within the filters of {@code template}; one thread at a time; close it. */
  QueryCounter counter(SearchRequest template);

  /** The cursor of the page before the request's page, or null when that is the first page. */
  String previousCursor(SearchRequest request);

  /** Streams every hit of the request in order from its cursor on, with flat memory; returns how many. */
  long forEach(SearchRequest request, Consumer<Hit> consumer);

  /** The ids of the request's first {@code limit} matches (1 to 100,000), in its order. */
  List<String> matchingIds(SearchRequest request, int limit);

  /** The stored article with this id, with its story, if indexed. */
  Optional<ArticleView> article(String id);

  /** Up to {@code n} articles like this one, excluding it and the other members of its story. */
  List<Hit> related(String id, int n);

  /** Values of a dimension whose words start with {@code prefix}, most frequent first, at most {@code limit}. */
  List<FacetValue> facetValues(Dimension dimension, String prefix, int limit);

  /** The profile of a person, place or organization, or empty when no article names it. */
  Optional<EntityProfile> entity(Dimension dimension, String name, int latest);

  /** A corrected query when some of its words are in no article and a close spelling is. */
  Optional<String> didYouMean(String query);

  /** Autocomplete: entity names and titles that start with the prefix, best first. */
  List<Suggestion> suggest(String prefix, int n);

  /** Switches to newer content if there is some, without blocking searches; whether the view changed. */
  boolean maybeRefresh();

  /** The state currently searched (document count, time, user-data), for a status line. */
  CommitInfo commitInfo();

  /** Releases the archive; searches in flight finish first. */
  @Override
  void close();
}
