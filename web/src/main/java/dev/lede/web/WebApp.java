package dev.lede.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.search.ArchiveSearcher;
import dev.lede.search.IndexUnavailableException;
import dev.lede.search.InvalidQueryException;
import dev.lede.web.view.ErrorView;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lede web application, configured in one place: security headers on every response, our own error pages,
 * limits, static files from the classpath, and the routes of {@link Pages}, {@link Api}, {@link EntityPages},
 * {@link BatchRoutes} and the exports.
 */
final class WebApp {
  static final long MAX_REQUEST_BYTES = 64 * 1024;
  /** How much of a refused body is read (and dropped) so the client can read the 413; see tooLarge. */
  static final long DRAIN_LIMIT = 8L * 1024 * 1024;
  /**
   * The query string may be long enough for any query the API refuses with a message of its own (the 2,000-character
   * query limit, 50 filters of 300 characters), even when every character is percent-encoded: a 10 KB query or
   * 10,000 nested parentheses get a 400 that says what is wrong rather than a bare 414.
   */
  static final int MAX_URL_CHARS = 64 * 1024;
  /** The request line and the headers together; room for the longest accepted query string. */
  static final int MAX_HEADER_BYTES = 72 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  private WebApp() {}

  static Javalin create(ArchiveSearcher searcher, WebOptions options) {
    ObjectMapper json = new ObjectMapper();
    Pages pages = new Pages(searcher, new RawSource(options.inputRoots()));
    Api api = new Api(searcher, json);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = options.host();
      config.jetty.port = options.port();
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.http.prefer405over404 = true;
      config.http.generateEtags = false;
      config.router.ignoreTrailingSlashes = true;
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      config.fileRenderer(new JteRenderer());
      new StaticAssets().register(config);
      config.routes.before(ctx -> guard(ctx, options));
      pages.register(config);
      api.register(config);
      new EntityPages(searcher, json).register(config);
      config.routes.get("/export.csv", ctx -> api.export(ctx, true));
      config.routes.get("/export.jsonl", ctx -> api.export(ctx, false));
      config.routes.get(AtomFeed.PATH, api::feed);
      new BatchRoutes(searcher, json).register(config);
      errors(config, json);
    });
  }

  /**
   * A 413 the client can read. A client that does not wait for "100 Continue" (a browser, most HTTP libraries) is
   * still sending its body when we answer; closing on unread bytes resets the connection, and the reset can
   * destroy the answer before the client reads it. So a body up to {@link #DRAIN_LIMIT} is read and dropped
   * first; beyond that the connection is closed (the answer may be lost, but the server reads no more).
   */
  private static BadRequest tooLarge(Context ctx, long length, String message) {
    if (length <= DRAIN_LIMIT && ctx.req().getHeader("Expect") == null) {
      try (var in = ctx.req().getInputStream()) {
        in.skipNBytes(length);
      } catch (IOException | RuntimeException e) { // the client went away or lied about the length: answer anyway
      }
    }
    return new BadRequest(413, message);
  }

  /** Headers first (so every response has them), then the cheap limits, then the host (DNS rebinding). */
  private static void guard(Context ctx, WebOptions options) {
    SecurityHeaders.apply(ctx.res());
    // the int getter says -1 beyond 2 GB; a batch of 1,000 lines may need more than the other routes
    long length = ctx.req().getContentLengthLong();
    if (length > MAX_REQUEST_BYTES) {
      if (!BatchRoutes.takesBatch(ctx.path())) {
        throw tooLarge(ctx, length, "The request is too large.");
      }
      if (length > BatchInput.MAX_BYTES) {
        throw tooLarge(ctx, length, BatchInput.TOO_LARGE);
      }
    }
    if (ctx.req().getHeader("Transfer-Encoding") != null) { // a body of no stated size: no route takes one
      throw new BadRequest("A request body must state its length (no chunked bodies).");
    }
    if (malformedEscape(ctx.req().getRequestURI())) {
      throw new BadRequest("The address is malformed.");
    }
    String qs = ctx.queryString();
    if (qs != null && qs.length() > MAX_URL_CHARS) {
      throw new BadRequest(414, "The address is too long; remove some filters or shorten the query.");
    }
    if (!options.allows(ctx.req().getServerName())) {
      throw new BadRequest(403, "This server does not answer to that host name (see lede serve --allowed-hosts).");
    }
  }

  /**
   * A {@code %} not followed by two hex digits in the raw path. Jetty lets {@code %u2215} through, and Javalin's
   * decoding of a path parameter then threw, which was a 500.
   */
  static boolean malformedEscape(String rawPath) {
    if (rawPath == null) {
      return false;
    }
    for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
      if (i + 2 >= rawPath.length() || Character.digit(rawPath.charAt(i + 1), 16) < 0
          || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Every handler is guarded ({@link ErrorGuard}): one that threw would make Javalin retry it forever. */
  static void errors(JavalinConfig config, ObjectMapper json) {
    ErrorGuard.preload();
    config.router.javaLangErrorHandler(ErrorGuard::error);
    config.routes.exception(BadRequest.class,
        ErrorGuard.exceptions((e, ctx) -> fail(ctx, json, e.status(), e.getMessage())));
    config.routes.exception(InvalidQueryException.class,
        ErrorGuard.exceptions((e, ctx) -> fail(ctx, json, 400, e.getMessage())));
    config.routes.exception(IndexUnavailableException.class, ErrorGuard.exceptions((e, ctx) -> {
      LOG.warn("index unavailable", e);
      fail(ctx, json, 503, "The index cannot be read right now; try again in a moment.");
    }));
    config.routes.exception(HttpResponseException.class,
        ErrorGuard.exceptions((e, ctx) -> fail(ctx, json, e.getStatus(), null)));
    config.routes.exception(Exception.class, ErrorGuard.exceptions((e, ctx) -> {
      LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
      fail(ctx, json, 500, null);
    }));
    for (int status : new int[] {400, 404, 405, 413, 414, 431, 500, 503}) {
      config.routes.error(status, ErrorGuard.errors(ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          fail(ctx, json, status, null);
        }
      }));
    }
  }

  /** Our error response: JSON for the API and exports, a page otherwise; never a stack trace or raw input. */
  static void fail(Context ctx, ObjectMapper json, int status, String message) {
    SecurityHeaders.apply(ctx.res());
    String text = message != null ? message : defaultMessage(status);
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/export")) {
      try {
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(Map.of("error", text)));
      } catch (IOException e) {
        ctx.result("{\"error\":\"error\"}");
      }
      return;
    }
    ctx.contentType("text/html; charset=utf-8");
    ctx.render("error.jte", Map.of("error", new ErrorView(status, title(status), text)));
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 -> "Request too large";
      case 414 -> "Address too long";
      case 431 -> "Headers too large";
      case 503 -> "Index unavailable";
      default -> status >= 500 ? "Something went wrong" : "Error";
    };
  }

  private static String defaultMessage(int status) {
    return switch (status) {
      case 404 -> "There is no page at this address.";
      case 405 -> "This address does not answer this method (pages and the API answer GET; batch search POST).";
      case 413 -> "The request is too large.";
      case 500 -> "The server could not complete the request. It has been logged.";
      default -> "The request could not be handled.";
    };
  }
}
