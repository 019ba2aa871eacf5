package dev.lede.web.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the {@code lede} launcher. Returns its exit code; only {@code Main} exits the JVM. */
public interface Command {
  /** The word that selects this command, e.g. {@code extract}. */
  String name();

  /** One line for the usage text. */
  String summary();

  /**
   * Runs the command.
   *
   * @return the process exit code (0 success, 2 usage error; other codes as each command documents)
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
