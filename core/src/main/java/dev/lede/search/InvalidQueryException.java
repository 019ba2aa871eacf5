package dev.lede.search;

/**
 * The request cannot be searched as given: an unknown field, a limit exceeded (length, clauses, nesting, wildcard
 * or regular expression too costly), a bad cursor or page size. The message is meant for the user (English, names
 * the problem, quotes at most a short excerpt of the input) and the web app shows it as is (HTTP 400).
 */
public class InvalidQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message) {
    super(message);
  }

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
