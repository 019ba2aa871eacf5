package dev.lede.web.bench;

import java.nio.file.Path;
import java.util.List;

/** How to start another JVM like this one: the same java binary and class path (the app jar or a build's). */
final class Forks {
  private Forks() {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String classPath() {
    return System.getProperty("java.class.path");
  }

  /**
   * The options the launcher gives a server (see {@code lede}): a class-data archive of the classes it loads, mapped
   * at start when it exists and written at exit when it does not; the JVM's notes about it are silenced.
   */
  static List<String> classArchive(Path archive) {
    return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off",
        "-Xlog:aot*=off");
  }
}
