package dev.lede.web.cli;

import dev.lede.entity.Entities;
import dev.lede.entity.EntityAnnotator;
import dev.lede.entity.NameVariants;
import dev.lede.extract.Article;
import java.util.function.Function;

/**
 * The one place where the command-line tools get their core components, so every command (and {@code serve}'s first
 * indexing) annotates entities, and every searcher expands name variants, the same way.
 */
public final class Pipelines {
  private Pipelines() {}

  /** One annotator per process: its data (gazetteer, aliases) loads on first use and is shared by all threads. */
  private static final class Holder {
    static final EntityAnnotator ANNOTATOR = EntityAnnotator.create();
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
