package dev.lede.web;

import dev.lede.search.ArchiveSearcher;
import dev.lede.search.InvalidQueryException;
import dev.lede.search.QueryCounter;
import dev.lede.search.SearchResult;
import dev.lede.web.BatchSearch.Line;
import dev.lede.web.BatchSearch.Row;
import dev.lede.web.BatchSearch.Status;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One batch being counted. Threads claim lines in input order (a line repeating an earlier one is not counted: its
 * row is made from the earlier row when handed on); the calling thread hands rows on in order and, while the next
 * one is not ready, counts lines itself instead of waiting.
 */
final class BatchRun {
  private final ArchiveSearcher searcher;
  private final Duration deadline;
  private final SearchParams filters;
  private final List<Line> lines;
  private final long end;
  /** Index of the first line with the same query, or -1 for a first occurrence. */
  private final int[] firstOf;
  /** A Row, or the RuntimeException its count threw. */
  private final AtomicReferenceArray<Object> done;
  /** The filters as a search link writes them after its query, encoded once for every row's link. */
  private final String filterParams;
  private final AtomicInteger next = new AtomicInteger();
  private volatile boolean stopped;
  /** The calling thread's counter, opened when it first counts a line. */
  private QueryCounter own;

  BatchRun(ArchiveSearcher searcher, Duration deadline, SearchParams filters, List<Line> lines, long end) {
    this.searcher = searcher;
    this.deadline = deadline;
    this.filters = filters;
    this.lines = lines;
    this.end = end;
    this.firstOf = new int[lines.size()];
    this.done = new AtomicReferenceArray<>(lines.size());
    // no query: the sort is newest first, the default there, which a link omits as it omits a line's relevance
    String browse = SearchLinks.href("", BatchSearch.of(filters, null));
    this.filterParams = browse.isEmpty() ? "" : "&" + browse.substring(1);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      firstOf[i] = seen.getOrDefault(lines.get(i).query(), -1);
      seen.putIfAbsent(lines.get(i).query(), i);
    }
  }

  /** Counts claimed lines until none is left: a helper's task, with a counter of its own. */
  void countAll() {
    if (next.get() >= lines.size() || stopped) {
      return; // the batch was done before this helper started
    }
    try (QueryCounter counter = counter()) {
      while (countOne(counter)) {
        // next line
      }
    } catch (RuntimeException e) {
      // no counter (the index is closing): the calling thread counts the rest and reports what it meets
    }
  }

  private QueryCounter counter() {
    return searcher.counter(BatchSearch.of(filters, null).toRequest());
  }

  /** Claims and counts the next unclaimed line; false when there is none (or the batch stopped). */
  private boolean countOne(QueryCounter counter) {
    int i;
    do {
      i = next.getAndIncrement();
      if (i >= lines.size() || stopped) {
        return false;
      }
    } while (firstOf[i] >= 0);
    done.compareAndSet(i, null, System.nanoTime() - end >= 0 ? notRun(lines.get(i)) : tryCount(counter, i));
    return true;
  }

  /** The row of line i, or the RuntimeException its count threw. */
  private Object tryCount(QueryCounter counter, int i) {
    try {
      return count(counter, lines.get(i));
    } catch (RuntimeException e) {
      return e;
    }
  }

  /**
   * The row of line i, counting later lines while a helper counts it. When no line is left to claim and line i is
   * still being counted, it is counted here too and the first result is kept: on a loaded machine the helper may
   * wait for a core for many milliseconds, which the whole answer would wait for, while a second count costs the
   * time of one line.
   */
  Row row(int i) {
    Line line = lines.get(i);
    if (firstOf[i] >= 0) {
      Row first = (Row) done.get(firstOf[i]);
      return first.status() == Status.NOT_RUN ? notRun(line)
          : new Row(line.number(), line.query(), first.hits(), Status.DUPLICATE,
              "Same as line " + first.line() + ".", first.href());
    }
    while (done.get(i) == null && countOne(own())) {
      // counted a later line while a helper counts line i
    }
    if (done.get(i) == null) {
      done.compareAndSet(i, null, tryCount(own(), i)); // claimed before the deadline: counted whatever the time
    }
    Object result = done.get(i);
    if (result instanceof RuntimeException e) {
      throw e;
    }
    return (Row) result;
  }

  private QueryCounter own() {
    if (own == null) {
      own = counter();
    }
    return own;
  }

  /** Ends the batch: the helpers count no more of it, and the calling thread's counter is closed. */
  void stop() {
    stopped = true;
    if (own != null) {
      own.close();
    }
  }

  private Row count(QueryCounter counter, Line line) {
    String query = line.query();
    try {
      SearchResult r = counter.count(query);
      boolean asText = r.notices().stream().anyMatch(n -> n.startsWith(BatchSearch.AS_TEXT));
      return new Row(line.number(), query, r.totalHits(), asText ? Status.AS_TEXT : Status.SEARCHED,
          r.notices().isEmpty() ? null : String.join(" ", r.notices()), href(query));
    } catch (InvalidQueryException refusal) {
      String words = BatchSearch.plainWords(query);
      if (!words.isEmpty() && !words.equals(query)) {
        try {
          long hits = counter.count(words).totalHits();
          return new Row(line.number(), query, hits, Status.AS_TEXT,
              refusal.getMessage() + " Searched as the plain words " + Quote.of(words) + ".", href(words));
        } catch (InvalidQueryException again) {
          // the words alone are refused too (too long, too many): report the line's own refusal
        }
      }
      return new Row(line.number(), query, null, Status.REFUSED, refusal.getMessage(), href(query));
    }
  }

  /** The search of this line within the batch's filters: what {@link SearchLinks#href} writes, built faster. */
  private String href(String query) {
    return "/?" + Param.QUERY + "=" + SearchLinks.enc(query) + filterParams;
  }

  private Row notRun(Line line) {
    return new Row(line.number(), line.query(), null, Status.NOT_RUN, "Not run: the batch reached its "
        + deadline.toSeconds() + " s time limit; submit the remaining lines again.", href(line.query()));
  }
}
