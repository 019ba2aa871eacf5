package dev.lede.web;

import dev.lede.search.SearchRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search kept outside the app, as the address of its page: a whole URL copied from the browser
 * ({@code http://localhost:7070/?q=Kherson&source=Reuters}), the part from {@code /} or {@code ?} on, or the bare
 * query string ({@code q=Kherson&source=Reuters&from=2022-11-01}). It is read with the page's own parameter parsing,
 * so every filter means exactly what it means on the page; paging parameters are ignored. For {@code lede alert},
 * which lives in another package and must not copy that parsing.
 *
 * <pre>{@code
 * SavedSearch s = SavedSearch.parse("q=kherson&place=Kherson");
 * searcher.search(s.request().toBuilder().pageSize(100).build());
 * }</pre>
 *
 * @param request the search the page would run (first page, its sort and filters)
 * @param page the search page's path and canonical query string ({@code /?q=kherson&place=Kherson}): the same
 *     search always gives the same text, so it tells whether a saved search was changed
 */
public record SavedSearch(SearchRequest request, String page) {
  /** The longest saved search read; the page's own limits then bound each value. */
  public static final int MAX_LENGTH = 8_000;

  public SavedSearch {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(page, "page");
  }

  /**
   * Reads a saved search.
   *
   * @throws IllegalArgumentException with a message for the user (naming at most a short quoted excerpt of the
   *     text) when it is not a search address or a parameter has a bad value, as the page would refuse it
   */
  public static SavedSearch parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    if (s.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("the search is too long (" + s.length() + " characters; the limit is "
          + MAX_LENGTH + ")");
    }
    int fragment = s.indexOf('#');
    if (fragment >= 0) {
      s = s.substring(0, fragment);
    }
    boolean address = s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/") || s.startsWith("?");
    if (address) {
      int question = s.indexOf('?');
      s = question < 0 ? "" : s.substring(question + 1);
    } else if (!s.contains("=")) {
      throw new IllegalArgumentException("not a search address or query string (for plain words, write q= before"
          + " them)");
    }
    try {
      SearchParams p = SearchParams.parse(decode(s));
      return new SavedSearch(p.toRequest(), new SearchLinks(p).on("/"));
    } catch (BadRequest e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The path of an article's page in the app ({@code /article/dir/file.txt}), for links beside a saved search. */
  public static String articlePage(String id) {
    return ArticleLinks.page(id);
  }

  /** A query string's parameters, decoded as browsers encode forms (UTF-8, {@code +} for a space). */
  private static Map<String, List<String>> decode(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
            .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("a parameter has a broken %-escape: " + Quote.of(pair), e);
      }
    }
    return params;
  }
}
