package dev.lede.search;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import java.util.List;
import java.util.Objects;

/**
 * A full stored article with its story, for the article page.
 *
 * @param article the article as extracted
 * @param entities its canonical entities
 * @param storyId its story id
 * @param otherVersions the other members of its story, oldest first
 */
public record ArticleView(Article article, Entities entities, String storyId, List<StoryMember> otherVersions) {
  public ArticleView {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(storyId, "storyId");
    entities = entities == null ? Entities.NONE : entities;
    otherVersions = List.copyOf(otherVersions);
  }
}
