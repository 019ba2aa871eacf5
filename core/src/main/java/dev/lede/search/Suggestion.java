package dev.lede.search;

import java.util.Objects;

/**
 * An autocomplete suggestion.
 *
 * @param text what to put in the search box (an entity name or a title)
 * @param kind what it is
 * @param count articles it occurs in (1 for titles)
 */
public record Suggestion(String text, Kind kind, long count) {
  public Suggestion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  /** What a suggestion refers to. */
  public enum Kind {
    PERSON,
    PLACE,
    ORG,
    SOURCE,
    TITLE
  }
}
