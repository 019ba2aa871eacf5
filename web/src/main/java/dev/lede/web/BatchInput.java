package dev.lede.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A batch request as sent: the text of its lines and the search state it is counted within. Four bodies are read:
 * a form (the page's, with a {@value #QUERIES} box and an optional {@value #FILE} upload, form-encoded or
 * multipart), JSON ({@code {"queries": [...]}}, other keys as search parameters) and plain text (the lines). Search
 * parameters may also come in the query string, as on every other route. Bodies are read up to
 * {@link #MAX_BYTES}; {@link WebApp} refuses a longer stated length before a byte is read.
 *
 * @param params the search state (filters) the lines are counted within
 * @param text the lines as sent (the box's, then the file's)
 */
record BatchInput(SearchParams params, String text) {
  /** 1,000 lines of up to about 1,000 bytes; the other routes take at most 64 KB. */
  static final long MAX_BYTES = 1024 * 1024;
  static final String TOO_LARGE = "The batch is too large (the limit is 1 MB); split it into smaller batches.";
  static final String QUERIES = "queries";
  static final String FILE = "file";
  private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

  static BatchInput read(Context ctx, ObjectMapper json) throws IOException {
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    String type = ctx.contentType() == null ? "text/plain"
        : ctx.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    StringBuilder text = new StringBuilder();
    switch (type) {
      case "application/x-www-form-urlencoded" -> form(utf8(body(ctx.req().getInputStream())), params);
      case "multipart/form-data" -> multipart(ctx, params, text);
      case "application/json" -> json(json, body(ctx.req().getInputStream()), params, text);
      case "text/plain" -> text.append(utf8(body(ctx.req().getInputStream())));
      default -> throw new BadRequest(415, "Send the lines as text/plain, as JSON {\"queries\": [...]} or as a form.");
    }
    List<String> boxes = params.remove(QUERIES);
    if (boxes != null) {
      text.insert(0, String.join("\n", boxes) + "\n");
    }
    return new BatchInput(SearchParams.parse(params), text.toString());
  }

  private static void form(String body, Map<String, List<String>> params) {
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw new BadRequest("The form data is malformed.");
      }
    }
  }

  /** The page's form: fields become parameters, the uploaded file's lines follow the box's. */
  private static void multipart(Context ctx, Map<String, List<String>> params, StringBuilder files)
      throws IOException {
    // Kept in memory: the whole request is at most MAX_BYTES, so no part is written to a temporary file.
    ctx.req().setAttribute(MULTIPART_CONFIG, new MultipartConfigElement("", MAX_BYTES, MAX_BYTES,
        (int) MAX_BYTES + 1));
    try {
      for (Part part : ctx.req().getParts()) {
        String value;
        try (InputStream in = part.getInputStream()) {
          value = utf8(body(in));
        }
        if (part.getSubmittedFileName() == null) {
          params.computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(value);
        } else if (part.getName().equals(FILE) && !value.isEmpty()) {
          if (value.indexOf('\0') >= 0) {
            throw new BadRequest("The file is not plain text; upload a .txt file with one name or query per line.");
          }
          files.append(value).append('\n');
        }
      }
    } catch (ServletException | IllegalStateException e) {
      throw new BadRequest("The upload is malformed or too large (the limit is 1 MB).");
    }
  }

  private static void json(ObjectMapper json, byte[] body, Map<String, List<String>> params, StringBuilder text) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new BadRequest("The body is not valid JSON; send {\"queries\": [\"...\", ...]}.");
    }
    if (root == null || !root.isObject()) {
      throw new BadRequest("The body must be a JSON object: {\"queries\": [\"...\", ...]}.");
    }
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      List<String> values = new ArrayList<>();
      for (JsonNode v : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
        if (!v.isValueNode() || v.isNull()) {
          throw new BadRequest((e.getKey().equals(QUERIES) ? "'queries'" : "Each search parameter")
              + " must be a string or a list of strings.");
        }
        values.add(v.asText());
      }
      if (e.getKey().equals(QUERIES)) {
        values.forEach(v -> text.append(v.replace('\n', ' ').replace('\r', ' ')).append('\n'));
      } else {
        params.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(values);
      }
    }
  }

  /** The body, refused beyond {@link #MAX_BYTES} (the stated length was checked; this bounds what is read). */
  private static byte[] body(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new BadRequest(413, TOO_LARGE);
    }
    return bytes;
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
