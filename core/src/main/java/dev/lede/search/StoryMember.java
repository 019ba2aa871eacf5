package dev.lede.search;

import dev.lede.extract.Published;
import java.util.Objects;

/**
 * Another version of the same story ("+2 other versions: ...").
 *
 * @param id the article id
 * @param title its title, or null
 * @param source the outlet that published it, or null when unknown
 * @param published its publication date, or null
 */
public record StoryMember(String id, String title, String source, Published published) {
  public StoryMember {
    Objects.requireNonNull(id, "id");
  }
}
