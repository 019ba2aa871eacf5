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

  /**
   * One bundled extractor per process: its data loads once, on first use, and every annotator made from it shares
   * it.
   */
  private static final class Bundled {
    static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();
    static final EntityAnnotator ANNOTATOR = create(EXTRACTOR, EntityOverrides.NONE);
  }

  /**
   * The default extractor over the bundled data, no overrides, shared by every caller in the process (it is
   * immutable): what {@code ReindexOptions.of} annotates with and whose name variants
   * {@code SearcherOptions.DEFAULTS} expands queries with, so the data is loaded once for both.
   */
  public static EntityAnnotator bundled() {
    return Bundled.ANNOTATOR;
  }

  /** The bundled annotator with the operator's corrections; shares the loaded data with {@link #bundled()}. */
  public static EntityAnnotator bundled(EntityOverrides overrides) {
    return overrides.rules().isEmpty() ? Bundled.ANNOTATOR : create(Bundled.EXTRACTOR, overrides);
  }

  /** The default extractor over the bundled data, no overrides, with data of its own (see {@link #bundled()}). */
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
    int year = article.published() != null ? article.published().date().getYear() : 0;
    List<String> paragraphs = article.paragraphs();
    return new Resolver(holder.data(), overrides).resolve(mentions, year, p -> {
      String text = p < 0 ? article.title() : p < paragraphs.size() ? paragraphs.get(p) : null;
      return text != null && Fold.isAllCaps(text);
    });
  }

  /** Spelling variants from the same data, for query expansion. */
  public NameVariants nameVariants() {
    return variants;
  }

  /**
   * What this annotator does, as an index records it ({@code entities MODEL overrides RULES}, two fingerprints): a
   * reindex that finds another value in the last commit rebuilds everything, so no index mixes two models' or two
   * rule sets' entities. Null for an extractor other than {@link DefaultEntityExtractor}, whose data Lede cannot
   * fingerprint (give its configuration to {@code ReindexOptions.withEntities} yourself).
   */
  public String configuration() {
    return extractor instanceof DefaultEntityExtractor d
        ? "entities " + d.fingerprint() + " overrides " + overrides.fingerprint() : null;
  }

  /** Loads the data now rather than on first use (for start-up, and to measure load time). */
  public EntityAnnotator warm() {
    holder.get();
    return this;
  }

  /**
   * Loads only what {@link #nameVariants()} and canonical names read (lexicons, gazetteer, aliases), not the tagger:
   * for a process that searches an index and annotates nothing, such as a server over a built index. Returns this.
   */
  public EntityAnnotator warmNameVariants() {
    holder.data();
    return this;
  }
}
