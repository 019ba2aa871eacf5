package dev.lede.web.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time from starting {@code lede serve --index HOME} as a new JVM (the same java and class path as this one, the
 * serving heap and, as the launcher gives a server, a class-data archive) to its first 200 answer on
 * {@code /api/search}, polling every 10 ms. The first start writes the archive when it ends, as the first start
 * after a build does; it is reported and not counted in the median.
 */
final class StartupBench {
  private static final Duration GIVE_UP = Duration.ofSeconds(120);

  private StartupBench() {}

  /**
   * One start.
   *
   * @param ready seconds until the server printed that it is serving (index open, port bound), or -1 if unseen
   * @param firstSearch seconds until the first 200
   * @param writesArchive the start without a class-data archive, which writes it when it ends
   */
  record Start(double ready, double firstSearch, boolean writesArchive) {}

  /** {@code runs} timed starts after one that writes the class-data archive {@code archive}. */
  static List<Start> run(Path home, String heap, int runs, Path archive, Path logFile)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    List<Start> seconds = new ArrayList<>();
    Forks.deleteArchives(archive);
    for (int r = 0; r <= runs; r++) {
      int port = freePort();
      List<String> command = new ArrayList<>(List.of(Forks.java(), "-Xmx" + heap));
      command.addAll(Forks.classArchive(archive));
      command.addAll(List.of("-cp", Forks.classPath(),
          "dev.lede.web.Main", "serve", "--index", home.toString(), "--port", String.valueOf(port)));
      ProcessBuilder pb = new ProcessBuilder(command)
          .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      long t0 = System.nanoTime();
      Process p = pb.start();
      AtomicLong ready = new AtomicLong(-1);
      Thread watcher = Thread.ofPlatform().daemon().name("bench-serve-output").start(() -> watch(p, t0, ready));
      try {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=news"))
            .timeout(Duration.ofSeconds(30)).build();
        while (true) {
          if (!p.isAlive()) {
            throw new IOException("lede serve exited with " + p.exitValue() + " before answering; see " + logFile);
          }
          if (System.nanoTime() - t0 > GIVE_UP.toNanos()) {
            throw new IOException("lede serve did not answer within " + GIVE_UP + "; see " + logFile);
          }
          try {
            if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
              double first = (System.nanoTime() - t0) / 1e9;
              // The server answers while the index warms up; the line comes once warm-up is done: wait for it
              for (int i = 0; i < 1_000 && ready.get() < 0 && p.isAlive(); i++) {
                Thread.sleep(10);
              }
              seconds.add(new Start(ready.get() < 0 ? -1 : ready.get() / 1e9, first, r == 0));
              break;
            }
          } catch (IOException e) {
            // not listening yet, or closed the connection while starting
          }
          Thread.sleep(10);
        }
      } finally {
        p.destroy();
        p.waitFor();
        watcher.join(1_000);
      }
      if (r == 0) {
        Forks.createAotCache(archive); // what the launcher's second start does (JDK 25+), not timed
      }
    }
    return seconds;
  }

  /** Notes when {@code lede serve} says it is serving (its only line on stdout). */
  private static void watch(Process p, long t0, AtomicLong ready) {
    try (BufferedReader r = p.inputReader(StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (ready.get() < 0 && line.contains("serving")) {
          ready.set(System.nanoTime() - t0);
        }
      }
    } catch (IOException e) {
      // the process went away
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
