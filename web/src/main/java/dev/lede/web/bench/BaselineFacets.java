package dev.lede.web.bench;

import dev.lede.index.IndexSchema;
import dev.lede.search.Dimension;
import dev.lede.search.SearchRequest;
import java.io.IOException;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

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
    TreeMap<String, Long> years = all(facets);
    if (years.isEmpty()) {
      return 0;
    }
    long buckets = years.size();
    if (Integer.parseInt(years.lastKey()) - Integer.parseInt(years.firstKey()) < MAX_YEARS_BY_MONTH) {
      TreeMap<String, Long> months = new TreeMap<>();
      for (String y : years.keySet()) {
        all(facets, y).forEach((m, r) -> months.put(y + "-" + m, r));
      }
      buckets += months.size();
      if (months.size() <= 3) {
        for (String ym : months.keySet()) {
          buckets += all(facets, ym.split("-")).size();
        }
      }
    }
    return buckets;
  }

  /** Children of a date path with their counts, by label; empty when the path has none. */
  private static TreeMap<String, Long> all(Facets facets, String... path) throws IOException {
    TreeMap<String, Long> out = new TreeMap<>();
    FacetResult r;
    try {
      r = facets.getAllChildren(IndexSchema.DATE_FACET, path);
    } catch (IllegalArgumentException e) {
      return out;
    }
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        out.put(lv.label, lv.value.longValue());
      }
    }
    return out;
  }

  private static FacetResult children(Facets facets, int limit, String dim) throws IOException {
    try {
      return facets.getTopChildren(limit, dim);
    } catch (IllegalArgumentException e) {
      return null; // a dimension without values in this index
    }
  }
}
