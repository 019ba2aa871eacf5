package dev.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.search.InvalidQueryException;
import dev.lede.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A cursor of a search in OpenSearch: the sort values of the last hit read (for {@code search_after}), the number of
 * hits delivered before the next page, and a fingerprint of the request it belongs to, so a cursor pasted into
 * another search is refused with the embedded searcher's message. Opaque to users (URL-safe base64 of JSON).
 */
record RemoteCursor(ArrayNode after, long delivered) {
  static final String INVALID = "The cursor is not valid for this search; start again from the first page.";

  String encode(SearchRequest request, ObjectMapper json) {
    ObjectNode o = json.createObjectNode();
    o.set("a", after);
    o.put("d", delivered);
    o.put("k", key(request));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
  }

  static RemoteCursor decode(String cursor, SearchRequest request, ObjectMapper json) {
    try {
      JsonNode o = json.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
      if (o == null || !o.path("a").isArray() || !o.path("d").canConvertToLong()
          || !key(request).equals(o.path("k").asText())) {
        throw new InvalidQueryException(INVALID);
      }
      return new RemoteCursor((ArrayNode) o.get("a"), o.get("d").asLong());
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidQueryException(INVALID);
    }
  }

  /** What a page depends on: everything but the page size, the page number and the cursor itself. */
  private static String key(SearchRequest r) {
    StringBuilder filters = new StringBuilder();
    for (dev.lede.search.Dimension d : dev.lede.search.Dimension.values()) { // in a fixed order, values sorted
      filters.append(d).append(new java.util.TreeSet<>(r.filter(d).include()))
          .append(new java.util.TreeSet<>(r.filter(d).exclude()));
    }
    String identity = r.query() + '\u0001' + filters + '\u0001' + r.from() + '\u0001' + r.to() + '\u0001'
        + r.undated() + '\u0001' + r.sort() + '\u0001' + r.collapseStories() + '\u0001' + r.exact();
    return Integer.toHexString(identity.hashCode());
  }
}
