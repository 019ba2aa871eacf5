package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the running server: every described operation answers with the documented
 * success and a body that fits its schema, and every API route the server registers is described.
 */
class OpenApiContractTest extends SampleSiteTest {
  static final ObjectMapper JSON = new ObjectMapper();
  /** Values for parameters the document marks required, all of which exist in the test site. */
  static final Map<String, String> EXAMPLES = Map.of(
      "id", "gen/kherson-1.txt",
      "type", "person",
      "name", "Olena Marchenko",
      "dimension", "source");
  static JsonNode doc;

  @BeforeAll
  static void readDocument() throws Exception {
    HttpResponse<String> r = site.get("/api/openapi.json");
    assertEquals(200, r.statusCode(), r.body());
    WebRoutesTest.assertSecure(r);
    assertTrue(WebRoutesTest.type(r).startsWith("application/json"), WebRoutesTest.type(r));
    doc = JSON.readTree(r.body());
  }


  @Test
  void documentIsOpenApi31AndTheSameAsTheStaticFile() throws Exception {
    assertEquals("3.1.0", doc.path("openapi").asText());
    assertEquals(doc, JSON.readTree(site.get("/static/openapi.json").body()));
  }

  @Test
  void everyDescribedOperationAnswersWithABodyThatFitsItsSchema() throws Exception {
    List<String> called = new ArrayList<>();
    for (var path : doc.path("paths").properties()) {
      for (var op : path.getValue().properties()) {
        String method = op.getKey().toUpperCase(Locale.ROOT);
        HttpResponse<String> r = call(method, path.getKey(), op.getValue());
        String where = method + " " + r.uri();
        assertEquals(200, r.statusCode(), where + " -> " + r.body());
        WebRoutesTest.assertSecure(r);
        JsonNode schema = op.getValue().at("/responses/200/content/application~1json/schema");
        if (!schema.isMissingNode()) {
          assertTrue(WebRoutesTest.type(r).startsWith("application/json"), where);
          List<String> errors = new ArrayList<>();
          check(JSON.readTree(r.body()), schema, "$", errors);
          assertTrue(errors.isEmpty(), where + " does not fit its schema: " + errors);
        }
        called.add(where);
      }
    }
    assertTrue(called.size() >= 10, "operations called: " + called);
  }

  @Test
  void everyApiRouteTheServerRegistersIsDescribed() {
    // A second app over the same searcher, never started: its router holds exactly the routes WebApp registers.
    var app = WebApp.create(site.searcher, WebOptions.loopback(List.of()));
    Set<String> registered = app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(h -> h.endpoint)
        .filter(e -> e.path.startsWith("/api/") || e.path.startsWith("/export"))
        // Javalin's <name> (slashes allowed) is OpenAPI's {name}, slashes percent-encoded or kept.
        .map(e -> e.method.name() + " " + e.path.replace('<', '{').replace('>', '}'))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> described = new TreeSet<>();
    doc.path("paths").properties().forEach(p -> p.getValue().properties()
        .forEach(op -> described.add(op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey())));
    assertTrue(registered.contains("GET /api/openapi.json"), registered.toString());
    assertEquals(registered, described);
  }

  /**
   * Calls one operation with the document's examples or ours for its required parameters, the document's examples
   * for optional ones, and the example body of a POST.
   */
  private static HttpResponse<String> call(String method, String path, JsonNode op) throws Exception {
    String url = path;
    List<String> query = new ArrayList<>();
    for (JsonNode p : op.path("parameters")) {
      JsonNode param = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
      String name = param.get("name").asText();
      // optional parameters only where the document gives an example, so the answer has something to check
      String value = param.has("example") ? param.get("example").asText() : EXAMPLES.get(name);
      if (!param.path("required").asBoolean() && !param.has("example")) {
        continue;
      }
      assertNotNull(value, "no example for the required parameter " + name + " of " + path);
      Function<String, String> encode = v -> URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
      if (param.get("in").asText().equals("path")) {
        // ids keep their slashes (the route takes them), every segment percent-encoded
        String encoded = List.of(value.split("/")).stream().map(encode).collect(Collectors.joining("/"));
        url = url.replace("{" + name + "}", encoded);
      } else {
        query.add(name + "=" + encode.apply(value));
      }
    }
    if (!query.isEmpty()) {
      url += "?" + String.join("&", query);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(site.uri(url));
    JsonNode body = op.at("/requestBody/content/text~1plain/example");
    if (method.equals("POST")) {
      assertTrue(body.isTextual(), "a POST needs a text/plain example: " + path);
      request.header("Content-Type", "text/plain; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(body.asText()));
    } else {
      assertEquals("GET", method, path);
    }
    return site.send(request);
  }

  private static JsonNode resolve(String ref) {
    assertTrue(ref.startsWith("#/"), ref);
    JsonNode target = doc.at(ref.substring(1));
    assertTrue(!target.isMissingNode(), "dangling " + ref);
    return target;
  }

  /**
   * The part of JSON Schema the document uses: $ref, type (one or a list), required, properties,
   * additionalProperties, items and enum. Enough to catch a renamed key or a changed type; not a full validator.
   */
  private static void check(JsonNode value, JsonNode schema, String at, List<String> errors) {
    if (schema.has("$ref")) {
      check(value, resolve(schema.get("$ref").asText()), at, errors);
      return;
    }
    JsonNode type = schema.path("type");
    if (!type.isMissingNode()) {
      List<String> types = new ArrayList<>();
      (type.isArray() ? type : JSON.createArrayNode().add(type)).forEach(t -> types.add(t.asText()));
      // an integer is a number too
      if (!types.contains(typeOf(value)) && !(types.contains("number") && value.isNumber())) {
        errors.add(at + " is " + typeOf(value) + ", not " + types);
        return;
      }
    }
    if (schema.has("enum") && !value.isNull()) {
      boolean listed = false;
      for (JsonNode e : schema.get("enum")) {
        listed |= e.equals(value);
      }
      if (!listed) {
        errors.add(at + " = " + value + " is not in " + schema.get("enum"));
      }
    }
    if (value.isObject()) {
      for (JsonNode key : schema.path("required")) {
        if (!value.has(key.asText())) {
          errors.add(at + " lacks " + key.asText());
        }
      }
      for (var field : value.properties()) {
        JsonNode sub = schema.path("properties").path(field.getKey());
        if (sub.isMissingNode()) {
          sub = schema.path("additionalProperties");
        }
        if (sub.isObject()) {
          check(field.getValue(), sub, at + "." + field.getKey(), errors);
        }
      }
    } else if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), at + "[" + i + "]", errors);
      }
    }
  }

  private static String typeOf(JsonNode value) {
    if (value.isIntegralNumber()) {
      return "integer";
    }
    return switch (value.getNodeType()) {
      case OBJECT -> "object";
      case ARRAY -> "array";
      case STRING -> "string";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      case NUMBER -> "number";
      default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
