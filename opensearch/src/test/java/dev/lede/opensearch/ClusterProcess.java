package dev.lede.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch cluster in its own JVM (module lede-opensearch-testcluster: OpenSearch brings its own Lucene),
 * on free loopback ports, for as long as this object is open. The child stops when its standard input closes, so
 * it also goes when this JVM dies.
 */
final class ClusterProcess implements AutoCloseable {
  private static final Path MODULE = Path.of("..", "opensearch-testcluster", "target");
  private final Process process;
  private final List<URI> urls = new ArrayList<>();
  private final StringBuilder output = new StringBuilder();
  private final java.util.concurrent.BlockingQueue<String> answers = new java.util.concurrent.LinkedBlockingQueue<>();

  ClusterProcess(Path folder, int nodes) throws IOException, InterruptedException {
    Path classpathFile = MODULE.resolve("cluster.classpath");
    if (!Files.isRegularFile(classpathFile)) {
      throw new IllegalStateException(classpathFile.toAbsolutePath() + " is missing: build the module"
          + " opensearch-testcluster first (mvn verify from the project root does)");
    }
    String classpath = MODULE.resolve("classes").toAbsolutePath() + java.io.File.pathSeparator
        + Files.readString(classpathFile).strip();
    String java = ProcessHandle.current().info().command().orElse("java");
    process = new ProcessBuilder(java, "-Xms512m", "-Xmx1g", "-XX:+UseSerialGC", "-cp", classpath,
        "dev.lede.opensearch.testcluster.TestCluster", folder.toString(), String.valueOf(nodes))
        .redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    String line;
    while ((line = lines.readLine()) != null) {
      output.append(line).append('\n');
      if (line.startsWith("READY http=")) {
        for (String port : line.substring("READY http=".length()).split(",")) {
          urls.add(URI.create("http://127.0.0.1:" + port));
        }
        break;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    if (urls.isEmpty()) {
      process.destroyForcibly();
      throw new IllegalStateException("the test cluster did not start:\n" + tail());
    }
    // keep draining its output so it never blocks on a full pipe; answers to commands go to the queue
    Thread drain = new Thread(() -> {
      try {
        for (String l = lines.readLine(); l != null; l = lines.readLine()) {
          if (l.startsWith("DONE ")) {
            answers.add(l);
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "test-cluster-output");
    drain.setDaemon(true);
    drain.start();
  }

  List<URI> urls() {
    return urls;
  }

  /** Sends a command ("stop 2", "start 2") and waits for the cluster to say it is done. */
  synchronized String command(String command) throws IOException, InterruptedException {
    process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
    String answer = answers.poll(3, TimeUnit.MINUTES);
    if (answer == null) {
      throw new IllegalStateException("the test cluster did not answer '" + command + "'");
    }
    return answer;
  }

  private String tail() {
    int from = Math.max(0, output.length() - 4000);
    return output.substring(from);
  }

  @Override
  public void close() throws Exception {
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
