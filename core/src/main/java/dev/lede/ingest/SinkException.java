package dev.lede.ingest;

import java.io.IOException;

/**
 * Carries an exception thrown by the caller's {@link DocumentSink} through the readers, which treat every other
 * exception as a problem with the input. {@link Ingester} unwraps it, so the caller sees its own exception.
 */
final class SinkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SinkException(Exception cause) {
    super(cause);
  }

  /** Throws the sink's original exception. */
  void rethrow() throws IOException {
    Throwable cause = getCause();
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IOException("document sink failed", cause);
  }
}
