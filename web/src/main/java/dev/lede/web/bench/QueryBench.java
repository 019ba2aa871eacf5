package dev.lede.web.bench;

import static dev.lede.web.bench.QueryWorkload.at;

import dev.lede.search.Dimension;
import dev.lede.search.FacetValue;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearchRequest;
import dev.lede.search.SearchResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.lucene.search.FieldDoc;

/**
 * Latency of the query families through {@link LedeSearcher}, after a warm-up: each family cycles through its
 * queries, first unmeasured, then measured one at a time on one thread.
 */
final class QueryBench {
  static final String FULL_PAGE = "full results page (20 hits, snippets, facets, histogram, collapse)";
  static final String FULL_PAGE_EXACT = "full results page, exact counts";
  static final String BROWSE = "browse-all (no query, all facets)";
  private static final int CURSOR_PAGE = 1_000;
  private static final int PAGE = 10;

  /**
   * A named family of requests; the int is the iteration number. {@code after} gives the baseline's position for
   * a request with a cursor (null: the first page).
   */
  record Family(String name, IntFunction<SearchRequest> request, IntFunction<FieldDoc> after) {
    Family(String name, IntFunction<SearchRequest> request) {
      this(name, request, i -> null);
    }
  }

  private QueryBench() {}

  /** The family's i-th request through the plain-Lucene baseline; its total. */
  private static long baseline(BaselineSearcher baseline, Family f, int i) throws IOException {
    return baseline.search(f.request().apply(i).toBuilder().cursor(null).build(), f.after().apply(i)).total();
  }

  static RunResult run(LedeSearcher searcher, Path home, QueryWorkload w, int iterations, long articles,
      PrintStream log) throws IOException {
    try (BaselineSearcher baseline = BaselineSearcher.open(home)) {
      return run(searcher, baseline, w, iterations, articles, log);
    }
  }

  private static RunResult run(LedeSearcher searcher, BaselineSearcher baseline, QueryWorkload w, int iterations,
      long articles, PrintStream log) throws IOException {
    List<Family> families = families(searcher, baseline, w, log);
    Table.Builder t = new Table.Builder("Query latency (LedeSearcher, one thread, after warm-up, -Xmx1g)",
        "family", "p50 ms", "p95 ms", "p99 ms", "median hits", "runs", "plain Lucene p50 ms",
        "plain Lucene p99 ms", "Lede / Lucene p50", "Lede / Lucene p99", "same totals", "counts estimated");
    List<Target> targets = new ArrayList<>();
    List<String> profiles = new ArrayList<>();
    String scope = articles >= 1_000_000 ? "" : String.format(Locale.ROOT,
        " (target set at 1,000,000 articles; measured at %,d)", articles);
    for (Family f : families) {
      log.println("bench: queries: " + f.name());
      Measured m = measure(searcher, baseline, f, iterations);
      m.profile().ifPresent(profiles::add);
      double p50 = m.lede().percentileMs(50);
      double p99 = m.lede().percentileMs(99);
      double vsP50 = p50 / m.lucene().percentileMs(50);
      t.row(f.name(), p50, m.lede().percentileMs(95), p99, m.medianHits(), iterations,
          m.lucene().percentileMs(50), m.lucene().percentileMs(99), vsP50, p99 / m.lucene().percentileMs(99),
          m.differ() == 0 ? "yes" : m.differ() + " of " + iterations + " differ",
          m.estimated() + " of " + iterations);
      if (f.name().equals(FULL_PAGE)) {
        targets.add(Target.atMost("full results page p50", p50, 10, "ms", scope));
        targets.add(Target.atMost("full results page p99", p99, 50, "ms", scope));
        targets.add(Target.atMost("full results page vs plain Lucene p50", vsP50, 1.0, "x", ""));
      } else if (f.name().equals(FULL_PAGE_EXACT)) {
        targets.add(Target.atMost("full results page, exact counts, vs plain Lucene p50", vsP50, 1.2, "x", ""));
      } else if (f.name().equals(BROWSE)) {
        targets.add(Target.atMost("browse-all p99", p99, 150, "ms", scope));
      }
    }
    t.note("Queries are words of the index itself: rare = in <= 0.02% of articles, common = in 5..40%, the AND/OR "
        + "and results-page terms in 0.3..5%; phrases are two adjacent words of random articles; every family "
        + "except the results pages asks for 10 hits and all facets (10 values each) plus the histogram. Facet "
        + "counts and the histogram of a search with more than " + String.format(Locale.ROOT, "%,d",
            dev.lede.search.QueryLimits.DEFAULT_FACET_SAMPLE) + " matches come from a sample of them (shown as "
        + "estimates; \"counts estimated\" says how often), except with exact counts, as plain Lucene always counts.");
    t.note("Plain Lucene: the same request on the same index with Lucene's own modules (MultiFieldQueryParser, "
        + "hits and SSDV facet counts of all matches in one pass, DrillSideways for selected values, the "
        + "UnifiedHighlighter on the page, the page's stored fields, story members), timed alternately with "
        + "Lede in the same JVM after the same warm-up, each going first on every other request (the second to "
        + "read the same data finds it in the CPU caches); \"same totals\" checks that both count the same matches.");
    profiles.forEach(p -> t.note("Where the time goes, " + p + " (sampled stacks)"));
    return new RunResult(targets, List.of(t.build()));
  }

  /** Latencies of Lede and of the baseline, the median total, how often the totals differ, Lede's profile. */
  private record Measured(Latencies lede, Latencies lucene, long medianHits, int differ, int estimated,
      Optional<String> profile) {}

  /** Warms both up on the family, then times them alternately, so both see the same load on a shared machine. */
  private static Measured measure(LedeSearcher searcher, BaselineSearcher baseline, Family f, int iterations)
      throws IOException {
    for (int i = 0; i < Math.max(20, iterations / 2); i++) {
      searcher.search(f.request().apply(i));
      baseline(baseline, f, i);
    }
    Latencies lede = new Latencies();
    Latencies lucene = new Latencies();
    long[] hits = new long[iterations];
    int differ = 0;
    int estimated = 0;
    boolean profile = f.name().equals(FULL_PAGE) || f.name().equals(BROWSE) || f.name().contains("via cursor");
    StackSampler stacks = profile ? new StackSampler() : null;
    for (int i = 0; i < iterations; i++) {
      SearchRequest r = f.request().apply(i);
      // Who goes first alternates: the second to read the same postings and stored blocks finds them in the CPU
      // caches, which made plain Lucene look up to 15% faster when it always came second.
      long base = -1;
      if (i % 2 == 1) {
        base = timedBaseline(baseline, f, i, lucene, stacks);
      }
      long t0 = System.nanoTime();
      SearchResult result = searcher.search(r);
      lede.add(System.nanoTime() - t0);
      hits[i] = result.totalHits();
      estimated += result.countsEstimated() ? 1 : 0;
      if (i % 2 == 0) {
        base = timedBaseline(baseline, f, i, lucene, stacks);
      }
      differ += base == hits[i] ? 0 : 1;
    }
    Optional<String> top = Optional.empty();
    if (stacks != null) {
      stacks.close();
      List<String> frames = stacks.top(8);
      top = Optional.of(f.name().substring(0, f.name().indexOf(" (")) + ": "
          + (frames.isEmpty() ? "too quick to be sampled" : String.join(", ", frames)));
    }
    Arrays.sort(hits);
    return new Measured(lede, lucene, hits[iterations / 2], differ, estimated, top);
  }

  /** One baseline request, timed into {@code lucene}, out of Lede's profile; its total. */
  private static long timedBaseline(BaselineSearcher baseline, Family f, int i, Latencies lucene,
      StackSampler stacks) throws IOException {
    if (stacks != null) {
      stacks.pause(); // the profile is Lede's own
    }
    long t = System.nanoTime();
    long total = baseline(baseline, f, i);
    lucene.add(System.nanoTime() - t);
    if (stacks != null) {
      stacks.resume();
    }
    return total;
  }

  private static List<Family> families(LedeSearcher searcher, BaselineSearcher baseline, QueryWorkload w,
      PrintStream log) throws IOException {
    List<String> sources = searcher.search(articles().facetLimit(20).build()).facet(Dimension.SOURCE)
        .map(f -> f.values().stream().map(FacetValue::value).toList()).orElse(List.of());
    List<Family> f = new ArrayList<>();
    f.add(new Family("rare term", i -> articles().query(at(w.rare(), i)).build()));
    f.add(new Family("common term", i -> articles().query(at(w.common(), i)).build()));
    f.add(new Family("phrase", i -> articles().query(at(w.phrases(), i)).build()));
    f.add(new Family("two-term AND",
        i -> articles().query(at(w.middle(), i) + " AND " + at(w.middle(), i + 7)).build()));
    f.add(new Family("two-term OR",
        i -> articles().query(at(w.middle(), i) + " OR " + at(w.middle(), i + 7)).build()));
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
    f.add(new Family(FULL_PAGE_EXACT, i -> articles().query(at(w.middle(), i)).pageSize(20)
        .collapseStories(true).exactCounts(true).build()));
    f.add(new Family(BROWSE, i -> articles().build()));
    DeepPages deep = deepPages(searcher, w, log);
    List<FieldDoc> afters = new ArrayList<>();
    for (int i = 0; i < deep.requests().size(); i++) {
      afters.add(baseline.after(deep.requests().get(i).toBuilder().cursor(null).build(), deep.delivered().get(i)));
    }
    f.add(new Family(String.format(Locale.ROOT, "page %,d via cursor (most frequent words)", deep.page()),
        i -> at(deep.requests(), i), i -> at(afters, i)));
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
    List<Long> skipped = new ArrayList<>();
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
      skipped.add(delivered);
      log.printf("bench: cursor for '%s' after %,d hits%n", first.query(), delivered);
      page = out.size() == 1 ? delivered / PAGE + 1 : Math.min(page, delivered / PAGE + 1);
    }
    return out.isEmpty() ? new DeepPages(List.of(articles().query("said").build()), List.of(0L), page)
        : new DeepPages(out, skipped, page);
  }

  /**
   * Requests for a deep page, the hits before each (what its cursor skips) and which page that is (the smallest
   * over the queries).
   */
  private record DeepPages(List<SearchRequest> requests, List<Long> delivered, long page) {}
}
