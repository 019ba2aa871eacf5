package dev.lede.web.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
   * The options the launcher gives a server (see {@code lede}) to start faster, for a start whose archive is
   * {@code archive}: before JDK 25 a class-data archive of the classes it loads, written at exit when missing; on JDK
   * 25 and later an AOT cache (classes loaded and linked, method profiles) when {@link #createAotCache} has made it,
   * else the options that record what the run does, for that. The JVM's notes about them are silenced. Call it for
   * each start: the options depend on what exists yet.
   */
  static List<String> classArchive(Path archive) {
    if (aotCache()) {
      Path aot = sibling(archive, ".aot");
      List<String> use = java.nio.file.Files.isRegularFile(aot) ? List.of("-XX:AOTCache=" + aot)
          : List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + sibling(archive, ".aotconf"));
      return Stream.concat(use.stream(), Stream.of("-Xlog:cds*=off", "-Xlog:aot*=off")).toList();
    }
    return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off",
        "-Xlog:aot*=off");
  }

  /**
   * After a start that recorded (JDK 25 and later): makes the AOT cache from the recording, as the launcher's next
   * start does. Does nothing before JDK 25 or without a recording.
   */
  static void createAotCache(Path archive) throws IOException, InterruptedException {
    Path conf = sibling(archive, ".aotconf");
    if (!aotCache() || !java.nio.file.Files.isRegularFile(conf)) {
      return;
    }
    Process p = new ProcessBuilder(java(), "-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf,
        "-XX:AOTCache=" + sibling(archive, ".aot"), "-Xlog:cds*=off", "-Xlog:aot*=off", "-cp", classPath())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IOException("the JVM could not make an AOT cache from " + conf + " (exit " + p.exitValue() + ")");
    }
    java.nio.file.Files.delete(conf);
  }

  /**
   * Whether starts get an AOT cache: on JDK 25 and later, when the class path is one jar, as the launcher gives it
   * (the JVM makes no AOT cache of classes in directories, such as a build's {@code target/classes}).
   */
  static boolean aotCache() {
    String cp = classPath();
    return Runtime.version().feature() >= 25 && !cp.contains(java.io.File.pathSeparator) && cp.endsWith(".jar");
  }

  /** Removes what {@link #classArchive} and {@link #createAotCache} left for {@code archive}. */
  static void deleteArchives(Path archive) throws IOException {
    for (String ext : List.of(".aot", ".aotconf")) {
      java.nio.file.Files.deleteIfExists(sibling(archive, ext));
    }
    java.nio.file.Files.deleteIfExists(archive);
  }

  private static Path sibling(Path archive, String extension) {
    String name = archive.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return archive.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
  }
}
