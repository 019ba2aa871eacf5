package dev.lede.index;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import java.util.Objects;

/**
 * What goes into the index for one document: the extracted article and its canonical entities. The story id is not
 * part of it: {@link ArticleIndexWriter} assigns it from the near-duplicates already in the index.
 *
 * @param article the extracted article (its {@code id} is the index key)
 * @param entities its canonical entities ({@link Entities#NONE} when none were found)
 */
public record IndexedArticle(Article article, Entities entities) {
  public IndexedArticle {
    Objects.requireNonNull(article, "article");
    entities = entities == null ? Entities.NONE : entities;
  }

  /** The article's id, the key for updates and deletes. */
  public String id() {
    return article.id();
  }
}
