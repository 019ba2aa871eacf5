package dev.lede.web.bench;

import dev.lede.extract.ExtractionException;
import dev.lede.extract.Extractor;
import dev.lede.ingest.DocumentSink;
import dev.lede.ingest.IngestFailure;
import dev.lede.ingest.IngestOptions;
import dev.lede.ingest.Ingester;
import dev.lede.ingest.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Extraction time per article: the pipeline's stage time is a sum over workers, which says nothing of the typical
 * article, so this part times the real {@link Extractor} on each of the first articles of the archive, one thread,
 * after a warm-up pass over the same articles, and reports the distribution.
 */
final class ExtractBench {
  static final int ARTICLES = 2_000;
  private static final int TIMED_PASSES = 3;

  private ExtractBench() {}

  static RunResult run(Path archive) throws IOException {
    List<SourceDocument> docs = firstDocuments(archive, ARTICLES);
    Extractor extractor = new Extractor();
    for (SourceDocument doc : docs) {
      extractQuietly(extractor, doc);
    }
    // Each article's time is its fastest of a few passes: the machine is shared, and a GC pause or a neighbour's
    // burst is not the extractor's cost.
    long[] best = new long[docs.size()];
    Arrays.fill(best, Long.MAX_VALUE);
    for (int pass = 0; pass < TIMED_PASSES; pass++) {
      for (int i = 0; i < docs.size(); i++) {
        long t0 = System.nanoTime();
        extractQuietly(extractor, docs.get(i));
        best[i] = Math.min(best[i], System.nanoTime() - t0);
      }
    }
    Arrays.sort(best);
    double median = ms(best, 0.5);
    Table.Builder t = new Table.Builder("Extraction per article (one thread, after a warm-up pass)", "measure",
        "ms");
    t.row("median", median);
    t.row("p90", ms(best, 0.9));
    t.row("p99", ms(best, 0.99));
    t.row("max", ms(best, 1.0));
    t.row("mean", Arrays.stream(best).average().orElse(0) / 1e6);
    t.note("The first " + docs.size() + " articles of the archive, each timed " + TIMED_PASSES + " times; an "
        + "article's time is its fastest pass.");
    return new RunResult(List.of(Target.atMost("extraction per article, median", median, 3, "ms", "")),
        List.of(t.build()));
  }

  private static void extractQuietly(Extractor extractor, SourceDocument doc) {
    try {
      extractor.extract(doc);
    } catch (ExtractionException e) {
      // A page without an article costs its time like any other; the pipeline counts it as a failure.
    }
  }

  private static double ms(long[] sorted, double q) {
    int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    return sorted[i] / 1e6;
  }

  private static List<SourceDocument> firstDocuments(Path archive, int limit) throws IOException {
    List<SourceDocument> docs = new ArrayList<>(limit);
    // The ingester streams the whole archive; stopping it early is an unchecked signal caught right here.
    final class Enough extends RuntimeException {
      Enough() {
        super(null, null, false, false);
      }
    }
    try {
      new Ingester(IngestOptions.defaults()).ingest(List.of(archive), new DocumentSink() {
        @Override
        public void document(SourceDocument doc) {
          docs.add(doc);
          if (docs.size() >= limit) {
            throw new Enough();
          }
        }

        @Override
        public void failure(IngestFailure failure) {}
      });
    } catch (Enough e) {
      // the sample is complete
    }
    return docs;
  }
}
