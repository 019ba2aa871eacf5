package dev.lede.web;

import dev.lede.extract.Article;
import dev.lede.search.ArticleView;
import dev.lede.search.Dimension;
import dev.lede.search.Fragment;
import dev.lede.search.Hit;
import dev.lede.search.StoryMember;
import dev.lede.web.view.ArticlePageView;
import dev.lede.web.view.ArticlePageView.EntityGroup;
import dev.lede.web.view.ArticlePageView.Paragraph;
import dev.lede.web.view.ArticlePageView.Version;
import dev.lede.web.view.Link;
import java.util.ArrayList;
import java.util.List;

/** Builds the article page's view model. */
final class ArticleViews {
  private ArticleViews() {}

  static ArticlePageView page(ArticleView view, List<Hit> related, RawSource.Raw raw, String query) {
    Article a = view.article();
    TermHighlighter marks = new TermHighlighter(query);
    SearchLinks base = new SearchLinks(SearchParams.empty());
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      paragraphs.add(new Paragraph("p" + (i + 1), marks.pieces(a.paragraphs().get(i))));
    }
    List<EntityGroup> entities = new ArrayList<>();
    group(entities, base, "People", "person", Dimension.PERSON, view.entities().people());
    group(entities, base, "Places", "place", Dimension.PLACE, view.entities().places());
    group(entities, base, "Organizations", "org", Dimension.ORG, view.entities().orgs());
    List<Version> versions = new ArrayList<>();
    for (StoryMember m : view.otherVersions()) {
      versions.add(new Version(m.title() == null ? "(untitled)" : m.title(),
          m.source() == null ? "Unknown outlet" : m.source(), Format.date(m.published()),
          ArticleLinks.page(m.id(), query)));
    }
    List<Version> rel = new ArrayList<>();
    for (Hit h : related) {
      rel.add(new Version(h.title() == null ? "(untitled)" : h.title(),
          h.source() == null ? "Unknown outlet" : h.source(), Format.date(h.published()), ArticleLinks.page(h.id())));
    }
    List<Link> authors = a.authors().stream().map(n -> new Link(n, base.include(Dimension.AUTHOR, n))).toList();
    String title = a.title() == null ? "(untitled)" : a.title();
    String back = query == null ? "/" : SearchLinks.href("/", withQuery(query));
    String standfirst = a.standfirst();
    if (standfirst != null && !a.paragraphs().isEmpty() && a.paragraphs().get(0).strip().equals(standfirst.strip())) {
      standfirst = null; // a lead that opens the story is shown once, as its first paragraph
    }
    return new ArticlePageView(marks.pieces(title), title, standfirst, a.source(),
        a.source() == null ? null : base.include(Dimension.SOURCE, a.source()), a.wire(), authors,
        Format.date(a.published()), Format.iso(a.published()), Format.safeUrl(a.url()), a.language(), paragraphs,
        entities, versions, rel, raw.text(), raw.note(), a.notes(), back, query, a.id(), ArticleLinks.api(a.id()));
  }

  /** A plain search for the query, ranked as a query is by default (relevance). */
  static SearchParams withQuery(String q) {
    SearchParams e = SearchParams.empty();
    return new SearchParams(q, e.include(), e.exclude(), null, null, false, SearchParams.defaultSort(q), e.collapse(),
        e.exact(), e.exactCounts(), e.size(),
        null, 1, List.of(), e.more(), e.find());
  }

  private static void group(List<EntityGroup> into, SearchLinks links, String label, String kind, Dimension d,
      List<String> names) {
    if (!names.isEmpty()) {
      into.add(new EntityGroup(label, kind, names.stream().map(n -> SearchViews.chip(links, d, kind, n)).toList()));
    }
  }

  static List<Fragment> plain(String text) {
    return List.of(new Fragment(text, false));
  }
}
