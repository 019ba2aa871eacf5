package dev.lede.search;

import java.util.Objects;

/**
 * One value of a facet dimension with its count.
 *
 * @param value the exact facet value (use it in {@link FacetFilter})
 * @param count matching articles with this value (for a selected dimension: counted as if only the other
 *     dimensions were selected, so the choices stay visible)
 * @param selected whether it is among the request's included values
 * @param excluded whether it is among the request's excluded values
 */
public record FacetValue(String value, long count, boolean selected, boolean excluded) {
  public FacetValue {
    Objects.requireNonNull(value, "value");
    if (count < 0) {
      throw new IllegalArgumentException("negative count " + count + " for '" + value + "'");
    }
  }

  /**
   * Whether the value, or one of its words, starts with {@code prefix}, ignoring case and accents ("put" and "PUT"
   * find "Vladimir Putin"): the rule of {@link ArchiveSearcher#facetValues} and suggestions.
   */
  public static boolean startsWith(String value, String prefix) {
    return Lookups.matches(value, Lookups.fold(prefix));
  }

  /** Whether two names are the same but for case and accents ("kyiv" and "Kyïv"), as entity lookups compare them. */
  public static boolean sameName(String a, String b) {
    return Lookups.fold(a).equals(Lookups.fold(b));
  }
}
