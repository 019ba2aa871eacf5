package dev.lede.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The app's few static files (style sheet, script, icon, API description), read from the classpath once at start and
 * served from memory under {@code /static/NAME}. A fixed list rather than Javalin's classpath file handler, which
 * opens the whole application jar as a zip file system at start (thousands of entries, a noticeable share of the
 * time to the first search); and a name that is not on the list is a 404 without touching any file.
 */
final class StaticAssets {
  private static final String ROOT = "/static/";
  private static final Map<String, String> TYPES = Map.of(
      "lede.css", "text/css; charset=utf-8",
      "lede.js", "text/javascript; charset=utf-8",
      "favicon.svg", "image/svg+xml",
      "openapi.json", "application/json; charset=utf-8");

  private record Asset(byte[] bytes, String type) {}

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  StaticAssets() {
    TYPES.forEach((name, type) -> {
      try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + name)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled resource " + ROOT + name);
        }
        assets.put(name, new Asset(in.readAllBytes(), type));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled resource " + ROOT + name, e);
      }
    });
  }

  void register(JavalinConfig config) {
    config.routes.get(ROOT + "{name}", this::serve);
  }

  private void serve(Context ctx) {
    Asset asset = assets.get(ctx.pathParam("name"));
    if (asset == null) {
      throw new NotFoundResponse();
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(asset.type());
    ctx.result(asset.bytes());
  }
}
