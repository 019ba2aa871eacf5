package dev.lede.web.cli;

import dev.lede.entity.Entities;
import dev.lede.entity.EntityAnnotator;
import dev.lede.extract.Article;
import java.util.function.Function;

/**
 * The one place where the command-line tools get their core components, so every command annotates entities, and
 * every searcher expands name variants, the same way: with the library's shared bundled annotator
 * ({@link EntityAnnotator#bundled()}), which {@code ReindexOptions.of} and {@code SearcherOptions.DEFAULTS} use too.
 */
public final class Pipelines {
  private Pipelines() {}

  /** The entity annotator of every command: thread-safe, called from several worker threads at once. */
  public static Function<Article, Entities> entities() {
    return EntityAnnotator.bundled()::annotate;
  }

  /**
   * Starts loading the entity data on a background thread, so that it overlaps with whatever the caller does next
   * (opening the index, starting the server) instead of delaying the first search that needs name variants.
   * {@code tagger} false loads only what searching needs (name variants), not the tagger's model and word classes,
   * which on two cores would compete with the server's start for nothing when no article is annotated.
   */
  public static void warmInBackground(boolean tagger) {
    EntityAnnotator bundled = EntityAnnotator.bundled();
    Runnable warm = tagger ? bundled::warm : bundled::warmNameVariants;
    Thread t = new Thread(warm, "lede-warm-entities");
    t.setDaemon(true);
    t.start();
  }

  /** Worker threads for extraction and entities: one per core. */
  public static int workers() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
