package dev.lede.web.bench;

import java.util.List;
import java.util.Objects;

/**
 * One article of a benchmark archive, in the shape of a JSON Lines record the ingester reads (fields {@code id, url,
 * source, published, title, authors, text}).
 *
 * @param id stable record id
 * @param url address, or null
 * @param source outlet name as stated by the record, or null (then extraction has to infer it)
 * @param published {@code YYYY-MM-DD}, or null
 * @param title headline, or null
 * @param authors bylines (may be empty)
 * @param text the page text: paragraphs separated by blank lines, possibly with outlet boilerplate lines
 */
record NewsRecord(
    String id, String url, String source, String published, String title, List<String> authors, String text) {
  NewsRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
