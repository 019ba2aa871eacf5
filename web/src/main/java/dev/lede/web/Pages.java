package dev.lede.web;

import dev.lede.search.ArchiveSearcher;
import dev.lede.search.ArticleView;
import dev.lede.search.Dimension;
import dev.lede.search.FacetValue;
import dev.lede.search.Hit;
import dev.lede.search.SearchOutcome;
import dev.lede.search.SearchResult;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The HTML pages: search ({@code /}) and article ({@code /article/<id>} or {@code /article?id=}). */
final class Pages {
  static final int RELATED = 5;
  static final int FOUND_LIMIT = 15;
  private final ArchiveSearcher searcher;
  private final RawSource raw;

  Pages(ArchiveSearcher searcher, RawSource raw) {
    this.searcher = searcher;
    this.raw = raw;
  }

  void register(JavalinConfig config) {
    config.routes.get("/", this::search);
    config.routes.get(ArticleLinks.PAGE, ctx -> article(ctx, ctx.queryParam(Param.ID)));
    config.routes.get(ArticleLinks.PAGE + "/<id>", ctx -> article(ctx, ctx.pathParam("id")));
  }

  private void search(Context ctx) {
    SearchParams p = SearchParams.parse(ctx.queryParamMap());
    // A refused query keeps the page usable: the message is shown above empty results, the form keeps the query.
    SearchOutcome outcome = searcher.trySearch(p.toRequest());
    SearchResult result = outcome.result();
    String error = outcome.refusal();
    Map<Dimension, List<FacetValue>> found = new EnumMap<>(Dimension.class);
    p.find().forEach((d, prefix) -> found.put(d, searcher.facetValues(d, prefix, FOUND_LIMIT)));
    ctx.contentType("text/html; charset=utf-8");
    // Deeper than the URL's chain of earlier cursors, the searcher walks back from this page's cursor.
    int numbered = SearchViews.numberedPages(searcher.limits(), p.size());
    String walkedBack = result != null && !new SearchLinks(p).previousKnown(numbered)
        ? searcher.previousCursor(p.toRequest()) : null;
    ctx.render("search.jte", Map.of("page", SearchViews.page(p, result, error, found, walkedBack,
        didYouMean(searcher, p, result), numbered)));
  }

  /** A corrected query when this one finds few articles and has a word no article has; else null. */
  static String didYouMean(ArchiveSearcher searcher, SearchParams p, SearchResult result) {
    if (result == null || p.query() == null || result.totalHits() >= FEW) {
      return null;
    }
    return searcher.didYouMean(p.query()).orElse(null);
  }

  /** Fewer hits than this and the page offers a correction. */
  static final int FEW = 5;

  private void article(Context ctx, String rawId) {
    String id = ArticleLinks.validate(rawId);
    ArticleView view = searcher.article(id).orElseThrow(() -> new BadRequest(404, "No article has this id."));
    String q = ctx.queryParam(Param.QUERY);
    if (q != null && (q.isBlank() || q.length() > SearchParams.MAX_QUERY_LENGTH)) {
      q = null;
    }
    List<Hit> related = searcher.related(id, RELATED);
    ctx.contentType("text/html; charset=utf-8");
    ctx.render("article.jte", Map.of("a", ArticleViews.page(view, related, raw.of(view.article()), q)));
  }
}
