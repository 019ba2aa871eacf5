package dev.lede.web.cli;

import dev.lede.entity.DefaultEntityExtractor;
import dev.lede.entity.Entities;
import dev.lede.entity.EntityAnnotator;
import dev.lede.entity.EntityOverrides;
import dev.lede.entity.NameVariants;
import dev.lede.extract.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The one place where the command-line tools get their core components, so every command (and {@code serve}'s first
 * indexing) annotates entities, and every searcher expands name variants, the same way.
 */
public final class Pipelines {
  private Pipelines() {}

  /** The operator's corrections, kept in the index home (the --index folder), beside the index generations. */
  public static final String OVERRIDES_FILE = "entity-overrides.tsv";

  /**
   * One extractor per process: its data (gazetteer, aliases) loads on first use and is shared by all threads and by
   * every annotator made from it.
   */
  private static final class Holder {
    static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();
    static final EntityAnnotator ANNOTATOR = EntityAnnotator.create(EXTRACTOR, EntityOverrides.NONE);
  }

  /**
   * The entity annotator for an index, with what it stands for.
   *
   * @param annotate thread-safe, called from several worker threads at once
   * @param config for {@code ReindexOptions.withEntities}: changes when the entity model, its bundled data or the
   *     overrides change
   * @param overridesFile the overrides file that was applied, or null when the index has none
   */
  public record IndexEntities(Function<Article, Entities> annotate, String config, Path overridesFile) {}

  /**
   * The default annotator plus the overrides file of this index home ({@value #OVERRIDES_FILE}), when there is one.
   *
   * @throws IOException when the file cannot be read
   * @throws dev.lede.entity.InvalidOverridesException when a line of it is wrong (the message names file and line)
   */
  public static IndexEntities forIndex(Path indexHome) throws IOException {
    Path file = indexHome.resolve(OVERRIDES_FILE);
    String model = "entities " + Holder.EXTRACTOR.fingerprint() + " ";
    if (!Files.exists(file)) {
      return new IndexEntities(entities(), model + "overrides none", null);
    }
    EntityOverrides overrides = EntityOverrides.load(file);
    EntityAnnotator annotator = EntityAnnotator.create(Holder.EXTRACTOR, overrides);
    return new IndexEntities(annotator::annotate, model + "overrides " + overrides.fingerprint(), file);
  }

  /** The entity annotator of every command: thread-safe, called from several worker threads at once. */
  public static Function<Article, Entities> entities() {
    return Holder.ANNOTATOR::annotate;
  }

  /** Query-side name variants from the same data the annotator canonicalises with (Kiev also finds Kyiv). */
  public static NameVariants nameVariants() {
    return Holder.ANNOTATOR.nameVariants();
  }

  /**
   * Starts loading the entity data on a background thread, so that it overlaps with whatever the caller does next
   * (opening the index, starting the server) instead of delaying the first search that needs name variants.
   */
  public static void warmInBackground() {
    Thread t = new Thread(Holder.ANNOTATOR::warm, "lede-warm-entities");
    t.setDaemon(true);
    t.start();
  }

  /** Worker threads for extraction and entities: one per core. */
  public static int workers() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
