package dev.lede.web.bench;

import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import java.util.List;

/**
 * What a service that only needs ids saves: the same common-term queries as the app's full results page (ten
 * stories with snippets, every facet, the histogram) and as an ids-only search (ids, no facets, no snippets, no
 * stored article read), timed alternately in one JVM after a warm-up, so both see the same load.
 */
final class IdsOnlyBench {
  private IdsOnlyBench() {}

  static RunResult run(LedeSearcher searcher, QueryWorkload w, int iterations) {
    List<String> words = w.common();
    for (int i = 0; i < Math.max(20, iterations); i++) {
      searcher.search(full(at(words, i)));
      searcher.search(idsOnly(at(words, i)));
    }
    Latencies full = new Latencies();
    Latencies ids = new Latencies();
    int differ = 0;
    for (int i = 0; i < iterations; i++) {
      String q = at(words, i);
      long t0 = System.nanoTime();
      long fullTotal = searcher.search(full(q)).totalHits();
      full.add(System.nanoTime() - t0);
      long t1 = System.nanoTime();
      long idsTotal = searcher.search(idsOnly(q)).totalHits();
      ids.add(System.nanoTime() - t1);
      differ += fullTotal == idsTotal ? 0 : 1;
    }
    double ratio = full.percentileMs(50) / Math.max(1e-9, ids.percentileMs(50));
    Table.Builder t = new Table.Builder("Ids-only search (LedeSearcher, common terms, one thread, after warm-up)",
        "request", "p50 ms", "p99 ms", "full page p50 / this p50");
    t.row("full results page (app defaults)", full.percentileMs(50), full.percentileMs(99), "1.00");
    t.row("ids only (no facets, snippets or stored article)", ids.percentileMs(50), ids.percentileMs(99), ratio);
    t.note(iterations + " common-term queries, each run both ways in turn; both count the same stories"
        + (differ == 0 ? "." : " except in " + differ + " queries."));
    return new RunResult(List.of(Target.atLeast("ids-only search vs full results page, common term", ratio, 3, "x",
        "")), List.of(t.build()));
  }

  private static SearchRequest full(String q) {
    return SearchRequest.builder().query(q).build();
  }

  private static SearchRequest idsOnly(String q) {
    return SearchRequest.builder().query(q).idsOnly(true).snippets(0).facetLimit(0).build();
  }

  private static String at(List<String> words, int i) {
    return words.get(Math.floorMod(i, words.size()));
  }
}
