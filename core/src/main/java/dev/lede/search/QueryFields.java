package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of the query language and the index fields each one searches. */
final class QueryFields {
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String DATE = "date";
  /** The parser's name for unfielded terms; not a field users can type. */
  static final String DEFAULT = "\u0000default";

  /** Query field -> analyzed index fields; lang and date are handled specially. */
  private static final Map<String, List<String>> TEXT_FIELDS = textFields();

  /** Fields whose terms are widened with name variants. */
  private static final List<String> VARIANT_FIELDS =
      List.of(DEFAULT, TITLE, BODY, Dimension.PERSON.param(), Dimension.PLACE.param(), Dimension.ORG.param());

  private QueryFields() {}

  private static Map<String, List<String>> textFields() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(TITLE, List.of(IndexSchema.TITLE));
    m.put(BODY, List.of(IndexSchema.BODY));
    m.put(Dimension.SOURCE.param(), List.of(IndexSchema.SOURCE_TEXT));
    m.put(Dimension.WIRE.param(), List.of(IndexSchema.WIRE_TEXT));
    m.put(Dimension.AUTHOR.param(), List.of(IndexSchema.AUTHOR_TEXT));
    m.put(Dimension.PERSON.param(), List.of(IndexSchema.PERSON_TEXT));
    m.put(Dimension.PLACE.param(), List.of(IndexSchema.PLACE_TEXT));
    m.put(Dimension.ORG.param(), List.of(IndexSchema.ORG_TEXT));
    return Map.copyOf(m);
  }

  /** Index fields searched by unfielded terms, title first. */
  static List<String> defaultFields() {
    return List.of(IndexSchema.TITLE, IndexSchema.STANDFIRST, IndexSchema.BODY, IndexSchema.ENTITY_TEXT);
  }

  /** The analyzed index fields of a query field; throws for an unknown field. */
  static List<String> indexFields(String field) {
    if (DEFAULT.equals(field)) {
      return defaultFields();
    }
    List<String> fields = TEXT_FIELDS.get(normalize(field));
    if (fields == null) {
      throw unknown(field);
    }
    return fields;
  }

  static boolean isLanguage(String field) {
    return Dimension.LANGUAGE.param().equals(normalize(field));
  }

  static boolean isDate(String field) {
    return DATE.equals(normalize(field));
  }

  static boolean takesVariants(String field) {
    return VARIANT_FIELDS.contains(DEFAULT.equals(field) ? field : normalize(field));
  }

  /** Whether users can type this field name (any case). */
  static boolean isKnown(String field) {
    return TEXT_FIELDS.containsKey(normalize(field)) || isLanguage(field) || isDate(field);
  }

  /** Validates a field name (throws for unknown ones). */
  static void check(String field) {
    if (!DEFAULT.equals(field) && !isLanguage(field) && !isDate(field)) {
      indexFields(field);
    }
  }

  private static String normalize(String field) {
    return field == null ? "" : field.toLowerCase(java.util.Locale.ROOT);
  }

  /** Every field a user can type, in a stable order. */
  static List<String> names() {
    List<String> names = new ArrayList<>(List.of(TITLE, BODY));
    for (Dimension d : Dimension.values()) {
      names.add(d.param());
    }
    names.add(DATE);
    return names;
  }

  static InvalidQueryException unknown(String field) {
    return new InvalidQueryException("Unknown field " + Notices.quote(field + ":") + ". Fields you can use: "
        + String.join(", ", names()) + ".");
  }
}
