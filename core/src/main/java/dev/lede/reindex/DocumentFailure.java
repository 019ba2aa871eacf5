package dev.lede.reindex;

import dev.lede.ingest.IngestFailure;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document (or a whole file) that could not be read, extracted or annotated, with a reason an operator can act on.
 *
 * @param path the input file
 * @param where the record or document inside the file (e.g. {@code line 17}, {@code document 'a/b.txt'}), or null
 * @param reason why, e.g. {@code binary content (NUL bytes)} or {@code no article text found in document 'x'}
 */
public record DocumentFailure(Path path, String where, String reason) {
  public DocumentFailure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  /** The failure of an ingest stage. */
  public static DocumentFailure of(IngestFailure failure) {
    return new DocumentFailure(failure.file(), failure.where(), failure.reason());
  }

  /** {@code path: reason} or {@code path (where): reason}, as printed to stderr and written in reports. */
  @Override
  public String toString() {
    return where == null ? path + ": " + reason : path + " (" + where + "): " + reason;
  }
}
