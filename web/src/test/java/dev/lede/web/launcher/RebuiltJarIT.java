package dev.lede.web.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: {@code mvn package} rewrites {@code web/target/lede.jar} in place, and a server running that file then
 * hung on every route whose classes it had not loaded yet. Here the real launcher serves the real jar from a copy
 * of the Lede folder; one page is visited, the jar is overwritten with random bytes (worse than a rebuild), and then
 * every route is visited for the first time: each must answer as usual. Runs after {@code package} ({@code *IT}).
 */
class RebuiltJarIT {
  private static final Path JAR = Path.of("target", "lede.jar");
  private static final Path SCRIPT = Path.of("..", "lede");
  private static final Path SAMPLES = Path.of("..", "index-data");
  /** Only a bound on a hung request, so a regression fails instead of blocking the build; not a timing check. */
  private static final Duration HUNG = Duration.ofSeconds(60);

  @TempDir Path home;

  @Test
  void aServerKeepsAnsweringEveryRouteWhileItsJarIsRewritten() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "needs the application jar (mvn package)");
    Files.copy(SCRIPT, home.resolve("lede"));
    Files.setPosixFilePermissions(home.resolve("lede"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path jar = Files.createDirectories(home.resolve("web/target")).resolve("lede.jar");
    Files.copy(JAR, jar, StandardCopyOption.COPY_ATTRIBUTES);

    ProcessBuilder builder = new ProcessBuilder(home.resolve("lede").toString(), "serve", "--input",
        SAMPLES.toAbsolutePath().toString(), "--index", home.resolve("index").toString(), "--port", "0");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process server = builder.start();
    try (HttpClient http = HttpClient.newHttpClient()) {
      int port = port(server);
      String base = "http://127.0.0.1:" + port;
      assertEquals(200, get(http, base + "/").statusCode());

      byte[] garbage = new byte[1 << 20];
      new Random(20).nextBytes(garbage);
      Files.write(jar, garbage);

      Map<String, Integer> routes = new LinkedHashMap<>();
      routes.put("/?q=Kherson", 200);
      routes.put("/api/search?q=Kherson", 200);
      routes.put("/export.csv?q=Kherson", 200);
      routes.put("/export.jsonl?q=Kherson", 200);
      routes.put("/api/status", 200);
      routes.put("/api/suggest?q=zel", 200);
      routes.put("/api/facets/person?prefix=ser", 200);
      routes.put("/static/lede.css", 200);
      routes.put("/no-such-page", 404);
      routes.put("/api/no-such-route", 404);
      routes.put("/api/search?q=title:(", 200);
      routes.put("/api/search?q=nosuchfield:x", 400);
      String article = firstArticle(http, base);
      routes.put("/api/articles/" + article, 200);
      for (Map.Entry<String, Integer> route : routes.entrySet()) {
        HttpResponse<String> r = get(http, base + route.getKey());
        assertEquals(route.getValue(), r.statusCode(), route.getKey() + ": " + r.body());
      }
      HttpResponse<String> page = get(http, base + "/article/" + article);
      assertEquals(200, page.statusCode(), "the article page");
      assertTrue(page.body().contains("<h1"), "the article page is rendered");
    } finally {
      server.destroy();
      if (!server.waitFor(2, TimeUnit.MINUTES)) {
        server.destroyForcibly();
      }
    }
  }

  /** The port from the server's "Lede is serving N articles on http://HOST:PORT/" line. */
  private static int port(Process server) throws IOException {
    Pattern serving = Pattern.compile("Lede is serving .* on http://[^:]+:(\\d+)/");
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = serving.matcher(line);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("the server ended without serving");
  }

  private static String firstArticle(HttpClient http, String base) throws Exception {
    String body = get(http, base + "/api/search?q=Kherson&size=1").body();
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
    assertTrue(id.find(), body);
    return java.net.URLEncoder.encode(id.group(1), StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(HUNG).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
