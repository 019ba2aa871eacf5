package dev.lede.web.view;

import dev.lede.search.Fragment;
import java.util.List;

/**
 * The search page.
 *
 * @param query the query as typed (null when browsing)
 * @param exact whether name variants are off
 * @param from the from-date as YYYY-MM-DD or empty
 * @param to the to-date as YYYY-MM-DD or empty
 * @param error the message when the query could not be searched (results are then empty)
 * @param notices how the query was understood
 * @param total matches (stories when collapsed)
 * @param totalText the count line, e.g. "1,204 stories"
 * @param formFields hidden fields for the search box form (filters and settings kept)
 * @param dateFormFields hidden fields for the date form
 * @param facets the sidebar
 * @param histogram matches over time
 * @param dates date presets and the undated choice
 * @param hits this page
 * @param active the active filters, each with a link that removes it
 * @param sorts the sort choices; the current one has a null href
 * @param collapse whether versions of a story are grouped
 * @param collapseToggle link that flips grouping
 * @param paging previous / next
 * @param exportCsv export link
 * @param exportJsonl export link
 * @param apiHref the JSON of this page
 * @param didYouMean a corrected query and its search, or null
 * @param feed this search as an Atom feed
 * @param batch the batch search within this search's filters
 * @param estimate when the facet counts and histogram come from a sample of the matches: what to tell the reader,
 *     and the same search with exact counts; null when the counts are exact
 */
public record SearchPageView(
    String query,
    boolean exact,
    String from,
    String to,
    String error,
    List<String> notices,
    long total,
    String totalText,
    List<Field> formFields,
    List<Field> dateFormFields,
    List<Facet> facets,
    Histogram histogram,
    DateChoices dates,
    List<HitView> hits,
    List<Link> active,
    List<Link> sorts,
    boolean collapse,
    String collapseToggle,
    Paging paging,
    String exportCsv,
    String exportJsonl,
    String apiHref,
    Link didYouMean,
    String feed,
    String batch,
    Link estimate) {

  /** Whether anything was asked (a query or a filter). */
  public boolean asked() {
    return query != null || !active.isEmpty();
  }

  /**
   * One facet dimension in the sidebar.
   *
   * @param param URL parameter of the dimension
   * @param label heading
   * @param values top values (selected ones always included)
   * @param moreHref link that shows more or fewer values, or null when there is nothing more
   * @param moreLabel "Show more" / "Show fewer"
   * @param findParam parameter name of the "find in this facet" box
   * @param findValue what was typed there
   * @param found values found by that box (whole archive), each a link that selects it
   * @param findFields hidden fields for the find form
   * @param formFields hidden fields for this dimension's checkbox form (the state minus its own selection)
   */
  public record Facet(
      String param,
      String label,
      List<FacetEntry> values,
      String moreHref,
      String moreLabel,
      String findParam,
      String findValue,
      List<FacetEntry> found,
      List<Field> findFields,
      List<Field> formFields) {
    public String domId() {
      return "facet-" + param;
    }
  }

  /**
   * One facet value: a checkbox (include), a link to exclude, or when excluded a link that undoes it; people, places
   * and organizations also link to their profile ({@code profileHref}, null for other dimensions).
   */
  public record FacetEntry(
      String value, String count, boolean selected, boolean excluded, String includeHref, String excludeHref,
      String clearHref, String inputId, String profileHref) {}

  /**
   * The histogram as SVG geometry (viewBox {@value #WIDTH} x {@value #HEIGHT}).
   *
   * @param ticks one per bar, most without a label; drawn as equal slots under the bars
   * @param rangeHref the search without dates, to which dragging across bars adds {@code from} and {@code to}
   */
  public record Histogram(List<Bar> bars, String firstLabel, String lastLabel, String maxLabel, String caption,
      List<Tick> ticks, String rangeHref) {
    public static final int WIDTH = 600;
    public static final int HEIGHT = 120;

    public boolean isEmpty() {
      return bars.isEmpty();
    }
  }

  /** One bar; href null for an empty bucket; start and end are its first and last day (YYYY-MM-DD). */
  public record Bar(String x, String y, String width, String height, String href, String title, String start,
      String end) {}

  /** The axis under one bar: a label (empty: no tick) and whether it ends at the tick (near the right edge). */
  public record Tick(String label, boolean end) {}

  /**
   * Ready-made date ranges and the undated articles.
   *
   * @param presets ranges; the current one has a null href
   * @param undated "Undated (N)" with the link that shows only those (null href when shown), or null when none
   */
  public record DateChoices(List<Link> presets, Link undated) {
    public DateChoices {
      presets = List.copyOf(presets);
    }
  }

  /** One hit. */
  public record HitView(
      String href,
      List<Fragment> title,
      String source,
      String wire,
      String date,
      String dateIso,
      String authors,
      List<List<Fragment>> snippets,
      List<Chip> chips,
      List<Link> otherVersions,
      String otherVersionsLabel,
      String showAllHref) {}

  /** An entity chip that filters the search ({@code href}), with a small link to the entity's profile. */
  public record Chip(String label, String kind, String href, String profileHref) {}

  /**
   * Paging links; null when not available.
   *
   * @param numbers links to the first pages by number; the current page has a null href
   */
  public record Paging(String first, String previous, String next, int page, String range, List<Link> numbers) {
    public Paging {
      numbers = List.copyOf(numbers);
    }
  }
}
