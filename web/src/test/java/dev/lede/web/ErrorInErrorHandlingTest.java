package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import io.javalin.config.JavalinConfig;
import org.junit.jupiter.api.Test;

/**
 * A failure while answering a failure: what a jar rebuilt under the running server produces (classes that can no
 * longer be loaded, in the route and again in the error page). Javalin re-runs exception handling for whatever a
 * handler throws, so before the guard such a request looped on its thread forever. Each request here must get one
 * 500, with our headers and no exception text.
 */
class ErrorInErrorHandlingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Only a bound on a hung request, so a regression fails instead of blocking the build; not a timing check. */
  private static final Duration HUNG = Duration.ofSeconds(60);

  @Test
  void anErrorPageThatCannotBeRenderedAnswersOne500() throws Exception {
    Javalin app = start(config -> config.fileRenderer((file, model, ctx) -> {
      throw new NoClassDefFoundError("gg/jte/generated/precompiled/JteerrorGenerated");
    }));
    try {
      HttpResponse<String> page = get(app, "/boom");
      assertEquals(500, page.statusCode());
      assertTrue(page.body().contains("Something went wrong"), page.body());
      assertClean(page);

      HttpResponse<String> error = get(app, "/missing-class");
      assertEquals(500, error.statusCode());
      assertClean(error);

      HttpResponse<String> notFound = get(app, "/no-such-page");
      assertEquals(500, notFound.statusCode(), "the 404 page cannot be rendered either");
      assertClean(notFound);
    } finally {
      app.stop();
    }
  }

  @Test
  void anExceptionThatBreaksLoggingAnswersOne500() throws Exception {
    Javalin app = start(config -> config.fileRenderer(new JteRenderer()));
    try {
      HttpResponse<String> api = get(app, "/api/unprintable");
      assertEquals(500, api.statusCode(), api.body());
      assertFalse(JSON.readTree(api.body()).get("error").asText().isBlank());
      assertClean(api);

      HttpResponse<String> missing = get(app, "/api/missing-class");
      assertEquals(500, missing.statusCode(), missing.body());
      assertFalse(JSON.readTree(missing.body()).get("error").asText().isBlank());
      assertClean(missing);

      HttpResponse<String> unprintableError = get(app, "/api/unprintable-error");
      assertEquals(500, unprintableError.statusCode(), "Javalin's own handler looped on this one");
      assertClean(unprintableError);

      HttpResponse<String> fine = get(app, "/api/fine");
      assertEquals(200, fine.statusCode(), "the server still answers");
    } finally {
      app.stop();
    }
  }

  /** A server with the app's error handling and routes that fail the ways a replaced jar makes them fail. */
  private static Javalin start(Consumer<JavalinConfig> renderer) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = "127.0.0.1";
      config.jetty.port = 0;
      renderer.accept(config);
      config.routes.get("/boom", ctx -> {
        throw new IllegalStateException("boom");
      });
      config.routes.get("/missing-class", ctx -> {
        throw new NoClassDefFoundError("dev/lede/web/Exporter$Row");
      });
      config.routes.get("/api/missing-class", ctx -> {
        throw new NoClassDefFoundError("dev/lede/web/Exporter$Row");
      });
      config.routes.get("/api/unprintable", ctx -> {
        throw new Unprintable();
      });
      config.routes.get("/api/unprintable-error", ctx -> {
        throw new UnprintableError();
      });
      config.routes.get("/api/fine", ctx -> ctx.result("ok"));
      WebApp.errors(config, JSON);
    }).start();
  }

  /** An exception whose message cannot be built: logging it throws, inside the exception handler. */
  private static final class Unprintable extends RuntimeException {
    @Override
    public String getMessage() {
      throw new NoClassDefFoundError("org/slf4j/helpers/MessageFormatter");
    }

    @Override
    public String toString() {
      throw new NoClassDefFoundError("org/slf4j/helpers/MessageFormatter");
    }
  }

  /** The same for an {@link Error}, which goes to Javalin's java-lang error handler. */
  private static final class UnprintableError extends Error {
    @Override
    public String getMessage() {
      throw new NoClassDefFoundError("org/slf4j/helpers/MessageFormatter");
    }

    @Override
    public String toString() {
      throw new NoClassDefFoundError("org/slf4j/helpers/MessageFormatter");
    }
  }

  private static HttpResponse<String> get(Javalin app, String path) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).timeout(HUNG)
          .build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private static void assertClean(HttpResponse<String> r) {
    WebRoutesTest.assertSecure(r);
    for (String leak : new String[] {"Exception", "Error", "at dev.lede", "jte/generated", "slf4j"}) {
      assertFalse(r.body().contains(leak), r.uri() + " shows '" + leak + "': " + r.body());
    }
  }
}
