package dev.lede.ingest;

/** The JSON field names read from JSON Lines records and from {@code .meta.json} sidecars; they exist only here. */
enum RecordField {
  ID("id"),
  URL("url"),
  SOURCE("source"),
  PUBLISHED("published"),
  TITLE("title"),
  AUTHOR("author"),
  AUTHORS("authors"),
  TEXT("text"),
  HTML("html");

  private final String jsonName;

  RecordField(String jsonName) {
    this.jsonName = jsonName;
  }

  String jsonName() {
    return jsonName;
  }
}
