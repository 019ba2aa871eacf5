package dev.lede.web;

import dev.lede.search.Dimension;
import java.util.Locale;
import java.util.Map;

/**
 * Entity page URLs: {@code /entity/<type>/<name>} and {@code /api/entities/<type>/<name>}, the type being the
 * dimension's parameter ({@code person}, {@code place}, {@code org}) and the name encoded per path segment like an
 * article id ({@link ArticleLinks#path}): "AC/DC" is {@code /entity/org/AC/DC}; a name that URL normalisation would
 * change goes in {@code ?name=}. Both forms are always accepted.
 */
final class EntityLinks {
  static final String PAGE = "/entity";
  static final String API = "/api/entities";
  static final String NAME = "name";
  /** The words a URL may use for a type; links always use {@link Dimension#param()}. */
  private static final Map<String, Dimension> TYPES = Map.of(
      "person", Dimension.PERSON, "people", Dimension.PERSON,
      "place", Dimension.PLACE, "places", Dimension.PLACE,
      "org", Dimension.ORG, "orgs", Dimension.ORG, "organization", Dimension.ORG, "organizations", Dimension.ORG);

  private EntityLinks() {}

  static String page(Dimension d, String name) {
    return ArticleLinks.path(PAGE + "/" + d.param(), name, NAME);
  }

  static String api(Dimension d, String name) {
    return ArticleLinks.path(API + "/" + d.param(), name, NAME);
  }

  /** The profile page of a value, or null when its dimension has no profiles (sources, authors...). */
  static String pageOrNull(Dimension d, String name) {
    return d.isEntity() ? page(d, name) : null;
  }

  /** The dimension a URL's type word names. */
  static Dimension type(String word) {
    Dimension d = word == null ? null : TYPES.get(word.toLowerCase(Locale.ROOT));
    if (d == null) {
      throw new BadRequest("Unknown entity type; use person, place or org.");
    }
    return d;
  }

  /** Checks a name from a request: present, bounded like a filter value, no control characters. */
  static String name(String name) {
    if (name == null || name.isBlank()) {
      throw new BadRequest("No name was given; use /entity/person/<name>.");
    }
    if (name.length() > SearchParams.MAX_VALUE_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
      throw new BadRequest("That is not a valid name (at most " + SearchParams.MAX_VALUE_LENGTH
          + " characters, no control characters).");
    }
    return name.strip();
  }
}
