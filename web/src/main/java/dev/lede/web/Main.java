package dev.lede.web;

import dev.lede.web.cli.Command;
import dev.lede.web.cli.UsageException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code lede} command-line launcher: picks a subcommand, runs it, exits with its code. */
public final class Main {
  static final int EXIT_USAGE = 2;

  /** Held so the level sticks: java.util.logging keeps loggers weakly. Lucene reports its SIMD set-up at INFO. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  /**
   * Lucene warns when the vector module is missing; the launcher leaves it out of the batch commands (reindex,
   * extract) on purpose, so their stderr stays empty for cron and pipes unless something is wrong.
   */
  private static final java.util.logging.Logger VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the launcher without exiting, for tests. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, Command> commands = commands();
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
      usage(commands, args.length == 0 ? err : out);
      return args.length == 0 ? EXIT_USAGE : 0;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      err.println("lede: unknown command '" + printable(args[0]) + "'");
      usage(commands, err);
      return EXIT_USAGE;
    }
    try {
      return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), out, err);
    } catch (UsageException e) {
      err.println("lede " + command.name() + ": " + e.getMessage());
      return EXIT_USAGE;
    } catch (Exception e) {
      err.println("lede " + command.name() + ": failed: " + e);
      return 1;
    }
  }

  private static Map<String, Command> commands() {
    Map<String, Command> commands = new LinkedHashMap<>();
    for (Command c : List.<Command>of(
        new dev.lede.web.cli.ServeCommand(),
        new dev.lede.web.cli.ReindexCommand(),
        new dev.lede.web.cli.AlertCommand(),
        new dev.lede.web.cli.ExtractCommand(),
        new dev.lede.web.cli.EvalEntitiesCommand(),
        new dev.lede.web.cli.TrainEntitiesCommand(),
        new dev.lede.web.cli.TrainClustersCommand(),
        new dev.lede.web.cli.EvalExtractCommand(),
        new dev.lede.web.cli.EntityBenchCommand(),
        new dev.lede.web.cli.BenchCommand())) {
      commands.put(c.name(), c);
    }
    return commands;
  }

  private static void usage(Map<String, Command> commands, PrintStream to) {
    to.println("usage: lede <command> [options]");
    to.println();
    commands.values().forEach(c -> to.printf("  %-15s %s%n", c.name(), c.summary()));
    to.println();
    to.println("Run 'lede <command> --help' for the options of a command.");
  }

  /** Keeps control characters of user input out of the terminal. */
  static String printable(String s) {
    String clipped = s.length() > 80 ? s.substring(0, 80) + "..." : s;
    return clipped.replaceAll("\\p{Cntrl}", "?");
  }
}
