package dev.lede.entity;

/** A line of an entity overrides file that cannot be understood; the message names the file and line. */
public final class InvalidOverridesException extends IllegalArgumentException {
  private final int line;

  public InvalidOverridesException(String source, int line, String reason) {
    super(source + " line " + line + ": " + reason);
    this.line = line;
  }

  /** The 1-based line number of the bad line. */
  public int line() {
    return line;
  }
}
