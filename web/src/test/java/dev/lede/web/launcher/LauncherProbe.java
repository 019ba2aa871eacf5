package dev.lede.web.launcher;

import java.io.IOException;

/**
 * Stands in for the application jar in {@link LauncherTest}: prints which jar it runs from, how the JVM decodes
 * file names, its heap limit and class-data archive, then stays alive until its stdin closes, so the test decides when it ends.
 */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) throws IOException {
    System.out.println("jar=" + System.getProperty("java.class.path"));
    System.out.println("jnu=" + System.getProperty("sun.jnu.encoding"));
    System.out.println("heap=" + Runtime.getRuntime().maxMemory());
    String archive = "";
    for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-XX:SharedArchiveFile=")) {
        archive = a.substring("-XX:SharedArchiveFile=".length());
      }
    }
    System.out.println("archive=" + archive);
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for EOF
    }
  }
}
