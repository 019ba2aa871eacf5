package dev.lede.extract;

/**
 * A document from which no article could be extracted (for example a page without any story text). Unchecked: a
 * batch caller counts and reports it with the document's path and goes on with the next document.
 */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExtractionException(String message) {
    super(message);
  }
}
