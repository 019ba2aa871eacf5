package dev.lede.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.index.IndexedArticle;
import java.util.List;

/** The JSON object {@code lede extract} prints per article; the keys are defined here once. */
final class ArticleJson {
  static final String ID = "id";
  static final String PATH = "path";
  static final String URL = "url";
  static final String TITLE = "title";
  static final String STANDFIRST = "standfirst";
  static final String SOURCE = "source";
  static final String WIRE = "wire";
  static final String AUTHORS = "authors";
  static final String PUBLISHED = "published";
  static final String LANGUAGE = "language";
  static final String BODY = "body";
  static final String NOTES = "notes";
  static final String ENTITIES = "entities";
  static final String FACETS = "facets";
  static final String PEOPLE = "people";
  static final String PLACES = "places";
  static final String ORGS = "orgs";
  static final String STORY = "story";

  private ArticleJson() {}

  /** Everything but the story id; {@code url} and {@code standfirst} only when known. */
  static ObjectNode of(ObjectMapper json, IndexedArticle indexed) {
    Article a = indexed.article();
    ObjectNode node = json.createObjectNode();
    node.put(ID, a.id());
    node.put(PATH, a.path());
    if (a.url() != null) {
      node.put(URL, a.url());
    }
    node.put(TITLE, a.title());
    if (a.standfirst() != null) {
      node.put(STANDFIRST, a.standfirst());
    }
    node.put(SOURCE, a.source());
    node.put(WIRE, a.wire());
    strings(node.putArray(AUTHORS), a.authors());
    node.put(PUBLISHED, a.published() == null ? null : a.published().toString());
    node.put(LANGUAGE, a.language());
    node.put(BODY, a.body());
    strings(node.putArray(NOTES), a.notes());
    // the article's names as it writes them; the facet values (spellings merged across the archive) beside them
    entities(node.putObject(ENTITIES), indexed.entities().asWritten());
    entities(node.putObject(FACETS), indexed.entities());
    return node;
  }

  private static void entities(ObjectNode node, Entities e) {
    strings(node.putArray(PEOPLE), e.people());
    strings(node.putArray(PLACES), e.places());
    strings(node.putArray(ORGS), e.orgs());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
