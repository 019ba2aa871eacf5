package dev.lede.web.cli;

import dev.lede.entity.EntityAnnotator;
import dev.lede.entity.InvalidOverridesException;
import dev.lede.opensearch.OpenSearchFailedException;
import dev.lede.opensearch.OpenSearchPublisher;
import dev.lede.opensearch.OpenSearchTarget;
import dev.lede.opensearch.PublishReport;
import dev.lede.reindex.ProgressListener;
import dev.lede.reindex.ReindexFailedException;
import dev.lede.reindex.ReindexLockedException;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.ReindexReport;
import dev.lede.reindex.Reindexer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** {@code lede reindex}: brings an index up to date with an archive; meant for cron (see {@link #USAGE}). */
public final class ReindexCommand implements Command {
  /** Success: committed, no document failed. */
  public static final int EXIT_OK = 0;
  /** The run failed; nothing was committed and the previous index is still searched. */
  public static final int EXIT_FAILED = 1;
  /** Wrong command line. */
  public static final int EXIT_USAGE = 2;
  /** Committed, but some documents failed (listed on stderr and in the report); their old versions stay. */
  public static final int EXIT_PARTIAL = 3;
  /** Another reindex holds this index; this run did nothing. */
  public static final int EXIT_LOCKED = 4;

  static final String USAGE = """
      usage: lede reindex --input DIR [--input DIR ...] --index DIR [--full] [--dry-run] [--report FILE.json]
                          [--progress] [--quiet]
             lede reindex --input DIR [--input DIR ...] --opensearch URL --opensearch-index NAME [--index DIR]
                          [--opensearch-shards N] [--opensearch-replicas N] [--full] [--report FILE.json] ...

      Brings the index in --index up to date with the input directories: new files are added, changed ones
      replaced, deleted ones removed, unchanged ones skipped; everything is committed at once at the end. A run
      that fails or is killed leaves the previous index searchable. Documents of files that fail to read keep
      their previous version. A full rebuild (--full, a new index, or an index from another schema version,
      extraction rules or entity configuration, as after an upgrade of Lede) is built beside the old one and
      switched in atomically once complete and checked.

        --input DIR        a directory or file to index (repeat for several)
        --index DIR        the index home (created if missing); corrections to entities go in
                           DIR/entity-overrides.tsv (editing it makes the next run a full rebuild)
        --full             rebuild everything into a new generation
        --dry-run          report what would change, write nothing
        --report FILE      write the run report as JSON, on every exit (committed: false, exit_code and
                           failure_reason when the run failed; failing_since when it failed the same way before)
        --progress         show progress even when stderr is not a terminal
        --quiet            print nothing when the run succeeds (for cron: output means something is wrong)

      OpenSearch (for archives that outgrow one machine): the run updates the local index as above (with
      --opensearch, --index defaults to .lede/opensearch/NAME), then publishes it to the cluster behind the
      alias NAME. A full rebuild (--full, a new alias, another schema) loads a new index NAME-gen-N and moves
      the alias to it atomically once its count checks out, then deletes the older generations; otherwise only
      the documents that differ are written and those gone are deleted. A failed publish leaves the alias where
      it was. Credentials come from LEDE_OPENSEARCH_USER and LEDE_OPENSEARCH_PASSWORD, never the command line.

        --opensearch URL   the cluster's address (http://host:9200 or https://...; several, comma-separated)
        --opensearch-index NAME      the alias to publish to
        --opensearch-shards N        primary shards of a new generation (default 1)
        --opensearch-replicas N      replicas of a new generation (default 1; 0 on a single node)

      Exit codes:
        0  success
        1  the run failed; nothing was committed, the previous index is kept
        2  usage error
        3  committed, but some documents failed (listed on stderr and in the report)
        4  another reindex is running on this index; nothing was done
      With --opensearch, 1 also when publishing failed (the local index was committed, the alias is unchanged;
      the next run publishes again) and 3 when the cluster refused some documents.
      """;
  private static final int LISTED_FAILURES = 20;

  public ReindexCommand() {}

  @Override
  public String name() {
    return "reindex";
  }

  @Override
  public String summary() {
    return "update an index from input directories (incremental, atomic; for cron)";
  }

  private record Args(List<Path> inputs, Path index, boolean full, boolean dryRun, Path report, boolean progress,
      boolean quiet, OpenSearchTarget opensearch) {}

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws IOException {
    if (argv.contains("-h") || argv.contains("--help")) {
      out.print(USAGE);
      return EXIT_OK;
    }
    Args args;
    try {
      args = parse(argv);
    } catch (UsageException e) {
      err.println("lede reindex: " + e.getMessage());
      err.print(USAGE);
      reportUsageError(argv, e.getMessage(), err);
      return EXIT_USAGE;
    }
    Instant startedAt = Instant.now();
    EntityAnnotator entities;
    try {
      entities = ReindexOptions.entitiesFor(args.index());
    } catch (IOException | InvalidOverridesException e) {
      String reason = "the entity overrides file cannot be used: " + CliText.printable(e.getMessage());
      ReindexOptions asked = ReindexOptions.of(args.inputs(), args.index(), EntityAnnotator.bundled())
          .withFull(args.full()).withDryRun(args.dryRun());
      return failed(args, ReindexReport.notRun(asked, startedAt), EXIT_FAILED, reason, "nothing was done", err);
    }
    // The library's defaults are the command's: one definition of how an index is built.
    ReindexOptions options = ReindexOptions.of(args.inputs(), args.index(), entities)
        .withFull(args.full()).withDryRun(args.dryRun());
    boolean showProgress = args.progress() || (onTerminal() && !args.quiet());
    ProgressListener listener = showProgress ? new ProgressLine(err) : ProgressListener.NONE;
    ReindexReport report;
    try {
      report = new Reindexer(options).run(listener);
    } catch (ReindexLockedException e) {
      ProgressLine.end(listener);
      return failed(args, ReindexReport.notRun(options, startedAt), EXIT_LOCKED,
          "another reindex is running on this index", "nothing was done; try again when it ends", err);
    } catch (ReindexFailedException e) {
      ProgressLine.end(listener);
      return failed(args, e.partialReport().orElseGet(() -> ReindexReport.notRun(options, startedAt)),
          EXIT_FAILED, e.reason(), "nothing committed; the previous index is kept", err);
    }
    ProgressLine.end(listener);
    if (!args.quiet() || report.hasFailures()) {
      Summary.print(report, out);
    }
    listFailures(report, args.report() != null, err);
    int code = report.hasFailures() ? EXIT_PARTIAL : EXIT_OK;
    Map<String, Object> published = null;
    if (args.opensearch() != null && args.dryRun() && !args.quiet()) {
      out.println("lede reindex: dry run, nothing published to OpenSearch");
    }
    if (args.opensearch() != null && !args.dryRun()) {
      if (showProgress) {
        err.println("lede reindex: publishing to OpenSearch alias " + args.opensearch().alias() + "...");
      }
      try (OpenSearchPublisher publisher = new OpenSearchPublisher(args.opensearch())) {
        PublishReport p = publisher.publish(args.index(), args.full());
        published = Map.of(OPENSEARCH_KEY, publishJson(p));
        if (!args.quiet() || p.hasFailures()) {
          Summary.print(p, out);
        }
        p.failures().stream().limit(LISTED_FAILURES).forEach(f -> err.println("OpenSearch refused "
            + CliText.printable(f, 2000)));
        if (p.hasFailures()) {
          code = EXIT_PARTIAL;
        }
      } catch (OpenSearchFailedException | IOException e) {
        String reason = "publishing to OpenSearch failed: " + CliText.printable(String.valueOf(e.getMessage()), 400);
        return failed(args, report, EXIT_FAILED, reason, "the local index was committed and the alias "
            + args.opensearch().alias() + " is unchanged; the next run publishes again",
            Map.of(OPENSEARCH_KEY, Map.of("alias", args.opensearch().alias(), "published", false)), err);
      }
    }
    if (args.report() != null) {
      String problem = new ReportFile(args.report()).write(report, code, null, null, published);
      if (problem != null) {
        err.println("lede reindex: could not write the report " + args.report() + ": " + problem);
        return report.committed() ? EXIT_PARTIAL : EXIT_FAILED;
      }
    }
    return code;
  }

  /**
   * A run that failed as a whole: one line on stderr with the reason in our words (and since when, when the report
   * shows the same failure the night before), and the report file written with {@code committed: false}.
   */
  private static int failed(Args args, ReindexReport report, int code, String reason, String consequence,
      PrintStream err) {
    return failed(args, report, code, reason, consequence, null, err);
  }

  private static int failed(Args args, ReindexReport report, int code, String reason, String consequence,
      Map<String, Object> more, PrintStream err) {
    ReportFile file = args.report() == null ? null : new ReportFile(args.report());
    String since = file == null ? null : file.failingSince(reason);
    err.println("lede reindex: " + reason + "; " + consequence
        + (since == null ? "" : " (still failing since " + since + ")"));
    if (file != null) {
      String problem = file.write(report, code, reason, since, more);
      if (problem != null) {
        err.println("lede reindex: could not write the report " + args.report() + ": " + problem);
      }
    }
    return code;
  }

  /** A usage error still writes the report when the command line names one, so cron's report shows it. */
  private static void reportUsageError(List<String> argv, String message, PrintStream err) {
    int at = argv.lastIndexOf("--report");
    if (at < 0 || at + 1 >= argv.size() || argv.get(at + 1).isBlank() || argv.get(at + 1).startsWith("--")) {
      return;
    }
    ReportFile file;
    try {
      file = new ReportFile(Path.of(argv.get(at + 1)));
    } catch (java.nio.file.InvalidPathException e) {
      return;
    }
    String reason = "usage error: " + CliText.printable(message);
    String problem = file.writeUsageError(EXIT_USAGE, reason, file.failingSince(reason));
    if (problem != null) {
      err.println("lede reindex: could not write the report " + file.path() + ": " + problem);
    }
  }

  private static Args parse(List<String> argv) {
    List<Path> inputs = new ArrayList<>();
    Path index = null;
    Path report = null;
    boolean full = false;
    boolean dryRun = false;
    boolean progress = false;
    boolean quiet = false;
    String opensearch = null;
    String alias = null;
    int shards = 1;
    int replicas = 1;
    Iterator<String> it = argv.iterator();
    while (it.hasNext()) {
      String arg = it.next();
      switch (arg) {
        case "--input" -> inputs.add(Path.of(value(arg, it)));
        case "--index" -> index = Path.of(value(arg, it));
        case "--report" -> report = Path.of(value(arg, it));
        case "--full" -> full = true;
        case "--dry-run" -> dryRun = true;
        case "--progress" -> progress = true;
        case "--quiet" -> quiet = true;
        case "--opensearch" -> opensearch = value(arg, it);
        case "--opensearch-index" -> alias = value(arg, it);
        case "--opensearch-shards" -> shards = count(arg, value(arg, it), 1);
        case "--opensearch-replicas" -> replicas = count(arg, value(arg, it), 0);
        default -> throw new UsageException("unknown argument '" + CliText.printable(arg) + "'");
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("at least one --input DIR is needed");
    }
    OpenSearchTarget target = null;
    if (opensearch != null || alias != null) {
      if (opensearch == null || alias == null) {
        throw new UsageException("--opensearch URL and --opensearch-index NAME go together");
      }
      try {
        target = OpenSearchTarget.of(opensearch, alias, System.getenv()).withLayout(shards, replicas);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (index == null) {
        index = AppHome.resolve(".lede", "opensearch", alias);
      }
    } else if (shards != 1 || replicas != 1) {
      throw new UsageException("--opensearch-shards and --opensearch-replicas need --opensearch");
    }
    if (index == null) {
      throw new UsageException("--index DIR is needed");
    }
    return new Args(inputs, index, full, dryRun, report, progress, quiet, target);
  }

  private static int count(String option, String value, int min) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= 1000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    throw new UsageException(option + " needs a whole number from " + min + " to 1000");
  }

  static final String OPENSEARCH_KEY = "opensearch";

  /** The report file's {@code opensearch} object. */
  static Map<String, Object> publishJson(PublishReport p) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("published", true);
    m.put("alias", p.alias());
    m.put("index", p.index());
    m.put("mode", p.full() ? "full" : "incremental");
    m.put("mode_reason", p.reason());
    m.put("indexed", p.indexed());
    m.put("deleted", p.deleted());
    m.put("unchanged", p.unchanged());
    m.put("documents", p.docCount());
    m.put("failures", p.failures());
    m.put("removed_indices", p.removedIndices());
    m.put("took_ms", p.took().toMillis());
    return m;
  }

  /** The value after an option; a missing, blank or option-like value is a usage error. */
  static String value(String option, Iterator<String> it) {
    if (!it.hasNext()) {
      throw new UsageException(option + " needs a value");
    }
    String value = it.next();
    if (value.isBlank() || value.startsWith("--")) {
      throw new UsageException(option + " needs a value, got '" + CliText.printable(value) + "'");
    }
    return value;
  }

  private static void listFailures(ReindexReport report, boolean reportFile, PrintStream err) {
    report.failures().stream().limit(LISTED_FAILURES)
        .forEach(f -> err.println(CliText.printable(f.toString(), 2000)));
    int more = report.failures().size() - LISTED_FAILURES;
    if (more > 0) {
      err.println("... and " + more + " more failures " + (reportFile ? "(all of them are in the --report file)"
          : "(--report FILE.json lists all of them)"));
    }
  }

  /**
   * Whether a person is watching: a console that is a terminal. From JDK 22 {@code System.console()} is not null
   * when output is redirected (cron), so {@code Console.isTerminal()} decides where it exists.
   */
  static boolean onTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only on a terminal
    }
  }
}
