package dev.lede.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file (or a record inside one) that could not be read, with the reason in words an operator can act on.
 *
 * @param file the file that failed
 * @param where the record inside the file (e.g. {@code line 17}), or null for the whole file
 * @param reason why, e.g. {@code binary content (NUL bytes)} or {@code invalid JSON: Unexpected character}
 * @param id the id of the one document that failed, when it has a usable one (an {@link ArticleRecord} with no
 *     text), else null: a reindex keeps that document's indexed version, as it keeps a failed file's
 */
public record IngestFailure(Path file, String where, String reason, String id) {
  public IngestFailure {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  /** A failure of a file or of a record without a usable id. */
  public IngestFailure(Path file, String where, String reason) {
    this(file, where, reason, null);
  }

  /** {@code path: reason} or {@code path (line 17): reason}, the form printed to stderr and written in reports. */
  @Override
  public String toString() {
    return where == null ? file + ": " + reason : file + " (" + where + "): " + reason;
  }
}
