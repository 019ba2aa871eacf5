package dev.lede.search;

import dev.lede.index.CommitInfo;
import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.IOUtils;

/** The implementation behind {@link LedeSearcher}. */
final class SearcherCore {
  private static final int EXPORT_PAGE = 500;
  /** Ids in one call: 8 MB of them at most, for a request that reads doc values only. */
  static final int MAX_IDS = 100_000;

  private final IndexView view;
  private final SearcherOptions options;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final QueryCompiler compiler;
  private final Lookups lookups;
  private final EntityProfiles profiles;
  /**
   * Counts facets beside the thread building a page, one thread per core beyond the first (none on one core). It
   * never queues: with every helper busy, the requesting thread counts, as it would alone.
   */
  private final ThreadPoolExecutor counters;
  /** Results pages being built: a helper only counts when there are fewer than cores, so that one is free. */
  private final AtomicInteger building = new AtomicInteger();
  private final int cores = Runtime.getRuntime().availableProcessors();

  private SearcherCore(IndexView view, SearcherOptions options) {
    this.view = view;
    this.options = options;
    this.compiler = new QueryCompiler(analyzer, options);
    this.lookups = new Lookups(analyzer);
    this.profiles = new EntityProfiles(analyzer, options.nameVariants());
    int helpers = Math.min(4, cores - 1);
    this.counters = helpers <= 0 ? null : new ThreadPoolExecutor(0, helpers, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), SearcherCore::counterThread);
  }

  private static Thread counterThread(Runnable r) {
    Thread t = new Thread(r, "lede-facet-counter");
    t.setDaemon(true);
    return t;
  }

  /**
   * The request with its source and wire filters named as the index names them: any spelling the source registry
   * knows ("AP", "AP News", "Fox Online News") is the outlet's canonical name.
   */
  SearchRequest canonical(SearchRequest request) {
    return canonical(request, options);
  }

  static SearchRequest canonical(SearchRequest request, SearcherOptions options) {
    boolean changed = false;
    for (Dimension d : List.of(Dimension.SOURCE, Dimension.WIRE)) {
      FacetFilter f = request.filter(d);
      for (String v : f.include()) {
        changed |= !options.outlet(v).equals(v);
      }
      for (String v : f.exclude()) {
        changed |= !options.outlet(v).equals(v);
      }
    }
    if (!changed) {
      return request;
    }
    SearchRequest.Builder b = request.toBuilder();
    for (Dimension d : List.of(Dimension.SOURCE, Dimension.WIRE)) {
      b.clear(d);
      FacetFilter f = request.filter(d);
      f.include().forEach(v -> b.include(d, options.outlet(v)));
      f.exclude().forEach(v -> b.exclude(d, options.outlet(v)));
    }
    return b.build();
  }


  static SearcherCore open(Path indexOrHome, SearcherOptions options) {
    Objects.requireNonNull(indexOrHome, "indexOrHome");
    try {
      return new SearcherCore(IndexView.open(indexOrHome), Objects.requireNonNull(options, "options"));
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot open the index at " + indexOrHome + ": " + e.getMessage(), e);
    }
  }

  /** One page, plus whether counting was skipped. */
  private record Page(List<Hit> hits, List<FieldDoc> docs, FacetCounter.Counted counted, List<String> notices) {}

  SearchResult search(SearchRequest request) {
    Objects.requireNonNull(request, "request");
    checkPageSize(request);
    Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), request);
    int skip = cursor == null ? skipped(request) : 0;
    QueryCompiler.Compiled compiled = compiler.compile(request.query(), request.exact());
    try (IndexView.Lease lease = view.acquire()) {
      FacetedSearcher searcher = lease.searcher();
      if (cursor == null && unfilteredBrowse(request, compiled)) {
        // Browsing changes only with the reader: its pages are computed once per reader, for every visitor.
        return searcher.browse(request,
            () -> result(request, null, skip, run(searcher, request, compiled, null, skip, true)));
      }
      return result(request, cursor, skip, run(searcher, request, compiled, cursor, skip, true));
    } catch (IndexSearcher.TooManyClauses e) {
      throw compiler.tooManyTerms();
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  private static SearchResult result(SearchRequest request, Cursor cursor, int skip, Page page) {
    long delivered = (cursor == null ? skip : cursor.delivered()) + page.docs().size();
    long total = page.counted().total();
    String next = null;
    if (!page.docs().isEmpty() && page.docs().size() == request.pageSize() && delivered < total) {
      next = Cursor.after(page.docs().get(page.docs().size() - 1), request.sort(), delivered).encode(request);
    }
    return new SearchResult(total, page.hits(), page.counted().facets(), page.counted().histogram(),
        page.notices(), next, page.counted().estimated());
  }

  private int skipped(SearchRequest request) {
    return options.limits().skippedBefore(request);
  }

  QueryLimits limits() {
    return options.limits();
  }

  private void checkPageSize(SearchRequest request) {
    options.limits().checkPageSize(request);
  }

  /**
   * The cursor of the page before the request's page: null when that is the first page (or the request has no
   * cursor). Walks back from the request's cursor, so it is exact at any depth.
   */
  String previousCursor(SearchRequest request) {
    Objects.requireNonNull(request, "request");
    checkPageSize(request);
    if (request.cursor() == null) {
      return null;
    }
    Cursor cursor = Cursor.decode(request.cursor(), request);
    QueryCompiler.Compiled compiled = compiler.compile(request.query(), request.exact());
    try (IndexView.Lease lease = view.acquire()) {
      FacetedSearcher searcher = lease.searcher();
      DrillDownQuery query = drillDown(searcher.rewrite(compiled.query()), request);
      // The cursor follows the last hit of the previous page; that page's own cursor follows the hit n before it.
      int n = request.pageSize();
      List<FieldDoc> back = Pager.before(searcher, query, request.sort(), cursor.toFieldDoc(request.sort()), n,
          request.collapseStories());
      if (back.size() < n) {
        return null;
      }
      return Cursor.after(back.get(n - 1), request.sort(), Math.max(0, cursor.delivered() - n)).encode(request);
    } catch (IndexSearcher.TooManyClauses e) {
      throw compiler.tooManyTerms();
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  private Page run(SearchRequest request, Cursor cursor, int skip, boolean count) {
    QueryCompiler.Compiled compiled = compiler.compile(request.query(), request.exact());
    try (IndexView.Lease lease = view.acquire()) {
      return run(lease.searcher(), request, compiled, cursor, skip, count);
    } catch (IndexSearcher.TooManyClauses e) {
      throw compiler.tooManyTerms();
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  private Page run(FacetedSearcher searcher, SearchRequest request, QueryCompiler.Compiled compiled, Cursor cursor,
      int skip, boolean count) throws IOException {
    FieldDoc after = cursor == null ? null : cursor.toFieldDoc(request.sort());
    // Rewritten once against this reader: fuzzy, wildcard and regex terms are expanded once, not again by
    // counting, paging and by the highlighter for every hit and field (100 fuzzy terms took minutes).
    Query rewritten = searcher.rewrite(compiled.query());
    DrillDownQuery query = drillDown(rewritten, request);
    FacetCounter.Counted counted = new FacetCounter.Counted(0, List.of(), DateHistogram.EMPTY);
    int wanted = skip + request.pageSize();
    if (count && request.facetLimit() > 0 && unfilteredBrowse(request, compiled)) {
      counted = searcher.browseCounts(request, () -> counted(searcher, query, request));
    } else if (count && request.facetLimit() > 0) {
      // One pass over the matches: facets, histogram, the story count and the first hits to page from.
      // The facets of many matches are counted on a helper thread while this one builds the page.
      // On a loaded server every core already builds a page, and a hand-over would only add waiting.
      int pages = building.incrementAndGet();
      try {
        FacetCounter.Pass pass = FacetCounter.count(searcher, query, request, options.limits().facetSample(),
            request.collapseStories() ? Pager.storyCounter(searcher) : null,
            Pager.firstBatch(request.sort(), after, wanted, request.collapseStories()),
            pages < cores ? counters : null);
        try {
          Page page = page(searcher, request, compiled, rewritten, query, after, skip, pass.hits(), null);
          return new Page(page.hits(), page.docs(), pass.counted(), page.notices());
        } catch (IOException | RuntimeException | Error e) {
          pass.abandon();
          throw e;
        }
      } finally {
        building.decrementAndGet();
      }
    } else if (count) {
      counted = new FacetCounter.Counted(total(searcher, query, request), List.of(), DateHistogram.EMPTY);
    }
    return page(searcher, request, compiled, rewritten, query, after, skip, null, counted);
  }

  private Page page(FacetedSearcher searcher, SearchRequest request, QueryCompiler.Compiled compiled,
      Query rewritten, DrillDownQuery query, FieldDoc after, int skip, TopDocs first, FacetCounter.Counted counted)
      throws IOException {
    List<FieldDoc> read = Pager.page(searcher, query, request.sort(), after, skip + request.pageSize(),
        request.collapseStories(), first);
    List<FieldDoc> docs = read.subList(Math.min(skip, read.size()), read.size());
    List<Hit> hits = HitReader.hits(searcher, analyzer, compiled.browse() ? null : rewritten, docs, request);
    return new Page(hits, docs, counted, compiled.notices());
  }

  /** Browsing everything: the counts depend on the reader and the request's facet choices only. */
  private static boolean unfilteredBrowse(SearchRequest request, QueryCompiler.Compiled compiled) {
    return compiled.browse() && request.filters().isEmpty() && request.from() == null && request.to() == null
        && !request.undated();
  }

  /** Exact counts of browsing: computed once per reader for every visitor, a sample would save nothing. */
  private static FacetCounter.Counted counted(FacetedSearcher searcher, DrillDownQuery query, SearchRequest request)
      throws IOException {
    return FacetCounter.count(searcher, query, request, 0,
        request.collapseStories() ? Pager.storyCounter(searcher) : null, null, null).counted();
  }

  /**
   * The number of matches only: no page, snippets, facets or histogram. One compiled query, one pass over the
   * matches (or over their story values when the request collapses stories).
   */
  SearchResult count(SearchRequest request) {
    Objects.requireNonNull(request, "request");
    QueryCompiler.Compiled compiled = compiler.compile(request.query(), request.exact());
    try (IndexView.Lease lease = view.acquire()) {
      FacetedSearcher searcher = lease.searcher();
      // not rewritten first, as a page is for its highlighter: the search rewrites it once, without scores
      long total = total(searcher, drillDown(compiled.query(), request), request);
      return new SearchResult(total, List.of(), List.of(), DateHistogram.EMPTY, compiled.notices(), null);
    } catch (IndexSearcher.TooManyClauses e) {
      throw compiler.tooManyTerms();
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  /** A counter of queries within the request's filters, on the current snapshot of the index. */
  QueryCounter counter(SearchRequest template) {
    Objects.requireNonNull(template, "template");
    IndexView.Lease lease = null;
    try {
      lease = view.acquire();
      return new BitCounter(lease, compiler, template);
    } catch (IOException e) {
      closeQuietly(lease);
      throw unavailable(e);
    } catch (RuntimeException e) {
      closeQuietly(lease);
      throw e;
    }
  }

  private static void closeQuietly(IndexView.Lease lease) {
    if (lease != null) {
      IOUtils.closeWhileHandlingException(lease);
    }
  }

  /** Matching stories when the request collapses them, matching articles otherwise. */
  private static long total(FacetedSearcher searcher, Query query, SearchRequest request) throws IOException {
    return request.collapseStories() ? Pager.countStories(searcher, query) : searcher.count(query);
  }

  /** Query AND date range AND NOT excluded values, with included values as (sideways-countable) drill-downs. */
  static DrillDownQuery drillDown(Query query, SearchRequest request) {
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (request.from() != null || request.to() != null) {
      base.add(DateQueries.range(request.from(), request.to()), BooleanClause.Occur.FILTER);
    }
    if (request.undated()) {
      base.add(DateQueries.dated(), BooleanClause.Occur.MUST_NOT);
    }
    request.filters().forEach((d, f) -> f.exclude().forEach(v ->
        base.add(new TermQuery(new Term(d.field(), v)), BooleanClause.Occur.MUST_NOT)));
    DrillDownQuery ddq = new DrillDownQuery(FacetedSearcher.FACETS, base.build());
    for (Dimension d : Dimension.values()) {
      for (String v : new java.util.TreeSet<>(request.filter(d).include())) {
        ddq.add(d.field(), v);
      }
    }
    return ddq;
  }

  long forEach(SearchRequest request, Consumer<Hit> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    SearchRequest paged = request.toBuilder().pageSize(EXPORT_PAGE).facetLimit(0).build();
    Cursor cursor = paged.cursor() == null ? null : Cursor.decode(paged.cursor(), paged);
    long delivered = cursor == null ? 0 : cursor.delivered();
    long count = 0;
    while (true) {
      Page page = run(paged, cursor, 0, false);
      page.hits().forEach(consumer);
      count += page.hits().size();
      delivered += page.docs().size();
      if (page.docs().size() < EXPORT_PAGE) {
        return count;
      }
      cursor = Cursor.after(page.docs().get(page.docs().size() - 1), paged.sort(), delivered);
    }
  }

  List<String> ids(SearchRequest request, int limit) {
    Objects.requireNonNull(request, "request");
    if (limit < 1 || limit > MAX_IDS) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_IDS + ", was " + limit);
    }
    QueryCompiler.Compiled compiled = compiler.compile(request.query(), request.exact());
    try (IndexView.Lease lease = view.acquire()) {
      FacetedSearcher searcher = lease.searcher();
      DrillDownQuery query = drillDown(searcher.rewrite(compiled.query()), request);
      List<FieldDoc> docs = Pager.page(searcher, query, request.sort(), null, limit, request.collapseStories());
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      List<String> ids = new ArrayList<>(docs.size());
      for (FieldDoc d : docs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
        SortedDocValues values = leaf.reader().getSortedDocValues(IndexSchema.ID);
        if (values != null && values.advanceExact(d.doc - leaf.docBase)) {
          ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }
      }
      return ids;
    } catch (IndexSearcher.TooManyClauses e) {
      throw compiler.tooManyTerms();
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  Optional<ArticleView> article(String id) {
    try (IndexView.Lease lease = view.acquire()) {
      return lookups.article(lease.searcher(), id);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  List<Hit> related(String id, int n) {
    try (IndexView.Lease lease = view.acquire()) {
      return lookups.related(lease.searcher(), id, n);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  List<FacetValue> facetValues(Dimension dimension, String prefix, int limit) {
    try (IndexView.Lease lease = view.acquire()) {
      return lookups.facetValues(lease.searcher(), dimension, prefix, limit);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  Optional<EntityProfile> entity(Dimension dimension, String name, int latest) {
    Objects.requireNonNull(dimension, "dimension");
    try (IndexView.Lease lease = view.acquire()) {
      return Optional.ofNullable(profiles.profile(lease.searcher(), dimension, name, latest));
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  String didYouMean(String query) {
    try (IndexView.Lease lease = view.acquire()) {
      return lookups.didYouMean(lease.searcher(), query);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  List<Suggestion> suggest(String prefix, int n) {
    try (IndexView.Lease lease = view.acquire()) {
      return lookups.suggest(lease.searcher(), prefix, n);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  boolean maybeRefresh() {
    try {
      return view.refresh(false);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  boolean refresh() {
    try {
      return view.refresh(true);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  /**
   * Runs the searches a first visitor makes (browse with facets and histogram, collapsed; then one word of the newest
   * title, with snippets), so class loading and first-use initialisation happen before anyone waits for them. Only
   * speed depends on it: failures are ignored.
   */
  void warm() {
    try {
      SearchResult browse = search(SearchRequest.builder().sort(SortOrder.NEWEST).collapseStories(true).build());
      String word = browse.hits().stream().map(Hit::title).filter(Objects::nonNull)
          .flatMap(t -> java.util.Arrays.stream(t.split("\\P{L}+"))).filter(w -> w.length() >= 4)
          .findFirst().orElse(null);
      if (word != null) {
        search(SearchRequest.builder().query(word).collapseStories(true).build());
      }
    } catch (RuntimeException e) {
      // a warm-up that fails costs the first real search some time, nothing else
    }
  }

  CommitInfo commitInfo() {
    try (IndexView.Lease lease = view.acquire()) {
      DirectoryReader reader = (DirectoryReader) lease.searcher().getIndexReader();
      var commit = reader.getIndexCommit();
      return CommitInfo.of(lease.generation().dir, commit.getGeneration(), reader.numDocs(), commit.getUserData());
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  void close() {
    if (counters != null) {
      counters.shutdown(); // every task is awaited by the request that handed it over, before its reader is released
    }
    try {
      IOUtils.close(view, analyzer);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  private static IndexUnavailableException unavailable(IOException e) {
    return new IndexUnavailableException("the index could not be read: " + e.getMessage(), e);
  }

  static <T> List<T> limited(List<T> list, int n) {
    return new ArrayList<>(list.subList(0, Math.min(n, list.size())));
  }
}
