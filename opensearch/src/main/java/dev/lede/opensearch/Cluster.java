package dev.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The REST calls the publisher makes, through the official client's generic API (plain JSON in and out, status
 * codes ours to judge), with back-off and retries where the cluster asks for them: 429 (too many requests, a full
 * write queue) and 502/503/504 (a node restarting or a shard relocating), and connection failures, which the
 * client first retries on the other nodes.
 */
final class Cluster implements Closeable {
  static final Set<Integer> RETRIED = Set.of(429, 502, 503, 504);
  private static final int ATTEMPTS = 8;
  /** A cluster that refuses connections on every node is down, not busy: fewer, shorter tries (0.25 + 0.5 + 1 s). */
  private static final int CONNECT_ATTEMPTS = 4;
  private static final long FIRST_PAUSE_MS = 250;
  private static final long MAX_PAUSE_MS = 8_000;

  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;
  private final ObjectMapper json = new ObjectMapper();
  private final Sleeper sleeper;

  /** Waits between attempts; tests replace it to run without pauses. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /** A response: its status and parsed body (an empty object when there was none). */
  record Reply(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** OpenSearch's error type and reason, for messages. */
    String error() {
      JsonNode e = body.path("error");
      if (e.isTextual()) {
        return e.asText();
      }
      String type = e.path("type").asText("");
      String reason = e.path("reason").asText("");
      return type.isEmpty() && reason.isEmpty() ? "HTTP " + status : type + (reason.isEmpty() ? "" : ": " + reason);
    }
  }

  Cluster(OpenSearchTarget target) {
    this(target, Thread::sleep);
  }

  Cluster(OpenSearchTarget target, Sleeper sleeper) {
    this.sleeper = sleeper;
    HttpHost[] hosts = target.urls().stream().map(Cluster::host).toArray(HttpHost[]::new);
    ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts);
    if (target.user() != null) {
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      for (HttpHost host : hosts) {
        credentials.setCredentials(new AuthScope(host),
            new UsernamePasswordCredentials(target.user(), target.password().toCharArray()));
      }
      builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
    }
    transport = builder.build();
    client = new OpenSearchClient(transport).generic();
  }

  private static HttpHost host(URI url) {
    int port = url.getPort() > 0 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 9200;
    return new HttpHost(url.getScheme().toLowerCase(java.util.Locale.ROOT), url.getHost(), port);
  }

  ObjectMapper json() {
    return json;
  }

  /** A JSON request (body may be null), retried as the class comment says; any final status is returned. */
  Reply call(String method, String endpoint, Object body) {
    return call(method, endpoint, Map.of(), body);
  }

  Reply call(String method, String endpoint, Map<String, String> query, Object body) {
    String text = null;
    try {
      text = body == null ? null : json.writeValueAsString(body);
    } catch (IOException e) {
      throw new OpenSearchFailedException("could not write a request to OpenSearch: " + e.getMessage(), e);
    }
    String payload = text;
    return send(method, endpoint, () -> {
      var b = Requests.builder().method(method).endpoint(endpoint).query(query);
      return (payload == null ? b : b.json(payload)).build();
    });
  }

  /** A bulk request of newline-delimited JSON lines. */
  Reply bulk(String ndjson) {
    byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
    return send("POST", "/_bulk", () -> Requests.builder().method("POST").endpoint("/_bulk")
        .body(Body.from(bytes, "application/x-ndjson")).build());
  }

  /** {@link #call} that must succeed (2xx), else fails the publish with {@code what} and OpenSearch's reason. */
  JsonNode expect(String what, String method, String endpoint, Object body) {
    Reply reply = call(method, endpoint, body);
    if (!reply.ok()) {
      throw new OpenSearchFailedException(what + " failed: " + reply.error());
    }
    return reply.body();
  }

  private Reply send(String method, String endpoint, java.util.function.Supplier<Request> request) {
    long pause = FIRST_PAUSE_MS;
    IOException lastError = null;
    Reply last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try (Response response = client.execute(request.get())) {
        String text = response.getBody().map(Body::bodyAsString).orElse("");
        JsonNode parsed = text.isBlank() ? json.createObjectNode() : parse(text);
        last = new Reply(response.getStatus(), parsed);
        if (!RETRIED.contains(last.status())) {
          return last;
        }
      } catch (IOException e) {
        lastError = e;
        if (last == null && attempt >= CONNECT_ATTEMPTS) {
          break;
        }
      }
      if (attempt < ATTEMPTS) {
        try {
          sleeper.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new OpenSearchFailedException("interrupted while waiting for OpenSearch");
        }
        pause = Math.min(MAX_PAUSE_MS, pause * 2);
      }
    }
    if (last != null) {
      return last;
    }
    throw new OpenSearchFailedException("OpenSearch cannot be reached (" + method + " " + endpoint + "): "
        + describe(lastError), lastError);
  }

  private JsonNode parse(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      return json.createObjectNode().put("error", "a response that is not JSON");
    }
  }

  /** An I/O error in our words: its type and message, which name the host and never a password. */
  static String describe(IOException e) {
    if (e == null) {
      return "no answer";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
  }

  /** The names of the indices matching {@code pattern} (a wildcard pattern); empty when none. */
  List<String> indices(String pattern) {
    Reply reply = call("GET", "/_cat/indices/" + pattern, Map.of("format", "json", "h", "index"), null);
    if (reply.status() == 404) {
      return List.of();
    }
    if (!reply.ok()) {
      throw new OpenSearchFailedException("listing the indices " + pattern + " failed: " + reply.error());
    }
    List<String> names = new java.util.ArrayList<>();
    reply.body().forEach(n -> names.add(n.path("index").asText()));
    return names;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
