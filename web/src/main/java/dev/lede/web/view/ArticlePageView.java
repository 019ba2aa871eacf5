package dev.lede.web.view;

import dev.lede.search.Fragment;
import java.util.List;

/**
 * The article page.
 *
 * @param title the headline pieces (query terms marked)
 * @param plainTitle the headline as text, for the document title
 * @param standfirst the subtitle, or null
 * @param source outlet or null
 * @param sourceHref search filtered on the outlet, or null
 * @param wire wire agency or null
 * @param authors bylines, each a link to a filtered search
 * @param date display date or null
 * @param dateIso ISO date or null
 * @param url the original address (http/https only) or null
 * @param language language code or null
 * @param paragraphs the clean body
 * @param entities groups of entity links (people, places, organizations)
 * @param versions other versions of the story
 * @param related related articles
 * @param raw the original text, or null when it cannot be shown
 * @param rawNote where the raw text comes from
 * @param notes how the article was read (extraction notes)
 * @param backHref back to the search the reader came from
 * @param query the query that highlights terms, or null
 * @param id the article id
 * @param apiHref the JSON of this article
 */
public record ArticlePageView(
    List<Fragment> title,
    String plainTitle,
    String standfirst,
    String source,
    String sourceHref,
    String wire,
    List<Link> authors,
    String date,
    String dateIso,
    String url,
    String language,
    List<Paragraph> paragraphs,
    List<EntityGroup> entities,
    List<Version> versions,
    List<Version> related,
    String raw,
    String rawNote,
    List<String> notes,
    String backHref,
    String query,
    String id,
    String apiHref) {

  /** One paragraph with its anchor. */
  public record Paragraph(String anchor, List<Fragment> pieces) {}

  /** Entities of one kind, each a chip that searches for it, with a link to its profile. */
  public record EntityGroup(String label, String kind, List<SearchPageView.Chip> chips) {}

  /** Another article: a version of this story or a related one. */
  public record Version(String title, String source, String date, String href) {}
}
