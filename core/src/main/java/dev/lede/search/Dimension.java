package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.util.Optional;

/**
 * The facet dimensions a search can filter on and count. Each carries the name used in URLs, the JSON API and the
 * query language ({@code place:Kyiv}), so the web app never spells them itself.
 */
public enum Dimension {
  SOURCE("source", "Source", IndexSchema.SOURCE),
  WIRE("wire", "Wire agency", IndexSchema.WIRE),
  AUTHOR("author", "Author", IndexSchema.AUTHOR),
  PERSON("person", "People", IndexSchema.PERSON),
  PLACE("place", "Places", IndexSchema.PLACE),
  ORG("org", "Organizations", IndexSchema.ORG),
  LANGUAGE("lang", "Language", IndexSchema.LANGUAGE);

  private final String param;
  private final String label;
  private final String field;

  Dimension(String param, String label, String field) {
    this.param = param;
    this.label = label;
    this.field = field;
  }

  /** The URL / API parameter and query-field name, e.g. {@code "place"}. */
  public String param() {
    return param;
  }

  /** A human label in English, e.g. {@code "Places"}. */
  public String label() {
    return label;
  }

  /** The index field and facet dimension name ({@link IndexSchema}). */
  public String field() {
    return field;
  }

  /** Whether its values are named entities (people, places, organizations), which have profiles. */
  public boolean isEntity() {
    return this == PERSON || this == PLACE || this == ORG;
  }

  /** The dimension with this parameter name (case-insensitive), if any. */
  public static Optional<Dimension> fromParam(String param) {
    if (param == null) {
      return Optional.empty();
    }
    for (Dimension d : values()) {
      if (d.param.equalsIgnoreCase(param)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
