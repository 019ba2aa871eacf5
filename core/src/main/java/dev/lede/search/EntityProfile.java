package dev.lede.search;

import java.util.List;
import java.util.Objects;

/**
 * What the archive says about one person, place or organization: how often it is named over time, who and what is
 * named with it, which outlets name it most and the latest articles. Every count comes from the same faceted search
 * a user gets when filtering on the entity, so the numbers match the search page's.
 *
 * <pre>{@code
 * searcher.entity(Dimension.PERSON, "Sergey Surovikin", 10).ifPresent(p ->
 *     System.out.println(p.name() + ": " + p.articles() + " articles, named with " + p.places()));
 * }</pre>
 *
 * @param dimension {@link Dimension#PERSON}, {@link Dimension#PLACE} or {@link Dimension#ORG}
 * @param name the canonical name, as the index has it (may differ from the name asked for; see
 *     {@link LedeSearcher#entity})
 * @param articles articles naming it
 * @param stories distinct stories among them (versions of one wire story count once)
 * @param undated articles among them without a publication date (not in the histogram)
 * @param histogram its dated articles over time
 * @param people the people most often named in the same articles, most articles first (itself left out)
 * @param places the places most often named with it
 * @param orgs the organizations most often named with it
 * @param outlets the outlets with most articles naming it
 * @param latest its newest articles, one per story (the others as {@link Hit#otherVersions()}), undated last
 */
public record EntityProfile(
    Dimension dimension,
    String name,
    long articles,
    long stories,
    long undated,
    DateHistogram histogram,
    List<FacetValue> people,
    List<FacetValue> places,
    List<FacetValue> orgs,
    List<FacetValue> outlets,
    List<Hit> latest) {
  public EntityProfile {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(name, "name");
    if (!dimension.isEntity()) {
      throw new IllegalArgumentException("not an entity dimension: " + dimension);
    }
    if (articles < 0 || stories < 0 || undated < 0 || undated > articles) {
      throw new IllegalArgumentException("bad counts: " + articles + " articles, " + stories + " stories, "
          + undated + " undated");
    }
    histogram = Objects.requireNonNullElse(histogram, DateHistogram.EMPTY);
    people = List.copyOf(people);
    places = List.copyOf(places);
    orgs = List.copyOf(orgs);
    outlets = List.copyOf(outlets);
    latest = List.copyOf(latest);
  }

  /** The co-occurring values of one entity dimension ({@link #people()}, {@link #places()} or {@link #orgs()}). */
  public List<FacetValue> named(Dimension d) {
    return switch (d) {
      case PERSON -> people;
      case PLACE -> places;
      case ORG -> orgs;
      default -> throw new IllegalArgumentException("not an entity dimension: " + d);
    };
  }
}
