package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class OneTypePerNameTest {
  private static final EntityType PLACE = EntityType.PLACE;
  private static final EntityType ORG = EntityType.ORG;

  private static Mention m(EntityType type, String text, int paragraph) {
    return new Mention(type, text, paragraph, 3, 3 + text.length());
  }

  private static List<EntityType> types(List<Mention> mentions) {
    return mentions.stream().map(Mention::type).toList();
  }

  @Test
  void aNameTypedSeveralWaysInRunningTextTakesTheMajorityType() {
    List<Mention> in = List.of(m(PLACE, "Kherson", 2), m(PLACE, "Kherson", 3), m(ORG, "Kherson", 4));
    assertEquals(List.of(PLACE, PLACE, PLACE), types(Resolver.oneTypePerName(in, p -> false, name -> false)));
  }

  @Test
  void aCityWrittenOnlyInCapitalsKeepsBothTheTeamAndTheVenue() {
    // a standings table ("CHICAGO 70 64 .522") and a fixture list ("MILWAUKEE AT CHICAGO"): three rows do not outvote
    // the venue
    List<Mention> in = List.of(m(ORG, "CHICAGO", 5), m(ORG, "CHICAGO", 9), m(PLACE, "CHICAGO", 12),
        m(ORG, "CHICAGO", 20));
    IntPredicate capitals = p -> true;
    assertEquals(types(in), types(Resolver.oneTypePerName(in, capitals, name -> false)));
  }

  @Test
  void runningTextOutvotesAHeadlineInCapitals() {
    IntPredicate capitals = Set.of(-1)::contains;
    List<Mention> in = List.of(m(ORG, "TEXAS", -1), m(PLACE, "Texas", 1));
    assertEquals(List.of(PLACE, PLACE), types(Resolver.oneTypePerName(in, capitals, name -> false)));
  }

  @Test
  void aHeadlineInCapitalsBreaksATieOfRunningText() {
    IntPredicate capitals = Set.of(-1)::contains;
    List<Mention> in = List.of(m(PLACE, "RUSSIA", -1), m(PLACE, "Russia", 1), m(ORG, "Russia", 2));
    assertEquals(List.of(PLACE, PLACE, PLACE), types(Resolver.oneTypePerName(in, capitals, name -> false)));
    // without it the tie stands
    assertEquals(List.of(PLACE, ORG), types(Resolver.oneTypePerName(in.subList(1, 3), capitals, name -> false)));
  }

  @Test
  void aTieBetweenSomeoneAndSomethingElseForAGivenNameAndASurnameIsThePerson() {
    EntityType person = EntityType.PERSON;
    List<Mention> in = List.of(m(person, "Kory Lichtensteiger", 2), m(ORG, "Kory Lichtensteiger", 5));
    assertEquals(List.of(person, person), types(Resolver.oneTypePerName(in, p -> false, key -> key.startsWith("kory "))));
    List<Mention> team = List.of(m(person, "Reynard Honda", 2), m(ORG, "Reynard Honda", 5));
    assertEquals(List.of(person, ORG), types(Resolver.oneTypePerName(team, p -> false, key -> key.startsWith("kory "))),
        "not read as a person's name: the tie stands");
  }
}
