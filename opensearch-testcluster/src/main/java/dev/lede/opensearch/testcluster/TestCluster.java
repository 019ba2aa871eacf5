package dev.lede.opensearch.testcluster;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real OpenSearch cluster of N nodes on free loopback ports, in this JVM, until standard input closes (the test
 * that started it ended or died), then stopped and its folder deleted.
 *
 * <p>Usage: {@code TestCluster FOLDER NODES}. Prints one line {@code READY http=PORT,PORT,...} once the cluster has
 * elected a manager and is at least yellow; anything else on standard output is the runner's own chatter. Nodes
 * can be stopped and started again with commands on standard input (see {@code main}), for failover tests.
 */
public final class TestCluster {
  private TestCluster() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int nodes = Integer.parseInt(args[1]);
    int[] http = new int[nodes];
    int[] transport = new int[nodes];
    List<String> seeds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      http[i] = freePort();
      transport[i] = freePort();
      seeds.add("127.0.0.1:" + transport[i]);
      names.add("node-" + (i + 1));
    }
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.onBuild((id, settings) -> {
      settings.put("network.host", "127.0.0.1");
      settings.put("http.port", String.valueOf(http[id - 1]));
      settings.put("transport.port", String.valueOf(transport[id - 1]));
      settings.put("node.name", names.get(id - 1));
      if (nodes > 1) { // one node runs as "single-node" discovery, which takes neither setting
        settings.putList("discovery.seed_hosts", seeds);
        settings.putList("cluster.initial_cluster_manager_nodes", names);
      }
      // a test machine's disk may be fuller than OpenSearch's production watermarks allow
      settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
      settings.put("action.auto_create_index", false);
    }).build(newConfigs().numOfNode(nodes).basePath(folder.toString()).clusterName("lede-test").disableESLogger());
    runner.ensureYellow();
    StringBuilder ports = new StringBuilder();
    for (int p : http) {
      ports.append(ports.isEmpty() ? "" : ",").append(p);
    }
    System.out.println("READY http=" + ports);
    System.out.flush();
    // Commands from the parent, one a line: "stop N" stops node N (1-based), "start N" starts it again; each is
    // answered with "DONE ..." once done. End of input means the parent is gone.
    java.io.BufferedReader commands = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
        java.nio.charset.StandardCharsets.UTF_8));
    for (String line = commands.readLine(); line != null; line = commands.readLine()) {
      String[] parts = line.strip().split(" ");
      if (parts.length == 2 && parts[0].equals("stop")) {
        runner.getNode(Integer.parseInt(parts[1]) - 1).close();
        System.out.println("DONE " + line.strip());
      } else if (parts.length == 2 && parts[0].equals("start")) {
        boolean started = runner.startNode(Integer.parseInt(parts[1]) - 1);
        runner.ensureYellow();
        System.out.println("DONE " + line.strip() + " " + started);
      } else {
        System.out.println("DONE unknown " + line.strip());
      }
      System.out.flush();
    }
    runner.close();
    runner.clean();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
