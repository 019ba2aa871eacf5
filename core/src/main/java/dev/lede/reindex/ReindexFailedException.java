package dev.lede.reindex;

import java.util.Optional;

/**
 * The run failed as a whole (index not writable, disk full, commit failed, listener aborted, ...) and committed
 * nothing: the previous commit and generation are untouched and still searched. Bad input documents never cause
 * this; they are counted in the report instead.
 */
public final class ReindexFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ReindexReport partial;

  public ReindexFailedException(String message, Throwable cause, ReindexReport partial) {
    super(message, cause);
    this.partial = partial;
  }

  /**
   * Why the run failed, in words an operator can act on ({@code the disk is full}, {@code the index path is a file,
   * not a folder}), for messages and reports; {@link #getMessage()} keeps the technical detail.
   */
  public String reason() {
    return FailureReason.of(getCause() != null ? getCause() : this);
  }

  /** What the run had done before it failed ({@link ReindexReport#committed()} is false), when known. */
  public Optional<ReindexReport> partialReport() {
    return Optional.ofNullable(partial);
  }
}
