package dev.lede.web.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The results of one run as markdown: title, machine, command, the targets with PASS/MISS, then the detail tables.
 * {@link #writeInto(Path)} replaces this run's section of a markdown file (sections are keyed by input and size) and
 * keeps everything else, so one file can hold a synthetic and a real-corpus run next to the prose around them.
 */
public final class BenchReport {
  private final String key;
  private final String title;
  private final String date;
  private final String machine;
  private final String command;
  private final List<Target> targets;
  private final List<Table> tables;

  /**
   * @param key section key, e.g. {@code synthetic-100000}
   * @param command the command line that produced it
   */
  BenchReport(String key, String title, String date, String machine, String command, List<Target> targets,
      List<Table> tables) {
    this.key = key;
    this.title = title;
    this.date = date;
    this.machine = machine;
    this.command = command;
    this.targets = List.copyOf(targets);
    this.tables = List.copyOf(tables);
  }

  List<Target> targets() {
    return targets;
  }

  List<Table> tables() {
    return tables;
  }

  /** Whether some target was missed. */
  public boolean missedAny() {
    return targets.stream().anyMatch(Target::missed);
  }

  public String markdown() {
    StringBuilder b = new StringBuilder();
    b.append(begin()).append('\n');
    b.append("### ").append(title).append("\n\n");
    b.append("- Date: ").append(date).append('\n');
    b.append("- Machine: ").append(machine).append('\n');
    b.append("- Command: `").append(command).append("`\n\n");
    Table.Builder t = new Table.Builder("Targets", "target", "goal", "measured", "status");
    targets.forEach(x -> t.row(x.name(), x.goal(), x.measured(), x.status()));
    b.append(t.build().markdown());
    tables.forEach(x -> b.append(x.markdown()));
    return b.append(end()).append('\n').toString();
  }

  /** Writes this run's section into the file, replacing an earlier section with the same key, else appending. */
  public void writeInto(Path file) throws IOException {
    String section = markdown();
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
    int from = text.indexOf(begin());
    int to = text.indexOf(end());
    String updated;
    if (from >= 0 && to > from) {
      int after = text.indexOf('\n', to);
      updated = text.substring(0, from) + section + (after < 0 ? "" : text.substring(after + 1));
    } else {
      updated = text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + section;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }

  private String begin() {
    return "<!-- lede-bench:begin " + key + " -->";
  }

  private String end() {
    return "<!-- lede-bench:end " + key + " -->";
  }
}
