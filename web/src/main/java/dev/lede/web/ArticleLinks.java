package dev.lede.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Article URLs. Ids contain {@code /} and {@code #} ({@code dir/file.txt}, {@code file.jsonl#12}): each path segment
 * is percent-encoded and slashes are kept, so {@code /article/dir/file.txt} reads naturally. An id whose segments
 * would be rewritten by URL normalisation (empty, {@code .}, {@code ..}) uses {@code /article?id=} instead; both
 * forms are always accepted.
 */
final class ArticleLinks {
  static final String PAGE = "/article";
  static final String API = "/api/articles";
  static final int MAX_ID_LENGTH = 1_000;

  private ArticleLinks() {}

  static String page(String id) {
    return on(PAGE, id);
  }

  static String page(String id, String query) {
    String base = page(id);
    if (query == null || query.isBlank()) {
      return base;
    }
    return base + (base.contains("?") ? "&" : "?") + Param.QUERY + "=" + SearchLinks.enc(query);
  }

  static String api(String id) {
    return on(API, id);
  }

  private static String on(String prefix, String id) {
    return path(prefix, id, Param.ID);
  }

  /**
   * {@code prefix/value} with each segment of the value percent-encoded and its slashes kept; a value with a segment
   * that URL normalisation would rewrite (empty, {@code .}, {@code ..}) goes in the query parameter {@code param}.
   */
  static String path(String prefix, String value, String param) {
    StringBuilder sb = new StringBuilder(prefix);
    for (String segment : value.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return prefix + "?" + param + "=" + SearchLinks.enc(value);
      }
      sb.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }

  /** Checks an id from a request: bounded length, no control characters. */
  static String validate(String id) {
    if (id == null || id.isBlank()) {
      throw new BadRequest(404, "No article id was given.");
    }
    if (id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
      throw new BadRequest("That is not a valid article id.");
    }
    return id;
  }
}
