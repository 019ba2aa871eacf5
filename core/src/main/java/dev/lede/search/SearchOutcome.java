package dev.lede.search;

/**
 * What {@link LedeSearcher#trySearch(SearchRequest)} returns: either a page of results or, when the request cannot
 * be searched as given (unknown field, a limit exceeded, a bad cursor or page size), the message for the user. For
 * callers that prefer a value to an {@link InvalidQueryException}, such as a page that shows the message above empty
 * results.
 *
 * @param result the page, or null when refused
 * @param refusal the message for the user (English, names the problem), or null when searched
 */
public record SearchOutcome(SearchResult result, String refusal) {
  public SearchOutcome {
    if ((result == null) == (refusal == null)) {
      throw new IllegalArgumentException("exactly one of result and refusal must be given");
    }
  }

  static SearchOutcome searched(SearchResult result) {
    return new SearchOutcome(result, null);
  }

  static SearchOutcome refused(String message) {
    return new SearchOutcome(null, message);
  }

  /** Whether the request was refused (then {@link #refusal()} says why). */
  public boolean isRefused() {
    return refusal != null;
  }
}
