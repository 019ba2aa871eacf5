package dev.lede.web.launcher;

import java.io.IOException;

/**
 * Stands in for the application jar in {@link LauncherTest}: prints which jar it runs from, how the JVM decodes
 * file names, its heap limit, JDK and start-up archive (class-data archive, AOT cache or its recording), then stays alive until its stdin closes, so the test decides when it ends.
 */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) throws IOException {
    System.out.println("jar=" + System.getProperty("java.class.path"));
    System.out.println("jnu=" + System.getProperty("sun.jnu.encoding"));
    System.out.println("heap=" + Runtime.getRuntime().maxMemory());
    System.out.println("jdk=" + Runtime.version().feature());
    String archive = "";
    for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      for (String option : new String[] {"-XX:SharedArchiveFile=", "-XX:AOTCache=", "-XX:AOTConfiguration="}) {
        if (a.startsWith(option)) {
          archive = a.substring(option.length());
        }
      }
    }
    System.out.println("archive=" + archive);
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for EOF
    }
  }
}
