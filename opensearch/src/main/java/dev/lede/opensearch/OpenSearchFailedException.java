package dev.lede.opensearch;

/**
 * Publishing to OpenSearch failed as a whole. The message is in our words (what failed, the HTTP status and
 * OpenSearch's error type), never the credentials; the alias was left where it was.
 */
public final class OpenSearchFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OpenSearchFailedException(String message) {
    super(message);
  }

  public OpenSearchFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
