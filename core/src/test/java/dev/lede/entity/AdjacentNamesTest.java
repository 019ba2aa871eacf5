package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names the tagger left side by side, with one space between them, joined again or cut where they belong. */
class AdjacentNamesTest {
  private static final FacetPolicy POLICY = new FacetPolicy(EntityData.load());

  /** The joined mentions of {@code line} (the article's only paragraph), as "TYPE:text". */
  private static List<String> joined(String line, Object... typesAndTexts) {
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < typesAndTexts.length; i += 2) {
      String text = (String) typesAndTexts[i + 1];
      int start = line.indexOf(text, from);
      mentions.add(new Mention((EntityType) typesAndTexts[i], text, 0, start, start + text.length()));
      from = start + text.length();
    }
    return POLICY.joinAdjacent(mentions, Arrays.asList(null, line)).stream()
        .map(m -> m.type() + ":" + m.text()).toList();
  }

  @Test
  void aRegnalNumberBelongsToThePersonBeforeIt() {
    assertEquals(List.of("PERSON:Benedict XVI"),
        joined("Pope Benedict XVI visited Germany.", EntityType.PERSON, "Benedict", EntityType.ORG, "XVI"));
  }

  @Test
  void halvesOfANameTheDataKnowsWholeAreOneNameOfTheHeadsType() {
    assertEquals(List.of("PLACE:White House"),
        joined("a former Treasury and White House official", EntityType.ORG, "White", EntityType.PLACE, "House"));
  }

  @Test
  void aOneWordPersonOrAGivenNameBeforeASurnameIsOnePerson() {
    assertEquals(List.of("PERSON:Hunter Biden"),
        joined("Where is Hunter Biden?", EntityType.PERSON, "Hunter", EntityType.PERSON, "Biden"));
    assertEquals(List.of("PERSON:Jared Kushner"),
        joined("said Jared Kushner on Monday", EntityType.ORG, "Jared", EntityType.PERSON, "Kushner"),
        "a given name the data knows as nothing else");
    assertEquals(List.of("PLACE:Lester", "PERSON:Holt"),
        joined("asked Lester Holt on Monday", EntityType.PLACE, "Lester", EntityType.PERSON, "Holt"),
        "a place's name that is no given name the data knows stays a place");
  }

  @Test
  void aGivenNameAtTheEndOfAnOrganisationGoesToThePersonAfterIt() {
    assertEquals(List.of("ORG:National Intelligence", "PERSON:James Clapper"), joined(
        "Director of National Intelligence James Clapper said", EntityType.ORG, "National Intelligence James",
        EntityType.PERSON, "Clapper"));
  }

  @Test
  void fullNamesAndKnownNamesSideBySideStayApart() {
    assertEquals(List.of("PERSON:Paul Ryan", "PERSON:Paul Davis"),
        joined("Paul Ryan Paul Davis", EntityType.PERSON, "Paul Ryan", EntityType.PERSON, "Paul Davis"));
    assertEquals(List.of("ORG:Congress", "PERSON:Trump"),
        joined("Congress Trump", EntityType.ORG, "Congress", EntityType.PERSON, "Trump"));
    assertEquals(List.of("PLACE:Iowa", "ORG:GOP"), joined("the Iowa GOP", EntityType.PLACE, "Iowa", EntityType.ORG,
        "GOP"));
    assertEquals(List.of("PERSON:Obama", "PERSON:Biden"),
        joined("Obama Biden ticket", EntityType.PERSON, "Obama", EntityType.PERSON, "Biden"),
        "a person the curated aliases know by one word is a full name");
    assertEquals(List.of("PERSON:Moline"),
        joined("Senator Moline said", EntityType.PERSON, "Senator", EntityType.PERSON, "Moline"),
        "a title is not joined to the surname after it, and names nobody alone");
  }

  @Test
  void aTitleBeforeAPersonIsCutFromTheOrganisationOrDroppedWhenNothingElseIsLeft() {
    assertEquals(List.of("ORG:Supreme Court", "PERSON:Brett Kavanaugh"), joined(
        "Supreme Court Justice Brett Kavanaugh wrote", EntityType.ORG, "Supreme Court Justice", EntityType.PERSON,
        "Brett Kavanaugh"));
    assertEquals(List.of("PERSON:John Kirby"), joined("Rear Adm. John Kirby said", EntityType.PERSON, "Rear Adm.",
        EntityType.PERSON, "John Kirby"));
    assertEquals(List.of("PERSON:Michael Horowitz"), joined("Inspector General Michael Horowitz", EntityType.ORG,
        "Inspector General", EntityType.PERSON, "Michael Horowitz"));
    assertEquals(List.of("ORG:White House National Security Adviser", "PERSON:H.R. McMaster"), joined(
        "White House National Security Adviser H.R. McMaster", EntityType.ORG,
        "White House National Security Adviser", EntityType.PERSON, "H.R. McMaster"),
        "what is left is no known name and does not end like an organisation: left as it is");
  }
}
