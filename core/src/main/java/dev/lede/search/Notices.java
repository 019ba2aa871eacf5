package dev.lede.search;

/**
 * The notices a {@link SearchResult} can carry, as {@link String#format} patterns, so the web app and tests can
 * recognise them. Inserted user text is quoted and shortened to at most {@value #MAX_QUOTED} characters.
 */
public final class Notices {
  /** The query did not parse; argument: the parser's reason in a few words. */
  public static final String SEARCHED_AS_TEXT =
      "The query could not be understood (%s), so it was searched as plain words.";
  /** Name-variant expansion happened; argument: a list like {@code 'Dnieper' also as 'Dnipro'}. */
  public static final String NAME_VARIANTS = "Also searched for name variants: %s.";
  /** Longest excerpt of user input quoted in a notice or exception message. */
  public static final int MAX_QUOTED = 60;

  private Notices() {}

  /** Quotes user input for a message: single quotes, control characters removed, shortened with an ellipsis. */
  public static String quote(String input) {
    String clean = input == null ? "" : input.replaceAll("\\p{Cntrl}", " ");
    if (clean.length() > MAX_QUOTED) {
      clean = clean.substring(0, MAX_QUOTED) + "…";
    }
    return "'" + clean + "'";
  }
}
