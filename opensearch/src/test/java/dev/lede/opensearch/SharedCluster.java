package dev.lede.opensearch;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One real three-node cluster for all the test classes of a test JVM (starting one takes about half a minute);
 * each class uses its own alias. lede-web's tests use it too (this module's test jar). Stopped when the test JVM exits (the cluster also stops when its stdin closes).
 */
public final class SharedCluster {
  private static ClusterProcess process;

  private SharedCluster() {}

  /** The addresses of the cluster's nodes (started on first use). */
  public static synchronized List<URI> urls() throws Exception {
    return process().urls();
  }

  /** The running cluster process (started on first use). */
  static synchronized ClusterProcess process() throws Exception {
    if (process == null) {
      Path folder = Files.createTempDirectory("lede-opensearch-test");
      ClusterProcess started = new ClusterProcess(folder.resolve("cluster"), 3);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (Exception e) {
          // the JVM is going anyway
        }
      }));
      process = started;
    }
    return process;
  }
}
