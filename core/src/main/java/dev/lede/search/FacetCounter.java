package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;

/** Facet counts with DrillSideways (a selected dimension keeps its other values' counts) and the histogram. */
final class FacetCounter {
  private static final int MAX_DAYS = DateHistogram.MAX_DAYS;
  private static final int MAX_YEARS_BY_MONTH = DateHistogram.MAX_YEARS_BY_MONTH;

  /** Total matching articles, facets and histogram; {@code estimated} when counted over a sample. */
  record Counted(long total, List<FacetResult> facets, DateHistogram histogram, boolean estimated) {
    Counted(long total, List<FacetResult> facets, DateHistogram histogram) {
      this(total, facets, histogram, false);
    }
  }

  private FacetCounter() {}

  /** Exact counts (no sample). */
  static Counted count(FacetedSearcher searcher, DrillDownQuery query, SearchRequest request) throws IOException {
    return count(searcher, query, request, 0, null, null, null).counted();
  }

  /** Matches from which counting facets on a helper thread, beside building the page, pays for the hand-over. */
  private static final long OFFLOAD_MATCHES = 2_000;

  /**
   * What one pass over the matches gave: the counts (with the total in stories when a story counter was given),
   * which may still be counted on another thread, and the hits collected on the way (null when none were asked for).
   * Whoever gets a pass calls {@link #counted()} or {@link #abandon()} before releasing the searcher's reader.
   */
  static final class Pass {
    private final FutureTask<Counted> counting;
    private final TopDocs hits;

    Pass(FutureTask<Counted> counting, TopDocs hits) {
      this.counting = counting;
      this.hits = hits;
    }

    TopDocs hits() {
      return hits;
    }

    /** The counts, waiting for them when they are being counted on another thread. */
    Counted counted() throws IOException {
      try {
        return counting.get();
      } catch (InterruptedException e) {
        abandon(); // the count must not outlive the reader the caller is about to release
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while counting facets");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IOException(cause);
      }
    }

    /**
     * Cancels the counting, or waits for it to end when it has started, without its result (the page failed): it
     * must not outlive the reader. An interrupt while waiting is kept for the caller, not obeyed.
     */
    void abandon() {
      if (counting.cancel(false)) {
        return;
      }
      boolean interrupted = false;
      while (true) {
        try {
          counting.get();
          break;
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
          break; // the page's own failure is the one reported
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Counts, and in the same pass over the matches the number of distinct stories ({@code stories}, may be null)
   * and the first hits ({@code hits}, may be null): a results page used to walk its matches three times. Facets
   * are counted over a sample when there are more than {@code sample} matches and the request does not ask for
   * exact counts (0: never). With an executor (may be null), many matches' facets are counted on its thread while
   * the caller goes on; an executor that refuses the task (every thread busy) leaves the counting to the caller.
   */
  static Pass count(FacetedSearcher searcher, DrillDownQuery query, SearchRequest request, int sample,
      CollectorManager<?, Long> stories, CollectorManager<?, ? extends TopDocs> hits, Executor executor)
      throws IOException {
    if (searcher.facetState() == null) {
      long total = stories != null ? searcher.search(query, stories) : searcher.count(query);
      FutureTask<Counted> done = new FutureTask<>(() -> new Counted(total, List.of(), DateHistogram.EMPTY));
      done.run();
      return new Pass(done, hits == null ? null : searcher.search(query, hits));
    }
    // The matches are counted by the facets' own collector, not by one more collector called for every match (the
    // calls of the collectors were a fifth of a deep page's profile)
    List<CollectorManager<?, ?>> managers = new ArrayList<>();
    if (stories != null) {
      managers.add(stories);
    }
    if (hits != null) {
      managers.add(hits);
    }
    if (managers.isEmpty()) {
      managers.add(new TotalHitCountCollectorManager(searcher.getSlices())); // the search needs one collector
    }
    SampledFacets sideways = new SampledFacets(searcher, FacetedSearcher.FACETS, searcher.facetState(),
        request.exactCounts() ? 0 : sample);
    @SuppressWarnings({"unchecked", "rawtypes"})
    DrillSideways.ConcurrentDrillSidewaysResult<Object[]> result = sideways.search(query,
        new MultiCollectorManager(managers.toArray(new CollectorManager[0])));
    Object[] collected = result.collectorResult;
    long articles = sideways.matches();
    long total = stories != null ? ((Number) collected[0]).longValue() : articles;
    TopDocs topDocs = hits != null ? (TopDocs) collected[collected.length - 1] : null;
    FutureTask<Counted> counting = new FutureTask<>(() -> {
      Facets counts = sideways.count();
      List<FacetResult> facets = new ArrayList<>();
      for (Dimension d : Dimension.values()) {
        if (request.facetDimensions().contains(d)) {
          facets.add(dimension(counts, d, request));
        }
      }
      DateHistogram histogram = histogram(counts);
      long dated = histogram.buckets().stream().mapToLong(DateHistogram.Bucket::count).sum();
      // Every dated article has one date facet path, so the rest of the matches are the undated ones.
      return new Counted(total, facets, histogram.withUndated(Math.max(0, articles - dated)), sideways.sampled());
    });
    boolean handedOver = false;
    if (executor != null && articles >= OFFLOAD_MATCHES) {
      try {
        executor.execute(counting);
        handedOver = true;
      } catch (RejectedExecutionException e) {
        // every helper is busy (or the searcher is closing): count here
      }
    }
    if (!handedOver) {
      counting.run();
    }
    return new Pass(counting, topDocs);
  }

  private static FacetResult dimension(Facets facets, Dimension d, SearchRequest request) throws IOException {
    FacetFilter filter = request.filter(d);
    org.apache.lucene.facet.FacetResult top = top(facets, d.field(), request.facetLimit());
    Map<String, Long> counts = new LinkedHashMap<>();
    if (top != null) {
      for (LabelAndValue lv : top.labelValues) {
        counts.put(lv.label, lv.value.longValue());
      }
    }
    for (String selected : filter.include()) {
      if (!counts.containsKey(selected)) {
        Number n = specific(facets, d.field(), selected);
        counts.put(selected, n == null ? 0 : Math.max(0, n.longValue()));
      }
    }
    for (String excluded : filter.exclude()) {
      counts.putIfAbsent(excluded, 0L);
    }
    List<FacetValue> values = new ArrayList<>();
    counts.forEach((v, c) -> values.add(new FacetValue(v, c, filter.include().contains(v),
        filter.exclude().contains(v))));
    values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return new FacetResult(d, values, top == null ? 0 : top.childCount);
  }

  private static org.apache.lucene.facet.FacetResult top(Facets facets, String dim, int limit, String... path)
      throws IOException {
    try {
      return facets.getTopChildren(limit, dim, path);
    } catch (IllegalArgumentException e) {
      return null; // the dimension has no values in this index
    }
  }

  private static Number specific(Facets facets, String dim, String value) throws IOException {
    try {
      return facets.getSpecificValue(dim, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, Long> children(Facets facets, String... path) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    org.apache.lucene.facet.FacetResult r;
    try {
      r = facets.getAllChildren(IndexSchema.DATE_FACET, path);
    } catch (IllegalArgumentException e) {
      return out;
    }
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        if (lv.value.longValue() > 0) {
          out.put(lv.label, lv.value.longValue());
        }
      }
    }
    return out;
  }

  /** The histogram with the newest day of the matches (three small facet lookups down the date hierarchy). */
  static DateHistogram histogram(Facets facets) throws IOException {
    DateHistogram h = buckets(facets);
    if (h.buckets().isEmpty()) {
      return h;
    }
    String year = newest(children(facets));
    String month = newest(children(facets, year));
    String day = month == null ? null : newest(children(facets, year, month));
    LocalDate latest = day == null ? h.buckets().get(h.buckets().size() - 1).end()
        : LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    return new DateHistogram(h.granularity(), h.buckets(), 0, latest);
  }

  private static String newest(Map<String, Long> labels) {
    return labels.keySet().stream().max(Comparator.comparingInt(Integer::parseInt)).orElse(null);
  }

  /** Buckets by the span of the matches: days up to 62 days, months up to 6 years, years beyond. */
  private static DateHistogram buckets(Facets facets) throws IOException {
    Map<String, Long> years = children(facets);
    if (years.isEmpty()) {
      return DateHistogram.EMPTY;
    }
    TreeMap<Integer, Long> byYear = new TreeMap<>();
    years.forEach((y, c) -> byYear.put(Integer.parseInt(y), c));
    if (byYear.lastKey() - byYear.firstKey() + 1 > MAX_YEARS_BY_MONTH) {
      List<DateHistogram.Bucket> buckets = new ArrayList<>();
      for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
        buckets.add(new DateHistogram.Bucket(String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
            byYear.getOrDefault(y, 0L)));
      }
      return new DateHistogram(DateHistogram.Granularity.YEAR, buckets);
    }
    TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
    for (String y : years.keySet()) {
      children(facets, y).forEach((m, c) -> byMonth.put(YearMonth.of(Integer.parseInt(y), Integer.parseInt(m)), c));
    }
    YearMonth first = byMonth.firstKey();
    YearMonth last = byMonth.lastKey();
    if (ChronoUnit.MONTHS.between(first, last) <= 2) {
      TreeMap<LocalDate, Long> byDay = new TreeMap<>();
      for (YearMonth ym : byMonth.keySet()) {
        children(facets, String.valueOf(ym.getYear()), twoDigits(ym.getMonthValue()))
            .forEach((d, c) -> byDay.put(ym.atDay(Integer.parseInt(d)), c));
      }
      if (!byDay.isEmpty() && ChronoUnit.DAYS.between(byDay.firstKey(), byDay.lastKey()) < MAX_DAYS) {
        List<DateHistogram.Bucket> buckets = new ArrayList<>();
        for (LocalDate d = byDay.firstKey(); !d.isAfter(byDay.lastKey()); d = d.plusDays(1)) {
          buckets.add(new DateHistogram.Bucket(d.toString(), d, d, byDay.getOrDefault(d, 0L)));
        }
        return new DateHistogram(DateHistogram.Granularity.DAY, buckets);
      }
    }
    List<DateHistogram.Bucket> buckets = new ArrayList<>();
    for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
      buckets.add(new DateHistogram.Bucket(ym.toString(), ym.atDay(1), ym.atEndOfMonth(),
          byMonth.getOrDefault(ym, 0L)));
    }
    return new DateHistogram(DateHistogram.Granularity.MONTH, buckets);
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
