package dev.lede.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.ArchiveSearcher;
import dev.lede.search.Hit;
import dev.lede.search.SearchRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams every match of a search as CSV (RFC 4180) or JSON Lines while the searcher pages through them, so an
 * export of any size uses flat memory. CSV cells that a spreadsheet would run as a formula ({@code = + - @}, tab,
 * carriage return) get a leading apostrophe.
 */
final class Exporter {
  /**
   * The CSV columns. {@code published} is always a date (YYYY-MM-DD, as the article dates itself), so a spreadsheet
   * sorts and filters it as one; {@code published_time} has the full time with its offset where the page gave one.
   */
  static final List<String> COLUMNS = List.of("id", "title", "source", "wire", "authors", "published", "url",
      "people", "places", "orgs", "snippet", "published_time");
  private final ObjectMapper json;

  Exporter(ObjectMapper json) {
    this.json = json;
  }

  long csv(ArchiveSearcher searcher, SearchRequest request, OutputStream out) throws IOException {
    Writer w = csvStart(out, COLUMNS);
    long n = stream(searcher, request, h -> row(w, cells(h)));
    w.flush();
    return n;
  }

  long jsonl(ArchiveSearcher searcher, SearchRequest request, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    long n = stream(searcher, request, h -> {
      Map<String, Object> m = new LinkedHashMap<>();
      List<String> cells = cells(h);
      for (int i = 0; i < COLUMNS.size(); i++) {
        m.put(COLUMNS.get(i), cells.get(i));
      }
      m.remove("published_time"); // JSON Lines keeps the API's published: a date, or a time with its offset
      m.put("published", JsonViews.published(h.published()));
      m.put("authors", h.authors());
      m.put("people", h.entities().people());
      m.put("places", h.entities().places());
      m.put("orgs", h.entities().orgs());
      m.put("storyId", h.storyId());
      w.write(json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValueAsString(m));
      w.write('\n');
    });
    w.flush();
    return n;
  }

  private interface HitWriter {
    void write(Hit h) throws IOException;
  }

  private static long stream(ArchiveSearcher searcher, SearchRequest request, HitWriter writer) throws IOException {
    try {
      return searcher.forEach(request.toBuilder().facetLimit(0).cursor(null).build(), h -> {
        try {
          writer.write(h);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static List<String> cells(Hit h) {
    List<String> c = new ArrayList<>();
    c.add(h.id());
    c.add(h.title());
    c.add(h.source());
    c.add(h.wire());
    c.add(String.join("; ", h.authors()));
    c.add(h.published() == null ? null : h.published().date().toString());
    c.add(h.url());
    c.add(String.join("; ", h.entities().people()));
    c.add(String.join("; ", h.entities().places()));
    c.add(String.join("; ", h.entities().orgs()));
    c.add(h.snippets().isEmpty() ? null : h.snippets().get(0).text());
    c.add(h.published() == null || h.published().dateTime() == null ? null : h.published().dateTime().toString());
    return c;
  }

  /** A buffered CSV writer on the stream, the byte-order mark and the header row already written. */
  static Writer csvStart(OutputStream out, List<String> columns) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    w.write('\uFEFF'); // so spreadsheet programs read UTF-8
    row(w, columns);
    return w;
  }

  /** One CSV record: each cell through {@link #cell}, CRLF at the end. */
  static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(cells.get(i)));
    }
    w.write("\r\n");
  }

  /**
   * What a spreadsheet may take for the start of a formula: {@code = + - @}, tab and CR, and their full-width and
   * small forms ({@code ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫}), which some spreadsheets, with an East Asian input method, read as the
   * ASCII ones.
   */
  private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B";

  /** One CSV cell: formula-neutralised, quoted when needed, quotes doubled. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = value;
    if (FORMULA_STARTS.indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
