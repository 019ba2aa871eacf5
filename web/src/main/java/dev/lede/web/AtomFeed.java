package dev.lede.web;

import dev.lede.search.ArchiveSearcher;
import dev.lede.search.Hit;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearchResult;
import dev.lede.search.SortOrder;
import java.io.OutputStream;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A search as an Atom feed (RFC 4287), newest first, so that a feed reader or a newsroom chat can follow it: the
 * same parameters as the search page, {@link #ENTRIES} entries. Written with the JDK's XML stream writer, which
 * escapes every text and attribute; links are relative to the feed's own URL (xml:base is not needed by readers).
 */
final class AtomFeed {
  static final String PATH = "/feed.atom";
  static final int ENTRIES = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /** Searches, then writes the feed to the stream {@code out} opens (only once the search has succeeded). */
  static void write(ArchiveSearcher searcher, SearchParams p, java.util.function.Supplier<OutputStream> out)
      throws XMLStreamException {
    SearchRequest request = p.toRequest().toBuilder().sort(SortOrder.NEWEST).cursor(null).page(1).pageSize(ENTRIES)
        .facetLimit(0).build();
    SearchResult r = searcher.search(request);
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out.get(), "UTF-8");
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("feed");
    x.writeDefaultNamespace(ATOM);
    String title = p.query() == null || p.query().isBlank() ? "Lede: latest articles" : "Lede: " + p.query();
    text(x, "title", title);
    text(x, "id", "urn:lede:search:" + Integer.toHexString(new SearchLinks(p).on("/").hashCode()));
    text(x, "updated", updated(r));
    link(x, "self", new SearchLinks(p).on(PATH), "application/atom+xml");
    link(x, "alternate", new SearchLinks(p).on("/"), "text/html");
    x.writeStartElement("author"); // entries without an outlet take the feed's author
    text(x, "name", "Lede");
    x.writeEndElement();
    x.writeStartElement("generator");
    x.writeCharacters("Lede");
    x.writeEndElement();
    for (Hit h : r.hits()) {
      x.writeStartElement("entry");
      text(x, "title", h.title() == null || h.title().isBlank() ? h.id() : h.title());
      text(x, "id", "urn:lede:article:" + h.id().replaceAll("[^A-Za-z0-9._~/#-]", "_"));
      text(x, "updated", time(h));
      link(x, "alternate", ArticleLinks.page(h.id()), "text/html");
      if (h.source() != null) {
        x.writeStartElement("author");
        text(x, "name", String.join(", ", h.authors().isEmpty() ? java.util.List.of(h.source()) : h.authors()));
        x.writeEndElement();
        x.writeStartElement("category");
        x.writeAttribute("term", h.source());
        x.writeEndElement();
      }
      if (!h.snippets().isEmpty()) {
        text(x, "summary", h.snippets().get(0).text());
      }
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
    x.close();
  }

  /** The newest entry's time: a feed changes when a newer article comes in. */
  private static String updated(SearchResult r) {
    return r.hits().isEmpty() ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)) : time(r.hits().get(0));
  }

  /** RFC 3339 as Atom wants it: the publication time, or midnight UTC of its day, or the epoch when undated. */
  private static String time(Hit h) {
    OffsetDateTime t = h.published() == null ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
        : h.published().dateTime() != null ? h.published().dateTime()
        : h.published().date().atTime(LocalTime.MIDNIGHT).atOffset(ZoneOffset.UTC);
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(clean(value));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }

  /** Characters XML 1.0 cannot carry (most control characters) are dropped. */
  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }
}
