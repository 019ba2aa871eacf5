package dev.lede.web.cli;

import dev.lede.reindex.ReindexCounts;
import dev.lede.reindex.ReindexReport;
import java.io.PrintStream;
import java.util.Locale;

/** The few lines {@code lede reindex} prints when it ends, for a cron mail or a terminal. */
final class Summary {
  private Summary() {}

  static void print(ReindexReport r, PrintStream out) {
    ReindexCounts c = r.counts();
    String what = r.dryRun() ? "dry run, nothing written"
        : r.committed() ? "committed " + (r.generation() == null ? "" : r.generation().getFileName())
            + " (commit " + r.commitGeneration() + ")" : "nothing committed";
    out.printf(Locale.ROOT, "lede reindex: %s (%s), %s%n", r.mode().name().toLowerCase(Locale.ROOT),
        r.modeReason(), what);
    out.printf(Locale.ROOT, "  read %d  added %d  updated %d  deleted %d  unchanged %d  failed %d  kept %d%n",
        c.read(), c.added(), c.updated(), c.deleted(), c.unchanged(), c.failed(), c.retained());
    out.printf(Locale.ROOT, "  index: %d documents, %.1f MB; took %.1f s%n", r.documentsInIndex(),
        r.indexSizeBytes() / 1e6, r.times().total().toMillis() / 1000.0);
  }

  static void print(dev.lede.opensearch.PublishReport p, PrintStream out) {
    out.printf(Locale.ROOT, "lede reindex: published to OpenSearch alias %s -> %s, %s (%s)%n", p.alias(), p.index(),
        p.full() ? "full" : "incremental", p.reason());
    out.printf(Locale.ROOT, "  written %d  deleted %d  unchanged %d  refused %d; %d documents; took %.1f s%n",
        p.indexed(), p.deleted(), p.unchanged(), p.failures().size(), p.docCount(), p.took().toMillis() / 1000.0);
  }
}
