package dev.lede.ingest;

/**
 * A file or record that cannot become a document; caught by the ingester and turned into an {@link IngestFailure}.
 * Checked, so every reader states that it can reject input, and cheap (no stack trace: it is an expected outcome).
 */
final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String where;

  BadInputException(String reason) {
    this(null, reason);
  }

  BadInputException(String where, String reason) {
    super(reason, null, false, false);
    this.where = where;
  }

  /** The record inside the file ({@code line 3}, {@code record 2}, {@code sidecar}), or null for the whole file. */
  String where() {
    return where;
  }

  String reason() {
    return getMessage();
  }
}
