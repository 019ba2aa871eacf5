package dev.lede.web.cli;

import dev.lede.search.IndexUnavailableException;
import dev.lede.search.InvalidQueryException;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code lede alert}: for cron, the articles added to each saved search since its last run (see {@link #USAGE}).
 * Exit codes follow {@link ReindexCommand}'s.
 */
public final class AlertCommand implements Command {
  /** Every search ran and the state was saved. */
  public static final int EXIT_OK = 0;
  /** Nothing was reported and the state is unchanged (or, when it could not be saved, stale). */
  public static final int EXIT_FAILED = 1;
  /** Wrong command line. */
  public static final int EXIT_USAGE = 2;
  /** Some lines or searches were bad (listed on stderr); the others ran and their state was saved. */
  public static final int EXIT_PARTIAL = 3;
  /** Another {@code lede alert} is using this state file; this run did nothing. */
  public static final int EXIT_LOCKED = 4;
  static final int DEFAULT_MAX = 100;
  static final int MAX_MAX = 10_000;
  /** Beside the searches file unless --state says otherwise: one state per list of searches. */
  static final String STATE_SUFFIX = ".state.json";

  static final String USAGE = """
      usage: lede alert --searches FILE [--state FILE] [--index DIR] [--json] [--max N] [--all-on-first-run]
                        [--base-url URL] [--quiet]

      Prints, per saved search, the articles added to its results since its last run, newest first, and records
      this run in the state file. An article is new to a search when it matches now and did not at the last run
      (added to the archive, or changed so that it matches). A search's first run records its matches as the
      baseline and lists nothing. The state is saved after printing: if a run dies in between, the next one lists
      the same articles again rather than none.

        --searches FILE    one saved search a line: NAME<TAB>SEARCH or just SEARCH, where SEARCH is the address of
                           a search page (http://host/?q=...&source=...), its query string (q=kherson&from=2022-11-01)
                           or the part from / or ?; blank lines and lines starting with # are skipped
        --state FILE       where the runs are remembered (default: the searches file's name + .state.json)
        --index DIR        the index home (default .lede/index, as lede serve)
        --json             one JSON document instead of text (keys in README.md)
        --max N            list at most N new articles per search, then count the rest (default 100)
        --all-on-first-run list every followed match on a search's first run instead of only recording them
        --base-url URL     where the app is served, for absolute article links (https://lede.example.org)
        --quiet            print only the searches with new articles (for cron: no news, no mail)

      Exit codes:
        0  success
        1  failed: nothing reported and the state unchanged (no index, unreadable searches or state file), or
           the state could not be saved (the same articles are listed again next time)
        2  usage error
        3  some lines or searches were bad (listed on stderr); the others ran and were recorded
        4  another lede alert is using this state file; nothing was done
      """;

  public AlertCommand() {}

  @Override
  public String name() {
    return "alert";
  }

  @Override
  public String summary() {
    return "list the articles added to saved searches since the last run (for cron)";
  }

  private record Args(Path searches, Path state, Path index, boolean json, int max, boolean allOnFirstRun,
      String baseUrl, boolean quiet) {}

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws IOException {
    if (argv.contains("-h") || argv.contains("--help")) {
      out.print(USAGE);
      return EXIT_OK;
    }
    Args args = parse(argv); // a UsageException goes to the launcher, which prints it and exits with EXIT_USAGE
    SearchesFile searches;
    try {
      searches = SearchesFile.read(args.searches());
    } catch (IOException e) {
      return failed("cannot read the searches file " + args.searches() + ": " + readReason(e), err);
    }
    try (FileChannel channel = FileChannel.open(Path.of(args.state() + ".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        err.println("lede alert: another lede alert is using " + args.state() + "; nothing was done");
        return EXIT_LOCKED;
      }
      try (lock) {
        return locked(args, searches, out, err);
      }
    } catch (IOException e) {
      err.println("lede alert: cannot lock the state file " + args.state() + ": " + AtomicFile.reason(e));
      return EXIT_FAILED;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this JVM
    }
  }

  private static int locked(Args args, SearchesFile searches, PrintStream out, PrintStream err)
      throws IOException {
    AlertState state;
    try {
      state = AlertState.read(args.state());
    } catch (AlertState.CorruptException e) {
      return failed("the state file " + args.state() + " cannot be used: " + e.getMessage() + "; nothing was"
          + " reported. Repair it, or move it away to start every search again from a new baseline", err);
    } catch (IOException e) {
      return failed("cannot read the state file " + args.state() + ": " + readReason(e), err);
    }
    Instant now = Instant.now();
    List<AlertRun.Outcome> outcomes = new ArrayList<>();
    List<SearchesFile.Problem> problems = new ArrayList<>(searches.problems());
    long documents;
    SearcherOptions options = SearcherOptions.DEFAULTS; // name variants included, as lede serve searches
    try (LedeSearcher searcher = LedeSearcher.open(args.index(), options)) {
      documents = searcher.commitInfo().docCount();
      AlertRun run = new AlertRun(searcher, state, args.max(), args.allOnFirstRun(), now);
      for (SearchesFile.Saved saved : searches.searches()) {
        try {
          outcomes.add(run.run(saved));
        } catch (InvalidQueryException e) {
          problems.add(new SearchesFile.Problem(saved.line(), saved.name(), e.getMessage()));
        }
      }
    } catch (IndexUnavailableException e) {
      return failed("no index to search at " + args.index() + " (lede reindex --index DIR builds one)", err);
    }
    problems.sort(java.util.Comparator.comparingInt(SearchesFile.Problem::line));
    int code = problems.isEmpty() ? EXIT_OK : EXIT_PARTIAL;
    AlertOutput output = new AlertOutput(args.baseUrl(), args.quiet());
    if (args.json()) {
      out.println(output.json(now, documents, outcomes, problems, code));
    } else {
      output.text(outcomes, out);
    }
    out.flush();
    for (SearchesFile.Problem p : problems) {
      err.println("lede alert: " + args.searches() + " line " + p.line() + ": " + CliText.printable(p.reason(), 300));
    }
    state.retainOnly(searches.names());
    try {
      state.write(args.state());
    } catch (IOException e) {
      return failed("could not save the state file " + args.state() + ": " + AtomicFile.reason(e)
          + "; the same articles will be listed again next time", err);
    }
    return code;
  }

  private static String readReason(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "it does not exist" : AtomicFile.reason(e);
  }

  private static int failed(String reason, PrintStream err) {
    err.println("lede alert: " + reason);
    return EXIT_FAILED;
  }

  private static Args parse(List<String> argv) {
    Path searches = null;
    Path state = null;
    Path index = ServeCommand.DEFAULT_INDEX;
    boolean json = false;
    int max = DEFAULT_MAX;
    boolean allOnFirstRun = false;
    String baseUrl = null;
    boolean quiet = false;
    Iterator<String> it = argv.iterator();
    while (it.hasNext()) {
      String arg = it.next();
      switch (arg) {
        case "--searches" -> searches = Path.of(ReindexCommand.value(arg, it));
        case "--state" -> state = Path.of(ReindexCommand.value(arg, it));
        case "--index" -> index = Path.of(ReindexCommand.value(arg, it));
        case "--json" -> json = true;
        case "--max" -> max = max(ReindexCommand.value(arg, it));
        case "--all-on-first-run" -> allOnFirstRun = true;
        case "--base-url" -> baseUrl = baseUrl(ReindexCommand.value(arg, it));
        case "--quiet" -> quiet = true;
        default -> throw new UsageException("unknown argument '" + CliText.printable(arg) + "'");
      }
    }
    if (searches == null) {
      throw new UsageException("--searches FILE is needed");
    }
    if (state == null) {
      state = searches.resolveSibling(searches.getFileName() + STATE_SUFFIX);
    }
    return new Args(searches, state, index, json, max, allOnFirstRun, baseUrl, quiet);
  }

  private static int max(String v) {
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1 && n <= MAX_MAX) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new UsageException("--max must be a number from 1 to " + MAX_MAX + ", was '" + CliText.printable(v) + "'");
  }

  private static String baseUrl(String v) {
    if (!v.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
      throw new UsageException("--base-url must be an http:// or https:// address, was '" + CliText.printable(v)
          + "'");
    }
    return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
  }
}
