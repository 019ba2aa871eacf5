package dev.lede.web;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.Published;
import dev.lede.index.CommitInfo;
import dev.lede.search.ArticleView;
import dev.lede.search.DateHistogram;
import dev.lede.search.Dimension;
import dev.lede.search.FacetResult;
import dev.lede.search.FacetValue;
import dev.lede.search.Fragment;
import dev.lede.search.Hit;
import dev.lede.search.SearchResult;
import dev.lede.search.Snippet;
import dev.lede.search.StoryMember;
import dev.lede.search.Suggestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API (documented in web/API.md), built as ordered maps so key names are explicit. */
final class JsonViews {
  private JsonViews() {}

  /** The API's search answer; {@code didYouMean} is a corrected query (see {@link Pages#didYouMean}) or null. */
  static Map<String, Object> search(SearchParams p, SearchResult r, String didYouMean) {
    SearchLinks links = new SearchLinks(p);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", p.query());
    m.put("total", r.totalHits());
    m.put("page", p.page());
    m.put("hits", r.hits().stream().map(JsonViews::hit).toList());
    Map<String, Object> facets = new LinkedHashMap<>();
    for (FacetResult f : r.facets()) {
      facets.put(f.dimension().param(), f.values().stream().map(JsonViews::facetValue).toList());
    }
    m.put("facets", facets);
    m.put("histogram", histogram(r.histogram()));
    m.put("undated", r.histogram().undated());
    m.put("countsEstimated", r.countsEstimated());
    m.put("notices", r.notices());
    if (didYouMean != null) {
      m.put("didYouMean", didYouMean);
    }
    m.put("cursor", r.nextCursor());
    m.put("next", r.nextCursor() == null ? null : links.next("/api/search", r.nextCursor()));
    return m;
  }

  static Map<String, Object> hit(Hit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("title", h.title());
    m.put("titleFragments", fragments(h.titleFragments()));
    m.put("source", h.source());
    m.put("wire", h.wire());
    m.put("authors", h.authors());
    m.put("published", published(h.published()));
    m.put("url", h.url());
    m.put("language", h.language());
    m.put("entities", entities(h.entities()));
    m.put("snippets", h.snippets().stream().map(Snippet::fragments).map(JsonViews::fragments).toList());
    m.put("storyId", h.storyId());
    m.put("otherVersions", h.otherVersions().stream().map(JsonViews::member).toList());
    m.put("score", Float.isNaN(h.score()) ? null : h.score());
    m.put("href", ArticleLinks.page(h.id()));
    return m;
  }

  static Map<String, Object> article(ArticleView v, List<Hit> related) {
    Article a = v.article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.title());
    m.put("standfirst", a.standfirst());
    m.put("source", a.source());
    m.put("wire", a.wire());
    m.put("authors", a.authors());
    m.put("published", published(a.published()));
    m.put("url", a.url());
    m.put("language", a.language());
    m.put("paragraphs", a.paragraphs());
    m.put("entities", entities(v.entities()));
    m.put("storyId", v.storyId());
    m.put("otherVersions", v.otherVersions().stream().map(JsonViews::member).toList());
    m.put("related", related.stream().map(h -> member(new StoryMember(h.id(), h.title(), h.source(),
        h.published()))).toList());
    m.put("notes", a.notes());
    m.put("href", ArticleLinks.page(a.id()));
    return m;
  }

  static Map<String, Object> facetValue(FacetValue v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", v.value());
    m.put("count", v.count());
    m.put("selected", v.selected());
    m.put("excluded", v.excluded());
    return m;
  }

  static Map<String, Object> suggestion(Suggestion s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", s.text());
    m.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("count", s.count());
    return m;
  }

  static Map<String, Object> status(CommitInfo c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("documents", c.docCount());
    m.put("generation", c.generation());
    m.put("schemaVersion", c.schemaVersion());
    m.put("committedAt", c.committedAt() == null ? null : c.committedAt().toString());
    java.util.Map<String, String> data = new java.util.TreeMap<>(c.userData());
    data.keySet().removeIf(PRIVATE_COMMIT_DATA::contains);
    m.put("commitData", data);
    return m;
  }

  /**
   * Commit user-data the public status leaves out: the input folders are the server's file system layout (the
   * commit itself and the reindex report keep them for the operator).
   */
  private static final java.util.Set<String> PRIVATE_COMMIT_DATA = java.util.Set.of("lede.run.inputs");

  static Map<String, Object> entities(Entities e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(entityKey(Dimension.PERSON), e.people());
    m.put(entityKey(Dimension.PLACE), e.places());
    m.put(entityKey(Dimension.ORG), e.orgs());
    return m;
  }

  /** The key of an entity dimension in the API's {@code entities} objects: people, places, orgs. */
  static String entityKey(Dimension d) {
    return switch (d) {
      case PERSON -> "people";
      case PLACE -> "places";
      case ORG -> "orgs";
      default -> throw new IllegalArgumentException("not an entity dimension: " + d);
    };
  }

  static String published(Published p) {
    return p == null ? null : p.toString();
  }

  private static Map<String, Object> member(StoryMember s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("source", s.source());
    m.put("published", published(s.published()));
    m.put("href", ArticleLinks.page(s.id()));
    return m;
  }

  private static List<Map<String, Object>> fragments(List<Fragment> fs) {
    return fs.stream().map(f -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", f.text());
      m.put("matched", f.matched());
      return m;
    }).toList();
  }

  static Map<String, Object> histogram(DateHistogram h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("granularity", h.granularity().name().toLowerCase(java.util.Locale.ROOT));
    m.put("buckets", h.buckets().stream().map(b -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("label", b.label());
      x.put("start", b.start().toString());
      x.put("end", b.end().toString());
      x.put("count", b.count());
      return x;
    }).toList());
    return m;
  }
}
