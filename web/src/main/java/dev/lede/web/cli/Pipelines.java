package dev.lede.web.cli;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import java.util.function.Function;

/**
 * The one place where the command-line tools get their core components, so every command (and {@code serve}'s first
 * indexing) annotates entities the same way. Plug the real annotator in here.
 */
public final class Pipelines {
  private Pipelines() {}

  /** The entity annotator of every command: thread-safe, called from several worker threads at once. */
  public static Function<Article, Entities> entities() {
    return article -> Entities.NONE;
  }

  /** Worker threads for extraction and entities: one per core. */
  public static int workers() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
