package dev.lede.web;

/**
 * A request the app refuses with a client-error status and a message for the user. The message is written by us and
 * never contains raw request data beyond a short, quoted, control-character-free excerpt.
 */
final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  BadRequest(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  BadRequest(String message) {
    this(400, message);
  }

  int status() {
    return status;
  }
}
