package dev.lede.web;

/** Short, quoted, control-character-free excerpts of request data for messages (templates escape them). */
final class Quote {
  private static final int MAX = 60;

  private Quote() {}

  static String of(String input) {
    String clean = input == null ? "" : input.replaceAll("\\p{Cntrl}", " ");
    return "'" + (clean.length() > MAX ? clean.substring(0, MAX) + "…" : clean) + "'";
  }
}
