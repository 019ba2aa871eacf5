package dev.lede.web.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.extract.Article;
import dev.lede.web.SavedSearch;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What {@code lede alert} prints: a few lines per search for a mail, or one JSON document for a program (the keys
 * are listed in the README and are a contract). Titles and names come from the archive and the searches file, so
 * control characters are replaced before they reach a terminal.
 *
 * @param baseUrl where the app is served ({@code https://lede.example.org}), for absolute links; or null
 * @param quiet text only for searches with new articles
 */
record AlertOutput(String baseUrl, boolean quiet) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int MAX_TITLE = 300;

  void text(List<AlertRun.Outcome> outcomes, PrintStream out) {
    for (AlertRun.Outcome o : outcomes) {
      if (quiet && o.newCount() == 0) {
        continue;
      }
      out.println(heading(o));
      for (Article h : o.listed()) {
        out.println("  " + CliText.printable(h.title() == null || h.title().isBlank() ? h.id() : h.title(),
            MAX_TITLE));
        String source = h.source() == null ? "unknown outlet" : CliText.printable(h.source());
        String date = h.published() == null ? "undated" : h.published().date().toString();
        out.println("    " + source + ", " + date);
        if (h.url() != null) {
          out.println("    " + CliText.printable(h.url(), 2_000));
        }
        if (h.url() == null || baseUrl != null) {
          out.println("    " + link(h.id()));
        }
      }
      if (o.more() > 0) {
        out.printf(Locale.ROOT, "  ... and %,d more new articles, not listed (--max %d)%n", o.more(),
            o.listed().size());
      }
      if (o.followed() < o.matches()) {
        out.printf(Locale.ROOT, "  (only the newest %,d of the %,d matching articles are followed)%n", o.followed(),
            o.matches());
      }
    }
  }

  private static String heading(AlertRun.Outcome o) {
    String name = CliText.printable(o.saved().name());
    String matching = String.format(Locale.ROOT, "%,d matching", o.matches());
    return switch (o.baseline()) {
      case NONE -> o.newCount() == 0 ? name + ": no new articles (" + matching + ")"
          : String.format(Locale.ROOT, "%s: %,d new article%s (%s)", name, o.newCount(),
              o.newCount() == 1 ? "" : "s", matching);
      case FIRST_RUN, SEARCH_CHANGED -> name + ": " + (o.baseline() == AlertRun.Baseline.FIRST_RUN ? "first run"
          : "the search changed") + ", " + matching + " recorded as the baseline; articles added from now on are"
          + " listed" + (o.newCount() > 0 ? " (all are listed now, --all-on-first-run)" : "");
    };
  }

  /** The article's page in the app: absolute with --base-url, else the path. */
  private String link(String id) {
    return (baseUrl == null ? "" : baseUrl) + SavedSearch.articlePage(id);
  }

  String json(Instant runAt, long documents, List<AlertRun.Outcome> outcomes, List<SearchesFile.Problem> problems,
      int exitCode) throws JsonProcessingException {
    ObjectNode root = JSON.createObjectNode();
    root.put("run_at", runAt.toString());
    root.put("index_documents", documents);
    ArrayNode searches = root.putArray("searches");
    for (AlertRun.Outcome o : outcomes) {
      ObjectNode s = searches.addObject();
      s.put("name", o.saved().name());
      s.put("line", o.saved().line());
      s.put("search", o.saved().search().page());
      s.put("link", baseUrl == null ? null : baseUrl + o.saved().search().page());
      s.put("baseline", o.baseline() != AlertRun.Baseline.NONE);
      s.put("baseline_reason", o.baseline() == AlertRun.Baseline.NONE ? null
          : o.baseline().name().toLowerCase(Locale.ROOT));
      s.put("matches", o.matches());
      s.put("followed", o.followed());
      s.put("new", o.newCount());
      s.put("more", o.more());
      ArrayNode articles = s.putArray("articles");
      for (Article h : o.listed()) {
        ObjectNode a = articles.addObject();
        a.put("id", h.id());
        a.put("title", h.title());
        a.put("source", h.source());
        a.put("published", h.published() == null ? null : h.published().toString());
        a.put("url", h.url());
        a.put("link", link(h.id()));
      }
    }
    ArrayNode list = root.putArray("problems");
    for (SearchesFile.Problem p : problems) {
      list.addObject().put("line", p.line()).put("name", p.name()).put("reason", p.reason());
    }
    root.put("exit_code", exitCode);
    return JSON.writeValueAsString(root);
  }
}
