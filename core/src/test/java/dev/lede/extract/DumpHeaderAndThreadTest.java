package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Headlines, comment threads and "read also" lines of plain-text dumps, on small dumps written for the purpose. */
class DumpHeaderAndThreadTest {
  private static final String STORY = DumpFixtures.STORY;

  private static Article page(String text) {
    return DumpFixtures.page(text);
  }

  @Test
  void theHeadlineIsTheLineTheStorySpeaksOfNotANavigationLineCloserToIt() {
    Article a = page("""
        Harbour Weekly
        Ferry terminal approved for the eastern pier
        12. März 2023
        You are here
        Home Local

        """ + STORY);
    assertEquals("Ferry terminal approved for the eastern pier", a.title());
  }

  @Test
  void aDateLineTheStorysRunTookInIsThePublicationDateButAShortSentenceWithADateIsNot() {
    String[] paragraphs = STORY.split("\n\n");
    Article dated = page("Menu\nSearch\n\nHarbour board approves ferry terminal\n\n" + paragraphs[0]
        + "\n\nPubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02\n\n" + paragraphs[1] + "\n\n"
        + paragraphs[2]);
    assertEquals("2020-02-19", dated.published().date().toString());
    Article event = page("Menu\nSearch\n\nHarbour board approves ferry terminal\n\n" + paragraphs[0]
        + "\n\nThe vote took place on 12 March 2021.\n\n" + paragraphs[1] + "\n\n" + paragraphs[2]);
    assertEquals(null, event.published(), "an event's date in a sentence is not when the page was published");
  }

  @Test
  void aLineThatIsOnlyADateUnderAKickerAStandfirstAndAPhotoDatesTheStory() {
    String[] paragraphs = STORY.split("\n\n");
    Article a = page("Menu\nSearch\n\nHarbour board approves ferry terminal\n\nA new terminal for the eastern pier\n\n"
        + paragraphs[0] + "\n\nThe board met for four hours before it voted on the plan for the eastern pier.\n\n"
        + "Ferry boats at the eastern pier, where the new terminal will stand from next year.\n\n"
        + "Work on the access road is to start first, the board said after the vote on Monday.\n\n"
        + "20. März 2021 - 15:00 Uhr\n\n" + paragraphs[1] + "\n\n" + paragraphs[2]);
    assertEquals("2021-03-20", a.published().date().toString());
  }

  @Test
  void aDatelineOpeningTheFirstParagraphDatesTheStory() {
    Article a = page("Menu\nSearch\n\nHarbour board approves ferry terminal\n\nHamburg, 27.1.2022 - " + STORY);
    assertEquals("2022-01-27", a.published().date().toString());
  }

  @Test
  void onALineOfPublishedAndUpdatedDatesThePublishedOneIsTaken() {
    Article a = page("""
        Trending: Ferry prices, 3 January 2023
        Menu
        Search

        Harbour board approves ferry terminal

        PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.

        """ + STORY);
    assertEquals("2023-11-08", a.published().date().toString());
  }

  @Test
  void aDateCalledThePublicationsBeatsANearerOneAboveTheHeadline() {
    Article a = page("Harbour Weekly — 02.01.23 09:51\n\nHarbour board approves ferry terminal\n\n"
        + "von Jane Doe, Online-Redaktion Veröffentlicht: 26.12.2022\n\n" + STORY);
    assertEquals("2022-12-26", a.published().date().toString());
  }

  @Test
  void aDatedBylineStandsUnderAStaleCopyrightYearButABareDateLineLaterThanTheStorysCopyrightDoesNot() {
    Article byline = page("Harbour board approves ferry terminal\n\nPosted 11. April 2018 by Jane Smith\n\n" + STORY
        + "\n© 2016 Harbour Weekly\n");
    assertEquals("2018-04-11", byline.published().date().toString());
    Article bare = page("Harbour board approves ferry terminal\n\n11.04.2018\n\n" + STORY + "\n© 2016 Harbour Weekly\n");
    assertNull(bare.published());
  }

  @Test
  void aRecentPostsEntryIsNotThePublicationDateButABulletedDateLineIs() {
    Article blog = page("Recent Posts\n\n  • Harbour links of the week (December 14th 2019)\n  • Are ferries safe?\n\n"
        + "Harbour board approves ferry terminal\n\n" + STORY + "\nPosted on August 2, 2019 by Jane Smith\n");
    assertEquals("2019-08-02", blog.published().date().toString());
    Article dated = page("Harbour board approves ferry terminal\n\n  • 25. November 2021 16:11 Uhr\n\n" + STORY);
    assertEquals("2021-11-25", dated.published().date().toString());
  }

  @Test
  void aDeadlineOrAnExpiryIsNotThePublicationDate() {
    for (String line : java.util.List.of("Video verfügbar bis 28.02.2021", "Available until February 28, 2021",
        "Einsendeschluss: 28.02.2021")) {
      Article a = page("Harbour board approves ferry terminal\n\n" + line + "\n\n04.04.2020\n\n" + STORY);
      assertEquals("2020-04-04", a.published().date().toString(), line);
    }
  }

  @Test
  void aBylineRunIntoTheFirstParagraphDatesTheStory() {
    Article a = page("Menu\nSearch\n\nHarbour board approves ferry terminal\n\n"
        + "By Jane on 31. October, 2023 | 18 Comments. This post may contain affiliate links. " + STORY);
    assertEquals("2023-10-31", a.published().date().toString());
  }

  @Test
  void aSlashDateIsReadDayFirstOnAPageInSpanishButIsNoDateInEnglish() {
    String byline = "Menu\nSearch\n\nHarbour board approves ferry terminal\n\nJane Doe 3/5/2022 22:41\n\n";
    assertEquals(null, page(byline + STORY).published(), "May 3 in America, 3 May in Britain");
    Article spanish = page(byline + """
        La autoridad portuaria aprobó el lunes una nueva terminal de transbordadores, después de una revisión de las         mareas, del tráfico y de los costos que tomó la mayor parte del año pasado.

        Los vecinos del casco antiguo habían pedido un lugar más tranquilo, pero la junta dijo que el muelle del este         era el único con la profundidad suficiente para los barcos más grandes.

        Se espera que la construcción de la terminal comience en otoño y que abra dos años después, dijo la autoridad         en un comunicado.
        """);
    assertEquals("es", spanish.language());
    assertEquals("2022-05-03", spanish.published().date().toString());
  }

  @Test
  void aTwoWordHeadlineIsAHeadline() {
    Article a = page("""
        Menu
        Search

        Ferry terminal

        """ + STORY);
    assertEquals("Ferry terminal", a.title());
  }

  @Test
  void listItemsAndPhotoCreditsAreNotHeadlinesAndALeadingDateIsNotPartOfOne() {
    Article a = page("""
        • Ferry terminal news from the harbour
        Ferry boats at the eastern pier. Foto: Jane Roe
        23.01.2023 - Harbour board approves ferry terminal

        """ + STORY);
    assertEquals("Harbour board approves ferry terminal", a.title());
  }

  @Test
  void aHeadlineThatOpensTheStorysRunIsTheTitleWhenNothingAboveSpeaksOfTheStory() {
    Article a = page("""
        Questions
        Tags
        Users

        Why did the harbour board choose the eastern pier?
        by Jane Roe on March 12, 2023

        """ + STORY);
    assertEquals("Why did the harbour board choose the eastern pier?", a.title());
  }

  @Test
  void anImagesFileNameOrLogoTextIsNotAHeadline() {
    Article a = page("""
        Harbour Weekly Logo
        Ferry terminal approved for the eastern pier
        ferry_terminal_eastern-pier-800x533
        Harbour board ferry terminal eastern pier 468x60px

        """ + STORY);
    assertEquals("Ferry terminal approved for the eastern pier", a.title());
  }

  @Test
  void aThreadOfCommentsStampedWithRelativeTimesIsNotStoryHoweverLong() {
    String comment = "I have taken the ferry from the old pier for twenty years and I do not see why the new "
        + "terminal has to be so far out of town, when the buses there run only twice an hour and the road is "
        + "already full every morning. ";
    Article a = page("Ferry terminal approved\n\n" + STORY + """

        Top Rated Comments
        harbourfan
        2 days ago at 07:52 am
        Good news at last.
        Rating: 36 Votes
        oldsailor
        2 days ago at 08:10 am
        """ + comment.repeat(4) + """

        Rating: 12 Votes
        pier_watcher
        2 days ago at 09:03 am
        The eastern pier is the only sensible choice.
        """);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("eastern pier was the only one"), body);
    assertFalse(body.contains("twenty years"), body);
  }

  @Test
  void textAfterACommentSectionCountsLessThanTheStoryBeforeIt() {
    // long comments after "Join the conversation" outweigh a short story by length alone
    StringBuilder after = new StringBuilder("\nJoin the conversation\n\n");
    for (String who : new String[] {"Anna", "Ben", "Carla"}) {
      after.append(who).append(" thinks the council should have looked again at the old quarry road, because the "
          + "lorries that will carry the steel for the terminal have to pass the primary school twice a day.\n\n");
    }
    Article a = page("Ferry terminal approved\n\n" + STORY + after);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("eastern pier was the only one"), body);
    assertFalse(body.contains("quarry road"), body);
    assertEquals("Ferry terminal approved", a.title());
  }

  @Test
  void teasersAfterTheLegalFooterAreNotStory() {
    StringBuilder after = new StringBuilder("\n© 2019 Harbour Post Inc. All Rights Reserved.\n\n");
    for (String topic : new String[] {"lighthouse", "fish market", "regatta"}) {
      after.append("Council debates the future of the ").append(topic).append("\n\n")
          .append("Residents and traders met on Tuesday evening to argue about the ").append(topic)
          .append(" and what the new ferry traffic will mean for it over the next ten years.\n\n");
    }
    Article a = page("Ferry terminal approved\n\n" + STORY + after);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("eastern pier was the only one"), body);
    assertFalse(body.contains("Residents and traders"), body);
  }

  @Test
  void aListOfTeaserCardsLongerThanTheStoryIsNotStory() {
    StringBuilder cards = new StringBuilder("\n");
    String[] topics = {"lighthouse keepers", "fish market traders", "regatta sailors", "ferry pilots",
        "harbour pilots", "dock workers"};
    for (String topic : topics) {
      String headline = "Why the " + topic + " of the old town are worried";
      cards.append(headline).append("\n").append("HARBOUR LIFE\n\n").append(headline).append("\n\n")
          .append("The ").append(topic).append(" say the new terminal will change their working day, and they ")
          .append("want the council to listen before the building work begins next autumn.\n\n");
    }
    Article a = page("Ferry terminal approved\n\n" + STORY
        + "\nThe board will publish the full plans on its website next week.\n" + cards);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("publish the full plans"), body);
    assertFalse(body.contains("working day"), body);
  }

  @Test
  void whatTheRunTookInAboveABylineNearItsTopIsNotStory() {
    Article a = page("""
        Quotes are delayed by at least fifteen minutes. Market data is provided by a third party and all of it is \
        shown for information only, never as advice.

        Ferry terminal approved

        The board chose the eastern pier after a year of review.

        By Jane Roe

        """ + STORY + "\n" + STORY.replace("harbour", "port").replace("ferry", "cargo"));
    String body = String.join("\n", a.paragraphs());
    assertFalse(body.contains("Quotes are delayed"), body);
    assertTrue(body.startsWith("The harbour authority approved"), body);
  }

  @Test
  void aLongParagraphThatSaysWeAndYouInPassingIsStoryNotAnAppeal() {
    String deal = "Today only, the harbour shop offers its ferry season pass for forty pounds, down from the usual "
        + "sixty pounds and a match of our previous mention in the spring. You can add a parking permit for ten pounds "
        + "more at the counter. The pass covers every crossing to the islands, including the new night service, and "
        + "it can be shared by two adults living at one address for the whole of the season.";
    Article a = page("Ferry season passes on sale\n\nShort intro line.\n\n" + deal + "\n\n"
        + deal.replace("ferry season pass", "island day ticket") + "\n\n"
        + deal.replace("ferry season pass", "bicycle ferry card") + "\n");
    assertTrue(String.join("\n", a.paragraphs()).contains("ferry season pass for forty pounds"));
  }

  @Test
  void aCaptionClosedByItsCreditIsNotStory() {
    Article a = page("Ferry terminal approved\n\n" + STORY
        + "\nA drawing of the terminal seen from the eastern pier, with the new ramps. Credit: Harbour Authority\n");
    assertFalse(String.join("\n", a.paragraphs()).contains("A drawing of the terminal"));
  }

  @Test
  void aLeadOfTwoSentencesOverTheBylineOpensTheStoryAndADekOfOneDoesNot() {
    String lead = "How many days a year may staff stay at home when their child is ill? Must the employer go on paying"
        + " them? The most important questions and answers.";
    Article a = page("Child ill: what employers must know\n\n" + lead + "\n\nBy Julia Miller\n28 December 2022\n\n"
        + STORY);
    assertEquals(lead, a.paragraphs().get(0));
    assertEquals(lead, a.standfirst());
    assertTrue(a.paragraphs().get(1).startsWith("The harbour authority approved"), a.paragraphs().toString());

    String dek = "The harbour board chose the eastern pier over the quieter site the residents of the old town wanted.";
    Article b = page("Ferry terminal approved\n\n" + dek + "\n\nBy Julia Miller\n28 December 2022\n\n" + STORY);
    assertEquals(dek, b.standfirst());
    assertTrue(b.paragraphs().get(0).startsWith("The harbour authority approved"), b.paragraphs().toString());
  }

  @Test
  void aCaptionOverItsCreditLineIsNotStory() {
    Article a = page("Ferry terminal approved\n\n" + STORY.replace("\n\nResidents", """


        The harbour master, centre, walks past the new ferry at the eastern pier during the opening on Tuesday.
        Jane Roe | Bloomberg | Getty Images

        Residents"""));
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("eastern pier was the only one"), body);
    assertFalse(body.contains("walks past the new ferry"), body);
  }

  @Test
  void aCaptionWithItsCreditRunIntoItIsNotStory() {
    Article a = page("Ferry terminal approved\n\n" + STORY
        + "\nThe new terminal will be built on the eastern pier next to the old lighthouseCredit: Harbour Authority\n\n"
        + STORY.replace("harbour", "port"));
    assertFalse(String.join("\n", a.paragraphs()).contains("old lighthouse"));
  }

  @Test
  void aListUnderAMoreStoriesHeadingIsNotStory() {
    Article a = page("Ferry terminal approved\n\n" + STORY + """

        More Great Riverside Stories

          • Council approves new bus lanes along the harbour road for the summer
          • Fish market traders ask the board for a second loading bay
          • Could a ferry lost in fog find its way by the lighthouse alone?
        """);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("authority said in a statement"), body);
    assertFalse(body.contains("bus lanes"), body);
    assertFalse(body.contains("lighthouse alone"), body);
  }

  @Test
  void aLongHeadlineInABoxOfShortOnesInsideTheStoryIsNotStory() {
    Article a = page("Ferry terminal approved\n\n" + STORY.replace("\n\nResidents", """


        More:

          • The new space race
          • Harbour news
          • Fish market traders ask the board for a second loading bay at the eastern pier

        Residents"""));
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("eastern pier was the only one"), body);
    assertFalse(body.contains("second loading bay"), body);
  }

  @Test
  void aListUnderABareRelatedHeadingIsNotStory() {
    Article a = page("Ferry terminal approved\n\n" + STORY + """

        Related

         1. Council approves new bus lanes along the harbour road for the summer season next year.
         2. Fish market traders ask the board for a second loading bay at the eastern pier.
         3. Lighthouse keepers say the new ferry traffic will need more lights along the pier.
        """);
    assertFalse(String.join("\n", a.paragraphs()).contains("bus lanes"));
  }

  @Test
  void aSingleRelativeTimeInTheBylineDoesNotCutTheStory() {
    Article a = page("Ferry terminal approved\nvor 4 Monaten\n\n" + STORY);
    assertTrue(String.join("\n", a.paragraphs()).contains("harbour authority approved"));
  }

  @Test
  void aCaptionRepeatedWithItsCreditIsNotStory() {
    Article a = page("Ferry terminal approved\n\n" + STORY.replace("\n\nResidents", """

        The eastern pier seen from the old harbour wall at low tide

        The eastern pier seen from the old harbour wall at low tideCredit: Jane Roe

        Residents"""));
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("eastern pier was the only one"), body);
    assertFalse(body.contains("old harbour wall"), body);
  }

  @Test
  void aPhotosTextGivenTwiceOverItsCreditIsNotStory() {
    Article a = page("Ferry terminal approved\n\n" + STORY.replace("\n\nResidents", """

        An artist's drawing of the new ferry terminal on the eastern pier at dusk.
        An artist's drawing of the new ferry terminal on the eastern pier at dusk.
        (Image: © Harbour Authority)

        Residents"""));
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("eastern pier was the only one"), body);
    assertFalse(body.contains("artist's drawing"), body);
  }

  @Test
  void aVideosDescriptionWithItsLabelRunInAndGivenAgainUnderItsTitleIsNotStory() {
    Article a = page("Ferry terminal approved\n\n" + STORY.replace("\n\nResidents", """

        The harbour master explains how the eastern pier was chosen for the new terminal.video

        Harbour master on the eastern pier

        The harbour master explains how the eastern pier was chosen for the new terminal.

        Residents"""));
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("eastern pier was the only one"), body);
    assertFalse(body.contains("harbour master explains"), body);
  }

  @Test
  void readAlsoLinesInOtherLanguagesAreFurniture() {
    Article a = page("Ferry terminal approved\n\n" + STORY
        + "\nLea también: El puerto aprueba una nueva terminal de ferris en el muelle este\n\n"
        + "Auch lesen: Hafen genehmigt neues Fährterminal am Ostpier\n\n"
        + "Follow The Harbour Weekly on Twitter and Instagram for more news from the pier\n\n" + STORY.replace(
            "Monday", "Tuesday"));
    String body = String.join("\n", a.paragraphs());
    assertFalse(body.contains("Lea también"), body);
    assertFalse(body.contains("Auch lesen"), body);
    assertFalse(body.contains("Follow The Harbour"), body);
  }
}
