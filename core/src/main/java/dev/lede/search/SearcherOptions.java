package dev.lede.search;

import dev.lede.entity.NameVariants;
import java.util.Objects;

/**
 * How a {@link LedeSearcher} behaves.
 *
 * @param nameVariants spelling variants used to widen text queries unless a request is exact
 * @param limits query limits
 * @param titleBoost weight of a title match relative to a body match for unfielded terms
 */
public record SearcherOptions(NameVariants nameVariants, QueryLimits limits, float titleBoost) {
  /** No name variants, default limits, title boost 2. */
  public static final SearcherOptions DEFAULTS = new SearcherOptions(NameVariants.NONE, QueryLimits.DEFAULTS, 2f);

  public SearcherOptions {
    nameVariants = nameVariants == null ? NameVariants.NONE : nameVariants;
    limits = Objects.requireNonNullElse(limits, QueryLimits.DEFAULTS);
    if (!(titleBoost > 0 && titleBoost <= 100)) {
      throw new IllegalArgumentException("titleBoost must be within (0, 100], was " + titleBoost);
    }
  }

  /** These options with other name variants. */
  public SearcherOptions withNameVariants(NameVariants variants) {
    return new SearcherOptions(variants, limits, titleBoost);
  }
}
