package dev.lede.web;

import dev.lede.search.Dimension;
import dev.lede.search.SearchRequest;
import dev.lede.search.SortOrder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a search URL can say, parsed and bounded. Every page state is a URL: the page, the JSON API and the
 * exports read the same parameters (see {@link Param} and web/API.md).
 *
 * <p>Paging: {@code cursor} is the searcher's opaque position of the page shown; {@code page} is its 1-based number
 * (for display only); {@code prev} is a bounded chain of the cursors of up to {@value #MAX_PREV} pages before it,
 * so "previous" works without server state. Deeper than that, the searcher walks back from the page's cursor
 * ({@code LedeSearcher.previousCursor}), so "previous" is exact at any depth. Without a cursor, {@code page} is a
 * numbered page: the searcher reads up to it (page-number links for the first {@value #NUMBERED} pages).
 * {@code undated} asks for the articles without a date (never together with {@code from}/{@code to}).
 */
record SearchParams(
    String query,
    Map<Dimension, Set<String>> include,
    Map<Dimension, Set<String>> exclude,
    LocalDate from,
    LocalDate to,
    boolean undated,
    SortOrder sort,
    boolean collapse,
    boolean exact,
    boolean exactCounts,
    int size,
    String cursor,
    int page,
    List<String> prev,
    Set<Dimension> more,
    Map<Dimension, String> find) {
  /** The value of {@link Param#COUNTS} that asks for exact facet counts. */
  static final String EXACT_COUNTS = "exact";
  static final int MAX_QUERY_LENGTH = 2_000;
  static final int MAX_SIZE = 100;
  static final int DEFAULT_SIZE = 10;
  static final int MAX_FILTER_VALUES = 50;
  static final int MAX_VALUE_LENGTH = 300;
  static final int MAX_PREV = 8;
  static final int MAX_CURSOR_LENGTH = 2_000;
  static final int FACET_LIMIT = 8;
  static final int FACET_MORE_LIMIT = 50;
  static final int MAX_PAGE = 10_000_000;
  /** Page-number links shown at most (fewer when the searcher's page-size limit stops them earlier). */
  static final int NUMBERED = 10;
  /** The highest page number a URL without a cursor may ask for; the searcher's own limit usually binds first. */
  static final int MAX_NUMBERED = 1_000;

  /**
   * Newest first when browsing (no query: relevance has nothing to rank there), best match first for a query.
   */
  static SortOrder defaultSort(String query) {
    return query == null || query.isBlank() ? SortOrder.NEWEST : SortOrder.RELEVANCE;
  }

  SearchParams {
    include = copy(include);
    exclude = copy(exclude);
    prev = List.copyOf(prev.size() > MAX_PREV ? prev.subList(prev.size() - MAX_PREV, prev.size()) : prev);
    more = more.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(more));
    find = Map.copyOf(find);
  }

  private static Map<Dimension, Set<String>> copy(Map<Dimension, Set<String>> m) {
    Map<Dimension, Set<String>> out = new EnumMap<>(Dimension.class);
    m.forEach((d, v) -> {
      if (!v.isEmpty()) {
        out.put(d, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(v)));
      }
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The first page with no query and no filters. */
  static SearchParams empty() {
    return new SearchParams(null, Map.of(), Map.of(), null, null, false, defaultSort(null), true, false, false, DEFAULT_SIZE,
        null, 1, List.of(), Set.of(), Map.of());
  }

  /** Parses request parameters; unknown parameters are ignored, bad values are a {@link BadRequest}. */
  static SearchParams parse(Map<String, List<String>> params) {
    String q = single(params, Param.QUERY);
    if (q != null && q.length() > MAX_QUERY_LENGTH) {
      throw new BadRequest("The query is too long (" + q.length() + " characters; the limit is "
          + MAX_QUERY_LENGTH + ").");
    }
    Map<Dimension, Set<String>> include = new EnumMap<>(Dimension.class);
    Map<Dimension, Set<String>> exclude = new EnumMap<>(Dimension.class);
    Map<Dimension, String> find = new EnumMap<>(Dimension.class);
    int values = 0;
    for (Dimension d : Dimension.values()) {
      values += collect(params.get(d.param()), include, d);
      values += collect(params.get(d.param() + Param.EXCLUDE_SUFFIX), exclude, d);
      String prefix = single(params, Param.FIND_PREFIX + d.param());
      if (prefix != null && !prefix.isBlank()) {
        find.put(d, bounded(prefix.strip(), "facet search"));
      }
    }
    if (values > MAX_FILTER_VALUES) {
      throw new BadRequest("Too many filter values (" + values + "; the limit is " + MAX_FILTER_VALUES + ").");
    }
    // A value both included and excluded: the exclusion is the later intent.
    exclude.forEach((d, vs) -> {
      Set<String> in = include.get(d);
      if (in != null) {
        in.removeAll(vs);
      }
    });
    LocalDate from = date(single(params, Param.FROM), "from");
    LocalDate to = date(single(params, Param.TO), "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadRequest("The date range ends (" + to + ") before it starts (" + from + ").");
    }
    boolean undated = flag(single(params, Param.UNDATED));
    if (undated && (from != null || to != null)) {
      throw new BadRequest("Choose either a date range or undated articles, not both.");
    }
    String sortText = single(params, Param.SORT);
    SortOrder sort = sortText == null || sortText.isBlank() ? defaultSort(q)
        : SortOrder.fromParam(sortText).orElseThrow(() -> new BadRequest(
            "Unknown sort " + Quote.of(sortText) + "; use relevance, newest or oldest."));
    String collapseText = single(params, Param.COLLAPSE);
    boolean collapse = collapseText == null ? SearchRequest.DEFAULT_COLLAPSE_STORIES : !"0".equals(collapseText);
    boolean exact = flag(single(params, Param.EXACT));
    // "exact" is an exact search: the words as typed, and every match counted for the facets
    boolean exactCounts = exact || EXACT_COUNTS.equals(single(params, Param.COUNTS));
    int size = number(single(params, Param.SIZE), DEFAULT_SIZE, 1, MAX_SIZE, "size");
    String cursor = cursor(single(params, Param.CURSOR));
    // Without a cursor a page number is a numbered page (bounded by the searcher); with one it is display only.
    int page = cursor == null ? number(single(params, Param.PAGE), 1, 1, MAX_NUMBERED, "page")
        : number(single(params, Param.PAGE), 2, 2, MAX_PAGE, "page");
    List<String> prev = new ArrayList<>();
    String prevText = single(params, Param.PREV);
    if (cursor != null && prevText != null && !prevText.isBlank()) {
      for (String c : prevText.split("\\.")) {
        prev.add(cursor(c));
      }
    }
    Set<Dimension> more = EnumSet.noneOf(Dimension.class);
    for (String m : params.getOrDefault(Param.MORE, List.of())) {
      Dimension.fromParam(m).ifPresent(more::add);
    }
    return new SearchParams(q == null || q.isBlank() ? null : q.strip(), include, exclude, from, to, undated, sort,
        collapse, exact, exactCounts, size, cursor, page, prev, more, find);
  }

  /** This state with exact facet counts. */
  SearchParams withExactCounts() {
    return new SearchParams(query, include, exclude, from, to, undated, sort, collapse, exact, true, size, cursor, page,
        prev, more, find);
  }

  /** The core request for this page. */
  SearchRequest toRequest() {
    SearchRequest.Builder b = SearchRequest.builder().query(query).dates(from, to).sort(sort).pageSize(size)
        .cursor(cursor).page(cursor == null ? page : 1).undated(undated).collapseStories(collapse).exact(exact)
        .exactCounts(exactCounts)
        .facetLimit(more.isEmpty() ? FACET_LIMIT : FACET_MORE_LIMIT);
    include.forEach((d, vs) -> vs.forEach(v -> b.include(d, v)));
    exclude.forEach((d, vs) -> vs.forEach(v -> b.exclude(d, v)));
    return b.build();
  }

  /** How many facet values to show for a dimension. */
  int facetLimit(Dimension d) {
    return more.contains(d) ? FACET_MORE_LIMIT : FACET_LIMIT;
  }

  boolean hasFilters() {
    return !include.isEmpty() || !exclude.isEmpty() || from != null || to != null || undated;
  }

  Set<String> included(Dimension d) {
    return include.getOrDefault(d, Set.of());
  }

  Set<String> excluded(Dimension d) {
    return exclude.getOrDefault(d, Set.of());
  }

  private static int collect(List<String> raw, Map<Dimension, Set<String>> into, Dimension d) {
    if (raw == null) {
      return 0;
    }
    int n = 0;
    for (String v : raw) {
      if (v != null && !v.isBlank()) {
        into.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(bounded(v.strip(), d.label()));
        n++;
      }
    }
    return n;
  }

  private static String bounded(String v, String what) {
    if (v.length() > MAX_VALUE_LENGTH || v.chars().anyMatch(Character::isISOControl)) {
      throw new BadRequest("A " + what.toLowerCase(java.util.Locale.ROOT)
          + " value is too long or contains control characters.");
    }
    return v;
  }

  static String single(Map<String, List<String>> params, String name) {
    List<String> vs = params.get(name);
    return vs == null || vs.isEmpty() ? null : vs.get(0);
  }

  private static boolean flag(String v) {
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
  }

  private static LocalDate date(String v, String name) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequest("The '" + name + "' date " + Quote.of(v) + " is not a date; use YYYY-MM-DD.");
    }
  }

  static int number(String v, int dflt, int min, int max, String name) {
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequest("'" + name + "' must be a whole number from " + min + " to " + max + ".");
  }

  private static String cursor(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_CURSOR_LENGTH || !v.matches("[A-Za-z0-9_-]+")) {
      throw new BadRequest("The cursor is not valid for this search; start again from the first page.");
    }
    return v;
  }
}
