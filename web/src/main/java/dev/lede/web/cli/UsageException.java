package dev.lede.web.cli;

/** Wrong command-line usage; the launcher prints the message and the usage text and exits with 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
