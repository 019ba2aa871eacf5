package dev.lede.search;

import java.util.Set;

/**
 * The selection in one facet dimension: included values are OR-ed (an article needs at least one of them), excluded
 * values are removed. Values are exact facet values (canonical names).
 *
 * @param include values of which at least one must be present (empty: no constraint)
 * @param exclude values none of which may be present
 */
public record FacetFilter(Set<String> include, Set<String> exclude) {
  /** No selection. */
  public static final FacetFilter NONE = new FacetFilter(Set.of(), Set.of());

  public FacetFilter {
    include = include == null ? Set.of() : Set.copyOf(include);
    exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
    for (String v : include) {
      if (exclude.contains(v)) {
        throw new IllegalArgumentException("value is both included and excluded: '" + v + "'");
      }
    }
  }

  /** Whether nothing is selected. */
  public boolean isEmpty() {
    return include.isEmpty() && exclude.isEmpty();
  }
}
