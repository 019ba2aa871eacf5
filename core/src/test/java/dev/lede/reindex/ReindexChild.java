package dev.lede.reindex;

import java.nio.file.Path;
import java.util.List;

/**
 * The program the crash and lock tests run in a separate JVM: {@code run HOME INPUT [full]} reindexes, printing
 * {@code phase NAME} on stdout as each phase starts; {@code lock HOME} takes the run lock, says so on stdout and
 * waits to be killed.
 */
public final class ReindexChild {
  private ReindexChild() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[1]);
    if (args[0].equals("lock")) {
      try (RunLock lock = RunLock.acquire(home)) {
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(600_000);
      }
      return;
    }
    boolean full = args.length > 3 && args[3].equals("full");
    // Each new phase on a line of its own, so the parent knows where its kill landed.
    Progress.Phase[] last = {null};
    new Reindexer(ReindexOptions.of(List.of(Path.of(args[2])), home).withFull(full)).run(progress -> {
      if (progress.phase() != last[0]) {
        last[0] = progress.phase();
        System.out.println("phase " + progress.phase());
        System.out.flush();
      }
    });
  }

  /** A command line that runs this class in a new JVM with the test classpath. */
  static ProcessBuilder command(String... args) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), ReindexChild.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
