package dev.lede.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to search for. Build one with {@link #builder()} or {@link #of(String)}.
 *
 * <pre>{@code
 * SearchRequest r = SearchRequest.builder()
 *     .query("\"Kherson\" AND title:retreat")
 *     .include(Dimension.SOURCE, "Reuters").include(Dimension.SOURCE, "Bloomberg")
 *     .exclude(Dimension.PERSON, "Vladimir Putin")
 *     .dates(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 30))
 *     .sort(SortOrder.NEWEST).pageSize(20).collapseStories(true)
 *     .build();
 *
 * // Only what a feed or a benchmark needs: ids, no facets, no snippets.
 * SearchRequest ids = SearchRequest.builder().query("Kherson").idsOnly(true).facetLimit(0).pageSize(100).build();
 * }</pre>
 *
 * <p>Defaults are the web app's: stories collapsed, every facet dimension with {@value #DEFAULT_FACET_LIMIT} values
 * and the histogram, {@value #DEFAULT_SNIPPETS} snippets per hit, every stored field loaded. Each part a caller does
 * not need costs nothing when turned off: {@code facetLimit(0)} skips facet counting, {@code snippets(0)} the
 * highlighter, {@code idsOnly(true)} reading the stored articles.
 *
 * @param query the query in Lucene classic syntax (see {@link LedeSearcher}); null or blank browses everything
 * @param filters facet selections per dimension (absent = none)
 * @param from first publication day to include, or null (undated articles are excluded when a bound is set)
 * @param to last publication day to include (inclusive), or null
 * @param sort the order
 * @param pageSize hits per page (1..{@link QueryLimits#maxPageSize()}, checked by the searcher)
 * @param cursor {@link SearchResult#nextCursor()} of the previous page, or null for the first page
 * @param collapseStories one hit per story (its best-ranked member), the others listed as other versions (the
 *     builder's default: {@link #DEFAULT_COLLAPSE_STORIES})
 * @param exact no name-variant expansion (the words as typed)
 * @param facetLimit values per facet dimension to return; 0 skips facets and the histogram (faster, for export)
 * @param facetDimensions the dimensions to count facets for (all when null); the histogram comes with any
 * @param snippets body passages per hit, 0..{@value #MAX_SNIPPETS}: with a query the highlighted ones, without
 *     one the article's opening sentences; 0 runs no highlighter and leaves titles unmarked
 * @param idsOnly hits carry only their id, story id and score: no stored article is read, no snippet made, no
 *     other version listed (the fastest page, for feeds, exports of ids and benchmarks)
 * @param page the 1-based page to show when there is no cursor (numbered page links); page {@code n} reads
 *     {@code n * pageSize} hits, so it is bounded like a page of that size ({@link QueryLimits#maxPageSize()},
 *     checked by the searcher); ignored with a cursor
 * @param undated only articles without a publication date (they are in no histogram bar); excludes a date range
 * @param exactCounts facet counts and the histogram over every match; by default (false) a search with more than
 *     {@link QueryLimits#facetSample()} matches counts them over a random sample of its matches, scaled, and says
 *     so ({@link SearchResult#countsEstimated()}); totals are always exact
 */
public record SearchRequest(
    String query,
    Map<Dimension, FacetFilter> filters,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int pageSize,
    String cursor,
    boolean collapseStories,
    boolean exact,
    int facetLimit,
    Set<Dimension> facetDimensions,
    int snippets,
    boolean idsOnly,
    int page,
    boolean undated,
    boolean exactCounts) {
  /** Default hits per page. */
  public static final int DEFAULT_PAGE_SIZE = 10;
  /** Default values per facet dimension. */
  public static final int DEFAULT_FACET_LIMIT = 10;
  /**
   * Stories are collapsed by default, as in the web app: syndicated copies of one wire story are one hit with its
   * other versions listed, not a page of the same text.
   */
  public static final boolean DEFAULT_COLLAPSE_STORIES = true;
  /** Default body passages per hit. */
  public static final int DEFAULT_SNIPPETS = 3;
  /** Most body passages per hit. */
  public static final int MAX_SNIPPETS = 10;

  private static final Set<Dimension> ALL_DIMENSIONS = Set.of(Dimension.values());

  public SearchRequest {
    Map<Dimension, FacetFilter> copy = new EnumMap<>(Dimension.class);
    if (filters != null) {
      filters.forEach(
          (d, f) -> {
            if (d != null && f != null && !f.isEmpty()) {
              copy.put(d, f);
            }
          });
    }
    filters = Map.copyOf(copy);
    Objects.requireNonNull(sort, "sort");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
    if (facetLimit < 0) {
      throw new IllegalArgumentException("facetLimit must be at least 0, was " + facetLimit);
    }
    facetDimensions = facetDimensions == null ? ALL_DIMENSIONS : Set.copyOf(facetDimensions);
    if (snippets < 0 || snippets > MAX_SNIPPETS) {
      throw new IllegalArgumentException("snippets must be within 0.." + MAX_SNIPPETS + ", was " + snippets);
      }
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1, was " + page);
    }
    if (undated && (from != null || to != null)) {
      throw new IllegalArgumentException("undated articles have no date to be in " + from + ".." + to);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** A first-page relevance search for the given query with default settings. */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  /**
   * A builder with defaults: browse, relevance, 10 per page, stories collapsed, 10 values of every facet
   * dimension, 3 snippets, whole hits.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this request (e.g. to set the cursor of the next page). */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.query = query;
    filters.forEach(
        (d, f) -> {
          b.include.put(d, new HashSet<>(f.include()));
          b.exclude.put(d, new HashSet<>(f.exclude()));
        });
    b.from = from;
    b.to = to;
    b.sort = sort;
    b.pageSize = pageSize;
    b.cursor = cursor;
    b.collapseStories = collapseStories;
    b.exact = exact;
    b.facetLimit = facetLimit;
    b.facetDimensions = facetDimensions;
    b.snippets = snippets;
    b.idsOnly = idsOnly;
    b.page = page;
    b.undated = undated;
    b.exactCounts = exactCounts;
    return b;
  }

  /** The selection of one dimension ({@link FacetFilter#NONE} when none). */
  public FacetFilter filter(Dimension dimension) {
    return filters.getOrDefault(dimension, FacetFilter.NONE);
  }

  /** Whether the request has query text (otherwise it browses). */
  public boolean hasQuery() {
    return query != null && !query.isBlank();
  }

  /** Builds a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private String query;
    private final Map<Dimension, Set<String>> include = new EnumMap<>(Dimension.class);
    private final Map<Dimension, Set<String>> exclude = new EnumMap<>(Dimension.class);
    private LocalDate from;
    private LocalDate to;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private String cursor;
    private boolean collapseStories = DEFAULT_COLLAPSE_STORIES;
    private boolean exact;
    private int facetLimit = DEFAULT_FACET_LIMIT;
    private Set<Dimension> facetDimensions = ALL_DIMENSIONS;
    private int snippets = DEFAULT_SNIPPETS;
    private boolean idsOnly;
    private int page = 1;
    private boolean undated;
    private boolean exactCounts;

    private Builder() {}

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /** Adds a value to the dimension's OR-ed selection. */
    public Builder include(Dimension dimension, String value) {
      include.computeIfAbsent(Objects.requireNonNull(dimension, "dimension"), d -> new HashSet<>())
          .add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Excludes articles having this value. */
    public Builder exclude(Dimension dimension, String value) {
      exclude.computeIfAbsent(Objects.requireNonNull(dimension, "dimension"), d -> new HashSet<>())
          .add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Removes the dimension's selections and exclusions. */
    public Builder clear(Dimension dimension) {
      include.remove(Objects.requireNonNull(dimension, "dimension"));
      exclude.remove(dimension);
      return this;
    }

    /** Inclusive publication-day range; either bound may be null. */
    public Builder dates(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    public Builder sort(SortOrder sort) {
      this.sort = sort;
      return this;
    }

    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    public Builder collapseStories(boolean collapse) {
      this.collapseStories = collapse;
      return this;
    }

    public Builder exact(boolean exact) {
      this.exact = exact;
      return this;
    }

    /** Values per facet dimension; 0 skips facets and the histogram. */
    public Builder facetLimit(int facetLimit) {
      this.facetLimit = facetLimit;
      return this;
    }

    /** Counts facets for these dimensions only (none: only the histogram); all by default. */
    public Builder facets(Dimension... dimensions) {
      Set<Dimension> chosen = EnumSet.noneOf(Dimension.class);
      for (Dimension d : dimensions) {
        chosen.add(Objects.requireNonNull(d, "dimension"));
      }
      this.facetDimensions = chosen;
      return this;
    }

    /** Body passages per hit, 0..{@value #MAX_SNIPPETS}; 0 for none (no highlighting at all). */
    public Builder snippets(int snippets) {
      this.snippets = snippets;
      return this;
    }

    /** Hits with only id, story id and score (see {@link SearchRequest#idsOnly()}). */
    public Builder idsOnly(boolean idsOnly) {
      this.idsOnly = idsOnly;
      return this;
    }

    /** The 1-based page to show when there is no cursor (see {@link SearchRequest#page()}). */
    public Builder page(int page) {
      this.page = page;
      return this;
    }

    /** Only articles without a publication date. */
    /** Facet counts and histogram over every match, never from a sample (see {@link SearchRequest#exactCounts()}). */
    public Builder exactCounts(boolean exactCounts) {
      this.exactCounts = exactCounts;
      return this;
    }

    public Builder undated(boolean undated) {
      this.undated = undated;
      return this;
    }

    public SearchRequest build() {
      Map<Dimension, FacetFilter> filters = new EnumMap<>(Dimension.class);
      for (Dimension d : Dimension.values()) {
        Set<String> in = include.getOrDefault(d, Set.of());
        Set<String> out = exclude.getOrDefault(d, Set.of());
        if (!in.isEmpty() || !out.isEmpty()) {
          filters.put(d, new FacetFilter(in, out));
        }
      }
      return new SearchRequest(
          query, filters, from, to, sort, pageSize, cursor, collapseStories, exact, facetLimit, facetDimensions,
          snippets, idsOnly, page, undated, exactCounts);
    }
  }
}
