package dev.lede.ingest;

import java.util.List;

/**
 * Metadata stated outside the page text: a {@code <file>.meta.json} sidecar or the fields of a JSON Lines record.
 * What is stated here overrides what extraction infers. Any component may be null (not stated).
 *
 * @param url the original address of the page
 * @param source the outlet that published it, as written by whoever produced the record
 * @param published the publication date or date-time as written (ISO-8601 expected, parsed by the extractor)
 * @param title the headline
 * @param authors the authors, never null (empty when not stated)
 */
public record DocumentMeta(String url, String source, String published, String title, List<String> authors) {
  /** No metadata at all. */
  public static final DocumentMeta NONE = new DocumentMeta(null, null, null, null, List.of());

  public DocumentMeta {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** This metadata with every component that {@code override} states replaced by the override's value. */
  public DocumentMeta overriddenBy(DocumentMeta override) {
    return new DocumentMeta(
        override.url != null ? override.url : url,
        override.source != null ? override.source : source,
        override.published != null ? override.published : published,
        override.title != null ? override.title : title,
        !override.authors.isEmpty() ? override.authors : authors);
  }
}
