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
    return FacetPolicy.teamWithCountry(line, at, at + name.length());
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

  /** Whether the text before a name (a space, then the name, follow it) tells a result. */
  private static boolean resultBefore(String before) {
    String line = before + " Gloucester";
    return FacetPolicy.resultBefore(line, before.length() + 1);
  }

  @Test
  void aResultToldInASentenceNamesTheTeamAfterIt() {
    assertTrue(resultBefore("in their side 's 75-19 victory over"));
    assertTrue(resultBefore("Roma lost 3-1 to"));
    assertTrue(resultBefore("were held to a 1-1 draw by"));
    assertFalse(resultBefore("the 2-1 win at"), "the ground, not the other team");
    assertFalse(resultBefore("the House voted 218-210 to"), "a vote is no match");
    assertFalse(resultBefore("won 2-1 . Then they flew to"), "another sentence");
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

  private static final List<String> LINES = List.of(
      "Aberdeen 4 Hearts 0",
      "Hearts v Celtic , Rangers v Motherwell",
      "English division one - Birmingham v Barnsley , Bradford v",
      "In a long sentence about the case of Smith v Jones , the judges said nothing at all today",
      "Gloucester lost their unbeaten record on Saturday in a match that was never close , and after the 75-19 victory"
          + " over Gloucester the home side 's coach , who had promised a win by 20 points , said the 3-1 defeat to Bath"
          + " last week had been forgotten by",
      "They won 3-1 against Cesena and lost 2-0 to Parma , and the manager said the 1-1 draw with Inter was fair vs",
      "Senate Majority Leader Mitch McConnell said on Tuesday that the vote would go ahead\twith or without them .",
      "  leading spaces , a tab\tand a vs. at the end vs.",
      "The Washington Post   reported   that   the   White House   had   no   comment   on   Friday   v");

  /** Every prefix of the test lines that ends before a word, as the rules cut the text before a name. */
  private static List<String> prefixes() {
    List<String> out = new java.util.ArrayList<>();
    for (String line : LINES) {
      for (int i = 0; i <= line.length(); i++) {
        if (i == line.length() || line.charAt(i) == ' ') {
          out.add(line.substring(0, i).stripTrailing());
        }
      }
    }
    return out;
  }

  @Test
  void aResultBeforeANameIsFoundInTheTailAsInTheWholeText() {
    int found = 0;
    for (String line : LINES) {
      for (int at = 0; at <= line.length(); at++) {
        if (at < line.length() && line.charAt(at) != ' ') {
          continue; // a name starts after a space
        }
        boolean whole = FacetPolicy.RESULT_IN_TEXT.matcher(line.substring(0, at).stripTrailing()).find();
        org.junit.jupiter.api.Assertions.assertEquals(whole, FacetPolicy.resultBefore(line, at), line.substring(0, at));
        found += whole ? 1 : 0;
      }
    }
    assertTrue(found >= 4, "the lines hold results before a team: " + found);
    String paragraph = "x".repeat(300) + " after the 75-19 victory over  Gloucester";
    assertTrue(FacetPolicy.resultBefore(paragraph, paragraph.indexOf("Gloucester")),
        "a result at the end of a long paragraph");
  }

  @Test
  void theCheapScansOfALineAgreeWithThePatternsTheyGuard() {
    for (String line : prefixes()) {
      org.junit.jupiter.api.Assertions.assertEquals(line.strip().split("\\s+").length > 12,
          FacetPolicy.moreWordsThan(line, 12), line);
      if (FacetPolicy.FIXTURE_WORD.matcher(line).find()) {
        assertTrue(FacetPolicy.mayHoldFixture(line), line);
      }
    }
    assertFalse(FacetPolicy.mayHoldFixture("a very vivid vote over Vienna"), "no v standing alone");
    assertTrue(FacetPolicy.mayHoldFixture("Hearts vs. Celtic"));
  }

  @Test
  void aCapitalIsSeenOnlyInTheWordsRightBeforeAName() {
    String line = "said Housing and Urban Development";
    int at = line.indexOf("Development");
    assertTrue(FacetPolicy.capitalBefore(line, at, 3));
    assertTrue(FacetPolicy.capitalJustBefore(line, at));
    String lower = "Earlier on , said the spokesman for the agency Smith";
    int name = lower.indexOf("Smith");
    assertFalse(FacetPolicy.capitalJustBefore(lower, name));
    assertFalse(FacetPolicy.capitalBefore(lower, name, 3), "\"Earlier\" is more than three words back");
  }
}
