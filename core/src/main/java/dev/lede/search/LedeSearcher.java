package dev.lede.search;

import dev.lede.index.CommitInfo;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Searches a Lede index: forgiving query parsing, multi-select facets with sideways counts, a date histogram,
 * structured snippets, story collapsing, cursor paging, export, related articles, suggestions and entity profiles.
 * Thread-safe; one instance serves a whole application. Open it on an index directory or on an
 * {@link dev.lede.index.IndexHome} (then it follows the {@code current} pointer on refresh; searches in flight finish
 * on the generation they started on). Browsing everything (no query text, filter or date range) is computed once
 * per commit: its first page and the counts of its later pages are kept until a refresh brings a new one.
 *
 * <pre>{@code
 * try (LedeSearcher searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS)) {
 *   SearchResult page = searcher.search(SearchRequest.builder()
 *       .query("kherson retreat").include(Dimension.PLACE, "Kherson").build());
 *   SearchResult next = searcher.search(request.toBuilder().cursor(page.nextCursor()).build());
 * }
 * }</pre>
 *
 * <h2>Query language</h2>
 * Lucene classic syntax with default AND: {@code AND OR NOT + -}, {@code "phrases"}, {@code "proximity"~5},
 * {@code wild*}, {@code fuzzy~}, {@code (groups)}, {@code /regex/}, and the fields {@code title: body: source: wire:
 * author: person: place: org: lang: date:}. Dates: {@code date:2022}, {@code date:2022-11},
 * {@code date:2022-11-14}, {@code date:[2022-11-01 TO 2022-11-30]} (bounds may be partial dates or {@code *}).
 * Unfielded terms search title (boosted), standfirst, body and entity names. Unless the request is exact, terms in
 * text, person, place and org fields also match their {@link dev.lede.entity.NameVariants}. A query that does not
 * parse is searched as plain words with the notice {@link Notices#SEARCHED_AS_TEXT}; an unknown field, or a query
 * over a {@link QueryLimits} bound, is an {@link InvalidQueryException} with one of these messages:
 * <ul>
 *   <li>{@code Unknown field 'foo:'. Fields you can use: title, body, source, wire, author, person, place, org,
 *       lang, date.}
 *   <li>{@code The query is too long (10000 characters; the limit is 2000).}
 *   <li>{@code The query is nested too deeply (more than 20 levels of parentheses).}
 *   <li>{@code The query has too many terms (more than 1024 after expansion); narrow it down.}
 *   <li>{@code The query has too many fuzzy (~) or pattern (/.../) terms (more than 5); narrow it down.}
 *   <li>{@code Wildcards need at least 1 letter before the first * or ? (in '?*?*?*').}
 *   <li>{@code The pattern '...' is too complex to search; simplify it.}
 *   <li>{@code Bad date 'x' in a date: query; use 2022, 2022-11 or 2022-11-14.}
 *   <li>{@code The cursor is not valid for this search; start again from the first page.}
 *   <li>{@code The page size must be between 1 and 1000, was 5000.}
 * </ul>
 */
public final class LedeSearcher implements ArchiveSearcher, Closeable {
  /** Done at once for {@link #open}; completed by a background thread for {@link #openInBackground}. */
  private final CompletableFuture<SearcherCore> opening;
  private final CompletableFuture<Void> warmed;

  private LedeSearcher(CompletableFuture<SearcherCore> opening, CompletableFuture<Void> warmed) {
    this.opening = opening;
    this.warmed = warmed;
  }

  /** The open searcher core, waiting for a background opening to finish. */
  private SearcherCore core() {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Opens a searcher with {@link SearcherOptions#DEFAULTS}, the web app's: name variants, bundled source registry.
   *
   * @throws IndexUnavailableException if there is no readable index there
   */
  public static LedeSearcher open(Path indexOrHome) {
    return open(indexOrHome, SearcherOptions.DEFAULTS);
  }

  /**
   * Opens a searcher on an index directory or an index home.
   *
   * @throws IndexUnavailableException if there is no readable index there
   */
  public static LedeSearcher open(Path indexOrHome, SearcherOptions options) {
    return new LedeSearcher(CompletableFuture.completedFuture(SearcherCore.open(indexOrHome, options)),
        CompletableFuture.completedFuture(null));
  }

  /**
   * Starts opening a searcher on a background thread and returns at once, so the caller can do other start-up work
   * (such as starting a web server) meanwhile. Once open, the same thread runs two warm-up searches (browse with all
   * facets and the histogram, then a word of the newest title with snippets) so that the first user's search does
   * not pay for loading the search code. Every method waits for the opening (not for the warm-up) and throws
   * {@link IndexUnavailableException} if it failed; {@link #awaitReady()} waits for both.
   */
  public static LedeSearcher openInBackground(Path indexOrHome, SearcherOptions options) {
    Objects.requireNonNull(indexOrHome, "indexOrHome");
    Objects.requireNonNull(options, "options");
    CompletableFuture<SearcherCore> opening = new CompletableFuture<>();
    CompletableFuture<Void> warmed = new CompletableFuture<>();
    Thread opener = new Thread(() -> {
      try {
        SearcherCore core = SearcherCore.open(indexOrHome, options);
        opening.complete(core);
        core.warm();
      } catch (RuntimeException | Error e) {
        opening.completeExceptionally(e); // no-op when the failure came from the warm-up, which only costs speed
      } finally {
        warmed.complete(null);
      }
    }, "lede-searcher-open");
    opener.setDaemon(true);
    opener.start();
    return new LedeSearcher(opening, warmed);
  }

  /** The bounds this searcher enforces (e.g. how deep numbered pages may go: {@link SearchRequest#page()}). */
  @Override
  public QueryLimits limits() {
    return core().limits();
  }

  /**
   * Waits until the searcher is open and warmed up; returns it.
   *
   * @throws IndexUnavailableException if opening failed
   */
  public LedeSearcher awaitReady() {
    core();
    warmed.join();
    return this;
  }

  /**
   * Runs a search and returns one page.
   *
   * @throws InvalidQueryException for an unknown field, an exceeded limit, a bad cursor or page size
   */
  @Override
  public SearchResult search(SearchRequest request) {
    SearcherCore core = core();
    return core.search(core.canonical(request));
  }

  /**
   * Like {@link #search(SearchRequest)}, but a request that cannot be searched comes back as a refusal with its
   * message instead of an {@link InvalidQueryException}: broken, hostile or huge query text never throws here.
   */
  @Override
  public SearchOutcome trySearch(SearchRequest request) {
    try {
      return SearchOutcome.searched(search(request));
    } catch (InvalidQueryException e) {
      return SearchOutcome.refused(e.getMessage());
    }
  }

  /**
   * Counts the matches of a request without reading any of them: the result has {@link SearchResult#totalHits()}
   * (stories when the request collapses them, articles otherwise) and the {@link SearchResult#notices()}, but no
   * hits, facets, histogram or cursor. The query is parsed as forgivingly as by {@link #search}; page size, cursor,
   * sort and facet limit are ignored. For checking many queries at once (a batch of names), where a full results
   * page per query would read snippets and count facets nobody sees.
   *
   * <pre>{@code
   * long stories = searcher.count(SearchRequest.builder().query("Sergei Surovikin").collapseStories(true).build())
   *     .totalHits();
   * }</pre>
   *
   * @throws InvalidQueryException for an unknown field or an exceeded limit, as {@link #search} does
   */
  @Override
  public SearchResult count(SearchRequest request) {
    SearcherCore core = core();
    return core.count(core.canonical(request));
  }

  /**
   * A counter of many queries within the filters of {@code template} (its query, page size, cursor, sort and facet
   * limit are ignored; its filters, story collapsing and exactness apply), on one snapshot of the index. Each count
   * equals {@link #count} of the template with that query; a batch of names costs a fraction of as many calls of
   * {@link #count}. One thread at a time; close it.
   *
   * <pre>{@code
   * try (QueryCounter counter = searcher.counter(SearchRequest.builder().collapseStories(true).build())) {
   *   for (String name : names) {
   *     System.out.println(name + ": " + counter.count(name).totalHits());
   *   }
   * }
   * }</pre>
   */
  @Override
  public QueryCounter counter(SearchRequest template) {
    SearcherCore core = core();
    return core.counter(core.canonical(template));
  }

  /**
   * The cursor of the page before the request's page, or null when that page is the first one (a request without a
   * cursor has no previous page). Exact at any depth: it walks back from the request's cursor, so "previous" links
   * need no history.
   *
   * @throws InvalidQueryException for a cursor that does not belong to this request, as {@link #search} does
   */
  @Override
  public String previousCursor(SearchRequest request) {
    SearcherCore core = core();
    return core.previousCursor(core.canonical(request));
  }

  /**
   * Streams every hit of the request, in order, from its cursor on (page size and facet limit are ignored),
   * paging internally so memory stays flat; for CSV / JSON Lines export. Returns the number of hits delivered.
   */
  @Override
  public long forEach(SearchRequest request, Consumer<Hit> consumer) {
    SearcherCore core = core();
    return core.forEach(core.canonical(request), consumer);
  }

  /**
   * The ids of the request's first {@code limit} matches, in its order (its cursor, page size and facet limit are
   * ignored). Reads the ids from doc values, with no stored article and no snippet, so following which articles a
   * search matches costs little more than counting them ({@code lede alert} compares them run to run).
   *
   * @throws IllegalArgumentException when {@code limit} is not from 1 to 100,000
   * @throws InvalidQueryException as {@link #search} does
   */
  @Override
  public List<String> matchingIds(SearchRequest request, int limit) {
    SearcherCore core = core();
    return core.ids(core.canonical(request), limit);
  }

  /** The stored article with this id, with its story, if indexed. */
  @Override
  public Optional<ArticleView> article(String id) {
    return core().article(id);
  }

  /**
   * Up to {@code n} articles like this one (MoreLikeThis over title and body), excluding the article and the other
   * members of its story; empty when the id is unknown.
   */
  @Override
  public List<Hit> related(String id, int n) {
    return core().related(id, n);
  }

  /**
   * Values of a dimension across the whole index whose words start with {@code prefix} (case- and
   * accent-insensitive; "put" finds "Vladimir Putin"), most frequent first, at most {@code limit}.
   */
  @Override
  public List<FacetValue> facetValues(Dimension dimension, String prefix, int limit) {
    return core().facetValues(dimension, prefix, limit);
  }

  /**
   * The profile of a person, place or organization: mentions over time, the people, places and organizations most
   * often named with it, the outlets naming it most and its {@code latest} newest stories. The name is looked up
   * as the index has it, else as one of its spelling variants ({@link SearcherOptions#nameVariants()}: "Kiev"
   * finds Kyiv, "Surovikin" finds Sergey Surovikin when an alias says so), else ignoring case and accents;
   * {@link EntityProfile#name()} says which value is shown. A name is never taken for another without that evidence
   * ("Zaluzhny" alone is not Valery Zaluzhny): {@link #facetValues} finds such candidates.
   *
   * @param dimension {@link Dimension#PERSON}, {@link Dimension#PLACE} or {@link Dimension#ORG}
   * @param latest how many newest stories to list, 1 to 100
   * @return empty when no article names it
   * @throws IllegalArgumentException for another dimension or {@code latest} out of range
   */
  @Override
  public Optional<EntityProfile> entity(Dimension dimension, String name, int latest) {
    return core().entity(dimension, name, latest);
  }

  /**
   * A corrected query when some of its words are in no article and a close spelling is ("impechment" gives
   * "impeachment"); empty when every word is found, nothing close is, or the query uses syntax (fields, quotes,
   * wildcards). Suggestions come from the index's own words, so they always find something.
   */
  @Override
  public Optional<String> didYouMean(String query) {
    return Optional.ofNullable(core().didYouMean(query));
  }

  /** Autocomplete: entity names and titles that start with (a word starting with) the prefix, best first. */
  @Override
  public List<Suggestion> suggest(String prefix, int n) {
    return core().suggest(prefix, n);
  }

  /**
   * Checks for a new commit or a new active generation and switches to it if there is one, without blocking
   * searches; returns whether the view changed. Call it every few seconds from a background thread.
   */
  @Override
  public boolean maybeRefresh() {
    return core().maybeRefresh();
  }

  /** Like {@link #maybeRefresh()} but waits if another thread is refreshing. */
  public boolean refresh() {
    return core().refresh();
  }

  /** The commit currently searched (document count, user-data, time), for a status line. */
  @Override
  public CommitInfo commitInfo() {
    return core().commitInfo();
  }

  /** Releases the index; searches in flight finish first. */
  @Override
  public void close() {
    SearcherCore core;
    try {
      core = core();
    } catch (RuntimeException e) {
      return; // never opened: nothing to release
    }
    warmed.join(); // the warm-up searches hold a lease; let them end first
    core.close();
  }
}
