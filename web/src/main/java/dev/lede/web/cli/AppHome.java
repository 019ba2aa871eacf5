package dev.lede.web.cli;

import java.nio.file.Path;

/**
 * The folder of the Lede checkout that the {@code lede} launcher runs from (the system property {@value #PROPERTY},
 * which the launcher sets). The commands' defaults ({@code index-data/}, {@code .lede/index},
 * {@code docs/benchmarks.md}) live there, whatever the working directory; paths a user types are resolved against
 * the working directory, like any other command's. Without the property (a plain {@code java -jar}), the working
 * directory is the home.
 */
public final class AppHome {
  /** Set by the launcher to the checkout's folder. */
  public static final String PROPERTY = "lede.home";

  private AppHome() {}

  /** A default path under the home, e.g. {@code resolve("index-data")}. */
  public static Path resolve(String first, String... more) {
    Path relative = Path.of(first, more);
    String home = System.getProperty(PROPERTY);
    return home == null || home.isBlank() ? relative : Path.of(home).resolve(relative);
  }
}
