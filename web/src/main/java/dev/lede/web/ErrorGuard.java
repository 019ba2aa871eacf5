package dev.lede.web;

import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error handling that cannot fail. Javalin handles whatever an exception handler throws by running exception
 * handling again, on the same request thread, with no limit: a handler that throws every time (a class missing from
 * a jar rebuilt under the running server, a message that cannot be built) kept a thread at 100% CPU and the request
 * unanswered forever. So every exception and error handler is wrapped: if it throws, the request gets a fixed 500
 * built from constants prepared at start-up, and nothing propagates back into Javalin.
 */
final class ErrorGuard {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorGuard.class);
  private static final String JSON = "{\"error\": \"The server could not complete the request.\"}\n";
  private static final String PAGE = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>500 · Lede"
      + "</title></head><body><h1>Something went wrong</h1><p>The server could not complete the request.</p>"
      + "<p><a href=\"/\">Back to search</a></p></body></html>\n";

  /**
   * Classes Javalin loads the first time a request fails. Were they loaded only then, from a jar rebuilt under the
   * running server, the load itself would fail inside Javalin's exception handling, which retries it forever (seen:
   * {@code ExceptionMapperKt}, loaded by the first exception). A name Javalin no longer has is simply skipped. This
   * narrows the problem, it cannot close it (Jetty loads classes lazily too): the launcher's private copy of the jar
   * is what keeps a rebuild away from a running server.
   */
  private static final List<String> FAILURE_PATH_CLASSES = List.of(
      "io.javalin.router.exception.ExceptionMapperKt",
      "io.javalin.router.exception.HttpResponseExceptionMapper",
      "io.javalin.router.exception.HttpResponseExceptionMapper$handle$1",
      "io.javalin.router.exception.HttpResponseExceptionMapper$handle$2",
      "io.javalin.router.exception.HttpResponseExceptionMapper$handle$3",
      "io.javalin.http.InternalServerErrorResponse",
      "io.javalin.util.JavalinLogger",
      "org.eclipse.jetty.io.EofException",
      "dev.lede.web.view.ErrorView");

  private ErrorGuard() {}

  /** Loads the classes of the failure path now, while the jar they come from is the one the server started with. */
  static void preload() {
    ClassLoader loader = ErrorGuard.class.getClassLoader();
    for (String name : FAILURE_PATH_CLASSES) {
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // renamed in another Javalin version: nothing to preload
      }
    }
  }

  /** An exception handler that answers a fixed 500 instead of throwing. */
  static <T extends Exception> ExceptionHandler<T> exceptions(ExceptionHandler<T> handler) {
    return (e, ctx) -> {
      try {
        handler.handle(e, ctx);
      } catch (Throwable inner) {
        lastResort(ctx, inner);
      }
    };
  }

  /** An error-status handler that answers a fixed 500 instead of throwing. */
  static Handler errors(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Throwable inner) {
        lastResort(ctx, inner);
      }
    };
  }

  /**
   * For a {@link java.lang.Error} (Javalin's java-lang error handler): status 500 and a log line, nothing that can
   * throw; the 500 error handler then writes our page.
   */
  static void error(HttpServletResponse res, Error error) {
    try {
      if (!res.isCommitted()) {
        res.setStatus(500);
      }
      LOG.error("request failed with an error", error);
    } catch (Throwable ignored) {
      // Logging or the response failed too: the status is all we can give.
    }
  }

  /** The fixed answer; swallows everything, since throwing from here is what loops. */
  static void lastResort(Context ctx, Throwable cause) {
    try {
      LOG.error("error while answering an error: {} {}", ctx.method(), ctx.path(), cause);
    } catch (Throwable ignored) {
      // The logger itself may be what is broken.
    }
    try {
      HttpServletResponse res = ctx.res();
      if (res.isCommitted()) {
        return;
      }
      SecurityHeaders.apply(res);
      String path = ctx.path();
      boolean api = path != null && (path.startsWith("/api/") || path.startsWith("/export"));
      ctx.status(500);
      ctx.contentType(api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
      ctx.result((api ? JSON : PAGE).getBytes(StandardCharsets.UTF_8));
    } catch (Throwable ignored) {
      // Nothing more can be done for this request; Javalin writes whatever status it has.
    }
  }
}
