package dev.lede.search;

import java.util.List;
import java.util.Objects;

/**
 * The top values of one dimension for a search, highest count first (ties by value); selected values are always
 * included even when outside the top.
 *
 * @param dimension the dimension
 * @param values its values
 * @param distinctValues how many distinct values the matches have in this dimension (-1 if not computed)
 */
public record FacetResult(Dimension dimension, List<FacetValue> values, int distinctValues) {
  public FacetResult {
    Objects.requireNonNull(dimension, "dimension");
    values = List.copyOf(values);
  }
}
