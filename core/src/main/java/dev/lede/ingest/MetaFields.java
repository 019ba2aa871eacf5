package dev.lede.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads {@link DocumentMeta} and other fields from a JSON object (a JSON Lines record or a sidecar). */
final class MetaFields {
  private MetaFields() {}

  static DocumentMeta read(JsonNode object) throws BadInputException {
    return new DocumentMeta(
        metaString(object, RecordField.URL),
        metaString(object, RecordField.SOURCE),
        metaString(object, RecordField.PUBLISHED),
        metaString(object, RecordField.TITLE),
        authors(object));
  }

  /** A metadata value: scalars as text, stripped; null when absent, JSON null or blank. */
  static String metaString(JsonNode object, RecordField field) throws BadInputException {
    String value = rawString(object, field);
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** A scalar field as written (text bodies keep their whitespace); null when absent, JSON null or blank. */
  static String rawString(JsonNode object, RecordField field) throws BadInputException {
    JsonNode value = object.get(field.jsonName());
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new BadInputException("field '" + field.jsonName() + "' must be a string, not " + kind(value));
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  /** {@code authors} (a string or an array of strings), else {@code author} (a string); distinct, in order. */
  private static List<String> authors(JsonNode object) throws BadInputException {
    List<String> authors = authorList(object, RecordField.AUTHORS);
    return authors.isEmpty() ? authorList(object, RecordField.AUTHOR) : authors;
  }

  private static List<String> authorList(JsonNode object, RecordField field) throws BadInputException {
    JsonNode value = object.get(field.jsonName());
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(items::add);
    } else {
      items.add(value);
    }
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode item : items) {
      if (item.isNull()) {
        continue;
      }
      if (!item.isValueNode()) {
        throw new BadInputException(
            "field '" + field.jsonName() + "' must be a string or an array of strings, not " + kind(item));
      }
      String name = item.asText().strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private static String kind(JsonNode value) {
    return value.isArray() ? "an array" : value.isObject() ? "an object" : value.getNodeType().name().toLowerCase();
  }
}
