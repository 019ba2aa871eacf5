package dev.lede.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.ArchiveSearcher;
import dev.lede.web.view.BatchPageView;
import dev.lede.web.view.Link;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Batch search: {@code GET /batch} (the form, within the filters of its query string), {@code POST /batch} (the
 * table), {@code POST /batch.csv} (the same as CSV) and {@code POST /api/batch} (JSON); see web/API.md. The CSV and
 * JSON answers stream, one row as each line is counted; the page collects its rows first (at most
 * {@value BatchSearch#MAX_LINES} short rows) because a template renders a whole page.
 */
final class BatchRoutes {
  static final String PAGE = "/batch";
  static final String CSV = "/batch.csv";
  static final String API = "/api/batch";
  static final List<String> COLUMNS = List.of("line", "query", "hits", "unit", "status", "note", "link");
  /** Threads that count with a batch's request thread: one per core beyond the first, at least one. */
  private static final int HELPERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  private final ArchiveSearcher searcher;
  private final ObjectMapper json;
  private final ThreadPoolExecutor helpers;

  BatchRoutes(ArchiveSearcher searcher, ObjectMapper json) {
    this.searcher = searcher;
    this.json = json;
    this.helpers = BatchSearch.helpers(HELPERS);
  }

  private BatchSearch batch() {
    return new BatchSearch(searcher, BatchSearch.DEADLINE, helpers, HELPERS);
  }

  void register(JavalinConfig config) {
    config.routes.get(PAGE, ctx -> page(ctx, SearchParams.parse(ctx.queryParamMap()), "", null, null));
    config.routes.post(PAGE, this::table);
    config.routes.post(CSV, this::csv);
    config.routes.post(API, this::api);
  }

  /** Whether the request goes to a route that takes a batch, and so may be larger than other requests. */
  static boolean takesBatch(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.equals(PAGE) || p.equals(CSV) || p.equals(API);
  }

  /** The batch page linked from a search: its filters, not its query. */
  static String href(SearchParams p) {
    return SearchLinks.href(PAGE, BatchSearch.filters(p));
  }

  private void table(Context ctx) throws IOException {
    BatchInput in = BatchInput.read(ctx, json);
    SearchParams filters = BatchSearch.filters(in.params());
    List<BatchSearch.Line> lines = BatchSearch.lines(in.text());
    List<BatchPageView.Row> rows = new ArrayList<>();
    BatchSearch.Summary s = batch().run(filters, lines, r -> rows.add(
        new BatchPageView.Row(r.line(), r.query(), r.hits() == null ? "–" : Format.count(r.hits()),
            r.status().param(), r.note(), r.href())));
    String summary = Format.plural(s.rows(), "line", "lines") + " counted in " + Format.count(s.millis()) + " ms"
        + (s.refused() > 0 ? ", " + Format.count(s.refused()) + " refused" : "")
        + (s.complete() ? "." : "; " + Format.count(s.notRun()) + " not run (time limit).");
    page(ctx, in.params(), in.text(), summary, rows);
  }

  private void page(Context ctx, SearchParams p, String text, String summary, List<BatchPageView.Row> rows) {
    SearchParams filters = BatchSearch.filters(p);
    List<String> active = SearchViews.active(filters, new SearchLinks(filters)).stream().map(Link::label).toList();
    ctx.contentType("text/html; charset=utf-8");
    ctx.render("batch.jte", Map.of("page", new BatchPageView(SearchViews.fields(filters, true, true, true), active,
        SearchLinks.href("/", filters), active.isEmpty() ? null : PAGE, text, BatchSearch.unit(filters), summary,
        rows)));
  }

  private void csv(Context ctx) throws IOException {
    BatchInput in = BatchInput.read(ctx, json);
    SearchParams filters = BatchSearch.filters(in.params());
    List<BatchSearch.Line> lines = BatchSearch.lines(in.text()); // refused lines are a 400 before any byte is sent
    String base = ctx.scheme() + "://" + ctx.host(); // links in a spreadsheet need the host; it passed the guard
    String unit = BatchSearch.unit(filters);
    ctx.header("Content-Disposition", "attachment; filename=\"lede-batch.csv\"");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/csv; charset=utf-8");
    Writer w = Exporter.csvStart(ctx.outputStream(), COLUMNS);
    batch().run(filters, lines, r -> Exporter.row(w, Arrays.asList(
        Integer.toString(r.line()), r.query(), r.hits() == null ? null : Long.toString(r.hits()), unit,
        r.status().param(), r.note(), base + r.href())));
    w.flush();
  }

  private void api(Context ctx) throws IOException {
    BatchInput in = BatchInput.read(ctx, json);
    SearchParams filters = BatchSearch.filters(in.params());
    List<BatchSearch.Line> lines = BatchSearch.lines(in.text());
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json; charset=utf-8");
    try (JsonGenerator g = json.createGenerator(ctx.outputStream())) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false); // the response stream is Jetty's to close
      g.writeStartObject();
      g.writeStringField("unit", BatchSearch.unit(filters));
      g.writeNumberField("lines", lines.size());
      g.writeArrayFieldStart("rows");
      BatchSearch.Summary s = batch().run(filters, lines, r -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", r.line());
        m.put("query", r.query());
        m.put("hits", r.hits());
        m.put("status", r.status().param());
        m.put("note", r.note());
        m.put("href", r.href());
        g.writeObject(m);
      });
      g.writeEndArray();
      g.writeNumberField("refused", s.refused());
      g.writeNumberField("notRun", s.notRun());
      g.writeBooleanField("complete", s.complete());
      g.writeNumberField("millis", s.millis());
      g.writeEndObject();
    }
  }
}
