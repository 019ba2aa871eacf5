package dev.lede.entity;

import java.util.List;

/**
 * The canonical entities of one article, each list most-mentioned first. These are the facet values.
 *
 * @param people canonical person names
 * @param places canonical place names
 * @param orgs canonical organization names
 */
public record Entities(List<String> people, List<String> places, List<String> orgs) {
  /** No entities. */
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

  public Entities {
    people = people == null ? List.of() : List.copyOf(people);
    places = places == null ? List.of() : List.copyOf(places);
    orgs = orgs == null ? List.of() : List.copyOf(orgs);
  }

  /** The list for one type. */
  public List<String> of(EntityType type) {
    return switch (type) {
      case PERSON -> people;
      case PLACE -> places;
      case ORG -> orgs;
    };
  }
}
