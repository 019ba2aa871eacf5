package dev.lede.search;

/**
 * The index cannot be read: missing, corrupt, or an I/O error while searching. Not the user's fault (HTTP 503).
 */
public class IndexUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
