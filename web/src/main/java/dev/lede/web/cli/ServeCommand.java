package dev.lede.web.cli;

import dev.lede.index.IndexHome;
import dev.lede.opensearch.OpenSearchSearcher;
import dev.lede.opensearch.OpenSearchTarget;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.ReindexReport;
import dev.lede.reindex.Reindexer;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import dev.lede.web.LedeServer;
import dev.lede.web.WebOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code lede serve [--index DIR] [--input DIR ...] [--host H] [--port N] [--facet-sample N]} (or {@code --opensearch URL
 * --opensearch-index NAME} instead of an index, for an archive published to OpenSearch): brings the index up to date with the
 * inputs (an incremental reindex: unchanged archives cost reading and hashing only), then serves the web app until
 * the process is stopped. With no arguments it indexes {@code index-data/} into {@code .lede/index} under the Lede
 * folder ({@link AppHome}). With {@code --index} and no {@code --input}, the index is served as it is (no reindex).
 */
public final class ServeCommand implements Command {
  static final Path DEFAULT_INDEX = AppHome.resolve(".lede", "index");
  static final Path DEFAULT_INPUT = AppHome.resolve("index-data");

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "index index-data/ (if needed) and serve the search app on http://localhost:7070";
  }

  /**
   * {@code ./lede serve} runs a private copy of the jar; started straight from the build output, the next
   * {@code mvn package} rewrites the jar under the server and every class it has not loaded yet stops loading.
   */
  private static void warnIfRunningTheBuildOutput(PrintStream err) {
    try {
      Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (jar.endsWith(Path.of("web", "target", "lede.jar"))) {
        err.println("lede serve: running " + jar + " itself: rebuilding it (mvn package) will break this server;"
            + " ./lede serve runs a private copy");
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // no code source to judge: say nothing
    }
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args);
    if (o.help) {
      out.println("usage: lede serve [--index DIR] [--input DIR ...] [--host 127.0.0.1] [--port 7070]"
          + " [--allowed-hosts NAME,...]");
      out.println("  --index DIR   index home to serve (default .lede/index)");
      out.println("  --input DIR   archive root to index first (repeatable; default index-data/ when --index is"
          + " not given)");
      out.println("  --host H      interface to listen on (default 127.0.0.1; 0.0.0.0 exposes the server)");
      out.println("  --port N      port (default 7070; 0 picks a free one)");
      out.println("  --allowed-hosts NAME,...  host names requests may use (against DNS rebinding); default:"
          + " localhost and the bound address when bound to loopback, any name otherwise");
      out.println("  --facet-sample N  count facets over a random sample of about N matches when a search has more"
          + " (default " + dev.lede.search.QueryLimits.DEFAULT_FACET_SAMPLE + "; 0: always count every match); pages"
          + " mark such counts and link to exact ones");
      out.println("  --opensearch URL --opensearch-index NAME   serve the archive published to this OpenSearch alias"
          + " (lede reindex --opensearch) instead of a local index; credentials from " + OpenSearchTarget.USER_ENV
          + " and " + OpenSearchTarget.PASSWORD_ENV);
      return 0;
    }
    if (o.opensearch != null) {
      return serveOpenSearch(o, out);
    }
    warnIfRunningTheBuildOutput(err);
    // name variants are needed by the first search: load them while the index opens; the tagger only when articles
    // are to be indexed first
    Pipelines.warmInBackground(!o.inputs.isEmpty());
    if (!o.inputs.isEmpty()) {
      for (Path input : o.inputs) {
        if (!Files.exists(input)) {
          throw new UsageException("input " + input + " does not exist");
        }
      }
      ReindexReport report = new Reindexer(ReindexOptions.of(o.inputs, o.index,
          ReindexOptions.entitiesFor(o.index))).run();
      err.printf("lede serve: index %s: %s (%d added, %d updated, %d deleted, %d unchanged, %d failed)%n",
          o.index, report.mode().name().toLowerCase(java.util.Locale.ROOT), report.counts().added(),
          report.counts().updated(), report.counts().deleted(), report.counts().unchanged(),
          report.counts().failed());
    } else if (!IndexHome.isHome(o.index) && !Files.isDirectory(o.index)) {
      throw new UsageException("no index at " + o.index + "; give --input DIR to build one");
    }
    SearcherOptions searcherOptions = SearcherOptions.DEFAULTS // name variants included
        .withLimits(SearcherOptions.DEFAULTS.limits().withFacetSample(o.facetSample));
    // The index opens (and warms up) on one thread while the web server starts on this one: on two cores that
    // takes the slower of the two instead of their sum before the first search can be answered.
    try (LedeSearcher searcher = LedeSearcher.openInBackground(o.index, searcherOptions);
        LedeServer server = LedeServer.start(searcher, new WebOptions(o.host, o.port, o.inputs, o.allowedHosts))) {
      searcher.awaitReady();
      serveUntilStopped(searcher.commitInfo().docCount(), "", o, server, out);
    }
    return 0;
  }

  /** Serves an archive from an OpenSearch alias: the same pages and API, searched by {@link OpenSearchSearcher}. */
  private static int serveOpenSearch(Options o, PrintStream out) throws InterruptedException {
    Pipelines.warmInBackground(false);
    try (OpenSearchSearcher searcher = OpenSearchSearcher.open(o.opensearch, SearcherOptions.DEFAULTS);
        LedeServer server = LedeServer.start(searcher, new WebOptions(o.host, o.port, List.of(), o.allowedHosts))) {
      serveUntilStopped(searcher.commitInfo().docCount(), " from OpenSearch alias " + o.opensearch.alias(), o,
          server, out);
    }
    return 0;
  }

  /** Says where the app is (the line scripts and the startup benchmark wait for), then runs until stopped. */
  private static void serveUntilStopped(int documents, String from, Options o, LedeServer server, PrintStream out)
      throws InterruptedException {
    String shown = o.host.equals("0.0.0.0") || o.host.equals("::") ? "localhost" : o.host;
    out.printf("Lede is serving %,d articles%s on http://%s:%d/ (Ctrl-C to stop)%n", documents, from,
        shown.contains(":") ? "[" + shown + "]" : shown, server.port());
    out.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "lede-serve-stop"));
    stop.await();
  }

  private static List<String> hosts(String list) {
    List<String> names = new ArrayList<>();
    for (String name : list.split(",")) {
      String n = name.strip();
      if (n.isEmpty() || !n.matches("[A-Za-z0-9.:\\[\\]-]+")) {
        throw new UsageException("--allowed-hosts takes host names separated by commas, got '"
            + CliText.printable(list) + "'");
      }
      names.add(n);
    }
    return List.copyOf(names);
  }

  /** Parsed arguments. */
  private static final class Options {
    Path index;
    final List<Path> inputs = new ArrayList<>();
    String host = WebOptions.DEFAULT_HOST;
    int port = WebOptions.DEFAULT_PORT;
    List<String> allowedHosts = List.of();
    int facetSample = dev.lede.search.QueryLimits.DEFAULT_FACET_SAMPLE;
    OpenSearchTarget opensearch;
    boolean help;

    static Options parse(List<String> args) {
      Options o = new Options();
      String url = null;
      String alias = null;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        switch (a) {
          case "-h", "--help" -> o.help = true;
          case "--index" -> o.index = Path.of(value(args, ++i, a));
          case "--input" -> o.inputs.add(Path.of(value(args, ++i, a)));
          case "--host" -> o.host = value(args, ++i, a);
          case "--port" -> o.port = port(value(args, ++i, a));
          case "--allowed-hosts" -> o.allowedHosts = hosts(value(args, ++i, a));
          case "--facet-sample" -> o.facetSample = count(value(args, ++i, a), a);
          case "--opensearch" -> url = value(args, ++i, a);
          case "--opensearch-index" -> alias = value(args, ++i, a);
          default -> throw new UsageException("unknown option '" + printable(a) + "'");
        }
      }
      if (url != null || alias != null) {
        if (url == null || alias == null) {
          throw new UsageException("--opensearch URL and --opensearch-index NAME go together");
        }
        if (o.index != null || !o.inputs.isEmpty()) {
          throw new UsageException("--opensearch serves the cluster's archive: no --index or --input (publish"
              + " with lede reindex --opensearch)");
        }
        try {
          o.opensearch = OpenSearchTarget.of(url, alias, System.getenv());
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
        return o;
      }
      if (o.index == null) {
        o.index = DEFAULT_INDEX;
        if (o.inputs.isEmpty()) {
          o.inputs.add(DEFAULT_INPUT);
        }
      }
      return o;
    }

    private static String value(List<String> args, int i, String option) {
      if (i >= args.size()) {
        throw new UsageException(option + " needs a value");
      }
      return args.get(i);
    }

    private static int count(String v, String option) {
      try {
        int n = Integer.parseInt(v);
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // below
      }
      throw new UsageException(option + " must be a number of at least 0, was '" + printable(v) + "'");
    }

    private static int port(String v) {
      try {
        int p = Integer.parseInt(v);
        if (p >= 0 && p <= 65_535) {
          return p;
        }
      } catch (NumberFormatException e) {
        // below
      }
      throw new UsageException("--port must be a number from 0 to 65535, was '" + printable(v) + "'");
    }

    private static String printable(String s) {
      String clipped = s.length() > 40 ? s.substring(0, 40) + "..." : s;
      return clipped.replaceAll("\\p{Cntrl}", "?");
    }
  }
}
