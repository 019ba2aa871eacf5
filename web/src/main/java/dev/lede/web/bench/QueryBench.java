package dev.lede.web.bench;

import static dev.lede.web.bench.QueryWorkload.at;

import dev.lede.search.Dimension;
import dev.lede.search.FacetValue;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearchResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Latency of the query families through {@link LedeSearcher}, after a warm-up: each family cycles through its
 * queries, first unmeasured, then measured one at a time on one thread.
 */
final class QueryBench {
  static final String FULL_PAGE = "full results page (20 hits, snippets, facets, histogram, collapse)";
  static final String BROWSE = "browse-all (no query, all facets)";
  private static final int CURSOR_PAGE = 1_000;
  private static final int PAGE = 10;

  /** A named family of requests; the int is the iteration number. */
  record Family(String name, IntFunction<SearchRequest> request) {}

  private QueryBench() {}

  static RunResult run(LedeSearcher searcher, QueryWorkload w, int iterations, long articles, PrintStream log) {
    List<Family> families = families(searcher, w, log);
    Table.Builder t = new Table.Builder("Query latency (LedeSearcher, one thread, after warm-up, -Xmx1g)",
        "family", "p50 ms", "p95 ms", "p99 ms", "median hits", "runs");
    List<Target> targets = new ArrayList<>();
    List<String> profiles = new ArrayList<>();
    String scope = articles >= 1_000_000 ? "" : String.format(Locale.ROOT,
        " (target set at 1,000,000 articles; measured at %,d)", articles);
    for (Family f : families) {
      log.println("bench: queries: " + f.name());
      for (int i = 0; i < Math.max(20, iterations / 2); i++) {
        searcher.search(f.request().apply(i));
      }
      Latencies lat = new Latencies();
      long[] hits = new long[iterations];
      boolean profile = f.name().equals(FULL_PAGE) || f.name().equals(BROWSE);
      StackSampler stacks = profile ? new StackSampler() : null;
      for (int i = 0; i < iterations; i++) {
        SearchRequest r = f.request().apply(i);
        long t0 = System.nanoTime();
        SearchResult result = searcher.search(r);
        lat.add(System.nanoTime() - t0);
        hits[i] = result.totalHits();
      }
      if (stacks != null) {
        stacks.close();
        profiles.add(f.name().substring(0, f.name().indexOf(" (")) + ": " + String.join(", ", stacks.top(8)));
      }
      Arrays.sort(hits);
      t.row(f.name(), lat.percentileMs(50), lat.percentileMs(95), lat.percentileMs(99), hits[iterations / 2],
          iterations);
      if (f.name().equals(FULL_PAGE)) {
        targets.add(Target.atMost("full results page p50", lat.percentileMs(50), 10, "ms", scope));
        targets.add(Target.atMost("full results page p99", lat.percentileMs(99), 50, "ms", scope));
      } else if (f.name().equals(BROWSE)) {
        targets.add(Target.atMost("browse-all p99", lat.percentileMs(99), 150, "ms", scope));
      }
    }
    t.note("Queries are words of the index itself: rare = in <= 0.02% of articles, common = in 5..40%, the AND/OR "
        + "and results-page terms in 0.3..5%; phrases are two adjacent words of random articles; every family "
        + "except the results page asks for 10 hits and all facets (10 values each) plus the histogram.");
    profiles.forEach(p -> t.note("Where the time goes, " + p + " (sampled stacks)"));
    return new RunResult(targets, List.of(t.build()));
  }

  private static List<Family> families(LedeSearcher searcher, QueryWorkload w, PrintStream log) {
    List<String> sources = searcher.search(articles().facetLimit(20).build()).facet(Dimension.SOURCE)
        .map(f -> f.values().stream().map(FacetValue::value).toList()).orElse(List.of());
    List<Family> f = new ArrayList<>();
    f.add(new Family("rare term", i -> articles().query(at(w.rare(), i)).build()));
    f.add(new Family("common term", i -> articles().query(at(w.common(), i)).build()));
    f.add(new Family("phrase", i -> articles().query(at(w.phrases(), i)).build()));
    f.add(new Family("two-term AND",
        i -> articles().query(at(w.middle(), i) + " AND " + at(w.middle(), i + 7)).build()));
    f.add(new Family("two-term OR", i -> articles().query(at(w.middle(), i) + " OR " + at(w.middle(), i + 7)).build()));
    if (!w.days().isEmpty()) {
      f.add(new Family("common term + date filter (1 year)", i -> articles()
          .query(at(w.common(), i)).dates(at(w.days(), i).minusDays(182), at(w.days(), i).plusDays(182)).build()));
    }
    if (sources.size() >= 2) {
      f.add(new Family("common term + multi-select source (2 values)", i -> articles()
          .query(at(w.common(), i)).include(Dimension.SOURCE, at(sources, i))
          .include(Dimension.SOURCE, at(sources, i + 1)).build()));
    }
    f.add(new Family(FULL_PAGE, i -> articles().query(at(w.middle(), i)).pageSize(20)
        .collapseStories(true).build()));
    f.add(new Family(BROWSE, i -> articles().build()));
    DeepPages deep = deepPages(searcher, w, log);
    f.add(new Family(String.format(Locale.ROOT, "page %,d via cursor (most frequent words)", deep.page()),
        i -> at(deep.requests(), i)));
    return f;
  }

  /**
   * Every family searches articles, not collapsed stories (except the results page, which says so), as the
   * figures in docs/benchmarks.md always did; the library's default collapses.
   */
  private static SearchRequest.Builder articles() {
    return SearchRequest.builder().collapseStories(false);
  }

  /** Requests for page 1,000 (or the deepest page there is) of the most frequent words, cursors walked once. */
  private static DeepPages deepPages(LedeSearcher searcher, QueryWorkload w, PrintStream log) {
    List<SearchRequest> out = new ArrayList<>();
    long page = 1;
    for (String word : w.frequent()) {
      SearchRequest first = articles().query(word).build();
      // Big pages without facets to get there fast; page size and facets are not part of the cursor's identity.
      SearchRequest walk = first.toBuilder().pageSize(1_000).facetLimit(0).build();
      String cursor = null;
      long delivered = 0;
      while (delivered + 1_000 <= (long) (CURSOR_PAGE - 1) * PAGE) {
        SearchResult r = searcher.search(walk.toBuilder().cursor(cursor).build());
        if (r.nextCursor() == null) {
          break;
        }
        cursor = r.nextCursor();
        delivered += r.hits().size();
      }
      SearchRequest small = walk.toBuilder().pageSize(PAGE).cursor(cursor).build();
      while (cursor != null && delivered < (long) (CURSOR_PAGE - 1) * PAGE) {
        SearchResult r = searcher.search(small);
        if (r.nextCursor() == null) {
          break;
        }
        cursor = r.nextCursor();
        delivered += r.hits().size();
        small = small.toBuilder().cursor(cursor).build();
      }
      out.add(first.toBuilder().cursor(cursor).build());
      log.printf("bench: cursor for '%s' after %,d hits%n", first.query(), delivered);
      page = out.size() == 1 ? delivered / PAGE + 1 : Math.min(page, delivered / PAGE + 1);
    }
    return new DeepPages(out.isEmpty() ? List.of(articles().query("said").build()) : out, page);
  }

  /** Requests for a deep page and which page that is (the smallest over the queries). */
  private record DeepPages(List<SearchRequest> requests, long page) {}
}
