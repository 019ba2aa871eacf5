package dev.lede.web;

import dev.lede.search.DateHistogram;
import dev.lede.search.Dimension;
import dev.lede.search.FacetResult;
import dev.lede.search.FacetValue;
import dev.lede.search.Hit;
import dev.lede.search.QueryLimits;
import dev.lede.search.SearchResult;
import dev.lede.search.Snippet;
import dev.lede.search.SortOrder;
import dev.lede.search.StoryMember;
import dev.lede.web.view.Field;
import dev.lede.web.view.Link;
import dev.lede.web.view.SearchPageView;
import dev.lede.web.view.SearchPageView.Chip;
import dev.lede.web.view.SearchPageView.Facet;
import dev.lede.web.view.SearchPageView.FacetEntry;
import dev.lede.web.view.SearchPageView.HitView;
import dev.lede.web.view.SearchPageView.Paging;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns a search state and its result into the search page's view model. */
final class SearchViews {
  /** The sidebar's dimensions, in the order a journalist scans them. */
  static final List<Dimension> SIDEBAR = List.of(Dimension.SOURCE, Dimension.WIRE, Dimension.PERSON,
      Dimension.PLACE, Dimension.ORG, Dimension.AUTHOR, Dimension.LANGUAGE);
  private static final int CHIPS_PER_KIND = 4;

  private SearchViews() {}

  /**
   * The page view.
   *
   * @param found values found per dimension by the "find in this facet" boxes
   */
  /**
   * The search page's view.
   *
   * @param walkedBack the previous page's cursor computed by the searcher, when the URL's {@code prev} chain does not
   *     reach it (null otherwise, or when the previous page is the first)
   * @param numbered the highest page number to link to ({@link #numberedPages})
   */
  static SearchPageView page(SearchParams p, SearchResult r, String error, Map<Dimension, List<FacetValue>> found,
      String walkedBack, String didYouMean, int numbered) {
    SearchLinks links = new SearchLinks(p);
    List<Facet> facets = new ArrayList<>();
    if (r != null) {
      for (Dimension d : SIDEBAR) {
        r.facet(d).ifPresent(f -> facets.add(facet(p, links, f, found.getOrDefault(d, List.of()),
            r.countsEstimated())));
      }
    }
    List<HitView> hits = r == null ? List.of() : r.hits().stream().map(h -> hit(p, links, h)).toList();
    long total = r == null ? 0 : r.totalHits();
    String unit = p.collapse() ? "stor" : "article";
    String totalText = Format.count(total) + " " + unit + (p.collapse() ? (total == 1 ? "y" : "ies")
        : (total == 1 ? "" : "s"));
    List<Link> sorts = new ArrayList<>();
    for (SortOrder s : SortOrder.values()) {
      String label = s.param().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.param().substring(1);
      sorts.add(new Link(label, s == p.sort() ? null : links.sort(s)));
    }
    return new SearchPageView(p.query(), p.exact(), p.from() == null ? "" : p.from().toString(),
        p.to() == null ? "" : p.to().toString(), error, r == null ? List.of() : r.notices(), total, totalText,
        fields(p, false, true, true), fields(p, true, false, true), facets,
        Histograms.of(r == null ? DateHistogram.EMPTY : r.histogram(), links),
        Histograms.choices(r == null ? DateHistogram.EMPTY : r.histogram(), p, links, LocalDate.now()), hits, active(p, links), sorts,
        p.collapse(), links.collapse(!p.collapse()), paging(p, links, r, walkedBack, numbered), links.on("/export.csv"),
        links.on("/export.jsonl"), links.on("/api/search"),
        didYouMean == null ? null : new Link(didYouMean, links.query(didYouMean)), links.on(AtomFeed.PATH),
        BatchRoutes.href(p), r != null && r.countsEstimated()
            ? new Link("Counts marked ≈ are estimated from a sample of the matches.", links.exactCounts()) : null);
  }

  private static Facet facet(SearchParams p, SearchLinks links, FacetResult f, List<FacetValue> found,
      boolean estimated) {
    Dimension d = f.dimension();
    int limit = p.facetLimit(d);
    List<FacetEntry> values = new ArrayList<>();
    for (FacetValue v : f.values()) {
      if (values.size() < limit || v.selected() || v.excluded()) {
        values.add(entry(links, d, v, values.size(), estimated));
      }
    }
    boolean more = p.more().contains(d);
    String moreHref = more || f.values().size() > limit || f.distinctValues() > limit ? links.more(d) : null;
    List<FacetEntry> foundEntries = new ArrayList<>();
    for (FacetValue v : found) {
      foundEntries.add(entry(links, d, v, 1000 + foundEntries.size(), false)); // counted over the archive
    }
    List<Field> findFields = fields(p, true, true, true);
    return new Facet(d.param(), d.label(), values, moreHref, more ? "Show fewer" : "Show more",
        Param.FIND_PREFIX + d.param(), p.find().getOrDefault(d, ""), foundEntries, findFields,
        fields(p, true, true, true).stream().filter(x -> !x.name().equals(d.param())).toList());
  }

  private static FacetEntry entry(SearchLinks links, Dimension d, FacetValue v, int n, boolean estimated) {
    return new FacetEntry(v.value(), (estimated ? "≈" : "") + Format.count(v.count()), v.selected(), v.excluded(),
        links.include(d, v.value()), links.exclude(d, v.value()), links.clear(d, v.value()),
        "f-" + d.param() + "-" + n, EntityLinks.pageOrNull(d, v.value()));
  }

  static HitView hit(SearchParams p, SearchLinks links, Hit h) {
    List<Chip> chips = new ArrayList<>();
    chips(chips, links, Dimension.PERSON, "person", h.entities().people());
    chips(chips, links, Dimension.PLACE, "place", h.entities().places());
    chips(chips, links, Dimension.ORG, "org", h.entities().orgs());
    List<Link> others = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    for (StoryMember m : h.otherVersions()) {
      String outlet = m.source() == null ? "unknown outlet" : m.source();
      outlets.add(outlet);
      others.add(new Link(outlet + (m.published() == null ? "" : ", " + Format.date(m.published())),
          ArticleLinks.page(m.id(), p.query())));
    }
    String othersLabel = others.isEmpty() ? null
        : "+" + others.size() + " other version" + (others.size() == 1 ? "" : "s") + ": "
            + String.join(", ", outlets.stream().distinct().toList());
    List<List<dev.lede.search.Fragment>> snippets = h.snippets().stream().map(Snippet::fragments).toList();
    List<dev.lede.search.Fragment> title = h.titleFragments().isEmpty()
        ? List.of(new dev.lede.search.Fragment(h.title() == null ? "(untitled)" : h.title(), false))
        : h.titleFragments();
    return new HitView(ArticleLinks.page(h.id(), p.query()), title, h.source(), h.wire(), Format.date(h.published()),
        Format.iso(h.published()), String.join(", ", h.authors()), snippets, chips, others, othersLabel,
        others.isEmpty() ? null : links.collapse(false));
  }

  private static void chips(List<Chip> into, SearchLinks links, Dimension d, String kind, List<String> names) {
    names.stream().limit(CHIPS_PER_KIND).forEach(n -> into.add(chip(links, d, kind, n)));
  }

  /** A chip that filters on the name, with its profile link. */
  static Chip chip(SearchLinks links, Dimension d, String kind, String name) {
    return new Chip(name, kind, links.include(d, name), EntityLinks.page(d, name));
  }

  /** The active filters, each with a link that removes it. */
  static List<Link> active(SearchParams p, SearchLinks links) {
    List<Link> out = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      p.included(d).forEach(v -> out.add(new Link(d.label() + ": " + v, links.clear(d, v))));
      p.excluded(d).forEach(v -> out.add(new Link(d.label() + ": not " + v, links.clear(d, v))));
    }
    if (p.undated()) {
      out.add(new Link("Undated articles only", links.undated(false)));
    }
    if (p.from() != null || p.to() != null) {
      String label = "Dates: " + (p.from() == null ? "…" : Format.date(p.from())) + " – "
          + (p.to() == null ? "…" : Format.date(p.to()));
      out.add(new Link(label, links.dates(null, null)));
    }
    return out;
  }

  /**
   * The highest page to link to by number: {@value SearchParams#NUMBERED} at most, and no deeper than the searcher
   * reads for one request (page n reads n pages of hits, see {@code SearchRequest.page}).
   */
  static int numberedPages(QueryLimits limits, int size) {
    return Math.max(1, Math.min(SearchParams.NUMBERED, limits.maxPageSize() / size));
  }

  private static Paging paging(SearchParams p, SearchLinks links, SearchResult r, String walkedBack,
      int numbered) {
    String next = r == null || r.nextCursor() == null ? null : links.next(r.nextCursor());
    String range = null;
    if (r != null && !r.hits().isEmpty()) {
      long start = (long) (p.page() - 1) * p.size() + 1;
      range = Format.count(start) + "–" + Format.count(start + r.hits().size() - 1) + " of "
          + Format.count(r.totalHits());
    }
    String previous = links.previousKnown(numbered) ? links.previous() : links.previousAt(walkedBack);
    List<Link> numbers = new ArrayList<>();
    long pages = r == null ? 0 : (r.totalHits() + p.size() - 1) / p.size();
    for (int n = 1; pages > 1 && n <= Math.min(numbered, pages); n++) {
      numbers.add(new Link(Integer.toString(n), n == p.page() ? null : n == 1 ? links.first() : links.page(n)));
    }
    return new Paging(p.page() > 1 ? links.first() : null, previous, next, p.page(), range, numbers);
  }

  /**
   * Hidden fields carrying the state a form does not show.
   *
   * @param query include the query
   * @param filters include the facet filters (included values)
   * @param dates include from/to
   */
  static List<Field> fields(SearchParams p, boolean query, boolean dates, boolean filters) {
    List<Field> out = new ArrayList<>();
    if (query && p.query() != null) {
      out.add(new Field(Param.QUERY, p.query()));
    }
    if (query && p.exact()) { // forms without the query box have no exact checkbox either: carry it
      out.add(new Field(Param.EXACT, "1"));
    }
    if (p.exactCounts() && !p.exact()) {
      out.add(new Field(Param.COUNTS, SearchParams.EXACT_COUNTS));
    }
    for (Dimension d : Dimension.values()) {
      if (filters) {
        p.included(d).forEach(v -> out.add(new Field(d.param(), v)));
      }
      p.excluded(d).forEach(v -> out.add(new Field(d.param() + Param.EXCLUDE_SUFFIX, v)));
    }
    if (dates) {
      add(out, Param.FROM, p.from(), Object::toString);
      add(out, Param.TO, p.to(), Object::toString);
      if (p.undated()) {
        out.add(new Field(Param.UNDATED, "1"));
      }
    }
    if (p.sort() != SearchParams.defaultSort(p.query())) {
      out.add(new Field(Param.SORT, p.sort().param()));
    }
    if (!p.collapse()) {
      out.add(new Field(Param.COLLAPSE, "0"));
    }
    if (p.size() != SearchParams.DEFAULT_SIZE) {
      out.add(new Field(Param.SIZE, Integer.toString(p.size())));
    }
    p.more().stream().sorted().forEach(d -> out.add(new Field(Param.MORE, d.param())));
    return out;
  }

  private static <T> void add(List<Field> out, String name, T value, Function<T, String> text) {
    if (value != null) {
      out.add(new Field(name, text.apply(value)));
    }
  }
}
