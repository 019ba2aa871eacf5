package dev.lede.web;

import dev.lede.search.DateHistogram;
import dev.lede.search.Dimension;
import dev.lede.search.EntityProfile;
import dev.lede.search.FacetValue;
import dev.lede.web.view.EntityPageView;
import dev.lede.web.view.EntityPageView.Mention;
import dev.lede.web.view.EntityPageView.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The entity profile as a page view and as the API's JSON (web/API.md). */
final class EntityViews {
  /** The co-occurrence lists, in the order of the hit chips. */
  static final List<Dimension> NAMED = List.of(Dimension.PERSON, Dimension.PLACE, Dimension.ORG);

  private EntityViews() {}

  /** The search page filtered on the entity (newest first, stories grouped): every link of the profile starts here. */
  static SearchParams filtered(Dimension d, String name) {
    SearchParams e = SearchParams.empty();
    return new SearchParams(null, Map.of(d, Set.of(name)), Map.of(), null, null, false, e.sort(), e.collapse(), e.exact(), e.exactCounts(),
        e.size(), null, 1, List.of(), Set.of(), Map.of());
  }

  static EntityPageView page(EntityProfile p, String asked) {
    SearchParams params = filtered(p.dimension(), p.name());
    SearchLinks links = new SearchLinks(params);
    String notice = p.name().equals(asked) ? null
        : "Showing “" + p.name() + "”, the name the archive uses for “" + asked + "”.";
    List<Named> named = new ArrayList<>();
    for (Dimension d : NAMED) {
      List<Mention> values = p.named(d).stream().map(v -> new Mention(v.value(), Format.count(v.count()),
          EntityLinks.page(d, v.value()), d == p.dimension() ? null : links.include(d, v.value()))).toList();
      named.add(new Named("named-" + d.param(), d.label() + " named with " + p.name(), values));
    }
    List<Mention> outlets = p.outlets().stream().map(v -> new Mention(v.value(), Format.count(v.count()),
        links.include(Dimension.SOURCE, v.value()), null)).toList();
    String undated = p.undated() == 0 ? null
        : Format.plural(p.undated(), "undated article is", "undated articles are") + " not in the chart.";
    return new EntityPageView(kind(p.dimension()), p.name(), true, notice,
        Format.plural(p.articles(), "article", "articles") + " in " + Format.plural(p.stories(), "story", "stories"),
        undated, links.first(), "Search all articles mentioning " + p.name(), Histograms.of(p.histogram(), links),
        named, outlets, p.latest().stream().map(h -> SearchViews.hit(params, links, h)).toList(), List.of(),
        EntityLinks.api(p.dimension(), p.name()));
  }

  /** No article names it: a text search for the words, and the names of this type that contain them. */
  static EntityPageView missing(Dimension d, String asked, List<FacetValue> candidates) {
    SearchLinks none = new SearchLinks(SearchParams.empty());
    List<Mention> similar = candidates.stream().map(v -> new Mention(v.value(), Format.count(v.count()),
        EntityLinks.page(d, v.value()), null)).toList();
    return new EntityPageView(kind(d), asked, false, null, null, null,
        SearchLinks.href("/", ArticleViews.withQuery(asked)),
        "Search all articles for “" + asked + "”", Histograms.of(DateHistogram.EMPTY, none), List.of(), List.of(),
        List.of(), similar, null);
  }

  static String kind(Dimension d) {
    return switch (d) {
      case PERSON -> "Person";
      case PLACE -> "Place";
      case ORG -> "Organization";
      default -> d.label();
    };
  }

  static Map<String, Object> json(EntityProfile p, String asked) {
    SearchLinks links = new SearchLinks(filtered(p.dimension(), p.name()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", p.dimension().param());
    m.put("name", p.name());
    m.put("requested", asked);
    m.put("articles", p.articles());
    m.put("stories", p.stories());
    m.put("undated", p.undated());
    m.put("histogram", JsonViews.histogram(p.histogram()));
    Map<String, Object> named = new LinkedHashMap<>();
    for (Dimension d : NAMED) {
      named.put(JsonViews.entityKey(d), p.named(d).stream().map(v -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("value", v.value());
        x.put("count", v.count());
        x.put("href", EntityLinks.page(d, v.value()));
        x.put("api", EntityLinks.api(d, v.value()));
        return x;
      }).toList());
    }
    m.put("named", named);
    m.put("outlets", p.outlets().stream().map(v -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("value", v.value());
      x.put("count", v.count());
      x.put("search", links.include(Dimension.SOURCE, v.value()));
      return x;
    }).toList());
    m.put("latest", p.latest().stream().map(JsonViews::hit).toList());
    m.put("href", EntityLinks.page(p.dimension(), p.name()));
    m.put("search", links.first());
    return m;
  }
}
