package dev.lede.web.view;

import dev.lede.web.view.SearchPageView.Histogram;
import dev.lede.web.view.SearchPageView.HitView;
import java.util.List;

/**
 * The profile page of a person, place or organization ({@code /entity/<type>/<name>}), or the page saying that no
 * article names it.
 *
 * @param kind "Person", "Place" or "Organization"
 * @param name the name shown: the canonical name when found, the name asked for otherwise
 * @param found whether any article names it (otherwise only the search link and the candidates are shown)
 * @param notice when the canonical name differs from the name asked for, a sentence saying so; else null
 * @param counts e.g. "3 articles in 2 stories"
 * @param undated e.g. "2 undated articles are not in the chart", or null
 * @param search every article naming it (the search page filtered on it), or a text search when not found
 * @param searchLabel the search link's text
 * @param histogram mentions over time
 * @param named the people, places and organizations most often named with it
 * @param outlets the outlets naming it most
 * @param latest its newest stories
 * @param candidates when not found: names of this type that contain the words asked for, each a profile link
 * @param apiHref this profile as JSON
 */
public record EntityPageView(
    String kind,
    String name,
    boolean found,
    String notice,
    String counts,
    String undated,
    String search,
    String searchLabel,
    Histogram histogram,
    List<Named> named,
    List<Mention> outlets,
    List<HitView> latest,
    List<Mention> candidates,
    String apiHref) {

  /** One list of co-occurring names. */
  public record Named(String id, String label, List<Mention> values) {}

  /**
   * One name or outlet with its count.
   *
   * @param href its profile (names) or the search for articles naming both (outlets)
   * @param bothHref the search for articles naming both, or null
   */
  public record Mention(String value, String count, String href, String bothHref) {}
}
