package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Lines above a dump's story that look like headlines but are not: tags, menus, datelines. */
class DumpTitleFurnitureTest {
  private static final String STORY = DumpFixtures.STORY;

  private static Article page(String text) {
    return DumpFixtures.page(text);
  }

  @Test
  void aBlogsPostingLineAndABylineWithItsDateNameTheAuthor() {
    for (String line : java.util.List.of("Posted on May 16, 2023 by Jane Smith", "May 16, 2023 by Jane Smith",
        "Written by Jane Smith on May 16, 2023", "By Jane Smith | May 16, 2023", "By Jane Smith, PhD")) {
      Article a = page("Riverside Gazette\n\nHome  News  Sports\n\nFerry terminal approved\n\n" + line + "\n\n" + STORY);
      assertEquals(java.util.List.of("Jane Smith"), a.authors(), line);
      assertEquals("Ferry terminal approved", a.title(), line);
    }
  }

  @Test
  void theHeadlineOverItsDekIsTheTitleAndTheDekItsStandfirst() {
    Article a = page("Riverside Gazette\n\nHarbour ferries get a new terminal\n\n"
        + "The harbour board chose the eastern pier over the quiet site the residents of the old town wanted\n\n"
        + "Jane Smith\n\nJanuary 10, 2020 9:00AM (UTC)\n\n" + STORY);
    assertEquals("Harbour ferries get a new terminal", a.title());
    assertEquals("The harbour board chose the eastern pier over the quiet site the residents of the old town wanted",
        a.standfirst());
  }

  @Test
  void anIllustrationsLabelAndSourceAreNotTheHeadline() {
    // the label stands over the headline, where a shorter line would be read as the headline over its dek
    Article a = page("Symbolbild / Riverside Harbour Authority\n\n"
        + "Ferry terminal approved for the eastern pier this year\n\n" + STORY);
    assertEquals("Ferry terminal approved for the eastern pier this year", a.title());
  }

  @Test
  void aPhotosTextOverItsCreditIsNotTheHeadline() {
    Article a = page("  1. Home\n  2. News\n\nFerry terminal approved\n\nBy Jane Smith 04 November 2020\n\n"
        + "How to get your pass before they sell out.\n\n  • \n  • \n\nShares\nComments (32)\n"
        + "The new ferry terminal of the harbour authority, a drawing\n\n(Image credit: Riverside Gazette)\n\n"
        + STORY);
    assertEquals("Ferry terminal approved", a.title());
  }

  @Test
  void aSitesNameAfterABarIsNoPartOfTheHeadlineButAnotherTailIs() {
    assertEquals("Ferry terminal approved", page("Ferry terminal approved | RIVERSIDE GAZETTE\n\n" + STORY).title());
    assertEquals("Ferry terminal approved",
        page("Ferry terminal approved | riverside-gazette.net\n\n" + STORY).title());
    assertEquals("Ferry terminal approved | Harbour news",
        page("Ferry terminal approved | Harbour news\n\n" + STORY).title());
  }

  @Test
  void theBreadcrumbsLastSegmentNamesThePageWhereNoBetterHeadlineStandsAboveTheStory() {
    Article trail = page("Riverside Gazette\n\nHome » News » Harbour » Ferry terminal approved for the eastern pier\n\n"
        + "Harbour Ferry terminal approved for the eastern pier\n\n" + STORY);
    assertEquals("Ferry terminal approved for the eastern pier", trail.title());
    Article numbered = page("Riverside Gazette\n\nYou are here:\n\n 1. Home\n 2. News\n"
        + " 3. Ferry terminal approved for the eastern pier\n\nRiverside Gazette\n\n" + STORY);
    assertEquals("Ferry terminal approved for the eastern pier", numbered.title());
    Article section = page("Home » News » Harbour and Port News\n\nFerry terminal approved\n\n" + STORY);
    assertEquals("Ferry terminal approved", section.title());
  }

  @Test
  void aSentenceEndingInAColonRightAboveTheStoryIntroducesItAndIsKept() {
    String intro = "Jane Smith, Vorsitzende der Hafenverwaltung, zum Entwurf des Hafengesetzes:";
    Article a = page("Ferry terminal approved\n\n" + intro + "\n\n" + STORY);
    assertEquals(intro, a.paragraphs().get(0));
    assertEquals("Ferry terminal approved", a.title());
    // a label of a word or two above a menu is no introduction
    Article label = page("Ferry terminal approved\n\nSee also:\n\nHome\nNews\nSports\nWeather\n\n" + STORY);
    assertEquals(3, label.paragraphs().size(), label.paragraphs().toString());
  }

  @Test
  void aRowOfShareButtonsInAnyLanguageIsNotAHeadline() {
    for (String row : java.util.List.of("Partager sur Facebook Partager sur Twitter Partager par e-mail",
        "zum Profil auf facebook.com zum Profil auf twitter zum Profil auf instagram")) {
      Article a = page("Ferry terminal approved\n\n" + row + "\n\n" + STORY);
      assertEquals("Ferry terminal approved", a.title(), row);
    }
  }

  @Test
  void aCookieBannerATagCloudAndAFormsConsentAfterTheStoryAreNotTheStory() {
    String dialogs = """
        Ähnliche Artikel

        Ausbildung Brandschutz Einsatz Löschmittel Umweltschutz Facharbeit Feuerwehrfrauen Feuerwehrgeschichte \
        Feuerwehrmusik Gesundheitswesen Rettungsdienst Gremien Information International Jugendfeuerwehr \
        Katastrophenschutz Leitstellen Digitalisierung Sozialwesen Technik Veranstaltung Verband Vorbeugender \
        Brandschutz Wettbewerbe Zivilschutz

        Ich willige darin ein, dass der Verband mir regelmäßig aktuelle Informationen per E-Mail zusendet. Die \
        Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen, etwa über den Link in jeder Ausgabe.

        Ich bin mit der Verarbeitung meiner Daten nach der Datenschutzerklärung einverstanden. Nach der Anmeldung \
        erhalte ich eine E-Mail, in der ich die Anmeldung noch einmal bestätigen muss, bevor sie gültig wird.

        Soucieux de la protection de vos données personnelles, nous vous informons que sur ce site des cookies et \
        autres traceurs sont utilisés. En cliquant sur « Tout accepter », vous acceptez ces cookies et traceurs pour \
        la mesure d'audience, le partage avec les réseaux sociaux et la publicité ciblée selon vos centres d'intérêt.
        """;
    Article a = page("Ferry terminal approved\n\n" + STORY.lines().findFirst().orElseThrow() + "\n\n" + dialogs);
    assertEquals("Ferry terminal approved", a.title());
    org.junit.jupiter.api.Assertions.assertTrue(a.body().startsWith("The harbour authority approved"), a.body());
    org.junit.jupiter.api.Assertions.assertFalse(a.body().contains("cookies"), a.body());
    org.junit.jupiter.api.Assertions.assertFalse(a.body().contains("Löschmittel"), a.body());
  }

  @Test
  void aHeadlineTheBreadcrumbRepeatsWinsFarAboveTheStoryOverANoteThatBarelySpeaksOfIt() {
    StringBuilder page = new StringBuilder("""
         1. News>
         2. Harbour>
         3. Ferry terminal: why only experts may decide

        Ferry terminal: why only experts may decide

        """);
    for (int i = 1; i <= 8; i++) {
      page.append("Digital plan ").append(i).append("\n\nSave 20 percent\n\n  • Cancel at any time\n\n");
    }
    page.append("This guide first appeared in the harbour magazine\n\n").append(STORY);
    assertEquals("Ferry terminal: why only experts may decide", page(page.toString()).title());
  }

  @Test
  void aCaptionSayingWhoStandsWhereIsNotAHeadline() {
    for (String caption : java.util.List.of("Jane Roe (l.) John Doe at the ferry terminal",
        "Jane Roe (left) and John Doe at the ferry terminal", "Die Vorstände (v. l.) Jane Roe, John Doe, ferry terminal")) {
      Article a = page("Ferry terminal approved\n\n" + caption + "\n\n" + STORY);
      assertEquals("Ferry terminal approved", a.title(), caption);
      org.junit.jupiter.api.Assertions.assertNotEquals(caption, page(caption + "\n\n" + STORY).title());
    }
  }

  @Test
  void aListOfTagsIsNotAHeadline() {
    Article a = page("""
        Ferry terminal approved

        harbour, ferry, terminal, eastern pier

        """ + STORY);
    assertEquals("Ferry terminal approved", a.title());
  }

  @Test
  void aMenuSetApartByBarsIsNotAHeadline() {
    Article a = page("""
        Ferry terminal approved

        Harbour | Ferry terminal | Contact

        """ + STORY);
    assertEquals("Ferry terminal approved", a.title());
  }

  @Test
  void aHeadlineMayNameADateButADatelineIsNotAHeadline() {
    Article a = page("""
        Harbour news in March 2023

        Am 13. März 2023 Von Jane Roe In Hafen

        """ + STORY);
    assertEquals("Harbour news in March 2023", a.title());
  }

  @Test
  void aHeadlineFarAboveThatSpeaksOfTheStoryWinsOverANearLineThatBarelyDoes() {
    StringBuilder lines = new StringBuilder("Harbour board approves ferry terminal\n\n");
    for (int i = 1; i <= 16; i++) {
      lines.append("  • Section ").append(i).append('\n');
    }
    Article a = page(lines + "\nWeather and sports tonight\n\n" + STORY);
    assertEquals("Harbour board approves ferry terminal", a.title());
  }

  @Test
  void anAuthorsTimestampIsNotAHeadline() {
    Article a = page("""
        Jane Roe , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit

        """ + STORY);
    assertNull(a.title());
  }

  @Test
  void aClockTimeOrALengthOfTimeUnderTheBylineIsNotAHeadline() {
    // the zone searched first (the story's last fifteen lines above it) holds the share bar, the byline and the
    // timestamp but not the headline, which shares too few words with the story to be taken from further up
    StringBuilder shareBar = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      shareBar.append("  • Share ").append(i).append('\n');
    }
    for (String stamp : new String[] {"4 AM", "30 – 45 Min"}) {
      Article a = page("Mayor faces questions over harbour deal\n\nPolitics Harbour\nThe mayor at the pier last week.\n"
          + "(Photo: Jane Doe)\n\nBy Jane Roe\nFeb. 19, 2020\n" + stamp + "\n\n"
          + shareBar + "\n" + STORY);
      assertEquals("Mayor faces questions over harbour deal", a.title(), stamp);
    }
  }

  @Test
  void aHeadlineRepeatedInTheBreadcrumbAndBelowTheStoryIsStillTheHeadline() {
    Article a = page("""
        Site name

          • Home
          • Harbour
          • Harbour board approves new ferry terminal

        Harbour board approves new ferry terminal

        """ + STORY + """

        Harbour board approves new ferry terminal
        """);
    assertEquals("Harbour board approves new ferry terminal", a.title());
  }

  @Test
  void interfaceLabelsInSeveralLanguagesAreNotHeadlines() {
    for (String label : new String[] {"Artikel merken", "Mehr anzeigen", "Dark Mode Go Top", "845 shares",
        "Partager sur Facebook Partager sur Twitter Partager par e-mail", "Cookie-Zustimmung verwalten",
        "Mit ARD-Konto anmelden", "show ad"}) {
      Article a = page("Ferry terminal approved\n\n" + label + "\n\n" + STORY);
      assertEquals("Ferry terminal approved", a.title(), label);
    }
  }

  @Test
  void aHeadlineMayEndInAnAbbreviation() {
    Article a = page("""
        Ferry Terminal Opens on Tues.

        """ + STORY);
    assertEquals("Ferry Terminal Opens on Tues.", a.title());
  }

  @Test
  void menuEntriesGluedTogetherAreNotAHeadline() {
    Article a = page("""
        Ferry terminal approved

        HarbourTransportU.S. News

        """ + STORY);
    assertEquals("Ferry terminal approved", a.title());
  }

  @Test
  void aHeadlineRepeatedInTheMenuAndSetOnItsBylineIsTheHeadline() {
    Article a = page("""
          • Home
          • Board approves plans for the eastern quay

        Board approves plans for the eastern quay

        By Jane Roe Last updated Nov 8, 2023 Share

        """ + STORY);
    assertEquals("Board approves plans for the eastern quay", a.title());
  }

  @Test
  void aKickerRunIntoTheHeadlineIsCutWhenTheHeadlineAlsoStandsAlone() {
    Article a = page("""
          • Board approves new ferry terminal
          • Storm closes the western quay

        Start Archiv Board approves new ferry terminal

        """ + STORY);
    assertEquals("Board approves new ferry terminal", a.title());
  }

  @Test
  void aHeadlineThatOnlyStartsLikeTheSectionKeepsItsWords() {
    Article a = page("""
        Home » News » Ferry

        Ferry terminal: why only experts may decide

        """ + STORY);
    assertEquals("Ferry terminal: why only experts may decide", a.title());
  }

  @Test
  void aLabelledLineOfTagsIsNotAHeadline() {
    Article a = page("""
        Board approves terminal

        TAG:Harbour Authority Board, New Ferry Terminal Plans, Eastern Pier Works, Larger Ferry Boats
        By Jane Roe

        """ + STORY);
    assertEquals("Board approves terminal", a.title());
  }
}
