package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dumps made at a screen's width (w3m's and lynx's default), and boxes and comment headings inside and after a story. */
class DumpWrappingTest {
  private static final List<String> PARAGRAPHS = List.of(
      "The harbour authority approved a new ferry terminal on Monday, after a review of the tides, the traffic and "
          + "the costs that took most of the past year.",
      "Residents of the old town had asked for a quieter site, but the board said the eastern pier was the only one "
          + "deep enough for the larger ferry boats.",
      "Construction of the terminal is expected to begin in the autumn, and it should open two years later, the "
          + "authority said in a statement.",
      "The project will be paid for by the port's own revenue, with a smaller share from the regional government, "
          + "which still has to approve its part of the budget.");

  /** Greedy wrapping at {@code width} columns, as a text browser's dump does it. */
  private static String wrap(String paragraph, int width) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.append(line).append('\n');
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    return out.append(line).toString();
  }

  private static String wrapped(int width, List<String> paragraphs) {
    List<String> blocks = new ArrayList<>();
    paragraphs.forEach(p -> blocks.add(wrap(p, width)));
    return String.join("\n\n", blocks);
  }

  @Test
  void aDumpWrappedAtEightyColumnsGivesWholeParagraphsAndItsHeadline() {
    Article a = DumpFixtures.page("Harbour News\n\nHome  News  Sports\n\nFerry terminal approved\n\n"
        + wrapped(79, PARAGRAPHS) + "\n\nCopyright 2023 Harbour News\n");
    assertEquals("Ferry terminal approved", a.title());
    assertEquals(PARAGRAPHS, a.paragraphs());
  }

  @Test
  void aWrappedJapaneseDumpGoesOnWithoutSpaces() {
    List<String> japanese = List.of("市議会は火曜日、公共交通機関への支出を12パーセント増やす新しい予算を承認したと当局者が発表した。",
        "リンダ・アルバレス市長は、この計画により長年サービスの悪さに不満を抱いてきた地域にバス路線が追加されると述べた。",
        "反対派は、この増額により2年以内に固定資産税の引き上げが必要になると主張したが、市の財務部長はこれに反論した。");
    StringBuilder dump = new StringBuilder("市議会が予算を承認\n\n");
    for (String p : japanese) {
      // w3m breaks a Japanese paragraph at 40 characters (80 columns, two each), wherever the 40th falls
      for (int i = 0; i < p.length(); i += 40) {
        dump.append(p, i, Math.min(p.length(), i + 40)).append('\n');
      }
      dump.append('\n');
    }
    Article a = DumpFixtures.page(dump.toString());
    assertEquals(japanese, a.paragraphs());
  }

  @Test
  void aDumpThatNobodyWrappedKeepsItsLines() {
    String lines = "Ferry terminal approved\n\n" + String.join("\n\n", PARAGRAPHS) + "\n\n"
        + "Short line one of a list\nShort line two of a list\n";
    Article a = DumpFixtures.page(lines);
    assertEquals(PARAGRAPHS, a.paragraphs().subList(0, 4));
  }

  @Test
  void aRecordsLinesAreNeverJoinedEvenWhenTheyLookWrapped() {
    // a record of one sentence a line (as the entity benchmarks' documents are given) is the publisher's own lines
    String text = String.join("\n", wrap(PARAGRAPHS.get(0), 60), wrap(PARAGRAPHS.get(1), 60),
        wrap(PARAGRAPHS.get(2), 60));
    Article a = DumpFixtures.EXTRACTOR.extract(Docs.text("r.json", dev.lede.ingest.Format.RECORD_TEXT, text));
    assertEquals(List.of(text.split("\n")), a.paragraphs());
  }

  @Test
  void aRelatedBoxBetweenParagraphsDoesNotEndTheStory() {
    Article a = DumpFixtures.page("Ferry terminal approved\n\n" + PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(1)
        + "\n\nRelated\n\n  • Port traffic falls for a third year\n  • Old pier to close in the spring\n\n"
        + PARAGRAPHS.get(2) + "\n\n" + PARAGRAPHS.get(3) + "\n");
    assertEquals(PARAGRAPHS, a.paragraphs());
  }

  @Test
  void aRelatedBoxAfterAPhotoWithBulletsAndPlaceholdersDoesNotEndTheStoryBeforeAShortParagraph() {
    String shortParagraph = "However, the other ferry lines have shown no sign of slowing down this year.";
    Article a = DumpFixtures.page("Ferry terminal approved\n\n" + PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(1)
        + "\n\neastern pier\n\nThe eastern pier at low tide (Image: Jane Roe)\n\nRelated articles\n\n  •  \n"
        + "    [1203947_1]\n    Port traffic falls for a third year\n  •  \n    [1204223_1]\n"
        + "    Old pier to close in the spring\n\n" + shortParagraph + "\n\n" + PARAGRAPHS.get(2) + "\n\n"
        + PARAGRAPHS.get(3) + "\n");
    assertEquals(PARAGRAPHS.get(0), a.paragraphs().get(0));
    assertTrue(a.paragraphs().contains(shortParagraph), String.join("\n", a.paragraphs()));
    assertFalse(String.join(" ", a.paragraphs()).contains("Port traffic"));
  }

  @Test
  void twoReadAlsoBoxesInARowWithALongHeadlineDoNotEndTheStory() {
    String longHeadline = "The storm that is lashing the north of the country reached the valley with trees down and"
        + " damage to several buildings";
    Article a = DumpFixtures.page("Ferry terminal approved\n\n" + PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(1)
        + "\n\nLesen Sie auch:\n\n[afp_xix_20]\n\nStorm leaves one dead on the coast\n\nJane Roe\n\n"
        + "Lesen Sie auch:\n\n[ansa_20200]\n\n" + longHeadline + "\n\n" + PARAGRAPHS.get(2) + "\n\n"
        + PARAGRAPHS.get(3) + "\n");
    String body = String.join("\n", a.paragraphs());
    assertTrue(a.paragraphs().containsAll(PARAGRAPHS), body);
    assertFalse(body.contains("Storm leaves one dead") || body.contains("lashing the north"), body);
  }

  @Test
  void teaserCardsOfOtherStoriesWithKickersInCapitalsAreNotStoryButAKickerOverAParagraphIsASubheading() {
    Article a = DumpFixtures.page("Ferry terminal approved\n\n" + PARAGRAPHS.get(0) + "\n\nNEW PIER\n\n"
        + PARAGRAPHS.get(1) + "\n\n" + PARAGRAPHS.get(2) + "\n\nMost read in harbour news\n\n[gif]\n\nRANDY ANDY\n\n"
        + "Harbour master parties in unearthed pics despite claiming he avoids the pier\n\n[gif]\n\nTIME TRAVELLER\n\n"
        + "Fishermen say they have spotted the old ferry in a 120-year-old photo\n\n[gif]\n\n‘NAÏVE AND TRUSTING’\n\n"
        + "Lighthouse keeper gave the council a list of his favourite ships\n\n[gif]\n\n" + PARAGRAPHS.get(3) + "\n\n" + PARAGRAPHS.get(0).replace("Monday", "Tuesday") + "\n\n"
        + PARAGRAPHS.get(1).replace("old town", "new town") + "\n");
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains(PARAGRAPHS.get(3)), body);
    assertTrue(body.contains("NEW PIER"), body);
    assertFalse(body.contains("unearthed pics") || body.contains("120-year-old") || body.contains("TIME TRAVELLER"), body);
  }

  @Test
  void aReviewGoesOnPastTheListsOfFeaturesUnderItsSubheadingsToItsNextParagraph() {
    String last = "The new ticket machines take cards and coins, and the council says they will be on every pier by May.";
    Article a = DumpFixtures.page("Ferry terminal approved\n\n" + PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(1)
        + "\n\nThe waiting hall\n\nFeatures:\n\n• Heated benches for two hundred passengers\n"
        + "• Large windows facing the eastern pier\n• Free drinking water\n• Lockers\n\nTicket machines\n\n" + last
        + "\n\nComments\n\nJane says: what about the old pier?\n");
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("Heated benches") && body.endsWith(last), body);
    assertFalse(body.contains("Features:") || body.contains("Jane says"), body);
  }

  @Test
  void aTableBetweenParagraphsIsStoryButAMenuWithoutNumbersIsNot() {
    Article a = DumpFixtures.page("Ferry terminal approved\n\n" + PARAGRAPHS.get(0) + "\n\n"
        + "pier length depth\neastern 320 m 14 m\nwestern 210 m 9 m\nold 150 m 6 m\n\n" + PARAGRAPHS.get(1) + "\n\n"
        + "Harbour\nFerries\nTimetables\nContact\n\n" + PARAGRAPHS.get(2) + "\n\n" + PARAGRAPHS.get(3) + "\n");
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("eastern 320 m 14 m") && body.contains("old 150 m 6 m"), body);
    assertFalse(body.contains("Timetables"), body);
  }

  @Test
  void aBlogsCountOfThoughtsOnThePostOpensItsComments() {
    Article a = DumpFixtures.page("Ferry terminal approved\n\n" + String.join("\n\n", PARAGRAPHS)
        + "\n\n3 thoughts on “Ferry terminal approved”\n\n 1. Harbour fan says:\n    This is the best news the "
        + "old town has had in years, and I hope the ferries will run late in the summer evenings too.\n");
    assertEquals(PARAGRAPHS, a.paragraphs());
    assertFalse(String.join(" ", a.paragraphs()).contains("Harbour fan"));
    assertTrue(a.title().startsWith("Ferry"));
  }
}
