package dev.lede.web;

import dev.lede.search.Dimension;
import dev.lede.search.SortOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links from one search state to another (add a filter, change the sort, next page...), as URLs in the scheme of
 * {@link SearchParams}. Anything that changes what matches drops the paging position.
 */
final class SearchLinks {
  private final SearchParams p;

  SearchLinks(SearchParams p) {
    this.p = p;
  }

  /** This state on another path, e.g. the export or API URL of what the page shows (first page). */
  String on(String path) {
    return href(path, firstPage(p));
  }

  String self() {
    return href("/", p);
  }

  String include(Dimension d, String value) {
    Map<Dimension, Set<String>> in = mutable(p.include());
    Map<Dimension, Set<String>> out = mutable(p.exclude());
    in.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(value);
    remove(out, d, value);
    return filters(in, out);
  }

  String exclude(Dimension d, String value) {
    Map<Dimension, Set<String>> in = mutable(p.include());
    Map<Dimension, Set<String>> out = mutable(p.exclude());
    out.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(value);
    remove(in, d, value);
    return filters(in, out);
  }

  /** Removes a value from the dimension's included and excluded values. */
  String clear(Dimension d, String value) {
    Map<Dimension, Set<String>> in = mutable(p.include());
    Map<Dimension, Set<String>> out = mutable(p.exclude());
    remove(in, d, value);
    remove(out, d, value);
    return filters(in, out);
  }

  /** Only this value in this dimension, everything else kept (entity chips). */
  String only(Dimension d, String value) {
    Map<Dimension, Set<String>> in = mutable(p.include());
    Map<Dimension, Set<String>> out = mutable(p.exclude());
    in.put(d, new LinkedHashSet<>(Set.of(value)));
    remove(out, d, value);
    return filters(in, out);
  }

  String dates(LocalDate from, LocalDate to) {
    return href("/", new SearchParams(p.query(), p.include(), p.exclude(), from, to, false, p.sort(), p.collapse(),
        p.exact(), p.exactCounts(), p.size(), null, 1, List.of(), p.more(), Map.of()));
  }

  /** Only the undated articles (no date range), or back to all dates. */
  String undated(boolean undated) {
    return href("/", new SearchParams(p.query(), p.include(), p.exclude(), null, null, undated, p.sort(),
        p.collapse(), p.exact(), p.exactCounts(), p.size(), null, 1, List.of(), p.more(), Map.of()));
  }

  /** A numbered page (no cursor: the searcher reads up to it); page 1 is {@link #first()}. */
  String page(int n) {
    return href("/", new SearchParams(p.query(), p.include(), p.exclude(), p.from(), p.to(), p.undated(), p.sort(),
        p.collapse(), p.exact(), p.exactCounts(), p.size(), null, n, List.of(), p.more(), Map.of()));
  }

  String sort(SortOrder sort) {
    return href("/", new SearchParams(p.query(), p.include(), p.exclude(), p.from(), p.to(), p.undated(), sort, p.collapse(),
        p.exact(), p.exactCounts(), p.size(), null, 1, List.of(), p.more(), Map.of()));
  }

  /** The same search with another query text, from page 1 ("did you mean"). */
  String query(String query) {
    return href("/", new SearchParams(query, p.include(), p.exclude(), p.from(), p.to(), p.undated(), p.sort(), p.collapse(),
        p.exact(), p.exactCounts(), p.size(), null, 1, List.of(), p.more(), Map.of()));
  }

  String collapse(boolean collapse) {
    return href("/", new SearchParams(p.query(), p.include(), p.exclude(), p.from(), p.to(), p.undated(), p.sort(), collapse,
        p.exact(), p.exactCounts(), p.size(), null, 1, List.of(), p.more(), Map.of()));
  }

  /** Toggles "show more" values for a dimension; keeps the page. */
  String more(Dimension d) {
    Set<Dimension> more = p.more().isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(p.more());
    if (!more.remove(d)) {
      more.add(d);
    }
    return href("/", new SearchParams(p.query(), p.include(), p.exclude(), p.from(), p.to(), p.undated(), p.sort(),
        p.collapse(), p.exact(), p.exactCounts(), p.size(), p.cursor(), p.page(), p.prev(), more, Map.of()));
  }

  /** The next page, remembering this page's cursor in the bounded {@code prev} chain. */
  String next(String nextCursor) {
    return next("/", nextCursor);
  }

  /** {@link #next(String)} on another path (the API's own next link). */
  String next(String path, String nextCursor) {
    List<String> prev = new ArrayList<>(p.prev());
    if (p.cursor() != null) {
      prev.add(p.cursor());
    }
    return href(path, new SearchParams(p.query(), p.include(), p.exclude(), p.from(), p.to(), p.undated(), p.sort(),
        p.collapse(), p.exact(), p.exactCounts(), p.size(), nextCursor, p.page() + 1, prev, p.more(), Map.of()));
  }

  /** The previous page, or null on the first page. */
  String previous() {
    if (p.page() <= 1) {
      return null;
    }
    List<String> prev = p.prev();
    if (p.page() <= 2) {
      return first();
    }
    if (prev.isEmpty()) {
      return page(p.page() - 1); // a numbered page, or reached from one: the number is exact
    }
    return href("/", new SearchParams(p.query(), p.include(), p.exclude(), p.from(), p.to(), p.undated(), p.sort(),
        p.collapse(), p.exact(), p.exactCounts(), p.size(), prev.get(prev.size() - 1), p.page() - 1,
        prev.subList(0, prev.size() - 1), p.more(), Map.of()));
  }

  /**
   * The previous page from a cursor the searcher computed by walking back ({@code LedeSearcher.previousCursor}), for
   * pages deeper than the {@code prev} chain reaches; null cursor: the first page.
   */
  String previousAt(String walkedBackCursor) {
    if (p.cursor() == null) {
      return null;
    }
    if (walkedBackCursor == null) {
      return first();
    }
    return href("/", new SearchParams(p.query(), p.include(), p.exclude(), p.from(), p.to(), p.undated(), p.sort(),
        p.collapse(), p.exact(), p.exactCounts(), p.size(), walkedBackCursor, Math.max(2, p.page() - 1), List.of(), p.more(),
        Map.of()));
  }

  /**
   * Whether {@link #previous()} is exact without asking the searcher: on the first pages, with a {@code prev} chain,
   * or when the previous page is a numbered one the searcher allows ({@code numbered}: the highest such page).
   */
  boolean previousKnown(int numbered) {
    return p.page() <= 2 || !p.prev().isEmpty() || p.page() - 1 <= numbered;
  }

  String first() {
    return href("/", firstPage(p));
  }

  private String filters(Map<Dimension, Set<String>> in, Map<Dimension, Set<String>> out) {
    return href("/", new SearchParams(p.query(), in, out, p.from(), p.to(), p.undated(), p.sort(), p.collapse(), p.exact(), p.exactCounts(),
        p.size(), null, 1, List.of(), p.more(), Map.of()));
  }

  private static SearchParams firstPage(SearchParams p) {
    return new SearchParams(p.query(), p.include(), p.exclude(), p.from(), p.to(), p.undated(), p.sort(), p.collapse(),
        p.exact(), p.exactCounts(), p.size(), null, 1, List.of(), p.more(), Map.of());
  }

  private static Map<Dimension, Set<String>> mutable(Map<Dimension, Set<String>> m) {
    Map<Dimension, Set<String>> out = new EnumMap<>(Dimension.class);
    m.forEach((d, v) -> out.put(d, new LinkedHashSet<>(v)));
    return out;
  }

  private static void remove(Map<Dimension, Set<String>> m, Dimension d, String value) {
    Set<String> s = m.get(d);
    if (s != null) {
      s.remove(value);
    }
  }

  /** This search with exact facet counts and histogram instead of estimates from a sample. */
  String exactCounts() {
    return href("/", p.withExactCounts());
  }

  /** The URL of a state: parameters in a fixed order, defaults left out. */
  static String href(String path, SearchParams p) {
    Query q = new Query();
    q.add(Param.QUERY, p.query());
    for (Dimension d : Dimension.values()) {
      p.included(d).forEach(v -> q.add(d.param(), v));
      p.excluded(d).forEach(v -> q.add(d.param() + Param.EXCLUDE_SUFFIX, v));
    }
    q.add(Param.FROM, p.from() == null ? null : p.from().toString());
    q.add(Param.TO, p.to() == null ? null : p.to().toString());
    q.add(Param.UNDATED, p.undated() ? "1" : null);
    q.add(Param.SORT, p.sort() == SearchParams.defaultSort(p.query()) ? null : p.sort().param());
    q.add(Param.COLLAPSE, p.collapse() ? null : "0");
    q.add(Param.EXACT, p.exact() ? "1" : null);
    q.add(Param.COUNTS, p.exactCounts() && !p.exact() ? SearchParams.EXACT_COUNTS : null);
    q.add(Param.SIZE, p.size() == SearchParams.DEFAULT_SIZE ? null : Integer.toString(p.size()));
    p.more().stream().sorted().forEach(d -> q.add(Param.MORE, d.param()));
    if (p.cursor() != null) {
      q.add(Param.PAGE, Integer.toString(p.page()));
      q.add(Param.CURSOR, p.cursor());
      q.add(Param.PREV, p.prev().isEmpty() ? null : String.join(".", p.prev()));
    } else if (p.page() > 1) {
      q.add(Param.PAGE, Integer.toString(p.page()));
    }
    return q.on(path);
  }

  /** A query string under construction. */
  static final class Query {
    private final StringBuilder sb = new StringBuilder();

    Query add(String name, String value) {
      if (value != null && !value.isEmpty()) {
        sb.append(sb.isEmpty() ? '?' : '&').append(enc(name)).append('=').append(enc(value));
      }
      return this;
    }

    String on(String path) {
      return path + sb;
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
