package dev.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.ArchiveSearcher;
import dev.lede.search.ArticleView;
import dev.lede.search.Dimension;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearchResult;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON API ({@code /api/...}) and the exports; see web/API.md. */
final class Api {
  static final int MAX_PREFIX = 100;
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;
  /** The OpenAPI description, also served as a static file; one copy so the two cannot drift apart. */
  static final String OPENAPI_RESOURCE = "/static/openapi.json";
  private final ArchiveSearcher searcher;
  private final ObjectMapper json;
  private final Exporter exporter;
  private final byte[] openApi;

  Api(ArchiveSearcher searcher, ObjectMapper json) {
    this.searcher = searcher;
    this.json = json;
    this.exporter = new Exporter(json);
    this.openApi = openApi();
  }

  void register(JavalinConfig config) {
    config.routes.get("/api/search", this::search);
    config.routes.get(ArticleLinks.API, ctx -> article(ctx, ctx.queryParam(Param.ID)));
    config.routes.get(ArticleLinks.API + "/<id>", ctx -> article(ctx, ctx.pathParam("id")));
    config.routes.get("/api/facets/{dimension}", this::facets);
    config.routes.get("/api/suggest", this::suggest);
    config.routes.get("/api/status", this::status);
    config.routes.get("/api/health", this::status);
    config.routes.get("/api/openapi.json",
        ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
  }

  /** Read once at startup: a missing document is a broken build, better found before the first request. */
  private static byte[] openApi() {
    try (InputStream in = Api.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + OPENAPI_RESOURCE, e);
    }
  }

  private void search(Context ctx) throws JsonProcessingException {
    SearchParams p = SearchParams.parse(ctx.queryParamMap());
    SearchResult r = searcher.search(p.toRequest());
    send(ctx, JsonViews.search(p, r, Pages.didYouMean(searcher, p, r)));
  }

  private void article(Context ctx, String rawId) throws JsonProcessingException {
    String id = ArticleLinks.validate(rawId);
    ArticleView v = searcher.article(id).orElseThrow(() -> new BadRequest(404, "No article has this id."));
    send(ctx, JsonViews.article(v, searcher.related(id, Pages.RELATED)));
  }

  private void facets(Context ctx) throws JsonProcessingException {
    Dimension d = Dimension.fromParam(ctx.pathParam("dimension"))
        .orElseThrow(() -> new BadRequest(404, "Unknown facet dimension; use source, wire, author, person, "
            + "place, org or lang."));
    String prefix = prefix(ctx);
    int limit = SearchParams.number(ctx.queryParam(Param.LIMIT), DEFAULT_LIMIT, 1, MAX_LIMIT, Param.LIMIT);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dimension", d.param());
    m.put("prefix", prefix);
    m.put("values", searcher.facetValues(d, prefix, limit).stream().map(JsonViews::facetValue).toList());
    send(ctx, m);
  }

  private void suggest(Context ctx) throws JsonProcessingException {
    String q = ctx.queryParam(Param.QUERY);
    if (q == null || q.isBlank()) {
      send(ctx, Map.of("suggestions", java.util.List.of()));
      return;
    }
    if (q.length() > MAX_PREFIX) {
      throw new BadRequest("The text to complete is too long (the limit is " + MAX_PREFIX + " characters).");
    }
    int limit = SearchParams.number(ctx.queryParam(Param.LIMIT), DEFAULT_LIMIT, 1, MAX_LIMIT, Param.LIMIT);
    send(ctx, Map.of("suggestions", searcher.suggest(q.strip(), limit).stream().map(JsonViews::suggestion)
        .toList()));
  }

  private void status(Context ctx) throws JsonProcessingException {
    send(ctx, JsonViews.status(searcher.commitInfo()));
  }

  /** Streams every match; the search is checked first so a bad query is a clean 400, not a broken file. */
  /** The search as an Atom feed, newest first (see {@link AtomFeed}). */
  void feed(Context ctx) throws IOException {
    SearchParams p = SearchParams.parse(ctx.queryParamMap());
    try {
      // the feed searches before it writes a byte: a bad query still becomes a 400
      AtomFeed.write(searcher, p, () -> {
        ctx.contentType("application/atom+xml; charset=utf-8");
        return ctx.outputStream();
      });
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new IOException("cannot write the feed", e);
    }
  }

  void export(Context ctx, boolean csv) throws IOException {
    SearchParams p = SearchParams.parse(ctx.queryParamMap());
    SearchRequest request = p.toRequest();
    // Every match means every version of a story too: exports never collapse.
    request = request.toBuilder().collapseStories(false).cursor(null).build();
    searcher.search(request.toBuilder().pageSize(1).facetLimit(0).build());
    String name = "lede-export." + (csv ? "csv" : "jsonl");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    if (csv) {
      exporter.csv(searcher, request, ctx.outputStream());
    } else {
      exporter.jsonl(searcher, request, ctx.outputStream());
    }
  }

  private static String prefix(Context ctx) {
    String prefix = ctx.queryParam(Param.PREFIX);
    if (prefix == null) {
      return "";
    }
    if (prefix.length() > MAX_PREFIX || prefix.chars().anyMatch(Character::isISOControl)) {
      throw new BadRequest("The prefix is too long or contains control characters.");
    }
    return prefix.strip();
  }

  private void send(Context ctx, Object body) throws JsonProcessingException {
    ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
  }
}
