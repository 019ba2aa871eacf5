package dev.lede.web.bench;

import dev.lede.index.IndexSchema;
import dev.lede.search.Dimension;
import dev.lede.search.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/**
 * What the plain-Lucene baseline reads from its facet counts: what a results page shows of them. Returns a checksum
 * of what was read, so none of it is skipped.
 */
final class BaselineFacets {
  private static final int MAX_YEARS_BY_MONTH = 6;

  private BaselineFacets() {}

  /** The top values of every dimension (and the selected ones), then the date histogram. */
  static long read(Facets facets, SearchRequest request) throws IOException {
    if (request.facetLimit() == 0) {
      return 0;
    }
    long chars = 0;
    for (Dimension d : Dimension.values()) {
      FacetResult top = children(facets, request.facetLimit(), d.field());
      chars += top == null ? 0 : top.childCount;
      for (String selected : request.filter(d).include()) {
        Number n = facets.getSpecificValue(d.field(), selected);
        chars += n == null ? 0 : n.longValue();
      }
    }
    return chars + histogram(facets);
  }

  /** Years; months when they span at most six years; days when the months span at most three. */
  private static long histogram(Facets facets) throws IOException {
    if (children(facets, 1, IndexSchema.DATE_FACET) == null) {
      return 0; // no dated article
    }
    List<String> years = labels(facets);
    long buckets = years.size();
    if (years.isEmpty()
        || Integer.parseInt(years.getLast()) - Integer.parseInt(years.getFirst()) >= MAX_YEARS_BY_MONTH) {
      return buckets;
    }
    List<String[]> months = new ArrayList<>();
    for (String y : years) {
      labels(facets, y).forEach(m -> months.add(new String[] {y, m}));
    }
    buckets += months.size();
    if (months.size() <= 3) {
      for (String[] month : months) {
        buckets += labels(facets, month).size();
      }
    }
    return buckets;
  }

  /** The labels under a date path, in order (their counts are read with them). */
  private static List<String> labels(Facets facets, String... path) throws IOException {
    FacetResult r = facets.getAllChildren(IndexSchema.DATE_FACET, path);
    return r == null ? List.of() : Arrays.stream(r.labelValues).map(lv -> lv.label).sorted().toList();
  }

  private static FacetResult children(Facets facets, int limit, String dim) throws IOException {
    try {
      return facets.getTopChildren(limit, dim);
    } catch (IllegalArgumentException e) {
      return null; // a dimension without values in this index
    }
  }
}
