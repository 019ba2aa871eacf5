package dev.lede.opensearch;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.index.IndexSchema;
import dev.lede.index.StoredDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One stored Lede document as the OpenSearch {@code _source} of {@link OpenSearchMapping}. */
final class DocumentJson {
  private DocumentJson() {}

  static Map<String, Object> of(StoredDocument stored) {
    Article a = stored.indexed().article();
    Entities e = stored.indexed().entities();
    Map<String, Object> doc = new LinkedHashMap<>();
    put(doc, IndexSchema.ID, a.id());
    put(doc, IndexSchema.TITLE, a.title());
    put(doc, IndexSchema.STANDFIRST, a.standfirst());
    put(doc, IndexSchema.BODY, a.paragraphs());
    put(doc, IndexSchema.SOURCE, a.source());
    put(doc, IndexSchema.WIRE, a.wire());
    put(doc, IndexSchema.AUTHOR, a.authors());
    put(doc, IndexSchema.PERSON, e.people());
    put(doc, IndexSchema.PLACE, e.places());
    put(doc, IndexSchema.ORG, e.orgs());
    put(doc, IndexSchema.LANGUAGE, a.language());
    if (a.published() != null) {
      doc.put(IndexSchema.PUBLISHED, a.published().toString());
      doc.put(IndexSchema.DAY, a.published().date().toString());
    }
    put(doc, IndexSchema.STORY, stored.storyId());
    put(doc, IndexSchema.CONTENT_HASH, a.contentHash());
    doc.put(IndexSchema.INDEXED_AT, stored.indexedAt().toEpochMilli());
    put(doc, IndexSchema.URL, a.url());
    put(doc, IndexSchema.PATH, a.path());
    put(doc, IndexSchema.NOTES, a.notes());
    return doc;
  }

  /** A document's {@code _source} back as the stored document it was made from. */
  static StoredDocument read(com.fasterxml.jackson.databind.JsonNode source) {
    String published = text(source, IndexSchema.PUBLISHED);
    Article article = new Article(text(source, IndexSchema.ID), text(source, IndexSchema.PATH),
        text(source, IndexSchema.URL), text(source, IndexSchema.TITLE), text(source, IndexSchema.STANDFIRST),
        text(source, IndexSchema.SOURCE), text(source, IndexSchema.WIRE), list(source, IndexSchema.AUTHOR),
        dev.lede.extract.Published.parse(published), text(source, IndexSchema.LANGUAGE), list(source, IndexSchema.BODY),
        list(source, IndexSchema.NOTES), text(source, IndexSchema.CONTENT_HASH));
    Entities entities = new Entities(list(source, IndexSchema.PERSON), list(source, IndexSchema.PLACE),
        list(source, IndexSchema.ORG));
    String story = text(source, IndexSchema.STORY);
    return new StoredDocument(new dev.lede.index.IndexedArticle(article, entities), story == null ? article.id()
        : story, java.time.Instant.ofEpochMilli(source.path(IndexSchema.INDEXED_AT).asLong(0)));
  }

  static String text(com.fasterxml.jackson.databind.JsonNode source, String field) {
    com.fasterxml.jackson.databind.JsonNode v = source.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  static List<String> list(com.fasterxml.jackson.databind.JsonNode source, String field) {
    com.fasterxml.jackson.databind.JsonNode v = source.path(field);
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    List<String> out = new java.util.ArrayList<>();
    v.forEach(x -> out.add(x.asText()));
    return out;
  }

  /**
   * What decides whether the cluster's copy of a document is current: the content hash, the story (a story id can
   * change without the article changing, when a near-duplicate arrives or goes) and the indexing time (a full
   * rebuild re-extracts everything, with a new model or schema).
   */
  static String version(String contentHash, String story, long indexedAt) {
    return contentHash + '|' + story + '|' + indexedAt;
  }

  private static void put(Map<String, Object> doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.put(field, value);
    }
  }

  private static void put(Map<String, Object> doc, String field, List<String> values) {
    if (values != null && !values.isEmpty()) {
      doc.put(field, values);
    }
  }
}
