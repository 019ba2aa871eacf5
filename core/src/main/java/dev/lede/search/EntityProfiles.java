package dev.lede.search;

import dev.lede.entity.NameVariants;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Builds {@link EntityProfile}s with the search's own machinery: the entity is a filter on its facet field (the term
 * an exclusion uses), counted by {@link FacetCounter} without drill-downs so its own dimension counts co-occurrence
 * rather than sideways alternatives, then paged newest first by {@link Pager}.
 */
final class EntityProfiles {
  /** Values per co-occurrence list and outlets. */
  static final int TOP = 10;
  /** The latest stories: newest first, each with its other versions (the page shows stories, as the search does). */
  private static final SearchRequest LATEST_HITS =
      SearchRequest.builder().sort(SortOrder.NEWEST).collapseStories(true).build();
  static final int MAX_LATEST = 100;
  /** Longer names are no facet value (the web refuses filter values past 300 characters). */
  private static final int MAX_NAME = 1_000;

  private final Analyzer analyzer;
  private final NameVariants variants;

  EntityProfiles(Analyzer analyzer, NameVariants variants) {
    this.analyzer = analyzer;
    this.variants = variants;
  }

  EntityProfile profile(FacetedSearcher searcher, Dimension d, String name, int latest) throws IOException {
    if (!d.isEntity()) {
      throw new IllegalArgumentException("not an entity dimension: " + d);
    }
    if (latest < 1 || latest > MAX_LATEST) {
      throw new IllegalArgumentException("latest must be between 1 and " + MAX_LATEST + ", was " + latest);
    }
    String value = resolve(searcher, d, name);
    if (value == null) {
      return null;
    }
    // +1: the entity itself is the top value of its own dimension and is left out
    SearchRequest request = SearchRequest.builder().facetLimit(TOP + 1).exactCounts(true).build();
    DrillDownQuery query = SearcherCore.drillDown(new TermQuery(new Term(d.field(), value)), request);
    FacetCounter.Counted counted = FacetCounter.count(searcher, query, request);
    if (counted.total() == 0) {
      return null; // only deleted articles named it
    }
    long dated = counted.histogram().buckets().stream().mapToLong(DateHistogram.Bucket::count).sum();
    List<FieldDoc> docs = Pager.page(searcher, query, SortOrder.NEWEST, null, latest, true);
    List<Hit> hits = HitReader.hits(searcher, analyzer, null, docs, LATEST_HITS);
    return new EntityProfile(d, value, counted.total(), Pager.countStories(searcher, query),
        Math.max(0, counted.total() - dated), counted.histogram(), named(counted, Dimension.PERSON, d, value),
        named(counted, Dimension.PLACE, d, value), named(counted, Dimension.ORG, d, value),
        named(counted, Dimension.SOURCE, d, value), hits);
  }

  private static List<FacetValue> named(FacetCounter.Counted counted, Dimension of, Dimension d, String value) {
    List<FacetValue> out = new ArrayList<>();
    for (FacetResult f : counted.facets()) {
      if (f.dimension() == of) {
        f.values().stream().filter(v -> of != d || !v.value().equals(value)).limit(TOP).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The value the index has for a name: the name itself, else one of its spelling variants (Kiev: Kyiv), else the
   * most frequent value spelled the same but for case and accents. Never a different name (Surovikin is not
   * Sergey Surovikin); null when none is indexed.
   */
  String resolve(FacetedSearcher searcher, Dimension d, String name) throws IOException {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME) {
      return null;
    }
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(n);
    candidates.addAll(variants.variantsOf(n));
    for (String c : candidates) {
      if (searcher.getIndexReader().docFreq(new Term(d.field(), c)) > 0) {
        return c;
      }
    }
    Set<String> folded = new LinkedHashSet<>();
    candidates.forEach(c -> folded.add(Lookups.fold(c)));
    if (candidates.stream().anyMatch(c -> c.length() > Lookups.MAX_PREFIX)) {
      return null; // fold keeps a prefix: longer names would match on it alone
    }
    for (LabelAndValue lv : searcher.allValues(d)) { // most frequent first
      if (lv.label.length() <= Lookups.MAX_PREFIX && folded.contains(Lookups.fold(lv.label))) {
        return lv.label;
      }
    }
    return null;
  }
}
