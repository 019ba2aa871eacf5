package dev.lede.entity;

import dev.lede.extract.Article;
import java.util.List;

/**
 * Finds typed mentions of people, places and organizations in an article. Implementations must be thread-safe.
 *
 * <p>This is the plug-in point for a heavier tagger (for example a statistical one under a licence that cannot be
 * a dependency of core): implement it and hand it to the pipeline; alias resolution and facets work unchanged.
 */
public interface EntityExtractor {
  /** The mentions in the article's title and body, in any order. */
  List<Mention> mentions(Article article);
}
