package dev.lede.extract;

import java.util.List;
import java.util.Objects;

/**
 * A news article as extracted from a raw page: the clean story and what we could establish about it.
 *
 * <p>Unknown values are null (or empty lists), never guesses: an article whose outlet could not be established has
 * a null {@code source} and a note saying why.
 *
 * @param id the document's stable id (see {@link dev.lede.ingest.SourceDocument#id()})
 * @param path the file it came from, as a string
 * @param url the original address, or null
 * @param title the headline, or null
 * @param standfirst the subtitle under the headline, or null
 * @param source canonical name of the outlet that published the page, or null when unknown
 * @param wire canonical name of the agency the story came from (Bloomberg, Reuters, AP, AFP, ...), or null
 * @param authors bylines, in page order, without "By" and without the outlet name
 * @param published the publication date, or null when no trustworthy date exists
 * @param language ISO 639-1 code, or null when it could not be detected
 * @param paragraphs the clean body, one string per paragraph
 * @param notes explanations of uncertain decisions (rejected date candidates, why the source is unknown, ...)
 * @param contentHash the SHA-256 of the source document, for incremental reindexing
 */
public record Article(
    String id,
    String path,
    String url,
    String title,
    String standfirst,
    String source,
    String wire,
    List<String> authors,
    Published published,
    String language,
    List<String> paragraphs,
    List<String> notes,
    String contentHash) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contentHash, "contentHash");
    authors = authors == null ? List.of() : List.copyOf(authors);
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** The body as one string, paragraphs separated by a blank line. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
