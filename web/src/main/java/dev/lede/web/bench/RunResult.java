package dev.lede.web.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Targets and tables of a benchmark part; the serving part is produced in a forked JVM and sent back as JSON.
 *
 * @param targets the targets checked
 * @param tables the detail tables
 */
record RunResult(List<Target> targets, List<Table> tables) {
  RunResult {
    targets = List.copyOf(targets);
    tables = List.copyOf(tables);
  }

  RunResult plus(RunResult other) {
    List<Target> t = new ArrayList<>(targets);
    t.addAll(other.targets);
    List<Table> tb = new ArrayList<>(tables);
    tb.addAll(other.tables);
    return new RunResult(t, tb);
  }
}
