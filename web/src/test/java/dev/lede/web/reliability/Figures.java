package dev.lede.web.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;

/**
 * The figures a reliability test measured: printed (so a CI log shows them) and appended to
 * {@code target/reliability-figures.txt} (so docs/reliability.md can be brought up to date from the latest run).
 */
final class Figures {
  static final Path FILE = Path.of("target", "reliability-figures.txt");

  private Figures() {}

  static void report(String promise, String figures) {
    String line = Instant.now() + " [" + promise + "] " + figures;
    System.out.println("[lede-reliability] " + line);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.out.println("[lede-reliability] could not append to " + FILE + ": " + e);
    }
  }

  /** The seed of a randomised test: {@code -Dlede.seed=N} replays a run, otherwise a fresh one is printed. */
  static long seed() {
    String given = System.getProperty("lede.seed");
    return given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
  }

  /** Latencies in nanoseconds, summarised in milliseconds. */
  record Latency(int count, double p50, double p99, double max) {
    static Latency of(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      if (sorted.length == 0) {
        return new Latency(0, 0, 0, 0);
      }
      return new Latency(sorted.length, ms(sorted[(int) ((sorted.length - 1) * 0.50)]),
          ms(sorted[(int) ((sorted.length - 1) * 0.99)]), ms(sorted[sorted.length - 1]));
    }

    private static double ms(long nanos) {
      return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms", p50, p99, max);
    }
  }
}
