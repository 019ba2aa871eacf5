package dev.lede.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One document read from an input root, before extraction.
 *
 * @param id stable id: the file's path relative to its input root with {@code /} separators, or for a record inside
 *     a JSON Lines or WARC file the record's own id, else {@code path#N}
 * @param file the file the document was read from (for reports and the {@code path} key of {@code lede extract})
 * @param format how {@link #text} should be read
 * @param text the decoded text (never null; may be empty)
 * @param contentHash lowercase hex SHA-256 of the document's bytes plus its sidecar, used for incremental reindexing
 * @param meta stated metadata (sidecar or record fields), {@link DocumentMeta#NONE} when there is none
 * @param notes remarks about reading, e.g. that the bytes were decoded as windows-1252
 */
public record SourceDocument(
    String id, Path file, Format format, String text, String contentHash, DocumentMeta meta, List<String> notes) {
  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentHash, "contentHash");
    meta = meta == null ? DocumentMeta.NONE : meta;
    notes = notes == null ? List.of() : List.copyOf(notes);
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank for " + file);
    }
  }
}
