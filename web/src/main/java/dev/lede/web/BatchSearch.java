package dev.lede.web;

import dev.lede.search.ArchiveSearcher;
import dev.lede.search.Notices;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Counts the matches of every line of a batch (names or queries, one per line) within the filters of a search, and
 * hands each row to a sink, in input order, as soon as it and the rows before it are counted, so the CSV and JSON
 * answers stream. The lines are counted with a {@link dev.lede.search.QueryCounter} per thread (one snapshot of the
 * index, the filters evaluated once), on the request's thread and the app's helper threads. Each line is parsed as
 * forgivingly as the search box: a line the searcher refuses (an unknown field, a pattern without letters) is
 * counted again as its plain words, and the row says so. A batch is bounded: at most {@value #MAX_LINES} lines, each
 * within the searcher's query limits, and a deadline after which the remaining lines are reported as not run.
 */
final class BatchSearch {
  static final int MAX_LINES = 1_000;
  static final Duration DEADLINE = Duration.ofSeconds(20);
  /** What a list pasted from a document starts its lines with; "-Putin" (no space) stays an exclusion. */
  private static final Pattern BULLET = Pattern.compile("^[-*•·–—]\\s+");
  /** What the query language reads as syntax rather than words, for the second, plain-words try. */
  private static final Pattern SYNTAX = Pattern.compile("[+\\-!(){}\\[\\]^\"~*?:\\\\/&|]");
  private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");
  static final String AS_TEXT = Notices.SEARCHED_AS_TEXT.substring(0,
      Notices.SEARCHED_AS_TEXT.indexOf("%s"));

  /** How a line was counted; {@link #param()} is its name in the CSV and JSON. */
  enum Status {
    SEARCHED("searched"), AS_TEXT("as_text"), REFUSED("refused"), DUPLICATE("duplicate"), NOT_RUN("not_run");

    private final String param;

    Status(String param) {
      this.param = param;
    }

    String param() {
      return param;
    }
  }

  /** A non-blank line of the input and its 1-based number there (blank lines count, so numbers match the file). */
  record Line(int number, String query) {}

  /**
   * One counted line.
   *
   * @param hits matching stories or articles (see {@link #unit}), or null when the line was refused or not run
   * @param note how the line was understood, why it was refused, or which line it repeats; null when plain
   * @param href the search of this line within the batch's filters
   */
  record Row(int line, String query, Long hits, Status status, String note, String href) {}

  /** Receives the rows in input order. */
  interface Sink {
    void row(Row row) throws IOException;
  }

  /** How many rows of each kind, and whether every line was run. */
  record Summary(int rows, int refused, int notRun, long millis) {
    boolean complete() {
      return notRun == 0;
    }
  }

  private final ArchiveSearcher searcher;
  private final Duration deadline;
  private final Executor helpers;
  private final int helperCount;

  /** Counts on the calling thread only. */
  BatchSearch(ArchiveSearcher searcher, Duration deadline) {
    this(searcher, deadline, Runnable::run, 0);
  }

  /**
   * Counts on the calling thread and on up to {@code helperCount} threads of {@code helpers} (an executor shared
   * by the app, see {@link #helpers}); the rows still reach the sink in input order, each as soon as it and all
   * before it are counted.
   */
  BatchSearch(ArchiveSearcher searcher, Duration deadline, Executor helpers, int helperCount) {
    this.searcher = searcher;
    this.deadline = deadline;
    this.helpers = helpers;
    this.helperCount = helperCount;
  }

  /**
   * The app's batch helpers: one thread per core beyond the first (the request's own thread is the first), so a
   * batch uses the machine's cores and two batches at once share them rather than each taking all of them. Daemon
   * threads that end after a minute idle, so a stopped app leaves none behind.
   */
  static ThreadPoolExecutor helpers(int threads) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "lede-batch-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * The non-blank lines of a pasted text or file: control characters become spaces, a leading list bullet is
   * dropped, a byte-order mark is ignored.
   *
   * @throws BadRequest when there is no line or more than {@value #MAX_LINES}
   */
  static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
    int number = 0;
    for (String raw : (Iterable<String>) body.lines()::iterator) {
      number++;
      String line = BULLET.matcher(raw.replaceAll("\\p{Cntrl}", " ").strip()).replaceFirst("").strip();
      if (!line.isEmpty()) {
        out.add(new Line(number, line));
      }
    }
    if (out.isEmpty()) {
      throw new BadRequest("There is nothing to search: paste or upload names or queries, one per line.");
    }
    if (out.size() > MAX_LINES) {
      throw new BadRequest("The batch has " + Format.count(out.size()) + " lines; the limit is "
          + Format.count(MAX_LINES) + ". Split it into smaller batches.");
    }
    return out;
  }

  /** "stories" or "articles": what the counts count, as the search page's header says. */
  static String unit(SearchParams filters) {
    return filters.collapse() ? "stories" : "articles";
  }

  /** The batch's filters: the search state without its query, paging or sort (each line brings its own query). */
  static SearchParams filters(SearchParams p) {
    return of(p, null);
  }

  /** Counts every line within the filters, handing each row to the sink in input order. */
  Summary run(SearchParams filters, List<Line> lines, Sink sink) throws IOException {
    long start = System.nanoTime();
    BatchRun run = new BatchRun(searcher, deadline, filters, lines, start + deadline.toNanos());
    for (int i = 0; i < helperCount && i < lines.size() - 1; i++) {
      try {
        helpers.execute(run::countAll);
      } catch (RejectedExecutionException e) {
        break; // the app is stopping: this thread counts the rest
      }
    }
    int refused = 0;
    int notRun = 0;
    try {
      for (int i = 0; i < lines.size(); i++) {
        Row row = run.row(i);
        refused += row.status() == Status.REFUSED ? 1 : 0;
        notRun += row.status() == Status.NOT_RUN ? 1 : 0;
        sink.row(row);
      }
    } finally {
      run.stop(); // the client went away or a count failed: the helpers count no more of this batch
    }
    return new Summary(lines.size(), refused, notRun, (System.nanoTime() - start) / 1_000_000);
  }

  /** The line without query syntax: its words, with AND / OR / NOT as words rather than operators. */
  static String plainWords(String query) {
    String words = SYNTAX.matcher(query).replaceAll(" ");
    words = OPERATOR.matcher(words).replaceAll(m -> m.group().toLowerCase(java.util.Locale.ROOT));
    return words.strip().replaceAll("\\s+", " ");
  }

  static SearchParams of(SearchParams filters, String query) {
    return new SearchParams(query, filters.include(), filters.exclude(), filters.from(), filters.to(),
        filters.undated(), SearchParams.defaultSort(query), filters.collapse(), filters.exact(), filters.exactCounts(), filters.size(), null, 1, List.of(),
        filters.more(), Map.of());
  }
}
