package dev.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.ArchiveSearcher;
import dev.lede.search.Dimension;
import dev.lede.search.EntityProfile;
import dev.lede.web.view.EntityPageView;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Entity profiles: the page {@code /entity/<type>/<name>} and its JSON {@code /api/entities/<type>/<name>} (see
 * {@link EntityLinks} for the URL forms). An unknown type is a 400; a name no article has is a 404 that still helps:
 * the page offers a text search for it and the names of that type containing its words.
 */
final class EntityPages {
  /** Newest stories listed on a profile. */
  static final int LATEST = 10;
  /** Names offered when the name asked for has no profile. */
  static final int CANDIDATES = 8;
  private final ArchiveSearcher searcher;
  private final ObjectMapper json;

  EntityPages(ArchiveSearcher searcher, ObjectMapper json) {
    this.searcher = searcher;
    this.json = json;
  }

  void register(JavalinConfig config) {
    config.routes.get(EntityLinks.PAGE + "/{type}", ctx -> page(ctx, ctx.queryParam(EntityLinks.NAME)));
    config.routes.get(EntityLinks.PAGE + "/{type}/<name>", ctx -> page(ctx, ctx.pathParam("name")));
    config.routes.get(EntityLinks.API + "/{type}", ctx -> api(ctx, ctx.queryParam(EntityLinks.NAME)));
    config.routes.get(EntityLinks.API + "/{type}/<name>", ctx -> api(ctx, ctx.pathParam("name")));
  }

  private void page(Context ctx, String rawName) {
    Dimension d = EntityLinks.type(ctx.pathParam("type"));
    String name = EntityLinks.name(rawName);
    Optional<EntityProfile> profile = searcher.entity(d, name, LATEST);
    ctx.contentType("text/html; charset=utf-8");
    if (profile.isEmpty()) {
      ctx.status(404); // still a page that helps: a text search, and the names that contain these words
    }
    EntityPageView view = profile.map(p -> EntityViews.page(p, name))
        .orElseGet(() -> EntityViews.missing(d, name, searcher.facetValues(d, name, CANDIDATES)));
    ctx.render("entity.jte", Map.of("e", view));
  }

  private void api(Context ctx, String rawName) throws JsonProcessingException {
    Dimension d = EntityLinks.type(ctx.pathParam("type"));
    String name = EntityLinks.name(rawName);
    EntityProfile p = searcher.entity(d, name, LATEST)
        .orElseThrow(() -> new BadRequest(404, "No article names this "
            + EntityViews.kind(d).toLowerCase(Locale.ROOT) + "."));
    ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(EntityViews.json(p, name)));
  }
}
