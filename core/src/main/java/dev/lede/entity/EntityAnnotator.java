package dev.lede.entity;

import dev.lede.extract.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The entity stage: article in, canonical people, places and organisations out (the facet values), plus the
 * {@link NameVariants} the search stage uses to expand "Kiev" to "Kyiv".
 *
 * <pre>{@code
 * EntityAnnotator entities = EntityAnnotator.create();          // bundled data, default extractor
 * Entities e = entities.annotate(article);                       // e.people(): most mentioned first
 *
 * // another tagger, plus the operator's corrections kept next to the index:
 * EntityAnnotator custom = EntityAnnotator.create(myExtractor, indexDir.resolve("entity-overrides.tsv"));
 * }</pre>
 *
 * <p>Any {@link EntityExtractor} can be plugged in: alias merging, canonical names, overrides and name variants
 * work the same whatever found the mentions. Data files are loaded once per annotator, on first use. Instances
 * are immutable and thread-safe; share one.
 */
public final class EntityAnnotator {
  private final EntityExtractor extractor;
  private final DataHolder holder;
  private final EntityOverrides overrides;
  private final NameVariants variants;

  private EntityAnnotator(EntityExtractor extractor, DataHolder holder, EntityOverrides overrides) {
    this.extractor = extractor;
    this.holder = holder;
    this.overrides = overrides;
    this.variants = new DataNameVariants(holder);
  }

  /** The default extractor over the bundled data, no overrides. */
  public static EntityAnnotator create() {
    DataHolder holder = new DataHolder();
    return new EntityAnnotator(new DefaultEntityExtractor(holder), holder, EntityOverrides.NONE);
  }

  /**
   * A given extractor, and the operator's overrides file when there is one.
   *
   * @param extractor finds the mentions (a {@link DefaultEntityExtractor} shares its loaded data with this)
   * @param overridesFileOrNull a file in the {@link EntityOverrides} format, or null for none
   * @throws IOException when the file cannot be read
   * @throws InvalidOverridesException when a line of it is wrong (the message names the line)
   */
  public static EntityAnnotator create(EntityExtractor extractor, Path overridesFileOrNull) throws IOException {
    EntityOverrides overrides =
        overridesFileOrNull == null ? EntityOverrides.NONE : EntityOverrides.load(overridesFileOrNull);
    return create(extractor, overrides);
  }

  /** A given extractor with already parsed overrides. */
  public static EntityAnnotator create(EntityExtractor extractor, EntityOverrides overrides) {
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(overrides, "overrides");
    DataHolder holder = extractor instanceof DefaultEntityExtractor d ? d.holder() : new DataHolder();
    return new EntityAnnotator(extractor, holder, overrides);
  }

  /** The canonical entities of the article, each list most mentioned first. */
  public Entities annotate(Article article) {
    Objects.requireNonNull(article, "article");
    List<Mention> mentions = extractor.mentions(article);
    if (mentions == null || mentions.isEmpty()) {
      return Entities.NONE;
    }
    return new Resolver(holder.get().data(), overrides).resolve(mentions);
  }

  /** Spelling variants from the same data, for query expansion. */
  public NameVariants nameVariants() {
    return variants;
  }

  /** Loads the data now rather than on first use (for start-up, and to measure load time). */
  public EntityAnnotator warm() {
    holder.get();
    return this;
  }
}
