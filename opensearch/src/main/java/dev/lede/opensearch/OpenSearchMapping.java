package dev.lede.opensearch;

import dev.lede.index.IndexSchema;
import dev.lede.index.IndexSchema.FieldSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings and mapping of a Lede index in OpenSearch, generated from {@link IndexSchema#FIELDS}: nothing about
 * a field is written twice.
 *
 * <p>Analysis "text_lede" is lede-core's chain with OpenSearch's names for the same Lucene filters: the standard
 * tokenizer, the English possessive stemmer, lowercase, ASCII folding and the minimal English stemmer. Text fields
 * index offsets (the unified highlighter, as in lede-core) and keep 100 positions between the values of a
 * multi-valued field (paragraphs), as lede-core does. Keyword fields are exact values with doc values (filters,
 * terms aggregations for facets, collapse on the story); their analysed copies use {@code copy_to}. The mapping is
 * strict: a field not in the schema is refused rather than guessed.
 */
public final class OpenSearchMapping {
  /** The analyzer's name, as in lede-core's documentation. */
  public static final String ANALYZER = "text_lede";
  /** Key under the mapping's {@code _meta} holding {@link IndexSchema#SCHEMA_VERSION}. */
  public static final String SCHEMA_VERSION_META = "lede_schema_version";
  /** Key under the mapping's {@code _meta} holding the published local commit's user-data (run, counts, time). */
  public static final String COMMIT_META = "lede_commit";
  /** Gap between the values of a multi-valued text field, as lede-core's analyzer has. */
  static final int POSITION_GAP = 100;

  private OpenSearchMapping() {}

  /** The body of a create-index request: settings with the analysis, and the mapping. */
  public static Map<String, Object> createIndexBody(int shards, int replicas) {
    return Map.of("settings", settings(shards, replicas), "mappings", mappings());
  }

  static Map<String, Object> settings(int shards, int replicas) {
    Map<String, Object> analyzer = new LinkedHashMap<>();
    analyzer.put("type", "custom");
    analyzer.put("tokenizer", "standard");
    analyzer.put("filter", List.of("lede_possessive", "lowercase", "asciifolding", "lede_minimal_stem"));
    Map<String, Object> filters = Map.of(
        "lede_possessive", Map.of("type", "stemmer", "language", "possessive_english"),
        "lede_minimal_stem", Map.of("type", "stemmer", "language", "minimal_english"));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("number_of_shards", shards);
    settings.put("number_of_replicas", replicas);
    settings.put("analysis", Map.of("analyzer", Map.of(ANALYZER, analyzer), "filter", filters));
    return settings;
  }

  static Map<String, Object> mappings() {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (FieldSpec field : IndexSchema.FIELDS) {
      Map<String, Object> property = property(field);
      if (property != null) {
        properties.put(field.name(), property);
      }
    }
    Map<String, Object> mappings = new LinkedHashMap<>();
    mappings.put("dynamic", "strict");
    mappings.put("_meta", Map.of(SCHEMA_VERSION_META, IndexSchema.SCHEMA_VERSION));
    mappings.put("properties", properties);
    return mappings;
  }

  /** The OpenSearch property of one schema field, or null for Lucene-only machinery. */
  static Map<String, Object> property(FieldSpec field) {
    Map<String, Object> p = new LinkedHashMap<>();
    switch (field.kind()) {
      case KEYWORD -> p.put("type", "keyword");
      case TEXT -> {
        p.put("type", "text");
        p.put("analyzer", ANALYZER);
        p.put("index_options", "offsets");
        p.put("position_increment_gap", POSITION_GAP);
      }
      case TEXT_COPY -> {
        p.put("type", "text");
        p.put("analyzer", ANALYZER);
        p.put("position_increment_gap", POSITION_GAP);
      }
      case PUBLISHED -> {
        p.put("type", "date");
        // what lede-core stores: a date, or a date-time with its offset (seconds optional)
        p.put("format", "strict_date_optional_time||strict_date");
      }
      case DAY -> {
        p.put("type", "date");
        p.put("format", "strict_date");
      }
      case EPOCH_MILLIS -> {
        p.put("type", "date");
        p.put("format", "epoch_millis");
      }
      case STORED -> {
        p.put("type", "keyword");
        p.put("index", false);
        p.put("doc_values", false);
      }
      case LUCENE_ONLY -> {
        return null;
      }
      default -> throw new IllegalStateException("no OpenSearch mapping for " + field.kind());
    }
    if (!field.copyTo().isEmpty()) {
      p.put("copy_to", field.copyTo());
    }
    return p;
  }
}
