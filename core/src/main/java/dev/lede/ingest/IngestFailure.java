package dev.lede.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file (or a record inside one) that could not be read, with the reason in words an operator can act on.
 *
 * @param file the file that failed
 * @param where the record inside the file (e.g. {@code line 17}), or null for the whole file
 * @param reason why, e.g. {@code binary content (NUL bytes)} or {@code invalid JSON: Unexpected character}
 */
public record IngestFailure(Path file, String where, String reason) {
  public IngestFailure {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code path: reason} or {@code path (line 17): reason}, the form printed to stderr and written in reports. */
  @Override
  public String toString() {
    return where == null ? file + ": " + reason : file + " (" + where + "): " + reason;
  }
}
