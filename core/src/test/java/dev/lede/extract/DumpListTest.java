package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a dump's story ends: a list it announces is story text; cards of other stories after it are not. */
class DumpListTest {
  @Test
  void aListThatTheLastParagraphAnnouncesIsKeptWithItsLinksButNotItsImages() {
    Article a = DumpFixtures.page(DumpFixtures.STORY + """

        The harbour shop has put its ferry souvenirs on sale for the opening, and these are the best offers:

        1) Ferry terminal model kit, 1:500 scale
        http://example.com/kit
        [1-300x300]
        2) Harbour map poster
        http://example.com/poster
        [2-300x200]
        3) Tide table calendar 2024
        http://example.com/calendar

        Related posts
        Harbour board meets on Friday
        """);
    String body = String.join("\\n", a.paragraphs());
    assertTrue(body.contains("1) Ferry terminal model kit, 1:500 scale"), body);
    assertTrue(body.contains("3) Tide table calendar 2024"), body);
    assertTrue(body.contains("http://example.com/poster"), body);
    assertFalse(body.contains("[2-300x200]"), body);
    assertFalse(body.contains("Harbour board meets on Friday"), body);
  }

  @Test
  void aListBetweenTwoParagraphsIsKeptButAMenuAboveTheStoryIsNot() {
    String[] p = DumpFixtures.STORY.split("\n\n");
    Article a = DumpFixtures.page("""
        • Home
        • Local news
        • Ferries

        """ + p[0] + "\n\n" + """
          • Pick a berth that can take the larger boats
          • Keep the old town quiet at night
          • Build the access road first

        """ + p[1] + "\n\n" + p[2]);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("• Pick a berth that can take the larger boats"), body);
    assertTrue(body.contains("• Build the access road first"), body);
    assertFalse(body.contains("Local news"), body);
  }

  @Test
  void cardsOfOtherStoriesAfterTheStoryAreNotTheStory() {
    Article a = DumpFixtures.page(DumpFixtures.STORY + """

        Harbour board meets on Friday to discuss ferry fares
        Harbour board meets on Friday to discuss ferry fares
        The board will set the fares for the new terminal's first season, which starts in the spring of next year.

        Old lighthouse to reopen as a museum after repairs
        Old lighthouse to reopen as a museum after repairs
        The lighthouse on the eastern pier has been closed for six years, and the town has now found the money.
        """);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("authority said in a statement"), body);
    assertFalse(body.contains("ferry fares"), body);
    assertFalse(body.contains("lighthouse"), body);
  }

  @Test
  void theStoryEndsAtItsAuthorsBio() {
    Article a = DumpFixtures.page(DumpFixtures.STORY + """

        Jane Roe is a freelance writer living in Portsmouth, where she covers the harbour and its ferries.

        Every day we send an email with the top stories of the harbour, the town and the sea around it, for free.
        """);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("authority said in a statement"), body);
    assertFalse(body.contains("freelance writer"), body);
    assertFalse(body.contains("Every day we send"), body);
  }

  @Test
  void aParagraphOrTableRowEndingInADateInBracketsIsNoPhotoCredit() {
    // "(AP Photo/Evan Vucci)" closes a caption; "( May 22/96 )" and "(... since 9/11)" close text like any other
    String[] p = DumpFixtures.STORY.split("\n\n");
    Article a = DumpFixtures.page(p[0] + "\n\n" + p[1] + "\n\n" + """
        The terminal's record day came in the summer, and the ferry company keeps the figures of its best years:

        Harbour line passengers -- 5,778 ( May 22/96 )
        Island line passengers -- 3,907 ( Aug 23/96 )
        Night line passengers -- 1,204 ( Dec 29/89 )

        The night line beat the island line on its first day , 1,204 to 1,198 ( 12.130 / 12.124 )

        """ + p[2] + "\n\n" + """
        The poll of 1,000 residents had a margin of error of 3 points, the board said. (Link to the poll: \
        harb.co/2uJLfoO)

        Fares have not risen since the town last changed its tourist tax, the company said. (It was the first change \
        of the tax since 9/11)

        (For a graphic of the new ferry routes, click tmsnrt.rs/2Plpuui)
        """);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("Harbour line passengers"), body);
    assertTrue(body.contains("Night line passengers"), body);
    assertTrue(body.contains("The night line beat the island line"), body);
    assertTrue(body.contains("the first change of the tax since 9/11"), body);
    assertTrue(body.contains("Link to the poll"), body);
    assertFalse(body.contains("For a graphic"), "a line wholly in brackets pointing to a short link is furniture");
  }
}
