package dev.lede.web.cli;

/** Making user-supplied text safe to print on a terminal. */
final class CliText {
  private CliText() {}

  /** Control characters replaced, clipped to 80 characters. */
  static String printable(String s) {
    return printable(s, 80);
  }

  static String printable(String s, int max) {
    String clipped = s.length() > max ? s.substring(0, max) + "..." : s;
    return clipped.replaceAll("\\p{Cntrl}", "?");
  }
}
