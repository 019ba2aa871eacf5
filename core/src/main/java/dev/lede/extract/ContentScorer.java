package dev.lede.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds an HTML page's story by content scoring, the way readability-style extractors do:
 * every paragraph-like block gives points for its length and commas to its parent and, fewer, to four more ancestors;
 * class and id hints ("article", "content", "post-body" against "comment", "related", "share", ...) add or remove
 * points; a container's score is discounted by its link density. No element is ruled out by its tag name alone (a
 * page wrapped whole in a {@code <form>} keeps its story). Inside the chosen element, blocks whose class or id marks
 * them as widgets, link lists and the headline are removed.
 */
final class ContentScorer {
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|main|page|post|text|blog|story|prose|rich-?text|beitrag|artikel|inhalt|texte|testo");
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|related|share|sharing|social|newsletter|subscribe|promo|sponsor|advert|\\bads?\\b|banner|sidebar|"
          + "widget|footer|masthead|breadcrumb|tags?\\b|tag-?cloud|author-?bio|byline-?bio|recirc|more-?stories|"
          + "read-?more|popular|trending|teaser|navigation|\\bnav\\b|menu|modal|popup|cookie|consent|outbrain|taboola|"
          + "disqus|signup|paywall|rating|pagination|pager|print|toolbar|caption|credit|donat|\\bcta\\b|privacy");
  private static final Pattern PARAGRAPHS = Pattern.compile("p|pre|td|blockquote|li|h[2-6]|dd");
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int HINT = 25;
  private static final double MAX_WIDGET_LINK_DENSITY = 0.5;
  private static final int MIN_CONTENT_CHARS = 140;
  private static final int ANCESTOR_LEVELS = 5;
  private static final double SIBLING_MIN = 10;
  private static final double SIBLING_SHARE = 0.2;
  private static final int SIBLING_PARAGRAPH = 80;
  private static final int MAX_WRAPPER_LEVELS = 6;
  private static final double MAX_WIDGET_SHARE = 0.5;
  private static final double WRAPPER_SHARE = 1.1;
  private static final int WRAPPER_SLACK = 40;

  private ContentScorer() {}

  /** The story's element, or null when no block scores at all. */
  static Element best(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : body.select("p, pre, td, blockquote, div, section, article, main")) {
      if (!paragraph(block)) {
        continue;
      }
      String text = block.text();
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double points = 1 + count(text, ',') + count(text, '，') + count(text, '、')
          + Math.min(text.length() / 100.0, 3);
      // a paragraph's points go to its ancestors, less the further up: a story whose paragraphs each sit in their
      // own wrappers still adds up in the element that holds them all
      Element ancestor = block.parent();
      for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
        add(scores, ancestor, points / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
      }
    }
    Element best = null;
    double bestScore = 0;
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      finals.put(e.getKey(), score);
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best == null ? null : withSiblings(best, bestScore, finals);
  }

  /**
   * A story split over sibling blocks (a lead div, then the body div; paragraphs next to the scored one; page-builder
   * rows each holding a column of the story, with advertisement rows between them) is kept whole: the nearest
   * ancestor whose other children hold story text stays, without the children that neither score nor read as
   * paragraphs. Ancestors that only wrap the scored element (they add no text of their own) are passed through.
   */
  private static Element withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
    double threshold = Math.max(SIBLING_MIN, bestScore * SIBLING_SHARE);
    Element current = best;
    for (int level = 0; level < MAX_WRAPPER_LEVELS; level++) {
      Element parent = current.parent();
      if (parent == null || (level > 0 && parent.normalName().equals("body"))) {
        return best;
      }
      List<Element> kept = new ArrayList<>();
      List<Element> dropped = new ArrayList<>();
      for (Element sibling : parent.children()) {
        boolean keep = sibling == current || scores.getOrDefault(sibling, 0.0) >= threshold || prose(sibling);
        (keep ? kept : dropped).add(sibling);
      }
      if (kept.size() > 1) {
        dropped.forEach(Element::remove);
        return parent;
      }
      if (parent.text().length() > current.text().length() * WRAPPER_SHARE + WRAPPER_SLACK) {
        return best; // the parent holds other text that is not story: the scored element is the story
      }
      current = parent;
    }
    return best;
  }

  private static boolean prose(Element e) {
    String text = e.text();
    double density = linkDensity(e);
    return hint(e) >= 0 && ((text.length() > SIBLING_PARAGRAPH && density < 0.25)
        || (e.normalName().equals("p") && density == 0 && text.length() > 0 && Text.terminal(text)));
  }

  /** A block of running text: a paragraph element, or a div whose text is not inside block children. */
  private static boolean paragraph(Element e) {
    String tag = e.normalName();
    if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
      return true;
    }
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t && t.text().strip().length() >= MIN_PARAGRAPH_CHARS) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<Element, Double> scores, Element e, double points) {
    scores.computeIfAbsent(e, ContentScorer::initial);
    scores.merge(e, points, Double::sum);
  }

  private static double initial(Element e) {
    double score = switch (e.normalName()) {
      case "article", "main" -> 10;
      case "div" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "li", "address", "dl", "dd", "dt" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + hint(e) * HINT;
  }

  /** +1 for a class or id that names content, -1 for one that names a widget, 0 for neither or both. */
  static int hint(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return "articleBody".equals(e.attr("itemprop")) ? 1 : 0;
    }
    boolean negative = NEGATIVE.matcher(names).find();
    boolean positive = POSITIVE.matcher(names).find() || "articleBody".equals(e.attr("itemprop"));
    return positive == negative ? 0 : positive ? 1 : -1;
  }

  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / all);
  }

  /**
   * Removes widgets inside the story's element: blocks marked as such, and link lists. A marked block that holds most
   * of the element's text is the story itself under a page builder's class names ("elementor-widget-container",
   * "cuerpo-ad"), not a widget: it stays, and only the widgets inside it go. When the marked blocks together hold
   * most of the text, every block of the page carries such a name and the marks say nothing: only link lists go.
   */
  static void clean(Element root) {
    int all = root.text().length();
    List<Element> widgets = new ArrayList<>();
    List<Element> linkLists = new ArrayList<>();
    for (Element e : root.select("div, section, aside, ul, ol, table, span, p, figure")) {
      if (e == root) {
        continue;
      }
      if (e.normalName().matches("ul|ol|div") && linkDensity(e) > MAX_WIDGET_LINK_DENSITY && e.text().length() > 0
          || shoutedLink(e)) {
        linkLists.add(e);
      } else if (hint(e) < 0 && !PARAGRAPHS.matcher(e.normalName()).matches()
          && e.text().length() < MAX_WIDGET_SHARE * all) {
        widgets.add(e);
      }
    }
    linkLists.forEach(Element::remove);
    if (outermostText(widgets) < MAX_WIDGET_SHARE * all) {
      widgets.forEach(Element::remove);
    }
    root.select("h1").remove(); // the headline is the article's title, not a paragraph of its body
  }

  /**
   * A paragraph that is one link in capitals ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"): another
   * story's headline set between the story's paragraphs, as some outlets link related stories.
   */
  private static boolean shoutedLink(Element e) {
    return e.normalName().equals("p") && Text.words(e.text()) >= MIN_SHOUTED_LINK_WORDS && Text.allCaps(e.text())
        && linkDensity(e) >= MIN_SHOUTED_LINK_DENSITY;
  }

  private static final int MIN_SHOUTED_LINK_WORDS = 3;
  private static final double MIN_SHOUTED_LINK_DENSITY = 0.9;

  /** Text of the elements, an element inside another of them counted once. */
  private static int outermostText(List<Element> elements) {
    Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(elements);
    int n = 0;
    for (Element e : elements) {
      boolean nested = false;
      for (Element p = e.parent(); p != null && !nested; p = p.parent()) {
        nested = all.contains(p);
      }
      n += nested ? 0 : e.text().length();
    }
    return n;
  }

  static boolean enough(Element e) {
    return e != null && e.text().length() >= MIN_CONTENT_CHARS;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }
}
