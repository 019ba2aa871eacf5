package dev.lede.web;

/**
 * The query-string parameter names of the search page, the JSON API and the exports (one place, see web/API.md).
 * Facet filters use {@link dev.lede.search.Dimension#param()} to include a value and that name plus
 * {@link #EXCLUDE_SUFFIX} to exclude one ({@code source=Reuters&place.not=Moscow}).
 */
final class Param {
  static final String QUERY = "q";
  static final String FROM = "from";
  static final String TO = "to";
  static final String UNDATED = "undated";
  static final String SORT = "sort";
  static final String COLLAPSE = "collapse";
  static final String EXACT = "exact";
  static final String COUNTS = "counts";
  static final String SIZE = "size";
  static final String CURSOR = "cursor";
  static final String PAGE = "page";
  static final String PREV = "prev";
  static final String MORE = "more";
  static final String FIND_PREFIX = "find.";
  static final String EXCLUDE_SUFFIX = ".not";
  static final String PREFIX = "prefix";
  static final String LIMIT = "limit";
  static final String ID = "id";

  private Param() {}
}
