package dev.lede.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page: what its meta tags and JSON-LD {@code NewsArticle} state (headline, publisher, date, authors,
 * description), and the text of its main content block as lines, after dropping navigation, header, footer, aside,
 * forms, scripts and styles. The lines then go through the same classifier as text dumps.
 */
final class HtmlReader {
  /** What an HTML page states about itself, plus its content as lines. Any field may be null. */
  record HtmlPage(List<String> lines, String title, String siteName, String published, List<String> authors,
      String description, String url, String language, boolean scored, List<String> headerLines,
      boolean bodyFromMetadata, boolean descriptionShown) {}

  private static final String DROP =
      "nav, script, style, noscript, iframe, svg, button, figcaption, template, select, "
          + "[role=navigation], [aria-hidden=true], .comments, #comments, dialog, [role=dialog], [aria-modal=true]";
  /**
   * What the page hides until a script shows it (a form's error and thank-you messages, a collapsed menu), dropped
   * unless it holds most of the page or any paragraph: a paywalled story, a slideshow's other slides or a "read
   * more" may be hidden until a script shows them, and their text is what an archive keeps.
   */
  private static final String HIDDEN = "[hidden], [style~=display:\\s*none], .hidden";
  /**
   * Page regions dropped unless they hold most of the page (a site that wraps everything in one {@code <form>}) or
   * most of its paragraphs (a story that a page template puts in an {@code <aside>} or a {@code <header>}).
   */
  private static final String REGIONS = "header, footer, aside, form, [role=banner], [role=contentinfo]";
  private static final double REGION_SHARE = 0.5;
  private static final String MAIN =
      "[itemprop=articleBody], article, main, [role=main], #content, .article-body, .story-body, .post-content";
  private static final Set<String> ARTICLE_TYPES =
      Set.of("NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting",
          "BackgroundNewsArticle", "LiveBlogPosting", "WebPage");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "blockquote", "br", "tr", "dd", "dt", "ul", "ol", "table", "pre", "figure", "time", "address");

  private final ObjectMapper json = new ObjectMapper();

  HtmlPage read(String html) {
    Document doc = Jsoup.parse(html);
    JsonNode ld = articleJsonLd(doc);
    String siteName = first(text(ld.path("publisher"), "name"), meta(doc, "og:site_name"),
        meta(doc, "application-name"));
    List<String> authors = authors(ld);
    if (authors.isEmpty() && meta(doc, "author") != null) {
      authors = List.of(meta(doc, "author"));
    }
    if (authors.isEmpty()) {
      authors = markupAuthors(doc);
    }
    String description = first(text(ld, "description"), meta(doc, "og:description"), meta(doc, "description"));
    Element canonical = doc.selectFirst("link[rel=canonical]");
    String url = first(canonical == null ? null : canonical.attr("abs:href"), meta(doc, "og:url"),
        text(ld, "url"));
    HtmlMetadata.Stated stated = HtmlMetadata.read(doc, ld, siteName, url);
    doc.select(DROP).remove();
    String bodyText = doc.body() == null ? "" : doc.body().text();
    // the page shows its description as text (a lead under the headline), not only in its metadata
    boolean descriptionShown = description != null && !description.isBlank()
        && bodyText.contains(WHITESPACE.matcher(description.strip()).replaceAll(" "));
    int all = bodyText.length();
    int paragraphs = doc.body() == null ? 0 : paragraphText(doc.body());
    for (Element hidden : doc.select(HIDDEN)) {
      if (!shownOnSomeScreens(hidden) && hidden.text().length() < REGION_SHARE * all && paragraphText(hidden) == 0) {
        hidden.remove();
      }
    }
    for (Element region : doc.select(REGIONS)) {
      if (region.text().length() < REGION_SHARE * all && paragraphText(region) <= REGION_SHARE * paragraphs) {
        region.remove();
      }
    }
    // where a date line may be when no metadata states one: the page's article region, read before scoring trims it
    List<String> headerLines = stated.published() == null ? lines(mainBlock(doc)) : List.of();
    Element main = doc.body() == null ? null : ContentScorer.best(doc.body());
    boolean scored = ContentScorer.enough(main);
    if (scored) {
      ContentScorer.clean(main);
    } else {
      main = mainBlock(doc);
    }
    List<String> lines = lines(main);
    List<String> ldBody = scored ? null : statedBody(ld, main);
    if (ldBody != null) {
      lines = ldBody;
      scored = true; // the publisher's own account of the article's text, as a record's is
    }
    return new HtmlPage(lines, stated.title(), blankToNull(siteName), stated.published(), authors,
        blankToNull(description), blankToNull(url), stated.language(), scored,
        headerLines, ldBody != null, descriptionShown);
  }

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** Hidden on small screens only ("hidden md:flex", as utility-class frameworks write it). */
  private static boolean shownOnSomeScreens(Element e) {
    for (String c : e.classNames()) {
      if (c.indexOf(':') > 0) {
        return true;
      }
    }
    return false;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static Element mainBlock(Document doc) {
    Element best = null;
    for (Element candidate : doc.select(MAIN)) {
      if (best == null || candidate.text().length() > best.text().length() * 2) {
        best = candidate;
      }
    }
    return best != null && best.text().length() > 200 ? best : doc.body();
  }

  /** Block elements become lines; list items get a bullet so menus look like menus. */
  static List<String> lines(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          out.append(text.text());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append("\n\n");
          if (e.normalName().equals("li")) {
            out.append("• ");
          }
        } else if (node instanceof Element e && nextDataCell(e)) {
          out.append(" | "); // "Bus service | $12.1m | $13.5m", not "Bus service$12.1m$13.5m"
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append("\n\n");
        }
      }
    }, root);
    List<String> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      String s = Text.normalize(line);
      if (!s.isEmpty() || (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty())) {
        lines.add(s);
      }
    }
    return lines;
  }

  /**
   * The article's text as its JSON-LD states it ({@code articleBody}), for a page whose own markup holds no story: a
   * site that renders the text with a script ships the page without it, and the metadata is all there is. Only when
   * it is a story's length and more than twice the text of the page's main block; its paragraphs are its lines (or
   * its HTML's blocks, when it holds markup).
   */
  private static List<String> statedBody(JsonNode ld, Element main) {
    String body = text(ld, "articleBody");
    if (body == null || body.length() < MIN_STATED_BODY
        || (main != null && body.length() < 2 * main.text().length())) {
      return null;
    }
    if (body.indexOf('<') >= 0 && body.indexOf('>') > body.indexOf('<')) {
      return lines(Jsoup.parseBodyFragment(body).body());
    }
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\\R")) {
      String s = Text.normalize(line);
      if (!s.isEmpty()) {
        if (!lines.isEmpty()) {
          lines.add("");
        }
        lines.add(s);
      }
    }
    return lines;
  }

  /** Characters from which a stated article body is a story rather than a teaser. */
  private static final int MIN_STATED_BODY = 500;

  /**
   * A table cell of text alone after another such cell in its row: the cells of a data table are the words of one
   * line, kept apart. (A layout table's cells hold paragraphs and blocks, which break lines of their own.)
   */
  private static boolean nextDataCell(Element e) {
    String tag = e.normalName();
    if (!tag.equals("td") && !tag.equals("th")) {
      return false;
    }
    Element previous = e.previousElementSibling();
    return previous != null && (previous.normalName().equals("td") || previous.normalName().equals("th"))
        && textOnly(e) && textOnly(previous);
  }

  private static boolean textOnly(Element cell) {
    for (Element d : cell.getAllElements()) {
      if (d != cell && BLOCKS.contains(d.normalName())) {
        return false;
      }
    }
    return true;
  }

  private JsonNode articleJsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(json.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (JacksonException e) {
        // broken JSON-LD is common on real pages; the meta tags and the text still tell the story
      }
    }
    return json.missingNode();
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    JsonNode type = node.path("@type");
    for (JsonNode t : type.isArray() ? type : json(type)) {
      if (ARTICLE_TYPES.contains(t.asText()) && node.has("headline")) {
        return node;
      }
    }
    return node.has("@graph") ? findArticle(node.get("@graph")) : null;
  }

  private static List<JsonNode> json(JsonNode single) {
    return single.isMissingNode() ? List.of() : List.of(single);
  }

  /**
   * Where pages mark up the names of their byline when no metadata states them: microdata, {@code rel=author} and
   * the classes of the common publishing systems (WordPress's "author vcard", "byline"), in document order.
   */
  private static final String AUTHOR_MARKUP = "[itemprop=author], a[rel=author], .byline .author, .author.vcard, "
      + ".author-name, .byline-name, .byline__name, .post-author";
  /** Containers whose names are not the article's authors: comments, related stories, sidebars, menus. */
  private static final String NOT_BYLINE = "[class*=comment], [id*=comment], [itemtype*=Comment], [class*=related], "
      + "[class*=widget], aside, footer, nav";
  /**
   * "By", in the languages of the pages we read, or an "Author:" label, before a capitalised name. The words that are
   * also the particles of surnames ("Di Maria", "von der Leyen", "af Klint") only in lower case and before a capital.
   */
  private static final Pattern LEADING_BY = Pattern.compile(
      "^(?:(?i:by|par|por|author|autor|autorin|auteur)[:\\s]|(?:von|di|door|av|af)\\s)\\s*(?=\\p{Lu})");
  private static final int MAX_MARKUP_AUTHORS = 4;
  /** How far up from the first name its co-authors' names may sit (the byline's element, at most). */
  private static final int BYLINE_DEPTH = 2;

  /**
   * The names of the page's byline markup: the first element outside comments and related lists, and the others of
   * the same byline (co-authors), each a few words; none when the page lists more names than a byline has.
   */
  private static List<String> markupAuthors(Document doc) {
    List<Element> found = new ArrayList<>();
    for (Element e : doc.select(AUTHOR_MARKUP)) {
      // one name marked up twice ("author vcard" inside "byline") counts once: skip an element nested in a found one
      if (e.closest(NOT_BYLINE) == null
          && found.stream().noneMatch(f -> e.parents().contains(f) || f.parents().contains(e))) {
        found.add(e);
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    Element scope = found.get(0);
    for (int i = 0; i < BYLINE_DEPTH && scope.parent() != null; i++) {
      scope = scope.parent();
    }
    List<String> names = new ArrayList<>();
    for (Element e : found) {
      String name = LEADING_BY.matcher(e.text().strip()).replaceFirst("");
      if ((e == found.get(0) || e.parents().contains(scope)) && !name.isEmpty() && Text.words(name) <= 5
          && !names.contains(name)) {
        names.add(name);
      }
    }
    return names.size() > MAX_MARKUP_AUTHORS ? List.of() : names;
  }

  private static List<String> authors(JsonNode ld) {
    List<String> names = new ArrayList<>();
    JsonNode author = ld.path("author");
    for (JsonNode a : author.isArray() ? author : json(author)) {
      String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
      if (name != null && !name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  private static String text(JsonNode node, String field) {
    return HtmlMetadata.text(node, field);
  }

  private static String meta(Document doc, String name) {
    return HtmlMetadata.meta(doc, name);
  }

  private static String first(String... values) {
    return HtmlMetadata.first(values);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
