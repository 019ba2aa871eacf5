package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A request as the embedded searcher understands it, for another engine to run: the query language parsed into a
 * Lucene query (name variants, fields, dates and limits applied, exactly as {@link LedeSearcher} does), the filters
 * every count shares, and the included facet values, kept apart because a multi-select facet counts its own
 * dimension without its own selection (sideways). Source and wire values are already the registry's canonical names.
 *
 * <pre>{@code
 * SearchPlan plan = SearchPlan.of(request, SearcherOptions.DEFAULTS);
 * Query hits = plan.filtered();                  // what the hits and the total match
 * Query personCounts = plan.filteredExcept(Dimension.PERSON);   // what the person facet counts over
 * }</pre>
 *
 * @param request the request, with canonical outlet names
 * @param text the query text alone, as parsed (what snippets highlight); match-all when browsing
 * @param base the query text AND the date range AND "undated only" AND NOT every excluded value
 * @param notices how the query was understood ({@link Notices}), as a search would report them
 * @param browse whether there is no query text (everything matches)
 * @param includes per dimension, the selected values (an article needs one of them); only non-empty dimensions
 */
public record SearchPlan(SearchRequest request, Query text, Query base, List<String> notices, boolean browse,
    Map<Dimension, Set<String>> includes) {
  public SearchPlan {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(base, "base");
    notices = List.copyOf(notices);
    includes = Map.copyOf(includes);
  }

  /**
   * Plans a request.
   *
   * @throws InvalidQueryException for an unknown field or an exceeded limit, with the message a search gives
   */
  public static SearchPlan of(SearchRequest request, SearcherOptions options) {
    SearchRequest canonical = SearcherCore.canonical(Objects.requireNonNull(request, "request"), options);
    try (Analyzer analyzer = IndexSchema.analyzer()) {
      QueryCompiler.Compiled compiled = new QueryCompiler(analyzer, options).compile(canonical.query(),
          canonical.exact());
      Query base = SearcherCore.drillDown(compiled.query(), canonical).getBaseQuery();
      Map<Dimension, Set<String>> includes = new EnumMap<>(Dimension.class);
      for (Dimension d : Dimension.values()) {
        if (!canonical.filter(d).include().isEmpty()) {
          includes.put(d, canonical.filter(d).include());
        }
      }
      return new SearchPlan(canonical, compiled.query(), base, compiled.notices(), compiled.browse(), includes);
    }
  }

  /** A plan whose base is {@code base} itself (no query text), with the request's includes: an entity's page. */
  public SearchPlan withBase(Query base) {
    return new SearchPlan(request, new org.apache.lucene.search.MatchAllDocsQuery(), base, notices, true, includes);
  }

  /** What the hits match: the base query and one value of every included dimension. */
  public Query filtered() {
    return filteredExcept(null);
  }

  /** The base query and the included values of every dimension but {@code dimension} (null: all of them). */
  public Query filteredExcept(Dimension dimension) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
    includes.forEach((d, values) -> {
      if (d != dimension) {
        b.add(anyOf(d, values), BooleanClause.Occur.FILTER);
      }
    });
    return b.build();
  }

  /** Articles with at least one of the values in the dimension. */
  public static Query anyOf(Dimension dimension, Set<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : new java.util.TreeSet<>(values)) {
      any.add(new TermQuery(new org.apache.lucene.index.Term(dimension.field(), v)), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }
}
