package dev.lede.search;

import java.util.Optional;

/** How hits are ordered. Ties are always broken by article id, so paging with cursors is stable. */
public enum SortOrder {
  /** BM25 score, best first. */
  RELEVANCE("relevance"),
  /** Publication time, newest first; undated articles last. */
  NEWEST("newest"),
  /** Publication time, oldest first; undated articles last. */
  OLDEST("oldest");

  private final String param;

  SortOrder(String param) {
    this.param = param;
  }

  /** The URL / API parameter value, e.g. {@code "newest"}. */
  public String param() {
    return param;
  }

  /** The order with this parameter value (case-insensitive), if any. */
  public static Optional<SortOrder> fromParam(String param) {
    for (SortOrder s : values()) {
      if (s.param.equalsIgnoreCase(param == null ? "" : param)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
