package dev.lede.web.bench;

import dev.lede.opensearch.OpenSearchPublisher;
import dev.lede.opensearch.OpenSearchSearcher;
import dev.lede.opensearch.OpenSearchTarget;
import dev.lede.opensearch.PublishReport;
import dev.lede.search.ArchiveSearcher;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearcherOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The same archive in an OpenSearch cluster: the publish of the built index (bulk, refresh, replicas, alias move)
 * next to the embedded full build, and the full results page (collapsed stories, every facet, histogram, three
 * snippets) on both backends, the same queries in the same run, alternating which goes first. On a one-machine
 * cluster this shows the behaviour and the cost of the network hop, not what a cluster of real machines does.
 */
final class ClusterBench {
  private static final int WARM_UP = 50;

  private ClusterBench() {}

  static RunResult run(IngestBench.Outcome ingest, OpenSearchTarget target, long seed, int queries,
      PrintStream log) throws IOException {
    log.println("bench: publishing the index to OpenSearch alias " + target.alias() + "...");
    long p0 = System.nanoTime();
    PublishReport published;
    try (OpenSearchPublisher publisher = new OpenSearchPublisher(target)) {
      published = publisher.publish(ingest.home(), true);
    }
    double publishSeconds = (System.nanoTime() - p0) / 1e9;
    double mb = ingest.textBytes() / 1e6;
    Table.Builder in = new Table.Builder("Scale-out: ingest into OpenSearch (" + published.index() + ", "
        + target.shards() + " shards, " + target.replicas() + " replicas)", "step", "seconds", "MB/s of text");
    in.row("embedded full build (pipeline + Lucene)", ingest.fullSeconds(), mb / ingest.fullSeconds());
    in.row("publish to OpenSearch (bulk, refresh, replicas, count check, alias)", publishSeconds,
        mb / publishSeconds);
    in.row("both: the archive searchable in the cluster", ingest.fullSeconds() + publishSeconds,
        mb / (ingest.fullSeconds() + publishSeconds));
    in.note(String.format(java.util.Locale.ROOT, "%,d documents published. Ratio of the two ingest paths: %.2fx"
        + " (cluster path / embedded build, MB/s).", published.docCount(),
        ingest.fullSeconds() / (ingest.fullSeconds() + publishSeconds)));

    QueryWorkload w = QueryWorkload.from(ingest.home(), seed);
    List<String> words = new ArrayList<>();
    words.addAll(w.middle());
    words.addAll(w.common());
    words.addAll(w.phrases().stream().map(p -> "\"" + p + "\"").toList());
    words.add("");
    log.printf("bench: results pages on both backends (%d queries, %d warm-up)...%n", queries, WARM_UP);
    Latencies embedded = new Latencies();
    Latencies cluster = new Latencies();
    long mismatched = 0;
    try (LedeSearcher local = LedeSearcher.open(ingest.home(), SearcherOptions.DEFAULTS);
        OpenSearchSearcher remote = OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS)) {
      for (int i = 0; i < WARM_UP; i++) {
        SearchRequest r = SearchRequest.of(words.get(i % words.size()));
        local.search(r);
        remote.search(r);
      }
      for (int i = 0; i < queries; i++) {
        SearchRequest r = SearchRequest.of(words.get(i % words.size()));
        boolean localFirst = i % 2 == 0;
        long a = time(localFirst ? local : remote, r);
        long b = time(localFirst ? remote : local, r);
        (localFirst ? embedded : cluster).add(a);
        (localFirst ? cluster : embedded).add(b);
        mismatched += local.count(r).totalHits() == remote.count(r).totalHits() ? 0 : 1;
      }
    }
    Table.Builder q = new Table.Builder("Scale-out: full results page, embedded index vs OpenSearch (same queries)",
        "backend", "p50 ms", "p99 ms", "p50 vs embedded");
    q.row("embedded (LedeSearcher)", embedded.percentileMs(50), embedded.percentileMs(99), 1.0);
    q.row("OpenSearch (OpenSearchSearcher)", cluster.percentileMs(50), cluster.percentileMs(99),
        cluster.percentileMs(50) / Math.max(1e-9, embedded.percentileMs(50)));
    q.note(queries + " searches each (middle and common terms, phrases, browse), the default request: stories"
        + " collapsed, every facet, histogram, 3 snippets. Totals that differed between the backends: " + mismatched
        + ". A page in OpenSearch is several requests (counts and facets, hits, documents with highlights, story"
        + " members), each a hop to the cluster.");
    return new RunResult(List.of(), List.of(in.build(), q.build()));
  }

  private static long time(ArchiveSearcher searcher, SearchRequest r) {
    long t0 = System.nanoTime();
    searcher.search(r);
    return System.nanoTime() - t0;
  }
}
