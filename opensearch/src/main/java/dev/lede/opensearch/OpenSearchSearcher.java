package dev.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.extract.Article;
import dev.lede.index.CommitInfo;
import dev.lede.index.IndexSchema;
import dev.lede.index.StoredDocument;
import dev.lede.search.ArchiveSearcher;
import dev.lede.search.ArticleView;
import dev.lede.search.DateHistogram;
import dev.lede.search.Dimension;
import dev.lede.search.EntityProfile;
import dev.lede.search.FacetResult;
import dev.lede.search.FacetValue;
import dev.lede.search.Fragment;
import dev.lede.search.Hit;
import dev.lede.search.IndexUnavailableException;
import dev.lede.search.InvalidQueryException;
import dev.lede.search.QueryCounter;
import dev.lede.search.QueryLimits;
import dev.lede.search.SearchPlan;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearchResult;
import dev.lede.search.SearcherOptions;
import dev.lede.search.Snippet;
import dev.lede.search.Spelling;
import dev.lede.search.SortOrder;
import dev.lede.search.StoryMember;
import dev.lede.search.Suggestion;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Searches an archive published to OpenSearch ({@link OpenSearchPublisher}) with the embedded searcher's semantics:
 * the same query language (parsed by lede-core, {@link SearchPlan}, and sent as {@link QueryDsl}), multi-select
 * facets counted sideways with filter aggregations, the same histogram rule, stories collapsed to the member the
 * request's order puts first, exact cursors at any depth, snippets from OpenSearch's unified highlighter, related
 * articles with {@code more_like_this}. Relevance is scored with {@code dfs_query_then_fetch}, so scores use the
 * whole index's term statistics as the embedded index's do, whatever the shard layout.
 *
 * <p>Counts of stories are exact up to {@value #EXACT_STORIES} distinct stories (a terms aggregation counted by a
 * bucket pipeline) and estimated beyond (a {@code cardinality} aggregation, within about 1%). Facet counts are exact for the values shown up to shard sizes of
 * {@value #MIN_SHARD_SIZE} values per shard.
 */
public final class OpenSearchSearcher implements ArchiveSearcher {
  static final int EXACT_STORIES = 10_000;
  /** The cardinality aggregations' precision threshold (their most). */
  private static final int PRECISION = 40_000;
  static final int MIN_SHARD_SIZE = 200;
  private static final int MAX_STORY_MEMBERS = 100;
  private static final int EXPORT_PAGE = 500;
  private static final int MAX_IDS = 100_000;
  private static final int MAX_LIMIT = 1_000;
  private static final int MIN_BATCH = 100;
  private static final int TOP = 10;
  private static final String PIT_KEEP_ALIVE = "2m";
  private static final String MARK_START = "\uE000";
  private static final String MARK_END = "\uE001";
  private static final List<Dimension> SUGGESTED =
      List.of(Dimension.PERSON, Dimension.PLACE, Dimension.ORG, Dimension.SOURCE);

  private final OpenSearchTarget target;
  private final SearcherOptions options;
  private final Cluster cluster;
  private final ObjectMapper json;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private volatile String index;

  private OpenSearchSearcher(OpenSearchTarget target, SearcherOptions options, Cluster cluster) {
    this.target = target;
    this.options = options;
    this.cluster = cluster;
    this.json = cluster.json();
  }

  /**
   * Opens a searcher on the target's alias.
   *
   * @throws IndexUnavailableException when the cluster cannot be reached or the alias does not exist
   */
  public static OpenSearchSearcher open(OpenSearchTarget target, SearcherOptions options) {
    OpenSearchSearcher searcher = new OpenSearchSearcher(target, options, new Cluster(target));
    try {
      searcher.maybeRefresh();
    } catch (RuntimeException e) {
      searcher.close();
      throw new IndexUnavailableException("OpenSearch cannot be searched: " + e.getMessage(), e);
    }
    if (searcher.index == null) {
      searcher.close();
      throw new IndexUnavailableException("the OpenSearch alias " + target.alias() + " does not exist yet;"
          + " publish an archive to it with lede reindex --opensearch", null);
    }
    return searcher;
  }

  // ---- searching ------------------------------------------------------------------------------------------

  @Override
  public QueryLimits limits() {
    return options.limits();
  }

  @Override
  public SearchResult search(SearchRequest request) {
    checkPageSize(request);
    SearchPlan plan = SearchPlan.of(request, options);
    return search(plan, plan.request(), true);
  }

  private SearchResult search(SearchPlan plan, SearchRequest request, boolean count) {
    RemoteCursor cursor = request.cursor() == null ? null : RemoteCursor.decode(request.cursor(), request, json);
    int skip = cursor == null ? skipped(request) : 0;
    Counted counted = count ? count(plan, request, request.facetLimit() > 0) : new Counted(0, List.of(),
        DateHistogram.EMPTY);
    List<JsonNode> page = page(plan, request, cursor == null ? null : cursor.after(), skip + request.pageSize(),
        false, null);
    page = page.subList(Math.min(skip, page.size()), page.size());
    List<Hit> hits = hits(plan, request, page, null);
    long delivered = (cursor == null ? skip : cursor.delivered()) + page.size();
    String next = null;
    if (!page.isEmpty() && page.size() == request.pageSize() && delivered < counted.total) {
      next = new RemoteCursor((ArrayNode) page.get(page.size() - 1).path("sort"), delivered).encode(request, json);
    }
    return new SearchResult(counted.total, hits, counted.facets, counted.histogram, plan.notices(), next);
  }

  @Override
  public SearchResult count(SearchRequest request) {
    SearchPlan plan = SearchPlan.of(request, options);
    return new SearchResult(count(plan, plan.request(), false).total, List.of(), List.of(), DateHistogram.EMPTY,
        plan.notices(), null);
  }

  @Override
  public QueryCounter counter(SearchRequest template) {
    // Each count is one request to the cluster: there is no snapshot to share between them here.
    return new QueryCounter() {
      @Override
      public SearchResult count(String query) {
        return OpenSearchSearcher.this.count(template.toBuilder().query(query).cursor(null).build());
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public String previousCursor(SearchRequest request) {
    checkPageSize(request);
    if (request.cursor() == null) {
      return null;
    }
    SearchPlan plan = SearchPlan.of(request, options);
    RemoteCursor cursor = RemoteCursor.decode(request.cursor(), plan.request(), json);
    int n = request.pageSize();
    List<JsonNode> back = page(plan, plan.request(), cursor.after(), n, true, null);
    if (back.size() < n) {
      return null;
    }
    return new RemoteCursor((ArrayNode) back.get(n - 1).path("sort"), Math.max(0, cursor.delivered() - n))
        .encode(plan.request(), json);
  }

  @Override
  public long forEach(SearchRequest request, Consumer<Hit> consumer) {
    SearchPlan plan = SearchPlan.of(request.toBuilder().pageSize(EXPORT_PAGE).facetLimit(0).build(), options);
    SearchRequest paged = plan.request();
    ArrayNode after = paged.cursor() == null ? null : RemoteCursor.decode(paged.cursor(), paged, json).after();
    if (after != null) {
      // a cursor's sort values belong to the alias's own order, not to a point in time (which adds a tie-breaker)
      return exportFrom(plan, paged, after, consumer, null);
    }
    // One point in time for the whole export: documents published meanwhile neither appear nor shift the pages.
    Cluster.Reply opened = call("POST", "/" + target.alias() + "/_search/point_in_time",
        Map.of("keep_alive", PIT_KEEP_ALIVE), null);
    if (!opened.ok()) {
      throw new IndexUnavailableException("OpenSearch could not open a point in time on " + target.alias() + ": "
          + opened.error(), null);
    }
    String pit = opened.body().path("pit_id").asText();
    try {
      return exportFrom(plan, paged, null, consumer, pit);
    } finally {
      call("DELETE", "/_search/point_in_time", Map.of(), Map.of("pit_id", List.of(pit)));
    }
  }

  private long exportFrom(SearchPlan plan, SearchRequest paged, ArrayNode after, Consumer<Hit> consumer,
      String pit) {
    long count = 0;
    ArrayNode scan = after;
    while (true) {
      List<JsonNode> page = page(plan, paged, scan, EXPORT_PAGE, false, pit);
      hits(plan, paged, page, pit).forEach(consumer);
      count += page.size();
      if (page.size() < EXPORT_PAGE) {
        return count;
      }
      scan = (ArrayNode) page.get(page.size() - 1).path("sort");
    }
  }

  @Override
  public List<String> matchingIds(SearchRequest request, int limit) {
    if (limit < 1 || limit > MAX_IDS) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_IDS + ", was " + limit);
    }
    SearchPlan plan = SearchPlan.of(request, options);
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : page(plan, plan.request(), null, limit, false, null)) {
      ids.add(hit.path("_id").asText());
    }
    return ids;
  }

  private record Counted(long total, List<FacetResult> facets, DateHistogram histogram) {}

  /**
   * The total (stories when collapsed) and, when asked, the facets and the histogram, in one request: the base
   * query selects, each dimension's aggregation filters by the other dimensions' selections (sideways), and the
   * histogram by all of them, as the hits are.
   */
  private Counted count(SearchPlan plan, SearchRequest request, boolean facets) {
    ObjectNode body = json.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", true);
    body.set("query", json.valueToTree(QueryDsl.of(plan.base())));
    ObjectNode aggs = body.putObject("aggs");
    ObjectNode all = aggs.putObject("all");
    all.set("filter", json.valueToTree(QueryDsl.of(includes(plan, null))));
    ObjectNode allAggs = all.putObject("aggs");
    if (request.collapseStories()) {
      allAggs.putObject("stories").putObject("cardinality").put("field", IndexSchema.STORY)
          .put("precision_threshold", PRECISION);
    }
    if (facets) {
      allAggs.putObject("days").putObject("date_histogram").put("field", IndexSchema.DAY)
          .put("calendar_interval", "day").put("min_doc_count", 1).put("format", "yyyy-MM-dd");
      for (Dimension d : Dimension.values()) {
        if (request.facetDimensions().contains(d)) {
          ObjectNode agg = aggs.putObject("f_" + d.param());
          agg.set("filter", json.valueToTree(QueryDsl.of(includes(plan, d))));
          ObjectNode sub = agg.putObject("aggs");
          ObjectNode top = sub.putObject("top").putObject("terms");
          top.put("field", d.field()).put("size", request.facetLimit())
              .put("shard_size", Math.max(MIN_SHARD_SIZE, 5 * request.facetLimit()));
          top.putArray("order").add(json.createObjectNode().put("_count", "desc"))
              .add(json.createObjectNode().put("_key", "asc"));
          sub.putObject("distinct").putObject("cardinality").put("field", d.field())
              .put("precision_threshold", PRECISION);
          Set<String> selected = request.filter(d).include();
          if (!selected.isEmpty()) {
            ObjectNode sel = sub.putObject("selected").putObject("terms");
            sel.put("field", d.field()).put("size", selected.size());
            ArrayNode include = sel.putArray("include");
            selected.forEach(include::add);
          }
        }
      }
    }
    JsonNode r = search(body, false);
    JsonNode allResult = r.path("aggregations").path("all");
    long articles = allResult.path("doc_count").asLong();
    long total = articles;
    if (request.collapseStories()) {
      long estimate = allResult.path("stories").path("value").asLong();
      total = estimate <= EXACT_STORIES ? exactStories(plan, estimate) : estimate;
    }
    if (!facets) {
      return new Counted(total, List.of(), DateHistogram.EMPTY);
    }
    TreeMap<LocalDate, Long> days = new TreeMap<>();
    for (JsonNode b : allResult.path("days").path("buckets")) {
      days.put(LocalDate.parse(b.path("key_as_string").asText()), b.path("doc_count").asLong());
    }
    long dated = days.values().stream().mapToLong(Long::longValue).sum();
    DateHistogram histogram = DateHistogram.ofDays(days, Math.max(0, articles - dated));
    List<FacetResult> results = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      if (request.facetDimensions().contains(d)) {
        results.add(facet(d, request, r.path("aggregations").path("f_" + d.param())));
      }
    }
    return new Counted(total, results, histogram);
  }

  /**
   * The number of distinct stories among the matches, counted exactly: the cardinality aggregation's hashes collide
   * (one story too few was seen at a few thousand stories), so below {@value #EXACT_STORIES} stories a terms
   * aggregation lists them and a {@code stats_bucket} counts its buckets (the buckets themselves are not sent).
   * Complete when nothing is left over ({@code sum_other_doc_count} 0); else the estimate stands.
   */
  private long exactStories(SearchPlan plan, long estimate) {
    if (estimate == 0) {
      return 0;
    }
    int size = (int) Math.min(EXACT_STORIES, estimate + estimate / 10 + 100);
    ObjectNode body = json.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", false);
    body.set("query", json.valueToTree(QueryDsl.of(plan.filtered())));
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("s").putObject("terms").put("field", IndexSchema.STORY).put("size", size)
        .put("shard_size", size);
    aggs.putObject("n").putObject("stats_bucket").put("buckets_path", "s>_count");
    Cluster.Reply reply = call("POST", "/" + target.alias() + "/_search",
        Map.of("filter_path", "aggregations.s.sum_other_doc_count,aggregations.n.count"), body);
    if (!reply.ok() || reply.body().path("aggregations").path("s").path("sum_other_doc_count").asLong(1) != 0) {
      return estimate;
    }
    return reply.body().path("aggregations").path("n").path("count").asLong(estimate);
  }

  private static FacetResult facet(Dimension d, SearchRequest request, JsonNode agg) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (JsonNode b : agg.path("top").path("buckets")) {
      counts.put(b.path("key").asText(), b.path("doc_count").asLong());
    }
    for (JsonNode b : agg.path("selected").path("buckets")) {
      counts.putIfAbsent(b.path("key").asText(), b.path("doc_count").asLong());
    }
    Set<String> include = request.filter(d).include();
    Set<String> exclude = request.filter(d).exclude();
    include.forEach(v -> counts.putIfAbsent(v, 0L));
    exclude.forEach(v -> counts.putIfAbsent(v, 0L));
    List<FacetValue> values = new ArrayList<>();
    counts.forEach((v, c) -> values.add(new FacetValue(v, c, include.contains(v), exclude.contains(v))));
    values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return new FacetResult(d, values, agg.path("distinct").path("value").asInt());
  }

  /** The included values of every dimension but {@code except}, as one filter (match-all when there are none). */
  private static Query includes(SearchPlan plan, Dimension except) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (Map.Entry<Dimension, Set<String>> e : plan.includes().entrySet()) {
      if (e.getKey() != except) {
        b.add(SearchPlan.anyOf(e.getKey(), e.getValue()), BooleanClause.Occur.FILTER);
        any = true;
      }
    }
    return any ? b.build() : new MatchAllDocsQuery();
  }

  // ---- paging ---------------------------------------------------------------------------------------------

  /**
   * Up to {@code n} hits after {@code after} (null: from the start), in the request's order or, {@code backwards},
   * in the reverse order (for "previous"). Collapsed, a hit is kept only when it is its story's first member in the
   * request's order, decided per batch with one collapsed search over the batch's stories, so pages and cursors are
   * the same whatever the page boundaries, as in the embedded searcher.
   */
  private List<JsonNode> page(SearchPlan plan, SearchRequest request, ArrayNode after, int n, boolean backwards,
      String pit) {
    Map<String, Object> query = QueryDsl.of(plan.filtered());
    boolean relevance = request.sort() == SortOrder.RELEVANCE && !plan.browse();
    if (!request.collapseStories()) {
      List<JsonNode> out = new ArrayList<>(n);
      ArrayNode scan = after;
      while (out.size() < n) {
        int size = Math.min(n - out.size(), 10_000);
        List<JsonNode> batch = batch(query, request, scan, size, backwards, relevance, pit);
        out.addAll(batch);
        if (batch.size() < size) {
          break;
        }
        scan = (ArrayNode) batch.get(batch.size() - 1).path("sort");
      }
      return out;
    }
    List<JsonNode> out = new ArrayList<>(n);
    ArrayNode scan = after;
    int size = Math.max(MIN_BATCH, 2 * n);
    while (out.size() < n) {
      List<JsonNode> batch = batch(query, request, scan, Math.min(size, 10_000), backwards, relevance, pit);
      Map<String, String> heads = heads(query, request, batch, relevance, pit);
      for (JsonNode hit : batch) {
        scan = (ArrayNode) hit.path("sort");
        String story = hit.path("fields").path(IndexSchema.STORY).path(0).asText();
        if (hit.path("_id").asText().equals(heads.get(story))) {
          out.add(hit);
          if (out.size() == n) {
            break;
          }
        }
      }
      if (batch.size() < Math.min(size, 10_000)) {
        break;
      }
    }
    return out;
  }

  private List<JsonNode> batch(Map<String, Object> query, SearchRequest request, ArrayNode after, int size,
      boolean backwards, boolean relevance, String pit) {
    ObjectNode body = json.createObjectNode();
    body.put("size", size);
    body.put("track_total_hits", false);
    body.put("_source", false);
    body.set("query", json.valueToTree(query));
    body.set("sort", sort(request.sort(), backwards));
    body.putArray("docvalue_fields").add(IndexSchema.STORY);
    if (after != null) {
      body.set("search_after", after);
    }
    List<JsonNode> hits = new ArrayList<>();
    search(body, relevance, pit).path("hits").path("hits").forEach(hits::add);
    return hits;
  }

  /** Story id -> the id of its first member in the request's (forward) order, for the batch's stories. */
  private Map<String, String> heads(Map<String, Object> query, SearchRequest request, List<JsonNode> batch,
      boolean relevance, String pit) {
    Set<String> stories = new LinkedHashSet<>();
    batch.forEach(h -> stories.add(h.path("fields").path(IndexSchema.STORY).path(0).asText()));
    Map<String, String> heads = new HashMap<>();
    if (stories.isEmpty()) {
      return heads;
    }
    ObjectNode body = json.createObjectNode();
    body.put("size", stories.size());
    body.put("track_total_hits", false);
    body.put("_source", false);
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(json.valueToTree(query));
    ArrayNode values = bool.putArray("filter").addObject().putObject("terms").putArray(IndexSchema.STORY);
    stories.forEach(values::add);
    body.set("sort", sort(request.sort(), false));
    body.putObject("collapse").put("field", IndexSchema.STORY);
    for (JsonNode h : search(body, relevance, pit).path("hits").path("hits")) {
      heads.put(h.path("fields").path(IndexSchema.STORY).path(0).asText(), h.path("_id").asText());
    }
    return heads;
  }

  private ArrayNode sort(SortOrder order, boolean backwards) {
    ArrayNode sort = json.createArrayNode();
    switch (order) {
      case RELEVANCE -> sort.addObject().put("_score", backwards ? "asc" : "desc");
      case NEWEST, OLDEST -> {
        boolean descending = (order == SortOrder.NEWEST) != backwards;
        // undated last going forward, so first going back
        sort.addObject().putObject(IndexSchema.PUBLISHED).put("order", descending ? "desc" : "asc")
            .put("missing", backwards ? "_first" : "_last");
      }
      default -> throw new IllegalStateException(String.valueOf(order));
    }
    sort.addObject().put(IndexSchema.ID, backwards ? "desc" : "asc");
    return sort;
  }

  private int skipped(SearchRequest request) {
    return options.limits().skippedBefore(request);
  }

  private void checkPageSize(SearchRequest request) {
    options.limits().checkPageSize(request);
  }

  // ---- hits -----------------------------------------------------------------------------------------------

  /** The page's hits as the request asks: ids only, or articles with snippets and other versions. */
  private List<Hit> hits(SearchPlan plan, SearchRequest request, List<JsonNode> page, String pit) {
    boolean relevance = request.sort() == SortOrder.RELEVANCE;
    List<Hit> hits = new ArrayList<>(page.size());
    if (request.idsOnly() || page.isEmpty()) {
      for (JsonNode h : page) {
        hits.add(new Hit(h.path("_id").asText(), null, List.of(), null, null, List.of(), null, null, null, null,
            List.of(), h.path("fields").path(IndexSchema.STORY).path(0).asText(), List.of(),
            score(h, relevance)));
      }
      return hits;
    }
    List<String> ids = page.stream().map(h -> h.path("_id").asText()).toList();
    boolean highlight = !plan.browse() && request.snippets() > 0;
    Map<String, JsonNode> docs = documents(ids, highlight ? plan.text() : null, request.snippets(), pit);
    Map<String, List<StoryMember>> members = request.collapseStories()
        ? members(page.stream().map(h -> h.path("fields").path(IndexSchema.STORY).path(0).asText()).toList(), pit)
        : Map.of();
    for (JsonNode h : page) {
      JsonNode doc = docs.get(h.path("_id").asText());
      if (doc == null) {
        continue; // deleted between the two requests
      }
      StoredDocument stored = DocumentJson.read(doc.path("_source"));
      Article a = stored.indexed().article();
      List<Fragment> title = marked(doc.path("highlight").path(IndexSchema.TITLE).path(0).asText(null));
      if (title.isEmpty() && a.title() != null) {
        title = List.of(new Fragment(a.title(), false));
      }
      List<Snippet> snippets = new ArrayList<>();
      for (JsonNode s : doc.path("highlight").path(IndexSchema.BODY)) {
        List<Fragment> f = marked(s.asText());
        if (!f.isEmpty()) {
          snippets.add(new Snippet(f));
        }
      }
      if (snippets.isEmpty() && request.snippets() > 0) {
        snippets = Snippet.lead(a.paragraphs());
      }
      List<StoryMember> others = members.getOrDefault(stored.storyId(), List.of()).stream()
          .filter(m -> !m.id().equals(a.id())).toList();
      hits.add(new Hit(a.id(), a.title(), title, a.source(), a.wire(), a.authors(), a.published(), a.url(),
          a.language(), stored.indexed().entities(), snippets, stored.storyId(),
          others, score(h, relevance)));
    }
    return hits;
  }

  private static float score(JsonNode hit, boolean relevance) {
    JsonNode s = hit.path("_score");
    return relevance && s.isNumber() ? s.floatValue() : Float.NaN;
  }

  /** The documents with these ids, with highlights of {@code highlight} (null: none). */
  private Map<String, JsonNode> documents(List<String> ids, Query highlight, int passages, String pit) {
    ObjectNode body = json.createObjectNode();
    body.put("size", ids.size());
    body.put("track_total_hits", false);
    ArrayNode values = body.putObject("query").putObject("ids").putArray("values");
    ids.forEach(values::add);
    if (highlight != null) {
      ObjectNode h = body.putObject("highlight");
      h.put("type", "unified");
      h.putArray("pre_tags").add(MARK_START);
      h.putArray("post_tags").add(MARK_END);
      h.put("order", "none");
      h.put("encoder", "default");
      h.set("highlight_query", json.valueToTree(QueryDsl.of(highlight)));
      ObjectNode fields = h.putObject("fields");
      fields.putObject(IndexSchema.TITLE).put("number_of_fragments", 0);
      fields.putObject(IndexSchema.BODY).put("number_of_fragments", passages).put("boundary_scanner", "sentence")
          .put("fragment_size", 200);
    }
    Map<String, JsonNode> out = new HashMap<>();
    search(body, false, pit).path("hits").path("hits").forEach(d -> out.put(d.path("_id").asText(), d));
    return out;
  }

  /** Highlighted text -> fragments (matched pieces between the marks), trimmed, paragraph separators as spaces. */
  static List<Fragment> marked(String text) {
    List<Fragment> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String clean = text.replace('\u2029', ' ').replace('\u0000', ' ');
    int pos = 0;
    while (pos < clean.length()) {
      int start = clean.indexOf(MARK_START, pos);
      if (start < 0) {
        add(out, clean.substring(pos), false);
        break;
      }
      add(out, clean.substring(pos, start), false);
      int end = clean.indexOf(MARK_END, start);
      end = end < 0 ? clean.length() : end;
      add(out, clean.substring(start + MARK_START.length(), end), true);
      pos = Math.min(clean.length(), end + MARK_END.length());
    }
    if (!out.isEmpty()) {
      Fragment first = out.get(0);
      out.set(0, new Fragment(first.text().stripLeading(), first.matched()));
      Fragment last = out.get(out.size() - 1);
      out.set(out.size() - 1, new Fragment(last.text().stripTrailing(), last.matched()));
      out.removeIf(f -> f.text().isEmpty());
    }
    return out;
  }

  private static void add(List<Fragment> out, String text, boolean matched) {
    if (!text.isEmpty()) {
      out.add(new Fragment(text, matched));
    }
  }

  /** The members of these stories, oldest first (at most {@value #MAX_STORY_MEMBERS} each), by story id. */
  private Map<String, List<StoryMember>> members(List<String> storyIds, String pit) {
    Set<String> stories = new LinkedHashSet<>(storyIds);
    Map<String, List<StoryMember>> out = new HashMap<>();
    if (stories.isEmpty()) {
      return out;
    }
    ObjectNode body = json.createObjectNode();
    body.put("size", Math.min(10_000, MAX_STORY_MEMBERS * stories.size()));
    body.put("track_total_hits", false);
    ArrayNode values = body.putObject("query").putObject("terms").putArray(IndexSchema.STORY);
    stories.forEach(values::add);
    body.set("sort", sort(SortOrder.OLDEST, false));
    body.putArray("_source").add(IndexSchema.ID).add(IndexSchema.TITLE).add(IndexSchema.SOURCE)
        .add(IndexSchema.PUBLISHED).add(IndexSchema.STORY);
    for (JsonNode h : search(body, false, pit).path("hits").path("hits")) {
      JsonNode s = h.path("_source");
      List<StoryMember> list = out.computeIfAbsent(DocumentJson.text(s, IndexSchema.STORY), k -> new ArrayList<>());
      if (list.size() < MAX_STORY_MEMBERS) {
        list.add(new StoryMember(h.path("_id").asText(), DocumentJson.text(s, IndexSchema.TITLE),
            DocumentJson.text(s, IndexSchema.SOURCE), dev.lede.extract.Published.parse(DocumentJson.text(s,
            IndexSchema.PUBLISHED))));
      }
    }
    return out;
  }

  // ---- lookups --------------------------------------------------------------------------------------------

  @Override
  public Optional<ArticleView> article(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    JsonNode hit = byId(id);
    if (hit == null) {
      return Optional.empty();
    }
    StoredDocument stored = DocumentJson.read(hit.path("_source"));
    List<StoryMember> others = members(List.of(stored.storyId()), null).getOrDefault(stored.storyId(), List.of())
        .stream().filter(m -> !m.id().equals(id)).toList();
    return Optional.of(new ArticleView(stored.indexed().article(), stored.indexed().entities(), stored.storyId(),
        others));
  }

  private JsonNode byId(String id) {
    ObjectNode body = json.createObjectNode();
    body.put("size", 1);
    body.putObject("query").putObject("term").put(IndexSchema.ID, id);
    JsonNode hits = search(body, false).path("hits").path("hits");
    return hits.isEmpty() ? null : hits.get(0);
  }

  @Override
  public List<Hit> related(String id, int n) {
    checkLimit(n);
    JsonNode hit = id == null || id.isEmpty() ? null : byId(id);
    if (hit == null) {
      return List.of();
    }
    ObjectNode body = json.createObjectNode();
    body.put("size", n);
    body.put("track_total_hits", false);
    body.put("_source", false);
    ObjectNode bool = body.putObject("query").putObject("bool");
    ObjectNode mlt = bool.putArray("must").addObject().putObject("more_like_this");
    mlt.putArray("fields").add(IndexSchema.TITLE).add(IndexSchema.BODY);
    mlt.putArray("like").addObject().put("_index", hit.path("_index").asText()).put("_id", id);
    mlt.put("min_term_freq", 1).put("min_doc_freq", 1).put("max_query_terms", 25).put("include", false);
    ArrayNode not = bool.putArray("must_not");
    not.addObject().putObject("term").put(IndexSchema.ID, id);
    String story = DocumentJson.text(hit.path("_source"), IndexSchema.STORY);
    if (story != null) {
      not.addObject().putObject("term").put(IndexSchema.STORY, story);
    }
    body.set("sort", sort(SortOrder.RELEVANCE, false));
    body.putArray("docvalue_fields").add(IndexSchema.STORY);
    List<JsonNode> page = new ArrayList<>();
    search(body, true).path("hits").path("hits").forEach(page::add);
    SearchRequest single = SearchRequest.builder().collapseStories(false).build();
    return hits(SearchPlan.of(single, options), single, page, null);
  }

  @Override
  public List<FacetValue> facetValues(Dimension dimension, String prefix, int limit) {
    checkLimit(limit);
    List<FacetValue> out = new ArrayList<>();
    for (Map.Entry<String, Long> v : values(dimension, prefix).entrySet()) {
      out.add(new FacetValue(v.getKey(), v.getValue(), false, false));
      if (out.size() == limit) {
        break;
      }
    }
    return out;
  }

  /**
   * The dimension's values whose words start with the prefix, most frequent first (ties by value): the articles
   * whose analysed copy of the dimension has a word with that prefix are counted by value, and each value is
   * checked with the embedded searcher's rule ({@link FacetValue#startsWith}).
   */
  private Map<String, Long> values(Dimension dimension, String prefix) {
    ObjectNode body = json.createObjectNode();
    body.put("size", 0);
    String textField = textCopy(dimension);
    List<String> words = words(prefix);
    if (!words.isEmpty() && textField != null) {
      // Only a superset of the articles is asked for (the values are checked one by one below): whole words as the
      // field analyses them, the last one as a prefix of its shortest possible stem ("ships" is indexed "ship").
      ArrayNode must = body.putObject("query").putObject("bool").putArray("must");
      for (int i = 0; i < words.size() - 1; i++) {
        must.addObject().putObject("match").put(textField, words.get(i));
      }
      String last = analyzer.normalize(textField, words.get(words.size() - 1)).utf8ToString();
      must.addObject().putObject("prefix").put(textField, last.replaceFirst("(ies|es|s)$", ""));
    }
    ObjectNode terms = body.putObject("aggs").putObject("v").putObject("terms");
    terms.put("field", dimension.field()).put("size", 10_000);
    terms.putArray("order").add(json.createObjectNode().put("_count", "desc"))
        .add(json.createObjectNode().put("_key", "asc"));
    Map<String, Long> out = new LinkedHashMap<>();
    for (JsonNode b : search(body, false).path("aggregations").path("v").path("buckets")) {
      String value = b.path("key").asText();
      if (FacetValue.startsWith(value, prefix == null ? "" : prefix)) {
        out.put(value, b.path("doc_count").asLong());
      }
    }
    return out;
  }

  private static String textCopy(Dimension d) {
    return IndexSchema.FIELDS.stream().filter(f -> f.name().equals(d.field())).findFirst()
        .flatMap(f -> f.copyTo().stream().findFirst()).orElse(null);
  }

  private static List<String> words(String prefix) {
    List<String> out = new ArrayList<>();
    if (prefix != null) {
      for (String w : prefix.split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty() && out.size() < 10) {
          out.add(w);
        }
      }
    }
    return out;
  }

  @Override
  public List<Suggestion> suggest(String prefix, int n) {
    checkLimit(n);
    if (words(prefix).isEmpty()) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    for (Dimension d : SUGGESTED) {
      values(d, prefix).entrySet().stream().limit(n).forEach(v ->
          out.add(new Suggestion(v.getKey(), Suggestion.Kind.valueOf(d.name()), v.getValue())));
    }
    out.sort(Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::text));
    List<Suggestion> result = new ArrayList<>(out.subList(0, Math.min(n, out.size())));
    if (result.size() < n) {
      result.addAll(titles(prefix, n - result.size()));
    }
    return result;
  }

  private List<Suggestion> titles(String prefix, int n) {
    List<String> words = words(prefix);
    if (words.get(words.size() - 1).length() < 2) {
      return List.of();
    }
    ObjectNode body = json.createObjectNode();
    body.put("size", n);
    body.put("track_total_hits", false);
    ArrayNode must = body.putObject("query").putObject("bool").putArray("must");
    for (int i = 0; i < words.size(); i++) {
      String w = analyzer.normalize(IndexSchema.TITLE, words.get(i)).utf8ToString();
      must.addObject().putObject(i < words.size() - 1 ? "term" : "prefix").put(IndexSchema.TITLE, w);
    }
    body.set("sort", sort(SortOrder.NEWEST, false));
    body.putArray("_source").add(IndexSchema.TITLE);
    List<Suggestion> out = new ArrayList<>();
    for (JsonNode h : search(body, false).path("hits").path("hits")) {
      String title = DocumentJson.text(h.path("_source"), IndexSchema.TITLE);
      if (title != null) {
        out.add(new Suggestion(title, Suggestion.Kind.TITLE, 1));
      }
    }
    return out;
  }

  @Override
  public Optional<EntityProfile> entity(Dimension dimension, String name, int latest) {
    if (!dimension.isEntity()) {
      throw new IllegalArgumentException("not an entity dimension: " + dimension);
    }
    if (latest < 1 || latest > 100) {
      throw new IllegalArgumentException("latest must be between 1 and 100, was " + latest);
    }
    String value = resolve(dimension, name);
    if (value == null) {
      return Optional.empty();
    }
    // The entity is the base (not a selection), so its own dimension counts what is named with it.
    SearchRequest request = SearchRequest.builder().sort(SortOrder.NEWEST).collapseStories(false)
        .facetLimit(TOP + 1).pageSize(latest).build();
    SearchPlan plan = SearchPlan.of(request, options).withBase(new TermQuery(new Term(dimension.field(), value)));
    Counted counted = count(plan, request, true);
    if (counted.total == 0) {
      return Optional.empty();
    }
    SearchRequest stories = request.toBuilder().collapseStories(true).build();
    long storyCount = count(plan, stories, false).total;
    List<Hit> hits = hits(plan, stories, page(plan, stories, null, latest, false, null), null);
    return Optional.of(new EntityProfile(dimension, value, counted.total, storyCount,
        counted.histogram.undated(), counted.histogram.withUndated(counted.histogram.undated()),
        named(counted, Dimension.PERSON, dimension, value), named(counted, Dimension.PLACE, dimension, value),
        named(counted, Dimension.ORG, dimension, value), named(counted, Dimension.SOURCE, dimension, value), hits));
  }

  private static List<FacetValue> named(Counted counted, Dimension of, Dimension d, String value) {
    List<FacetValue> out = new ArrayList<>();
    for (FacetResult f : counted.facets) {
      if (f.dimension() == of) {
        f.values().stream().filter(v -> of != d || !v.value().equals(value)).limit(TOP).forEach(out::add);
      }
    }
    return out;
  }

  /** The name as indexed, else a spelling variant, else the same name but for case and accents; else null. */
  private String resolve(Dimension d, String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 1_000) {
      return null;
    }
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(n);
    candidates.addAll(options.nameVariants().variantsOf(n));
    ObjectNode body = json.createObjectNode();
    body.put("size", 0);
    ObjectNode terms = body.putObject("aggs").putObject("v").putObject("terms");
    terms.put("field", d.field()).put("size", candidates.size());
    ArrayNode include = terms.putArray("include");
    candidates.forEach(include::add);
    Set<String> found = new java.util.HashSet<>();
    search(body, false).path("aggregations").path("v").path("buckets").forEach(b -> found.add(b.path("key").asText()));
    for (String c : candidates) {
      if (found.contains(c)) {
        return c;
      }
    }
    if (candidates.stream().anyMatch(c -> c.length() > 200)) {
      return null;
    }
    for (String value : values(d, n).keySet()) { // most frequent first
      for (String c : candidates) {
        if (value.length() <= 200 && FacetValue.sameName(value, c)) {
          return value;
        }
      }
    }
    return null;
  }

  @Override
  public Optional<String> didYouMean(String query) {
    try {
      return Optional.ofNullable(Spelling.correct(query, analyzer, new Spelling.Dictionary() {
        @Override
        public boolean has(String term) {
          ObjectNode body = json.createObjectNode();
          body.put("size", 0);
          body.put("track_total_hits", 1);
          body.putObject("query").putObject("term").put(IndexSchema.BODY, term);
          return search(body, false).path("hits").path("total").path("value").asLong() > 0;
        }

        @Override
        public String closest(String term) {
          // OpenSearch's term suggester is Lucene's DirectSpellChecker, with the same defaults
          ObjectNode body = json.createObjectNode();
          body.put("size", 0);
          ObjectNode suggest = body.putObject("suggest").putObject("s");
          suggest.put("text", term);
          suggest.putObject("term").put("field", IndexSchema.BODY).put("suggest_mode", "missing").put("size", 1)
              .put("max_edits", 2).put("analyzer", "keyword");
          JsonNode options = search(body, false).path("suggest").path("s").path(0).path("options");
          return options.size() > 0 ? options.get(0).path("text").asText() : null;
        }
      }));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void checkLimit(int n) {
    if (n < 1 || n > MAX_LIMIT) {
      throw new InvalidQueryException("The number of results must be between 1 and " + MAX_LIMIT + ", was " + n
          + ".");
    }
  }

  // ---- state ----------------------------------------------------------------------------------------------

  @Override
  public boolean maybeRefresh() {
    Cluster.Reply reply = call("GET", "/_alias/" + target.alias(), Map.of(), null);
    if (reply.status() == 404) {
      return false;
    }
    if (!reply.ok()) {
      throw new IndexUnavailableException("the OpenSearch alias " + target.alias() + " cannot be read: "
          + reply.error(), null);
    }
    String now = reply.body().fieldNames().hasNext() ? reply.body().fieldNames().next() : null;
    boolean changed = now != null && !now.equals(index);
    index = now;
    return changed;
  }

  @Override
  public CommitInfo commitInfo() {
    // by the alias, not the index last seen: a publish may have moved it and deleted that index since
    Cluster.Reply mapping = call("GET", "/" + target.alias() + "/_mapping", Map.of(), null);
    Cluster.Reply counted = call("GET", "/" + target.alias() + "/_count", Map.of(), null);
    if (!mapping.ok() || !counted.ok() || !mapping.body().fieldNames().hasNext()) {
      throw new IndexUnavailableException("the OpenSearch alias " + target.alias() + " cannot be read: "
          + (mapping.ok() ? counted.error() : mapping.error()), null);
    }
    String current = mapping.body().fieldNames().next();
    index = current;
    JsonNode meta = mapping.body().path(current).path("mappings").path("_meta");
    Map<String, String> data = new TreeMap<>();
    meta.path(OpenSearchMapping.COMMIT_META).fields().forEachRemaining(e -> data.put(e.getKey(),
        e.getValue().asText()));
    data.put("opensearch.alias", target.alias());
    data.put("opensearch.index", current);
    long count = counted.body().path("count").asLong();
    long generation = 0;
    String suffix = current.substring(current.lastIndexOf('-') + 1);
    if (suffix.chars().allMatch(Character::isDigit) && !suffix.isEmpty()) {
      generation = Long.parseLong(suffix);
    }
    return CommitInfo.of(java.nio.file.Path.of(current), generation, (int) Math.min(Integer.MAX_VALUE, count),
        data);
  }

  /** A call to the cluster; a cluster that cannot be reached is an unavailable index to the app (503, not 500). */
  private Cluster.Reply call(String method, String endpoint, Map<String, ?> params, Object body) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, String> query = (Map<String, String>) params;
      return cluster.call(method, endpoint, query, body);
    } catch (OpenSearchFailedException e) {
      throw new IndexUnavailableException(e.getMessage(), e);
    }
  }

  /** The alias searched. */
  public OpenSearchTarget target() {
    return target;
  }

  private JsonNode search(ObjectNode body, boolean relevance) {
    return search(body, relevance, null);
  }

  /** A search of the alias, or of a point in time when {@code pit} is one. */
  private JsonNode search(ObjectNode body, boolean relevance, String pit) {
    Map<String, String> params = relevance ? Map.of("search_type", "dfs_query_then_fetch") : Map.of();
    if (pit != null) {
      body.putObject("pit").put("id", pit).put("keep_alive", PIT_KEEP_ALIVE);
    }
    String endpoint = pit == null ? "/" + target.alias() + "/_search" : "/_search";
    Cluster.Reply reply = call("POST", endpoint, params, body);
    for (int again = 0; again < 2 && reply.status() == 404 && pit == null; again++) {
      // a publish moved the alias and deleted the index this search had resolved it to: ask the alias again
      reply = call("POST", endpoint, params, body);
    }
    if (reply.status() == 400) {
      // what lede-core accepted, OpenSearch refused (a limit of its own, such as too many clauses)
      throw new InvalidQueryException("The search engine refused the query; simplify it.");
    }
    if (!reply.ok()) {
      throw new IndexUnavailableException("OpenSearch could not search " + target.alias() + ": " + reply.error(),
          null);
    }
    return reply.body();
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (IOException e) {
      // nothing is left to release
    }
    analyzer.close();
  }
}
