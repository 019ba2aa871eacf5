package dev.lede.search;

/**
 * Bounds that keep one query from taking the server down. Exceeding one gives an {@link InvalidQueryException}
 * naming the limit, never a hang.
 *
 * @param maxQueryLength characters of query text
 * @param maxClauses boolean clauses after parsing and name-variant expansion (also caps wildcard expansions per
 *     term)
 * @param maxNesting depth of parentheses
 * @param determinizeWorkLimit automaton work allowed for one wildcard or regular expression
 * @param minWildcardPrefix literal characters required before the first {@code *} or {@code ?} of a term (a lone
 *     {@code *} means "everything")
 * @param maxPageSize hits per page
 * @param facetSample matches whose facets are counted one by one, at most: a search with more counts its facets
 *     and histogram over a random sample of about this many and scales them (shown as estimates), unless the
 *     request asks for exact counts ({@link SearchRequest#exactCounts()}); 0 always counts every match
 */
public record QueryLimits(
    int maxQueryLength,
    int maxClauses,
    int maxNesting,
    int determinizeWorkLimit,
    int minWildcardPrefix,
    int maxPageSize,
    int facetSample) {
  /** Matches counted one by one for facets, by default: a value with 1% of them is then within about 7%. */
  public static final int DEFAULT_FACET_SAMPLE = 20_000;

  /**
   * 2,000 characters, 1,024 clauses, nesting 20, 10,000 automaton work units, prefix 1, 1,000 per page, facets
   * counted over a sample above {@value #DEFAULT_FACET_SAMPLE} matches.
   */
  public static final QueryLimits DEFAULTS = new QueryLimits(2_000, 1_024, 20, 10_000, 1, 1_000);

  /** Limits with the default facet sample. */
  public QueryLimits(int maxQueryLength, int maxClauses, int maxNesting, int determinizeWorkLimit,
      int minWildcardPrefix, int maxPageSize) {
    this(maxQueryLength, maxClauses, maxNesting, determinizeWorkLimit, minWildcardPrefix, maxPageSize,
        DEFAULT_FACET_SAMPLE);
  }

  /** These limits with another facet sample size (0: always exact). */
  public QueryLimits withFacetSample(int facetSample) {
    return new QueryLimits(maxQueryLength, maxClauses, maxNesting, determinizeWorkLimit, minWildcardPrefix,
        maxPageSize, facetSample);
  }

  public QueryLimits {
    if (maxQueryLength < 1 || maxClauses < 1 || maxNesting < 1 || determinizeWorkLimit < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxQueryLength + ", " + maxClauses + ", "
          + maxNesting + ", " + determinizeWorkLimit);
    }
    if (facetSample < 0) {
      throw new IllegalArgumentException("facetSample must be at least 0, was " + facetSample);
    }
    if (minWildcardPrefix < 0 || maxPageSize < 1) {
      throw new IllegalArgumentException("bad minWildcardPrefix " + minWildcardPrefix + " or maxPageSize "
          + maxPageSize);
    }
  }

  /**
   * Checks the request's page size against {@link #maxPageSize()}.
   *
   * @throws InvalidQueryException with the message every searcher gives
   */
  public void checkPageSize(SearchRequest request) {
    if (request.pageSize() > maxPageSize) {
      throw new InvalidQueryException("The page size must be between 1 and " + maxPageSize + ", was "
          + request.pageSize() + ".");
    }
  }

  /**
   * Hits before a numbered page (no cursor): page n reads n pages of hits and shows the last, so it is bounded by
   * the page-size limit like one page of that many hits.
   *
   * @throws InvalidQueryException when the page is deeper than that
   */
  public int skippedBefore(SearchRequest request) {
    long read = (long) request.page() * request.pageSize();
    if (read > maxPageSize) {
      throw new InvalidQueryException("Page " + request.page() + " is deeper than numbered pages reach ("
          + maxPageSize + " results); go on from an earlier page with Next.");
    }
    return (request.page() - 1) * request.pageSize();
  }
}
