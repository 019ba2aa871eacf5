package dev.lede.web.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a benchmark run does.
 *
 * @param articles archive size
 * @param corpus a real JSON Lines corpus to replicate up to {@code articles}, or null for the synthetic archive
 * @param seed seed of the synthetic archive, the corpus perturbation and the query choice
 * @param work directory for the archive and the indexes, or null for a fresh temporary one (deleted afterwards)
 * @param out markdown file to write the results into (its section for this run is replaced), or null
 * @param queries measured runs per query family
 * @param webSeconds measured seconds per web endpoint and client count
 * @param serveHeap {@code -Xmx} of the serving JVMs (queries, web, startup)
 * @param startupRuns how often {@code lede serve} is started to time its first search
 * @param workers extraction/entity threads of the pipeline
 * @param keep keep the work directory
 * @param inMemory hand the articles to the pipeline as in-memory records ({@code Reindexer.run(Stream)}) instead of
 *     writing an archive of files for it to read
 * @param opensearch also publish the built index to this OpenSearch alias and compare results pages there, or null
 * @param index an index home (or index folder) to measure as it is, or null to build one: with it, only the
 *     serving parts run (queries next to plain Lucene, the web app, batch search, startup), nothing is written into
 *     it, and {@code articles}, {@code corpus}, {@code workers} and {@code inMemory} do not apply
 */
public record BenchOptions(long articles, Path corpus, long seed, Path work, Path out, int queries,
    double webSeconds, String serveHeap, int startupRuns, int workers, boolean keep, boolean inMemory,
    dev.lede.opensearch.OpenSearchTarget opensearch, Path index) {
  /** Options that build the index they measure. */
  public BenchOptions(long articles, Path corpus, long seed, Path work, Path out, int queries, double webSeconds,
      String serveHeap, int startupRuns, int workers, boolean keep, boolean inMemory,
      dev.lede.opensearch.OpenSearchTarget opensearch) {
    this(articles, corpus, seed, work, out, queries, webSeconds, serveHeap, startupRuns, workers, keep, inMemory,
        opensearch, null);
  }

  public BenchOptions {
    if (index != null && (corpus != null || inMemory || opensearch != null)) {
      throw new IllegalArgumentException("an existing index is measured as it is: --index does not go with "
          + "--corpus, --in-memory or --opensearch");
    }
    if (articles < 100) {
      throw new IllegalArgumentException("articles must be at least 100, was " + articles);
    }
    if (queries < 10 || startupRuns < 1 || workers < 1 || workers > 64 || !(webSeconds > 0)) {
      throw new IllegalArgumentException("bad queries " + queries + ", startup runs " + startupRuns + ", workers "
          + workers + " or web seconds " + webSeconds);
    }
    Objects.requireNonNull(serveHeap, "serveHeap");
    if (!serveHeap.matches("[0-9]+[kmgKMG]?")) {
      throw new IllegalArgumentException("serve heap must look like 1g or 768m, was '" + serveHeap + "'");
    }
  }

  /** Defaults: a small synthetic archive, quick enough for a first look. */
  public static BenchOptions defaults() {
    return new BenchOptions(5_000, null, 42, null, dev.lede.web.cli.AppHome.resolve("docs", "benchmarks.md"), 200, 5, "1g", 3,
        Math.max(1, Runtime.getRuntime().availableProcessors()), false, false, null);
  }

  /** These options measuring an existing index instead of building one. */
  public BenchOptions withIndex(Path home) {
    return new BenchOptions(articles, corpus, seed, work, out, queries, webSeconds, serveHeap, startupRuns, workers,
        keep, inMemory, opensearch, home);
  }

  /** A short name of the input, e.g. {@code synthetic} or the corpus file name. */
  String inputName() {
    if (index != null) {
      Path name = index.toAbsolutePath().normalize().getFileName();
      return "index " + (name == null ? index : name);
    }
    return corpus == null ? "synthetic" : corpus.getFileName().toString();
  }
}
