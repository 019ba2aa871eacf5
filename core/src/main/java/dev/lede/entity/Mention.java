package dev.lede.entity;

import java.util.Objects;

/**
 * One mention of a named entity in an article's body, as found by an {@link EntityExtractor}.
 *
 * @param type what kind of entity
 * @param text the surface form with titles, honorifics and possessives already removed ("Putin", not "Mr. Putin's")
 * @param paragraph index into {@link dev.lede.extract.Article#paragraphs()}, or -1 for the title
 * @param start character offset of the mention in that paragraph (inclusive)
 * @param end character offset of the mention in that paragraph (exclusive)
 */
public record Mention(EntityType type, String text, int paragraph, int start, int end) {
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention offsets " + start + ".." + end);
    }
  }
}
