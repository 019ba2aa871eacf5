package dev.lede.web.view;

import java.util.List;

/**
 * The batch search page: the form, and after a submit the table of counts.
 *
 * @param formFields hidden fields carrying the filters the lines are counted within
 * @param filters the active filters as labels ("Source: Reuters")
 * @param searchHref the search page with these filters
 * @param clearHref the batch page without filters, or null when there are none
 * @param text the lines as submitted (empty before a submit), so the form can be sent again or as CSV
 * @param unit what the counts count: "stories" or "articles", as the search page's header says
 * @param summary how many lines were counted and how long it took, or null before a submit
 * @param rows one per non-blank line, or null before a submit
 */
public record BatchPageView(
    List<Field> formFields,
    List<String> filters,
    String searchHref,
    String clearHref,
    String text,
    String unit,
    String summary,
    List<Row> rows) {

  /** The column heading of the counts: "Stories" or "Articles". */
  public String unitTitle() {
    return unit.isEmpty() ? unit : Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
  }

  /**
   * One counted line.
   *
   * @param hits the count as shown, or a dash when the line was refused or not run
   * @param status searched, as_text, refused, duplicate or not_run
   * @param note how the line was understood, or null
   * @param href the search of this line within the filters
   */
  public record Row(int line, String query, String hits, String status, String note, String href) {}
}
