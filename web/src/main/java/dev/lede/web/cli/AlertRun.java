package dev.lede.web.cli;

import dev.lede.extract.Article;
import dev.lede.search.ArchiveSearcher;
import dev.lede.search.InvalidQueryException;
import dev.lede.search.SearchRequest;
import dev.lede.search.SortOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One night of {@code lede alert}: each saved search run against the index and compared with its state. Every
 * article is its own entry (stories are not collapsed: a new copy of a story is news to someone following an
 * outlet), newest first by publication date; the newest {@value #MAX_FOLLOWED} matches of a search are followed.
 */
final class AlertRun {
  /** Matches followed per search, newest first: bounds the state (8 bytes each) and the time a search takes. */
  static final int MAX_FOLLOWED = 10_000;

  /** Why a search's matches were recorded as its baseline instead of compared. */
  enum Baseline {
    /** Compared with the last run: not a baseline. */
    NONE,
    /** The state has no such search yet. */
    FIRST_RUN,
    /** The name's search is not the one it was at the last run. */
    SEARCH_CHANGED
  }

  /**
   * What one search found.
   *
   * @param matches all articles matching now
   * @param followed those compared (at most {@value #MAX_FOLLOWED}, newest first)
   * @param newCount articles new since the last run (on a baseline: 0, or all followed with --all-on-first-run)
   * @param listed the first of them, newest first, at most --max
   */
  record Outcome(SearchesFile.Saved saved, Baseline baseline, long matches, int followed, int newCount,
      List<Article> listed) {
    Outcome {
      listed = List.copyOf(listed);
    }

    int more() {
      return newCount - listed.size();
    }
  }

  private final ArchiveSearcher searcher;
  private final AlertState state;
  private final int max;
  private final boolean allOnFirstRun;
  private final Instant now;

  AlertRun(ArchiveSearcher searcher, AlertState state, int max, boolean allOnFirstRun, Instant now) {
    this.searcher = searcher;
    this.state = state;
    this.max = max;
    this.allOnFirstRun = allOnFirstRun;
    this.now = now;
  }

  /**
   * Runs one search and records its matches in the state.
   *
   * @throws InvalidQueryException when the index refuses the search (its state is left as it was)
   */
  Outcome run(SearchesFile.Saved saved) {
    AlertState.Entry last = state.get(saved.name());
    String search = saved.search().page();
    Baseline baseline = last == null ? Baseline.FIRST_RUN
        : last.search().equals(search) ? Baseline.NONE : Baseline.SEARCH_CHANGED;
    boolean compare = baseline == Baseline.NONE;
    boolean listAll = !compare && allOnFirstRun;
    SearchRequest request = saved.search().request().toBuilder().sort(SortOrder.NEWEST).collapseStories(false)
        .cursor(null).facetLimit(0).build();
    List<String> ids = searcher.matchingIds(request, MAX_FOLLOWED);
    long matches = ids.size() < MAX_FOLLOWED ? ids.size() : searcher.search(request.toBuilder().pageSize(1).build())
        .totalHits();
    List<Article> listed = new ArrayList<>();
    int newCount = 0;
    for (String id : ids) {
      if (listAll || (compare && !last.seen().contains(id))) {
        newCount++;
        if (listed.size() < max) {
          // Always there: the searcher is never refreshed during a run, so ids and articles come from one commit.
          searcher.article(id).ifPresent(a -> listed.add(a.article()));
        }
      }
    }
    state.put(saved.name(), new AlertState.Entry(search, now, matches, AlertState.Seen.of(ids)));
    return new Outcome(saved, baseline, matches, ids.size(), newCount, listed);
  }
}
