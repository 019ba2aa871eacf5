package dev.lede.search;

import dev.lede.entity.Entities;
import dev.lede.extract.Published;
import java.util.List;
import java.util.Objects;

/**
 * One search hit, ready to render.
 *
 * @param id the article id ({@link LedeSearcher#article(String)} gives the full article); for a request with
 *     {@link SearchRequest#idsOnly()}, only this, {@code storyId} and {@code score} are set (the rest null or empty)
 * @param title the headline, or null
 * @param titleFragments the headline split into matched / unmatched pieces (empty when there is no title)
 * @param source the outlet, or null when unknown
 * @param wire the wire agency, or null
 * @param authors bylines
 * @param published publication date, or null
 * @param url the original address, or null
 * @param language ISO 639-1 code, or null
 * @param entities canonical people, places and organizations
 * @param snippets up to {@link SearchRequest#snippets()} passages with matches (without a query: the article's first
 *     sentences)
 * @param storyId the story (near-duplicate cluster) id
 * @param otherVersions when stories are collapsed: the other members of the story, oldest first; otherwise empty
 * @param score the relevance score (NaN when sorted by date)
 */
public record Hit(
    String id,
    String title,
    List<Fragment> titleFragments,
    String source,
    String wire,
    List<String> authors,
    Published published,
    String url,
    String language,
    Entities entities,
    List<Snippet> snippets,
    String storyId,
    List<StoryMember> otherVersions,
    float score) {
  public Hit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storyId, "storyId");
    titleFragments = titleFragments == null ? List.of() : List.copyOf(titleFragments);
    authors = authors == null ? List.of() : List.copyOf(authors);
    entities = entities == null ? Entities.NONE : entities;
    snippets = snippets == null ? List.of() : List.copyOf(snippets);
    otherVersions = otherVersions == null ? List.of() : List.copyOf(otherVersions);
  }
}
