package dev.lede.web.cli;

import dev.lede.entity.EntityAnnotator;
import dev.lede.entity.InvalidOverridesException;
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

      Brings the index in --index up to date with the input directories: new files are added, changed ones
      replaced, deleted ones removed, unchanged ones skipped; everything is committed at once at the end. A run
      that fails or is killed leaves the previous index searchable. Documents of files that fail to read keep
      their previous version. A full rebuild (--full, a new index, or an index from another schema version)
      is built beside the old one and switched in atomically once complete and checked.

        --input DIR        a directory or file to index (repeat for several)
        --index DIR        the index home (created if missing); corrections to entities go in
                           DIR/entity-overrides.tsv (editing it makes the next run a full rebuild)
        --full             rebuild everything into a new generation
        --dry-run          report what would change, write nothing
        --report FILE      write the run report as JSON, on every exit (committed: false, exit_code and
                           failure_reason when the run failed; failing_since when it failed the same way before)
        --progress         show progress even when stderr is not a terminal
        --quiet            print nothing when the run succeeds (for cron: output means something is wrong)

      Exit codes:
        0  success
        1  the run failed; nothing was committed, the previous index is kept
        2  usage error
        3  committed, but some documents failed (listed on stderr and in the report)
        4  another reindex is running on this index; nothing was done
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
      boolean quiet) {}

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
    if (args.report() != null) {
      String problem = new ReportFile(args.report()).write(report, code, null, null);
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
    ReportFile file = args.report() == null ? null : new ReportFile(args.report());
    String since = file == null ? null : file.failingSince(reason);
    err.println("lede reindex: " + reason + "; " + consequence
        + (since == null ? "" : " (still failing since " + since + ")"));
    if (file != null) {
      String problem = file.write(report, code, reason, since);
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
        default -> throw new UsageException("unknown argument '" + CliText.printable(arg) + "'");
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("at least one --input DIR is needed");
    }
    if (index == null) {
      throw new UsageException("--index DIR is needed");
    }
    return new Args(inputs, index, full, dryRun, report, progress, quiet);
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
