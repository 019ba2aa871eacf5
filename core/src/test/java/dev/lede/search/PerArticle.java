package dev.lede.search;

/**
 * Requests that list every matching article, stories not collapsed: what the golden and paging tests pin, whatever
 * the default of {@link SearchRequest#DEFAULT_COLLAPSE_STORIES}.
 */
final class PerArticle {
  private PerArticle() {}

  static SearchRequest.Builder request() {
    return SearchRequest.builder().collapseStories(false);
  }

  static SearchRequest of(String query) {
    return request().query(query).build();
  }
}
