package dev.lede.search;

import dev.lede.entity.EntityAnnotator;
import dev.lede.entity.NameVariants;
import dev.lede.extract.SourceRegistry;
import java.util.Objects;

/**
 * How a {@link LedeSearcher} behaves.
 *
 * @param nameVariants spelling variants used to widen text queries unless a request is exact
 * @param limits query limits
 * @param titleBoost weight of a title match relative to a body match for unfielded terms
 * @param sources the outlets and wire agencies whose names and aliases a source or wire filter accepts ("AP",
 *     "Associated Press" and "AP News" all filter on the value the index has, Associated Press); the bundled
 *     registry when null. Use the registry the index was built with.
 */
public record SearcherOptions(NameVariants nameVariants, QueryLimits limits, float titleBoost,
    SourceRegistry sources) {
  /**
   * What {@code lede serve} searches with: the name variants of {@link EntityAnnotator#bundled()} (a query for
   * Kiev also finds Kyiv; the data loads on the first query that needs it), default limits, title boost 2, the
   * bundled source registry. {@code withNameVariants(NameVariants.NONE)} searches the words as typed.
   */
  public static final SearcherOptions DEFAULTS =
      new SearcherOptions(EntityAnnotator.bundled().nameVariants(), QueryLimits.DEFAULTS, 2f);

  /** Options with the bundled source registry. */
  public SearcherOptions(NameVariants nameVariants, QueryLimits limits, float titleBoost) {
    this(nameVariants, limits, titleBoost, null);
  }

  public SearcherOptions {
    sources = sources == null ? SourceRegistry.bundled() : sources;
    nameVariants = nameVariants == null ? NameVariants.NONE : nameVariants;
    limits = Objects.requireNonNullElse(limits, QueryLimits.DEFAULTS);
    if (!(titleBoost > 0 && titleBoost <= 100)) {
      throw new IllegalArgumentException("titleBoost must be within (0, 100], was " + titleBoost);
    }
  }

  /** These options with other name variants. */
  public SearcherOptions withNameVariants(NameVariants variants) {
    return new SearcherOptions(variants, limits, titleBoost, sources);
  }

  /** These options with other limits. */
  public SearcherOptions withLimits(QueryLimits other) {
    return new SearcherOptions(nameVariants, other, titleBoost, sources);
  }

  /** These options with another source registry (the one the index was built with). */
  public SearcherOptions withSources(SourceRegistry registry) {
    return new SearcherOptions(nameVariants, limits, titleBoost, registry);
  }

  /** The canonical outlet name for what a user wrote ("AP" is Associated Press), or the value as written. */
  String outlet(String written) {
    return sources.byName(written).map(SourceRegistry.Outlet::name).orElse(written);
  }
}
