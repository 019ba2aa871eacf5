package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamSlotTest {
  /** The mention of {@code name} in the article's first paragraph (line 1; line 0 is the title). */
  private static Mention org(String line, String name) {
    int at = line.indexOf(name);
    return new Mention(EntityType.ORG, name, 0, at, at + name.length());
  }

  private static boolean slot(String line, String name, Set<Long> personEnds) {
    return FacetPolicy.teamSlot(org(line, name), List.of("", line), personEnds);
  }

  @Test
  void aClubNamedByAnOrdinaryWordInAResultsLineIsATeam() {
    assertTrue(slot("Aberdeen 4 Hearts 0", "Hearts", Set.of()));
    assertTrue(slot("Brann 7 Start 1", "Start", Set.of()));
    assertTrue(slot("Hearts 2 Celtic 2", "Hearts", Set.of()));
    assertTrue(slot("Aberdeen v Hearts", "Hearts", Set.of()), "a fixture");
    assertTrue(slot("Hearts v Celtic , Rangers v Motherwell", "Hearts", Set.of()));
    assertTrue(slot("Arsenal 3 2 0 1 4 2 6", "Arsenal", Set.of()), "a standings row");
  }

  @Test
  void aFixtureListRunsOnOverLongLinesAndAfterItsHeading() {
    assertTrue(slot("English division one - Birmingham v Barnsley , Bradford v", "Birmingham", Set.of()));
    assertTrue(slot("English division one - Birmingham v Barnsley , Bradford v", "Bradford", Set.of()),
        "a fixture whose second team is on the next line");
    String list = "Millwall v Burnley , Notts County v York , Plymouth v Preston ,";
    assertTrue(slot(list, "York", Set.of()));
    assertTrue(slot(list, "Preston", Set.of()), "the last team of a line");
    assertFalse(slot("In a long sentence about the case of Smith v Jones , the judges said nothing at all today",
        "Jones", Set.of()), "one fixture in running text");
  }

  /** Whether {@code name} in {@code line} is a team of a results line that brackets each team's country. */
  private static boolean teamWithCountry(String line, String name) {
    int at = line.indexOf(name);
    return FacetPolicy.teamWithCountry(line.substring(0, at).stripTrailing(),
        line.substring(at + name.length()).stripLeading());
  }

  @Test
  void bothTeamsOfAResultsLineWithTheirCountriesInBracketsAreTeams() {
    String line = "In Sofia : Levski Sofia ( Bulgaria ) 1 Olimpija ( Slovenia ) 0";
    assertTrue(teamWithCountry(line, "Levski Sofia"));
    assertTrue(teamWithCountry(line, "Olimpija"));
    assertFalse(teamWithCountry(line, "Bulgaria"), "the country itself");
  }

  @Test
  void playersOfATennisResultOrAGolfCardAreNoTeams() {
    String tennis = "Florencia Labat ( Argentina ) beat Kathy Rinaldi Stunkel ( U.S. ) 6 - 2 6-2";
    assertFalse(teamWithCountry(tennis, "Florencia Labat"));
    assertFalse(teamWithCountry(tennis, "Kathy Rinaldi Stunkel"));
    String golf = "141 Francisco Cea ( Spain ) 70 71 , Gavin Levenson ( South Africa )";
    assertFalse(teamWithCountry(golf, "Francisco Cea"));
    assertFalse(teamWithCountry(golf, "Gavin Levenson"));
  }

  @Test
  void aResultToldInASentenceNamesTheTeamAfterIt() {
    assertTrue(FacetPolicy.resultBefore("in their side 's 75-19 victory over"));
    assertTrue(FacetPolicy.resultBefore("Roma lost 3-1 to"));
    assertTrue(FacetPolicy.resultBefore("were held to a 1-1 draw by"));
    assertFalse(FacetPolicy.resultBefore("the 2-1 win at"), "the ground, not the other team");
    assertFalse(FacetPolicy.resultBefore("the House voted 218-210 to"), "a vote is no match");
    assertFalse(FacetPolicy.resultBefore("won 2-1 . Then they flew to"), "another sentence");
  }

  @Test
  void aCourtCaseIsNoFixture() {
    assertFalse(slot("The court overturned Roe v. Wade", "Wade", Set.of()));
  }

  @Test
  void aNumberAfterAWordIsNoResultWithoutTheOtherTeamsScore() {
    assertFalse(slot("Channel 9 Sydney", "Channel", Set.of()));
    assertFalse(slot("Phase 2 Starts", "Phase", Set.of()));
    assertFalse(slot("The report counted 4 Hearts 0 times in a long sentence that goes on and on and on", "Hearts",
        Set.of()));
  }

  @Test
  void aPlayersClubInBracketsAfterHisNameIsATeam() {
    String line = "Strikers - Jordi Cruyff ( Manchester United ) , Dennis Bergkamp ( Arsenal ) .";
    int end = line.indexOf("Bergkamp") + "Bergkamp".length();
    assertTrue(slot(line, "Arsenal", Set.of(end + 0L)));
    assertFalse(slot(line, "Arsenal", Set.of()), "brackets after something other than a person");
    String senator = "Sens. Amy Klobuchar (MN) and Chris Coons (DE) said so.";
    int coons = senator.indexOf("Coons") + "Coons".length();
    assertFalse(slot(senator, "DE", Set.of(coons + 0L)), "a politician's state");
  }
}
