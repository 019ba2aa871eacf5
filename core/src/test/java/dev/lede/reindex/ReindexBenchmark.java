package dev.lede.reindex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Full build vs unchanged-archive reindex on a generated corpus. Not a test (no timing assertions); run with
 * {@code java -cp <test classpath> dev.lede.reindex.ReindexBenchmark [files]}.
 */
public final class ReindexBenchmark {
  private ReindexBenchmark() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    Path dir = Files.createTempDirectory("lede-bench-");
    Path in = dir.resolve("in");
    Path home = dir.resolve("home");
    Corpus.write(in, 1, files);
    ReindexReport full = new Reindexer(ReindexOptions.of(List.of(in), home)).run();
    ReindexReport unchanged = new Reindexer(ReindexOptions.of(List.of(in), home)).run();
    long a = full.times().total().toMillis();
    long b = unchanged.times().total().toMillis();
    System.out.printf("files %d: full build %d ms (%s), unchanged reindex %d ms (%s), ratio %.1f%%%n", files, a,
        full.times(), b, unchanged.times(), 100.0 * b / a);
    IndexFiles.deleteTree(dir);
  }
}
