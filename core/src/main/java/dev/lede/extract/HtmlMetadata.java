package dev.lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What an HTML page states about itself, read in a fixed order of trust.
 *
 * <p>Publication date: the article's JSON-LD {@code datePublished}, then the {@code article:published_time} family of
 * meta tags, then the other usual meta names, then an element marked {@code itemprop=datePublished}, then a
 * {@code <time>} of the article, then a date in the URL's path. Modification dates are never publication dates, and a
 * stated date later than the page's own modification date is not believed (a crawl or render date), and a UTC
 * date-time a day off the date shown in the byline zone gives way to it (the publisher's local date). Title: the
 * page's {@code <h1>} when the metadata titles agree with it (they often carry a site suffix or a shortened form),
 * else the JSON-LD headline, else {@code og:title} or {@code <title>} without their " | Site" part.
 */
final class HtmlMetadata {
  /** What was found; any field may be null. */
  record Stated(String title, String published, String language) {}

  private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
      "og:article:published_time", "article:published", "datePublished", "dateCreated", "pubdate", "publishdate",
      "publish-date", "publish_date", "publication_date", "parsely-pub-date", "sailthru.date", "article.published",
      "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
      "citation_publication_date", "citation_date", "date", "created");
  private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
      "dateModified", "last-modified", "dcterms.modified");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_]|\\.html?|$)");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·•»:/-]{1,2}\\s+");
  private static final int MAX_SUFFIX_WORDS = 6;
  private static final int MAX_H1 = 10;
  /** Words of a site's title in a heading ("Time 4 talks", "L-Mag"); a story's title is longer. */
  private static final int MAX_LOGO_WORDS = 5;
  /** A link to a site's home page: its root, also inside an archive's address ("/web/2017.../http://host/"). */
  private static final Pattern HOME = Pattern.compile("(?:.*https?://)?[^/?#]*/?(?:index\\.\\w+)?");
  /** Words a date leaves after a title in the same heading ("02.02.2022 • Jane Doe"). */
  private static final int DATE_REST_WORDS = 6;
  private static final int BYLINE_ZONE = 12;
  private static final int MAX_DATE_LINE_WORDS = 16;

  private HtmlMetadata() {}

  static Stated read(Document doc, JsonNode ld, String siteName, String url) {
    String found = title(doc, ld, siteName, url);
    String title = found == null ? null : TitleFinder.headline(found); // without a date before it ("23.01.2022 - ")
    String language = language(doc, ld);
    // outside English, "3/5/2022" is 3 May (see DateParser#findAll(String, boolean))
    boolean slashDayFirst = language != null && !language.equals("en");
    return new Stated(title, published(doc, ld, url, title, slashDayFirst), language);
  }

  private static String language(Document doc, JsonNode ld) {
    String lang = first(text(ld, "inLanguage"), doc.select("html[lang]").attr("lang"), meta(doc, "og:locale"),
        meta(doc, "content-language"), meta(doc, "language"));
    if (lang == null) {
      return null;
    }
    String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  // ---- date

  private static String published(Document doc, JsonNode ld, String url, String title, boolean slashDayFirst) {
    Published modified = parsed(first(text(ld, "dateModified"), metas(doc, MODIFIED_META)));
    List<String> candidates = new ArrayList<>();
    candidates.add(text(ld, "datePublished"));
    candidates.add(text(ld, "dateCreated"));
    for (String name : DATE_META) {
      candidates.add(meta(doc, name));
    }
    Element marked = doc.selectFirst("[itemprop=datePublished]");
    if (marked != null) {
      candidates.add(first(marked.attr("datetime"), marked.attr("content"), marked.text()));
    }
    Element time = doc.selectFirst("time[pubdate], article time[datetime], [itemprop=articleBody] time[datetime]");
    if (time != null) {
      candidates.add(first(time.attr("datetime"), time.text()));
    }
    String inUrl = urlDate(url);
    candidates.add(inUrl);
    String shown = textDate(doc, title, slashDayFirst);
    candidates.add(shown);
    for (String candidate : candidates) {
      Published p = parsed(candidate);
      if (p != null && (modified == null || !p.date().isAfter(modified.date()))) {
        // a date in the URL's path is set once, at publication, in the publisher's own time zone: it wins over a
        // stated date-time that disagrees (one converted to UTC, a republication's, a template's)
        if (inUrl != null && !p.date().toString().equals(inUrl)) {
          return inUrl;
        }
        String local = localDate(shown, p);
        return local != null ? local : candidate.strip();
      }
    }
    return null;
  }

  /**
   * The date the page shows in its byline zone, when the stated date-time is in UTC and falls on the day before or
   * after it: a story published in the evening west of Greenwich, or after midnight east of it, is dated in the
   * publisher's own time zone, which the page shows and the UTC value does not.
   */
  private static String localDate(String shownDate, Published stated) {
    if (stated.dateTime() == null || stated.dateTime().getOffset().getTotalSeconds() != 0) {
      return null;
    }
    Published shown = parsed(shownDate);
    if (shown == null) {
      return null;
    }
    long days = Math.abs(shown.date().toEpochDay() - stated.date().toEpochDay());
    return days == 1 ? shown.date().toString() : null;
  }

  /**
   * A date written near the page's heading (the byline zone): the nearest date line after the headline, else just
   * before it. The headline is the {@code <h1>} that holds the page's title (a page's first {@code <h1>} is often
   * its logo or a "Navigation" label), else the line that reads as the title, else the first {@code <h1>}. Dates
   * further away belong to teasers, comments or the visit.
   */
  private static String textDate(Document doc, String title, boolean slashDayFirst) {
    if (doc.body() == null) {
      return null;
    }
    List<String> lines = HtmlReader.lines(doc.body());
    int at = headingLine(doc, lines, title);
    if (at < 0) {
      return null;
    }
    for (int i = at + 1, seen = 0; i < lines.size() && seen < BYLINE_ZONE; i++) {
      if (!lines.get(i).isBlank()) {
        seen++;
        String date = dateIn(lines.get(i), slashDayFirst);
        if (date != null) {
          return date;
        }
      }
    }
    for (int i = at - 1, seen = 0; i >= 0 && seen < BYLINE_ZONE / 2; i--) {
      if (!lines.get(i).isBlank()) {
        seen++;
        String date = dateIn(lines.get(i), slashDayFirst);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static int headingLine(Document doc, List<String> lines, String title) {
    String wanted = title == null ? null : Text.fingerprint(title);
    int first = -1;
    for (Element h1 : doc.select("h1")) {
      int at = lines.indexOf(Text.normalize(h1.text()));
      if (at >= 0 && wanted != null && Text.fingerprint(h1.text()).contains(wanted)) {
        return at;
      }
      first = first < 0 ? at : first;
    }
    if (wanted != null && !wanted.isEmpty()) {
      for (int i = 0; i < lines.size(); i++) {
        if (Text.fingerprint(lines.get(i)).equals(wanted)) {
          return i;
        }
      }
    }
    return first;
  }

  /**
   * The date of a short line (a date line, a byline with a date), the first one no "Updated" calls an update; a
   * sentence's date is an event's.
   */
  private static String dateIn(String line, boolean slashDayFirst) {
    if (Text.words(line) > MAX_DATE_LINE_WORDS) {
      return null;
    }
    List<DateParser.Found> found = DateParser.findAll(line, slashDayFirst);
    for (DateParser.Found f : found) {
      if (!DateFinder.calledUpdate(line, f)) {
        return f.published().date().toString(); // "Updated May 17, 2023 / Published May 16, 2023": the 16th
      }
    }
    return found.isEmpty() ? null : found.get(0).published().date().toString();
  }

  private static Published parsed(String value) {
    return value == null ? null : DateParser.parseIso(value);
  }

  private static String urlDate(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
  }

  // ---- title

  private static String title(Document doc, JsonNode ld, String statedSite, String url) {
    List<Element> headings = doc.select("h1");
    Element logo = headings.stream().filter(HtmlMetadata::homeLink).findFirst().orElse(null);
    // a theme's site title: a heading linking to the home page names the site when the page states no name
    String siteName = statedSite != null || logo == null ? statedSite : clean(logo.text());
    String headline = clean(text(ld, "headline"));
    String og = clean(first(meta(doc, "og:title"), meta(doc, "twitter:title")));
    String tag = clean(titleTag(doc));
    List<String> metaTitles = new ArrayList<>();
    for (String t : new String[] {headline, og, tag}) {
      if (t != null) {
        metaTitles.add(t);
      }
    }
    int seen = 0;
    for (Element h1 : headings) {
      String h = clean(h1.text());
      if (h != null && h1 != logo && agrees(h, metaTitles) && !siteNamePart(h, siteName, metaTitles)) {
        String within = first(heldTitle(h, metaTitles), datedTitle(h, metaTitles));
        return withoutSite(within != null ? within : h, siteName, url, metaTitles);
      }
      if (++seen >= MAX_H1) {
        break;
      }
    }
    if (headline != null) {
      return withoutSite(headline, siteName, url, metaTitles);
    }
    Element main = doc.selectFirst("article h1, main h1, [role=main] h1, [itemprop=articleBody] h1");
    if (main == null && headings.size() == 1 && logo == null) {
      main = headings.get(0); // the page's one heading, when the metadata titles are the site's
    }
    if (main != null && clean(main.text()) != null && !clean(main.text()).endsWith(":")) {
      // a heading ending in a colon is a box's label ("Leggi anche:"), not the story's title
      return withoutSite(clean(main.text()), siteName, url, metaTitles);
    }
    String stated = first(og, tag);
    String shown = stated == null ? null : headingPart(doc, stated);
    if (shown != null) {
      return shown;
    }
    if (stated != null) {
      return withoutSite(stated, siteName, url, metaTitles);
    }
    return headings.isEmpty() || headings.get(0) == logo ? null : clean(headings.get(0).text());
  }

  /**
   * The longest part of a stated title cut at its separators ("Riverside Weekly - Council approves transit budget")
   * when a heading of the page shows it alone: the page's own heading says which part is the story's. Null when the
   * title has no separator or no heading shows its longest part.
   */
  private static String headingPart(Document doc, String stated) {
    String[] parts = SEPARATOR.split(stated);
    if (parts.length < 2) {
      return null;
    }
    String longest = null;
    for (String part : parts) {
      if (longest == null || Text.words(part) > Text.words(longest)) {
        longest = part.strip();
      }
    }
    String key = Text.fingerprint(longest);
    if (Text.words(longest) < 2 || key.isEmpty()) {
      return null;
    }
    int seen = 0;
    for (Element h : doc.select("h1, h2, h3")) {
      if (homeLink(h) || SITE_TITLE.matcher(h.id() + " " + h.className()).find()) {
        continue; // a theme's site title: the site's name, shown as a heading on every page
      }
      if (Text.fingerprint(h.text()).equals(key)) {
        return clean(h.text());
      }
      if (++seen >= MAX_HEADINGS) {
        break;
      }
    }
    return null;
  }

  private static final int MAX_HEADINGS = 30;
  private static final Pattern SITE_TITLE = Pattern.compile("(?i)site-?(?:title|name)|logo|brand");

  /**
   * The page's {@code <title>}; when stray text before it in the head made the parser move it into the body, the
   * first one outside an {@code <svg>} (whose titles name icons).
   */
  private static String titleTag(Document doc) {
    String title = doc.title();
    if (!title.isBlank()) {
      return title;
    }
    for (Element t : doc.select("title")) {
      if (t.closest("svg") == null) {
        return t.text();
      }
    }
    return null;
  }

  /**
   * A heading that links to the site's home page and says little more: the theme's site title or logo, which some
   * themes set as every page's {@code <h1>}, never the story's title.
   */
  private static boolean homeLink(Element h1) {
    if (Text.words(h1.text()) > MAX_LOGO_WORDS) {
      return false;
    }
    for (Element a : h1.select("a[href]")) {
      String href = a.attr("href").strip();
      if (a.attr("rel").equals("home") || href.equals("/") || HOME.matcher(href).matches() && href.contains("//")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A metadata title that a heading holds with more words before it: the heading's kicker ("Tunesien", "Headline:")
   * sits in the same element, and the title without it is what the page states as its title.
   */
  private static String heldTitle(String heading, List<String> metaTitles) {
    String h = Text.fingerprint(heading);
    for (String t : metaTitles) {
      String f = Text.fingerprint(t);
      if (!f.isEmpty() && h.endsWith(" " + f)) {
        return t;
      }
    }
    return null;
  }

  /**
   * A metadata title that a heading holds with its date after it ("Title 02.02.2022 •"): the date and the marks
   * around it sit in the same element, and the title without them is what the page states.
   */
  private static String datedTitle(String heading, List<String> metaTitles) {
    String h = Text.fingerprint(heading);
    for (String t : metaTitles) {
      String f = Text.fingerprint(t);
      if (!f.isEmpty() && h.startsWith(f + " ")) {
        String rest = heading.substring(Math.min(heading.length(), t.length()));
        if (!DateParser.findAll(rest).isEmpty() && Text.words(rest) <= DATE_REST_WORDS) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * The heading is the site's stated name, or the part after a separator of a metadata title that every other
   * metadata title leaves out: the site's name, which a blog theme also sets as an {@code <h1>} ("Title – the boy in
   * the bubble" beside {@code og:title} "Title"), not the story's title.
   */
  private static boolean siteNamePart(String heading, String siteName, List<String> metaTitles) {
    String h = Text.fingerprint(heading);
    if (siteName != null && Text.fingerprint(siteName).equals(h)) {
      return true; // the site's stated name ("og:site_name") set as a heading by the theme
    }
    for (String t : metaTitles) {
      Matcher m = SEPARATOR.matcher(t);
      int from = -1;
      while (m.find()) {
        from = m.end();
      }
      if (from > 0 && Text.fingerprint(t.substring(from)).equals(h) && metaTitles.size() > 1
          && metaTitles.stream().noneMatch(o -> o != t && Text.fingerprint(o).contains(h))) {
        return true;
      }
    }
    return false;
  }

  /** A heading agrees with a metadata title that equals it or holds it as one of its " | "-separated parts. */
  private static boolean agrees(String heading, List<String> metaTitles) {
    String h = Text.fingerprint(heading);
    if (h.isEmpty() || Text.words(heading) < 1) {
      return false;
    }
    for (String t : metaTitles) {
      String f = Text.fingerprint(t);
      if (f.equals(h) || (f.contains(h) && h.length() * 3 >= f.length()) || (h.contains(f) && f.length() * 2 >= h.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title without the site's name: a trailing or leading part after a separator that names the site (its stated
   * name, its domain) or that other titles of the page do not carry.
   */
  static String withoutSite(String title, String siteName, String url, List<String> others) {
    Matcher m = SEPARATOR.matcher(title);
    List<int[]> cuts = new ArrayList<>();
    while (m.find()) {
      cuts.add(new int[] {m.start(), m.end()});
    }
    if (cuts.isEmpty()) {
      return title;
    }
    int[] last = cuts.get(cuts.size() - 1);
    String tail = title.substring(last[1]);
    if (namesSite(tail, siteName, url) || (Text.words(tail) <= MAX_SUFFIX_WORDS && absentFromOthers(tail, others)
        && title.substring(last[0], last[1]).contains("|"))) {
      return withoutSite(title.substring(0, last[0]).strip(), siteName, url, others);
    }
    int[] firstCut = cuts.get(0);
    String head = title.substring(0, firstCut[0]);
    boolean sectionLabel = title.substring(firstCut[0], firstCut[1]).contains("|")
        && Text.words(head) * 2 < Text.words(title.substring(firstCut[1]));
    if (namesSite(head, siteName, url) || sectionLabel) {
      return title.substring(firstCut[1]).strip();
    }
    return title;
  }

  private static boolean namesSite(String part, String siteName, String url) {
    String p = Text.fingerprint(part).replace(" ", "");
    if (p.isEmpty()) {
      return false;
    }
    if (siteName != null) {
      String s = Text.fingerprint(siteName).replace(" ", "");
      if (!s.isEmpty() && (p.equals(s) || p.contains(s) || s.contains(p))) {
        return true;
      }
    }
    String host = host(url);
    if (host != null) {
      for (String label : host.split("\\.")) {
        if (label.length() >= 3 && !label.equals("www") && (p.contains(label) || label.contains(p)
            || label.indexOf('-') > 0 && allPartsIn(label, p))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Every part of a hyphenated host label is in the title's part ("biathlon-antholz" in "Biathlon Antholz",
   * "leichtathletik-berlin" in "Berliner Leichtathletik Verband e.V.").
   */
  private static boolean allPartsIn(String label, String part) {
    for (String word : label.split("-")) {
      if (word.length() < 3 || !part.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean absentFromOthers(String part, List<String> others) {
    String p = Text.fingerprint(part);
    int carriers = 0;
    for (String o : others) {
      carriers += Text.fingerprint(o).contains(p) ? 1 : 0;
    }
    return carriers < others.size();
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = Pattern.compile("^[a-z]+://([^/:?#]+)", Pattern.CASE_INSENSITIVE).matcher(url);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Entities some sites escape twice ("&amp;#8222;") come out as text; undo that and normalise spaces. */
  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    t = Text.normalize(t);
    return t.isEmpty() ? null : t;
  }

  // ---- helpers

  static String meta(Document doc, String name) {
    for (Element e : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]")) {
      if (!e.attr("content").isBlank()) {
        return e.attr("content").strip();
      }
    }
    return null;
  }

  private static String metas(Document doc, List<String> names) {
    for (String name : names) {
      String v = meta(doc, name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isArray() && !v.isEmpty()) {
      v = v.get(0);
    }
    if (v.isObject()) {
      v = v.path("name").isMissingNode() ? v.path("@value") : v.path("name");
    }
    return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
