package dev.lede.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.IndexHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills reindex runs in a separate JVM ({@code destroyForcibly}, i.e. SIGKILL) at random moments and checks after
 * each kill that the active generation passes CheckIndex, holds exactly the previous commit or exactly the new
 * archive (never a mix), and that the next run succeeds. It prints in which phase each kill landed. Cycles: {@code -Dlede.crash.cycles} (20 by default);
 * replay with {@code -Dlede.seed=N}.
 */
class CrashTest {
  private static final int FILES = 300;

  @TempDir Path tmp;

  @Test
  void killedRunsNeverLeaveABrokenOrHalfBuiltIndex() throws Exception {
    long seed = Long.getLong("lede.seed", System.nanoTime());
    int cycles = Integer.getInteger("lede.crash.cycles", 20);
    System.out.println("CrashTest seed " + seed + " (replay with -Dlede.seed=" + seed + "), cycles " + cycles);
    Random random = new Random(seed);
    Path in = tmp.resolve("in");
    Path home = tmp.resolve("home");
    Corpus.write(in, seed, FILES);
    Child first = child(home, in, false);
    assertEquals(0, first.process.waitFor(), "an uninterrupted run in a child JVM succeeds");
    long runMillis = first.millisSinceStarted();
    long fullMillis = runMillis;
    long incrementalMillis = runMillis / 2;
    Map<String, String> before = IndexState.indexed(home);
    assertEquals(IndexState.archive(List.of(in)), before);
    int[] versions = new int[FILES + cycles * 5];
    int next = FILES;
    int killedMidway = 0;
    Map<String, Integer> killedIn = new java.util.TreeMap<>();
    for (int cycle = 0; cycle < cycles; cycle++) {
      next = mutate(in, seed, random, versions, next);
      boolean full = cycle % 4 == 3;
      // Kill times spread over the length of the last uninterrupted run of the same kind, counted from the run's
      // first phase (after the child JVM has started), so kills land in the run's work, not in JVM start-up.
      // A little past the end too, so some runs finish and the durations stay current.
      long killAfter = (long) (random.nextDouble() * 1.25 * (full ? fullMillis : incrementalMillis));
      Child child = child(home, in, full);
      child.awaitStart();
      boolean finished = child.process.waitFor(killAfter, TimeUnit.MILLISECONDS);
      if (!finished) {
        child.process.destroyForcibly().waitFor();
        killedMidway++;
        killedIn.merge(child.phase.get(), 1, Integer::sum);
      } else {
        long took = child.millisSinceStarted();
        if (full) {
          fullMillis = took;
        } else {
          incrementalMillis = took;
        }
      }
      Map<String, String> archive = IndexState.archive(List.of(in));
      checkIndex(home);
      Map<String, String> after = IndexState.indexed(home);
      assertTrue(after.equals(before) || after.equals(archive), "cycle " + cycle + " (killed after " + killAfter
          + " ms, full=" + full + "): the index is neither the previous commit nor the new archive");
      ReindexReport report = new Reindexer(ReindexOptions.of(List.of(in), home)).run();
      assertTrue(report.committed(), "the run after a kill succeeds");
      before = IndexState.indexed(home);
      assertEquals(archive, before);
      assertEquals(List.of(IndexHome.open(home).current().orElseThrow()), IndexHome.open(home).generations(),
          "no half-built generation is left behind");
    }
    System.out.println("CrashTest: " + cycles + " cycles, " + killedMidway + " killed mid-run (in phase: " + killedIn
        + "), first build " + runMillis + " ms, last full " + fullMillis + " ms, last incremental "
        + incrementalMillis + " ms");
    if (cycles >= 8) {
      assertTrue(killedMidway >= cycles / 4, "too few kills landed in a run: " + killedMidway + " of " + cycles);
    }
  }

  /** Edits a few files, adds a few and deletes a few. */
  private static int mutate(Path in, long seed, Random random, int[] versions, int next) throws IOException {
    for (int i = 0; i < 10; i++) {
      int n = random.nextInt(next);
      if (Files.exists(Corpus.file(in, n))) {
        Corpus.write(in, seed, n, ++versions[n]);
      }
    }
    for (int i = 0; i < 2; i++) {
      Files.deleteIfExists(Corpus.file(in, random.nextInt(next)));
    }
    for (int i = 0; i < 4; i++) {
      Corpus.write(in, seed, next++, 0);
    }
    return next;
  }

  private static void checkIndex(Path home) throws IOException {
    Optional<Path> current = IndexHome.open(home).current();
    assertTrue(current.isPresent(), "the first build completed, so there is always an active generation");
    try (Directory dir = FSDirectory.open(current.get()); CheckIndex check = new CheckIndex(dir)) {
      assertTrue(check.checkIndex().clean, "CheckIndex on " + current.get());
    }
  }

  /** A reindex in a child JVM and the last phase it reported. */
  private static final class Child {
    final Process process;
    final java.util.concurrent.atomic.AtomicReference<String> phase =
        new java.util.concurrent.atomic.AtomicReference<>("JVM start");
    final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    volatile long startedNanos = System.nanoTime();

    Child(Process process) {
      this.process = process;
      Thread reader = new Thread(() -> {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
            java.nio.charset.StandardCharsets.UTF_8))) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("phase ")) {
              if (started.getCount() > 0) {
                startedNanos = System.nanoTime();
                started.countDown();
              }
              phase.set(line.substring("phase ".length()));
            }
          }
        } catch (IOException e) {
          // the child was killed: its output ends here
        } finally {
          started.countDown();
        }
      }, "crash-test-child-output");
      reader.setDaemon(true);
      reader.start();
    }

    void awaitStart() throws InterruptedException {
      assertTrue(started.await(2, TimeUnit.MINUTES), "the child reindex did not start");
    }

    long millisSinceStarted() {
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
  }

  private Child child(Path home, Path in, boolean full) throws IOException {
    ProcessBuilder builder = ReindexChild.command("run", home.toString(), in.toString(), full ? "full" : "inc");
    builder.redirectError(ProcessBuilder.Redirect.appendTo(tmp.resolve("child.log").toFile()));
    return new Child(builder.start());
  }
}
