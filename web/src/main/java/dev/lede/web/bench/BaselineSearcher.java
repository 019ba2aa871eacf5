package dev.lede.web.bench;

import dev.lede.index.IndexHome;
import dev.lede.index.IndexSchema;
import dev.lede.search.Dimension;
import dev.lede.search.FacetFilter;
import dev.lede.search.SearchRequest;
import dev.lede.search.SortOrder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOUtils;

/**
 * The plain-Lucene query baseline: the work of one {@link SearchRequest} done the way a competent developer would
 * with Lucene's own modules, on the same index, so every query row of the bench has a ratio next to it.
 *
 * <p>Per request: the query text through {@link MultiFieldQueryParser} over the fields unfielded words search (title
 * boosted like Lede's default, AND, whitespace-split, phrases for split words); date range, excluded and included
 * values as a {@link DrillDownQuery}; hits and facet counts of every match in one pass
 * ({@link FacetsCollectorManager#searchAfter}, or {@link DrillSideways} when values are selected, so a selected
 * dimension keeps its other counts) with {@link SortedSetDocValuesFacetCounts} over a reader state built once when
 * opened; the top values of every dimension and the date histogram from those counts ({@link BaselineFacets}); a
 * collapsed page by taking the first hit of each story in order from batches of hits, the story total from the
 * matches' story doc values; the {@link UnifiedHighlighter} on the page (title 1 passage, body 3, the same analysed
 * length); the page's stored fields; and each story's other members (one sorted search per story with several
 * members, as Lede lists them). docs/benchmarks.md says what it leaves out.
 */
final class BaselineSearcher implements Closeable {
  private static final int MAX_ANALYZED = 200_000;
  private static final int BODY_PASSAGES = 3;
  private static final int STORY_MEMBERS = 100;
  private static final int COLLAPSE_BATCH = 100;
  private static final String[] DEFAULT_FIELDS =
      {IndexSchema.TITLE, IndexSchema.STANDFIRST, IndexSchema.BODY, IndexSchema.ENTITY_TEXT};
  private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.SOURCE,
      IndexSchema.WIRE, IndexSchema.AUTHOR, IndexSchema.PUBLISHED, IndexSchema.URL, IndexSchema.LANGUAGE,
      IndexSchema.PERSON, IndexSchema.PLACE, IndexSchema.ORG, IndexSchema.STORY);
  private static final Set<String> MEMBER_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.SOURCE, IndexSchema.PUBLISHED);

  /** What a page came to: the total shown to the user and a checksum of what was read, so nothing is skipped. */
  record Page(long total, long chars) {}

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final FacetsConfig config = IndexSchema.facetsConfig();
  private final SortedSetDocValuesReaderState state;
  private final UnifiedHighlighter highlighter;

  private BaselineSearcher(Directory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(MAX_ANALYZED)
        .withMaxNoHighlightPassages(1).build();
  }

  /** Opens the active generation of an index home. */
  static BaselineSearcher open(Path home) throws IOException {
    Path generation = IndexHome.open(home).current()
        .orElseThrow(() -> new IOException("no active index generation under " + home));
    Directory dir = FSDirectory.open(generation);
    try {
      return new BaselineSearcher(dir);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(dir);
      throw e;
    }
  }

  /** One page of the request after {@code after} (null: the first page); the request's own cursor is ignored. */
  Page search(SearchRequest request, FieldDoc after) throws IOException {
    if (after != null && request.collapseStories()) {
      throw new IllegalArgumentException("collapsed pages after a cursor are not part of the baseline");
    }
    Query text = text(request.query());
    DrillDownQuery query = filtered(text, request);
    Sort sort = sort(request.sort());
    int n = request.collapseStories() ? Math.max(COLLAPSE_BATCH, 2 * request.pageSize()) : request.pageSize();
    TopDocs top;
    Facets facets;
    long total;
    boolean selected = request.filters().values().stream().anyMatch(f -> !f.include().isEmpty());
    if (!selected) {
      FacetsCollectorManager.FacetsResult r =
          FacetsCollectorManager.searchAfter(searcher, after, query, n, sort, new FacetsCollectorManager());
      top = r.topDocs();
      facets = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
      total = request.collapseStories() ? stories(r.facetsCollector()) : top.totalHits.value();
    } else {
      DrillSideways.DrillSidewaysResult r =
          new DrillSideways(searcher, config, state).search(query, null, after, n, sort, false);
      top = r.hits;
      facets = r.facets;
      total = request.collapseStories() ? stories(r.drillDownFacetsCollector) : top.totalHits.value();
    }
    long chars = BaselineFacets.read(facets, request);
    List<ScoreDoc> page = request.collapseStories() ? heads(query, sort, top, request.pageSize())
        : List.of(top.scoreDocs);
    return new Page(total, chars + hits(text, page, request));
  }

  private Query text(String q) {
    if (q == null || q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    try {
      // one parser per query: QueryParser is not thread-safe, and it costs next to nothing
      MultiFieldQueryParser parser = new MultiFieldQueryParser(DEFAULT_FIELDS, analyzer,
          Map.of(IndexSchema.TITLE, 2f));
      parser.setDefaultOperator(QueryParser.Operator.AND);
      parser.setSplitOnWhitespace(true);
      parser.setAutoGeneratePhraseQueries(true);
      return parser.parse(q);
    } catch (ParseException e) {
      throw new IllegalArgumentException("the baseline cannot parse a bench query", e);
    }
  }

  private DrillDownQuery filtered(Query text, SearchRequest request) {
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (request.from() != null || request.to() != null) {
      base.add(LongPoint.newRangeQuery(IndexSchema.DAY,
          request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay(),
          request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay()), BooleanClause.Occur.FILTER);
    }
    for (Map.Entry<Dimension, FacetFilter> e : request.filters().entrySet()) {
      for (String v : e.getValue().exclude()) {
        base.add(new TermQuery(new Term(e.getKey().field(), v)), BooleanClause.Occur.MUST_NOT);
      }
    }
    DrillDownQuery query = new DrillDownQuery(config, base.build());
    request.filters().forEach((d, f) -> f.include().forEach(v -> query.add(d.field(), v)));
    return query;
  }

  private static Sort sort(SortOrder order) {
    SortField id = new SortField(IndexSchema.ID, SortField.Type.STRING);
    if (order == SortOrder.RELEVANCE) {
      return new Sort(SortField.FIELD_SCORE, id);
    }
    boolean newest = order == SortOrder.NEWEST;
    SortField published = new SortField(IndexSchema.PUBLISHED, SortField.Type.LONG, newest);
    published.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(published, id);
  }

  /** Distinct stories among the collected matches, from story doc values per segment. */
  private static long stories(FacetsCollector collected) throws IOException {
    Set<BytesRef> stories = new HashSet<>();
    for (FacetsCollector.MatchingDocs m : collected.getMatchingDocs()) {
      var values = m.context().reader().getSortedDocValues(IndexSchema.STORY);
      var docs = m.bits() == null ? null : m.bits().iterator();
      if (values == null || docs == null) {
        continue;
      }
      FixedBitSet ords = new FixedBitSet(Math.max(1, values.getValueCount()));
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (values.advanceExact(d)) {
          ords.set(values.ordValue());
        }
      }
      for (int o = ords.nextSetBit(0); o != DocIdSetIterator.NO_MORE_DOCS;
          o = o + 1 < ords.length() ? ords.nextSetBit(o + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        stories.add(BytesRef.deepCopyOf(values.lookupOrd(o)));
      }
    }
    return stories.size();
  }

  /** The first hit of each story, in order, batch after batch until the page is full or the hits run out. */
  private List<ScoreDoc> heads(Query query, Sort sort, TopDocs first, int n) throws IOException {
    List<ScoreDoc> page = new ArrayList<>(n);
    Set<String> seen = new HashSet<>();
    TopDocs batch = first;
    int size = first.scoreDocs.length;
    while (true) {
      for (ScoreDoc d : batch.scoreDocs) {
        String story = storyOf(d.doc);
        if ((story == null || seen.add(story)) && page.add(d) && page.size() == n) {
          return page;
        }
      }
      if (batch.scoreDocs.length < size || size == 0) {
        return page;
      }
      FieldDoc last = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
      batch = searcher.search(query, new TopFieldCollectorManager(sort, size, last, size));
    }
  }

  private String storyOf(int doc) throws IOException {
    var leaves = reader.leaves();
    var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    var values = leaf.reader().getSortedDocValues(IndexSchema.STORY);
    return values != null && values.advanceExact(doc - leaf.docBase)
        ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  }

  /** Highlights (or the stored lead when browsing), stored fields and other story members of the page. */
  private long hits(Query text, List<ScoreDoc> page, SearchRequest request) throws IOException {
    int[] docs = page.stream().mapToInt(d -> d.doc).toArray();
    long chars = 0;
    boolean browse = text instanceof MatchAllDocsQuery;
    if (!browse && docs.length > 0) {
      Map<String, String[]> shown = highlighter.highlightFields(
          new String[] {IndexSchema.TITLE, IndexSchema.BODY}, text, docs, new int[] {1, BODY_PASSAGES});
      for (String[] values : shown.values()) {
        for (String v : values) {
          chars += v == null ? 0 : v.length();
        }
      }
    }
    Set<String> fields = browse ? with(HIT_FIELDS, IndexSchema.BODY) : HIT_FIELDS;
    for (int doc : docs) {
      var stored = searcher.storedFields().document(doc, fields);
      String body = stored.get(IndexSchema.BODY); // the first paragraph: the lead of a browsed hit
      chars += stored.getFields().size() + (body == null ? 0 : Math.min(body.length(), 240));
      String story = stored.get(IndexSchema.STORY);
      if (request.collapseStories() && story != null) {
        chars += members(story);
      }
    }
    return chars;
  }

  private static Set<String> with(Set<String> fields, String field) {
    Set<String> out = new HashSet<>(fields);
    out.add(field);
    return out;
  }

  /** The story's members, oldest first, with the fields a member line shows. */
  private long members(String story) throws IOException {
    Term term = new Term(IndexSchema.STORY, story);
    if (reader.docFreq(term) <= 1) {
      return 0;
    }
    TopDocs top = searcher.search(new TermQuery(term),
        new TopFieldCollectorManager(sort(SortOrder.OLDEST), STORY_MEMBERS, null, STORY_MEMBERS));
    long chars = 0;
    for (ScoreDoc d : top.scoreDocs) {
      chars += searcher.storedFields().document(d.doc, MEMBER_FIELDS).getFields().size();
    }
    return chars;
  }

  /**
   * The last hit before page {@code offset / pageSize + 1} of the request (uncollapsed), walked in big pages; what a
   * cursor stands for. Not timed.
   */
  FieldDoc after(SearchRequest request, long offset) throws IOException {
    DrillDownQuery query = filtered(text(request.query()), request);
    Sort sort = sort(request.sort());
    FieldDoc after = null;
    for (long walked = 0; walked < offset; ) {
      int n = (int) Math.min(1_000, offset - walked);
      ScoreDoc[] docs = searcher.search(query, new TopFieldCollectorManager(sort, n, after, n)).scoreDocs;
      if (docs.length == 0) {
        break;
      }
      after = (FieldDoc) docs[docs.length - 1];
      walked += docs.length;
    }
    return after;
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(reader, directory, analyzer);
  }
}
