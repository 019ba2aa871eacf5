package dev.lede.web.bench;

import java.nio.file.Path;

/** How to start another JVM like this one: the same java binary and class path (the app jar or a build's). */
final class Forks {
  private Forks() {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String classPath() {
    return System.getProperty("java.class.path");
  }
}
