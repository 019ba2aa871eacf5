package dev.lede.ingest;

/** What kind of text a {@link SourceDocument} carries, which decides how the extractor reads it. */
public enum Format {
  /** A whole web page saved as plain text: navigation, blurbs and widgets around the story. */
  PAGE_TEXT,
  /** HTML markup of a whole page (an .html file, a WARC response, or a JSON Lines {@code html} field). */
  HTML,
  /** An article body that a structured record already separated from the page (a JSON Lines {@code text}). */
  RECORD_TEXT
}
