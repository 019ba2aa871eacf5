package dev.lede.search;

import java.util.List;
import java.util.Objects;

/**
 * One page of results.
 *
 * @param totalHits exact number of matches (stories when collapsed, articles otherwise)
 * @param hits this page's hits, in order
 * @param facets per dimension, in {@link Dimension} order (empty when the request asked for none)
 * @param histogram matches over time (empty when facets were not asked for)
 * @param notices messages for the user about how the query was understood (see {@link Notices}); empty normally
 * @param nextCursor the cursor for the next page, or null when this is the last page
 * @param countsEstimated the facet counts and the histogram were counted over a random sample of the matches and
 *     scaled (show them as "about"); {@link SearchRequest#exactCounts()} asks for exact ones. The total is exact.
 */
public record SearchResult(
    long totalHits,
    List<Hit> hits,
    List<FacetResult> facets,
    DateHistogram histogram,
    List<String> notices,
    String nextCursor,
    boolean countsEstimated) {
  public SearchResult {
    if (totalHits < 0) {
      throw new IllegalArgumentException("negative totalHits " + totalHits);
    }
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
    histogram = Objects.requireNonNullElse(histogram, DateHistogram.EMPTY);
    notices = List.copyOf(notices);
  }

  /** A result whose counts are exact. */
  public SearchResult(long totalHits, List<Hit> hits, List<FacetResult> facets, DateHistogram histogram,
      List<String> notices, String nextCursor) {
    this(totalHits, hits, facets, histogram, notices, nextCursor, false);
  }

  /** The facet result of one dimension, if computed. */
  public java.util.Optional<FacetResult> facet(Dimension dimension) {
    return facets.stream().filter(f -> f.dimension() == dimension).findFirst();
  }
}
