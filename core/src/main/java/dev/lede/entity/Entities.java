package dev.lede.entity;

import java.util.List;

/**
 * The canonical entities of one article, each list most-mentioned first. These are the facet values: spellings
 * that data files say are one entity are merged across the archive (Kiev and Kyiv, Sergei and Sergey Surovikin).
 *
 * <p>{@link #asWritten()} gives the names as this article writes them: for each entity, in the same order, the
 * fullest and most frequent form it uses first, then its other spellings in the article ("Vladimir Putin",
 * "Putin"; "U.S.", "United States"), each spelling once; after them, the people the article names only by a first
 * name ("Jeff", "his second wife, Karen"), which are no facet values. That is what {@code lede extract} prints, and
 * what to search for when quoting the article.
 *
 * @param people canonical person names
 * @param places canonical place names
 * @param orgs canonical organization names
 * @param written every spelling the article uses for these entities (at least one per entity, grouped by entity in
 *     the same order; then the people named by a first name alone), or null when they are the canonical names
 */
public record Entities(List<String> people, List<String> places, List<String> orgs, Entities written) {
  /** No entities. */
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

  public Entities {
    people = people == null ? List.of() : List.copyOf(people);
    places = places == null ? List.of() : List.copyOf(places);
    orgs = orgs == null ? List.of() : List.copyOf(orgs);
    if (written != null) {
      if (written.written != null) {
        throw new IllegalArgumentException("the written names have no written names of their own");
      }
      if (written.people.size() < people.size() || written.places.size() < places.size()
          || written.orgs.size() < orgs.size()) {
        throw new IllegalArgumentException("every entity needs at least one written name");
      }
      if (written.equals(new Entities(people, places, orgs))) {
        written = null;
      }
    }
  }

  /** Canonical names only (the written names are the same). */
  public Entities(List<String> people, List<String> places, List<String> orgs) {
    this(people, places, orgs, null);
  }

  /** Every name the article writes these entities with, grouped by entity in the same order. */
  public Entities asWritten() {
    return written == null ? this : written;
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
