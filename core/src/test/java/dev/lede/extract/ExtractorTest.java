package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ingest.DocumentMeta;
import dev.lede.ingest.Format;
import dev.lede.ingest.SourceDocument;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  private static final Extractor EXTRACTOR = new Extractor();

  private static final String STORY = """
      The city council voted on Tuesday to expand the bus network into three outlying districts, ending a dispute \
      that had lasted more than two years.

      Supporters said the plan would cut commuting times for thousands of residents who now drive to work.

      Opponents argued that the cost, estimated at 40 million dollars, would fall on taxpayers who never ride the bus.

      The first new routes are expected to open in the spring, the transport department said in a statement.
      """;

  private static Article page(String text) {
    return EXTRACTOR.extract(Docs.text("page.txt", Format.PAGE_TEXT, text));
  }

  @Test
  void readsHtmlMetaAndJsonLdAndDropsNavigation() {
    String html = """
        <html><head><title>Council expands buses | Example</title>
        <meta property="og:site_name" content="Reuters">
        <meta property="og:title" content="ignored when JSON-LD has a headline">
        <meta property="article:published_time" content="2023-03-01T08:00:00Z">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
         {"@type":"NewsArticle","headline":"Council expands bus network","datePublished":"2023-03-02T09:30:00+01:00",
          "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
          "publisher":{"@type":"Organization","name":"Reuters"}}]}</script>
        </head><body>
        <nav><ul><li>Home</li><li>World</li><li>Business</li></ul></nav>
        <header>Sign in</header>
        <article><h1>Council expands bus network</h1>
        <p>The city council voted on Tuesday to expand the bus network into three outlying districts, ending a dispute
        that had lasted more than two years.</p>
        <figure><img src="x.jpg"><figcaption>Buses wait at the depot (Jane Roe/Reuters)</figcaption></figure>
        <p>Supporters said the plan would cut commuting times for thousands of residents who now drive to work.</p>
        <p>The first new routes are expected to open in the spring, the transport department said.</p>
        <aside>Related: Mayor resigns</aside></article>
        <footer>© 2023 Reuters. All rights reserved.</footer></body></html>
        """;
    Article a = EXTRACTOR.extract(Docs.text("page.html", Format.HTML, html));
    assertEquals("Council expands bus network", a.title());
    assertEquals("Reuters", a.source());
    assertEquals(List.of("Jane Roe", "John Doe"), a.authors());
    assertEquals(Published.of(OffsetDateTime.parse("2023-03-02T09:30+01:00")), a.published());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.paragraphs().get(0).startsWith("The city council voted"));
    assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Home") || p.contains("Related")));
  }

  @Test
  void anotherStorysHeadlineLinkedInCapitalsBetweenParagraphsIsNotStoryButALinkInASentenceIs() {
    String html = """
        <html><head><title>Council expands bus network</title></head><body>
        <article><h1>Council expands bus network</h1>
        <p>The city council voted on Tuesday to expand the bus network into three outlying districts, ending a dispute
        that had lasted more than two years.</p>
        <p><a href="/other"><strong>MAYOR RESIGNS AFTER BUDGET ROW</strong></a></p>
        <p>Supporters said the plan would cut commuting times, as <a href="/x">an earlier study</a> had shown.</p>
        <p>The first new routes are expected to open in the spring, the transport department said.</p>
        </article></body></html>
        """;
    Article a = EXTRACTOR.extract(Docs.text("page.html", Format.HTML, html));
    assertEquals(3, a.paragraphs().size(), String.join("\n", a.paragraphs()));
    assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("MAYOR RESIGNS")));
    assertTrue(a.paragraphs().get(1).contains("an earlier study"));
  }

  @Test
  void theChosenElementEndsAtAWidgetHeadingNearItsEndButNotAtARelatedBoxBetweenParagraphs() {
    String html = """
        <html><head><title>Council expands bus network</title></head><body>
        <article><h1>Council expands bus network</h1>
        <p>The city council voted on Tuesday to expand the bus network into three outlying districts, ending a dispute
        that had lasted more than two years.</p>
        <p>Supporters said the plan would cut commuting times for thousands of residents who now drive to work.</p>
        <p>You might also like</p>
        <p>Tram line to close for repairs</p>
        <p>Mayor opens the new harbour bridge</p>
        <p>Opponents said the money would be better spent on repairing the roads the buses already use every day.</p>
        <p>The first new routes are expected to open in the spring, the transport department said on Tuesday.</p>
        <p>Next Transport News</p>
        <p>Airport rail link delayed again</p>
        </article></body></html>
        """;
    Article a = EXTRACTOR.extract(Docs.text("page.html", Format.HTML, html));
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.contains("Opponents said") && body.endsWith("transport department said on Tuesday."), body);
    assertTrue(!body.contains("Tram line") && !body.contains("Airport rail link"), body);
  }

  @Test
  void aRecordsUnknownSourceGivesWayToItsUrlsOutletAndGoesIntoTheNotes() {
    DocumentMeta meta = new DocumentMeta("https://www.npr.org/2022/11/10/story", "Ezra Klein", null, null, List.of());
    Article a = EXTRACTOR.extract(Docs.text("r1", Format.RECORD_TEXT, STORY, meta));
    assertEquals("NPR", a.source());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("Ezra Klein") && n.contains("NPR")), a.notes()::toString);
  }

  @Test
  void aRecordsKnownOrUnmatchedSourceIsKept() {
    DocumentMeta known = new DocumentMeta("https://www.npr.org/x", "CNN", null, null, List.of());
    assertEquals("CNN", EXTRACTOR.extract(Docs.text("r2", Format.RECORD_TEXT, STORY, known)).source());
    DocumentMeta unknownUrl = new DocumentMeta("https://blog.example.org/x", "Small Town Herald", null, null,
        List.of());
    assertEquals("Small Town Herald", EXTRACTOR.extract(Docs.text("r3", Format.RECORD_TEXT, STORY, unknownUrl))
        .source());
  }

  @Test
  void aRecordsBylineBlockAboveTheOutletsNameGivesTheAuthorsAndLeavesTheBody() {
    DocumentMeta meta = new DocumentMeta(null, "USA Today", null, null, List.of());
    Article a = EXTRACTOR.extract(Docs.text("r4", Format.RECORD_TEXT,
        "Rick Jervis and John Bacon\n\nUSA TODAY\n\n" + STORY, meta));
    assertEquals(List.of("Rick Jervis", "John Bacon"), a.authors());
    assertTrue(a.paragraphs().stream().noneMatch(p -> p.equals("USA TODAY") || p.contains("Jervis")),
        a.paragraphs()::toString);
    Article noByline = EXTRACTOR.extract(Docs.text("r5", Format.RECORD_TEXT, STORY, meta));
    assertEquals(List.of(), noByline.authors());
  }

  private static Article html(String head, String body) {
    String html = "<html lang=\"de\"><head>" + head + "</head><body>" + body + "<article><p>" + STORY
        + "</p></article></body></html>";
    return EXTRACTOR.extract(Docs.text("page.html", Format.HTML, html));
  }

  @Test
  void htmlTitleIsTheHeadingTheMetadataAgreesWithWithoutTheSiteName() {
    Article a = html("<title>Council expands bus network | Harbour Gazette</title>"
        + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">", "<h1>Council expands bus network</h1>");
    assertEquals("Council expands bus network", a.title());
    Article kicker = html("<meta property=\"og:title\" content=\"Council expands bus network\">",
        "<h1><span>Transport</span> Council expands bus network</h1>");
    assertEquals("Council expands bus network", kicker.title());
    Article escaped = html("<meta property=\"og:title\" content=\"Buses &amp;amp; trams - Harbour Gazette\">"
        + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">", "");
    assertEquals("Buses & trams", escaped.title());
  }

  @Test
  void htmlTitleLeavesOutADateBeforeOrAfterItAndABoxLabel() {
    Article dated = html("<meta property=\"og:title\" content=\"Council expands bus network\">",
        "<h1>Council expands bus network 02.02.2022 \u2022 </h1>");
    assertEquals("Council expands bus network", dated.title());
    Article leading = html("<title>23.01.2022 - Council expands bus network</title>",
        "<h1>23.01.2022 - Council expands bus network</h1>");
    assertEquals("Council expands bus network", leading.title());
    Article label = html("<title>Council expands bus network - Harbour Gazette</title>"
        + "<meta property=\"og:site_name\" content=\"harbourgazette.example\">",
        "<h1>Menu</h1><h1>Transport</h1><article><h1>Read also:</h1></article>");
    assertEquals("Council expands bus network", label.title());
  }

  @Test
  void htmlDateFollowsTheStatedPrecedenceAndIgnoresModifiedDates() {
    Article meta = html("<meta property=\"article:modified_time\" content=\"2023-05-01T10:00:00Z\">"
        + "<meta name=\"dc.date\" content=\"2023-04-02\">", "");
    assertEquals(LocalDate.of(2023, 4, 2), meta.published().date());
    Article later = html("<meta property=\"article:modified_time\" content=\"2023-05-01T10:00:00Z\">"
        + "<meta property=\"article:published_time\" content=\"2024-01-09T10:00:00Z\">"
        + "<link rel=\"canonical\" href=\"https://example.org/2023/04/30/bus\">", "");
    assertEquals(LocalDate.of(2023, 4, 30), later.published().date());
    Article byline = html("", "<h1>Busnetz wächst</h1><p>Von Jane Roe, 3. März 2023</p>");
    assertEquals(LocalDate.of(2023, 3, 3), byline.published().date());
    Article program = html("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bus\","
        + "\"datePublished\":\"Tue Jan 28 15:28:56 CET 2020\"}</script>", "");
    assertEquals(LocalDate.of(2020, 1, 28), program.published().date());
  }

  @Test
  void howTheBytesWereReadIsTheFirstNoteOfTheArticle() {
    String text = "Council expands bus network to three districts\n\n" + STORY;
    SourceDocument doc = new SourceDocument("latin.txt", java.nio.file.Path.of("latin.txt"), Format.PAGE_TEXT, text,
        "h", DocumentMeta.NONE, List.of("not valid UTF-8; decoded as windows-1252"));
    Article a = EXTRACTOR.extract(doc);
    assertEquals("not valid UTF-8; decoded as windows-1252", a.notes().get(0));
  }

  @Test
  void aLongLineWithoutFunctionWordsIsNotProseOnAnEnglishPage() {
    String tags = "Ticker Security Last Change DOW JONES AVERAGES 29309.83 +33.01 NASDAQ COMPOSITE INDEX 9672.51 +44.13 "
        + "MCDONALD'S CORP. 214.62 +1.41 UNDER ARMOUR INC 15.16 -2.99 FORD MOTOR COMPANY 8.13 +0.07 BERKSHIRE HATHAWAY";
    String[] paragraphs = STORY.strip().split("\n\n");
    Article a = page("Council expands bus network to three districts\n\n" + paragraphs[0] + "\n\n" + paragraphs[1]
        + "\n\n" + tags + "\n\n" + paragraphs[2] + "\n\n" + paragraphs[3]);
    assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
    assertFalse(a.paragraphs().contains(tags));
  }

  @Test
  void readsByXAndYByline() {
    Article a = page("Council expands bus network to three districts\n\nBy Jane Roe and John Doe, Staff Writers\n"
        + "March 2, 2023\n\n" + STORY);
    assertEquals("Council expands bus network to three districts", a.title());
    assertEquals(List.of("Jane Roe", "John Doe"), a.authors());
    assertEquals(Published.of(LocalDate.of(2023, 3, 2)), a.published());
    assertNull(a.wire());
  }

  @Test
  void reutersDatelineSetsWire() {
    Article a = page("Russia pulls back from Kherson\n\nKYIV, Nov 9 (Reuters) - " + STORY);
    assertEquals("Reuters", a.wire());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("dateline")), a.notes()::toString);
    assertTrue(a.paragraphs().get(0).startsWith("KYIV, Nov 9 (Reuters) - The city council"));
  }

  @Test
  void bylineAgencyIsTheWireNotAnAuthor() {
    Article a = page("Council expands bus network to three districts\n\nJane Roe, Associated Press\n\n" + STORY);
    assertEquals(List.of("Jane Roe"), a.authors());
    assertEquals("Associated Press", a.wire());
  }

  @Test
  void pageWithoutStoryThrows() {
    String menu = "Home\nWorld\nPolitics\nBusiness\nSign in\nSubscribe\n© 2024 Example News. All rights reserved.\n";
    ExtractionException e = assertThrows(ExtractionException.class, () -> page(menu));
    assertTrue(e.getMessage().contains("no article text found"), e.getMessage());
  }

  @Test
  void aBlogsEntryLineBelowTheStoryDatesItWhenNothingAboveDoes() {
    String text = "Council expands bus network to three districts\n\n" + STORY
        + "\n\n• Print\n• E-Mail\n• Twitter\n\nRelated posts\n\nA ferry for the old harbour\n\nTrams run late\n\n"
        + "This entry was published on April 22, 2020 by kj in Transport, City Council, Buses."
        + " Tags: buses, districts.\n";
    assertEquals(LocalDate.of(2020, 4, 22), page(text).published().date());
  }

  @Test
  void aHeadlineThatReadsAsASentenceAtTheStoryStartIsTheTitle() {
    String text = "Home\nTopics\nSearch\n\nThank you for registering. Enjoy your reading.\n\n"
        + "Parliament delays its vote on the new exit deal once again!\n\n[svg]\n\n" + STORY;
    Article a = page(text);
    assertEquals("Parliament delays its vote on the new exit deal once again!", a.title());
  }

  @Test
  void aPageOfVerseWithoutProseIsItsStanzas() {
    String song = "Home\nLyrics\nArtists\n\nThe Long Road Home - Jane Roe\n\n\n"
        + "We walked along the river wide\nThe lanterns swaying side by side\nYou said the night was ours to keep\n"
        + "Before the town had gone to sleep\n\n"
        + "And I will find the long road home\nThrough every field and city stone\nI'll carry you in every song\n"
        + "The way is hard, the way is long\n\n"
        + "Repeat Chorus\n\n\nSubscribe to: Post Comments (Atom)\n";
    Article a = page(song);
    assertTrue(a.paragraphs().contains("We walked along the river wide"), a.paragraphs().toString());
    assertTrue(a.paragraphs().contains("The way is hard, the way is long"), a.paragraphs().toString());
    assertFalse(a.paragraphs().contains("Artists"), a.paragraphs().toString());
    String menu = "Home\nWorld\nPolitics\nBusiness\nScience\nSport\nCulture\nTravel\nOpinion\nVideo\n";
    assertThrows(ExtractionException.class, () -> page(menu)); // one block of short lines is a menu, not verse
  }

  @Test
  void removesWindowsOfMenuLines() {
    String text = """
        Home
        News
        Sport
        Weather
        Culture

        Council expands bus network to three districts

        """ + STORY + """

        Contact Us
        Careers
        Advertise
        Privacy Policy
        """;
    Article a = page(text);
    assertEquals(4, a.paragraphs().size());
    assertTrue(a.paragraphs().stream().noneMatch(p -> List.of("Home", "News", "Careers").contains(p)));
  }

  @Test
  void outletMissingFromRegistryIsNamedByStrongFooterCue() {
    Article a = page("Council expands bus network to three districts\n\n" + STORY
        + "\n\n© 2023 Foo Daily News. All rights reserved.\n");
    assertEquals("Foo Daily News", a.source());
    assertNull(a.wire());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("from page cues")), a.notes()::toString);
  }

  @Test
  void singleWeakCueLeavesSourceUnknownWithNote() {
    Article a = page("Foo Daily\n\nCouncil expands bus network to three districts\n\n" + STORY);
    assertNull(a.source());
    assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("source unknown")), a.notes()::toString);
  }

  @Test
  void statedMetadataWinsAndIsCanonicalised() {
    DocumentMeta meta = new DocumentMeta("https://www.nytimes.com/2016/09/20/x.html", "New York Times - News",
        "2016-09-20", "Bomb Suspect Changed After Trip Abroad", List.of("N. R. Kleinfield", "Opinion Contributor"));
    Article a = EXTRACTOR.extract(Docs.text("rec-1", Format.RECORD_TEXT, STORY, meta));
    assertEquals("The New York Times", a.source());
    assertEquals("Bomb Suspect Changed After Trip Abroad", a.title());
    assertEquals(List.of("N. R. Kleinfield"), a.authors());
    assertEquals(Published.of(LocalDate.of(2016, 9, 20)), a.published());
    assertEquals(4, a.paragraphs().size());
  }

  @Test
  void urlDomainNamesTheOutletWhenNothingIsStated() {
    DocumentMeta meta = new DocumentMeta("https://amp.theguardian.com/world/2022/x", null, null, null, null);
    Article a = EXTRACTOR.extract(Docs.text("rec-2", Format.RECORD_TEXT, STORY, meta));
    assertEquals("The Guardian", a.source());
  }

  @Test
  void aRecordOfOneShortSentenceIsAnArticleButACaptionAloneIsNot() {
    Article brief = EXTRACTOR.extract(Docs.text("rec-brief", Format.RECORD_TEXT,
        "The city council approved the new school budget on Tuesday."));
    assertEquals(List.of("The city council approved the new school budget on Tuesday."), brief.paragraphs());
    assertThrows(ExtractionException.class,
        () -> EXTRACTOR.extract(Docs.text("rec-button", Format.RECORD_TEXT, "CLOSE")));
  }

  @Test
  void aFormsListOfOptionsIsNoParagraphButAListOfNamesWithCommasIs() {
    String form = "Get The Brief. Sign up to receive the top stories you need to know right now. Choose your country "
        + "United States of America Afghanistan Albania Algeria American Samoa Andorra Angola Anguilla Antigua and "
        + "Barbuda Argentina Armenia Aruba Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus "
        + "Belgium Belize Benin Bermuda Bhutan Bolivia Bosnia and Herzegovina Botswana Brazil Brunei Darussalam "
        + "Bulgaria Burkina Faso Burundi Cambodia Cameroon Canada Cape Verde Cayman Islands Chad Chile China. "
        + "See our Privacy Policy for further details.";
    String squad = "The squad: Jose Maria Olazabal, Seve Ballesteros, Colin Montgomerie, Nick Faldo, Ian Woosnam, "
        + "Bernhard Langer, Costantino Rocca, Per-Ulrik Johansson, Mark James, Sam Torrance, David Gilford, "
        + "Howard Clark, Philip Walton, Ignacio Garrido, Thomas Bjorn, Lee Westwood and Darren Clarke.";
    Article a = EXTRACTOR.extract(Docs.text("rec-form", Format.RECORD_TEXT, STORY + "\n\n" + form + "\n\n" + squad));
    assertFalse(a.paragraphs().contains(form), "a form's options are furniture");
    assertTrue(a.paragraphs().contains(squad), "a team sheet is the story's");
    assertTrue(a.paragraphs().size() >= 3, a.paragraphs().toString());
  }

  @Test
  void recordDropsCaptionsAndButtons() {
    String body = "CLOSE\n\nProtest on June 4, 2017. (Photo: Ariane Kunze, AFP/Getty Images)\n\n" + STORY;
    Article a = EXTRACTOR.extract(Docs.text("rec-3", Format.RECORD_TEXT, body));
    assertEquals(4, a.paragraphs().size());
    assertNull(a.wire(), "a photo credit is not a wire cue");
  }

  /** The paragraphs of a record whose text is {@code line} before the story, or after it. */
  private static List<String> recordWith(String line, boolean before) {
    String text = before ? line + "\n\n" + STORY : STORY + "\n\n" + line;
    return EXTRACTOR.extract(Docs.text("rec-credit", Format.RECORD_TEXT, text)).paragraphs();
  }

  @Test
  void aPhotographersCreditWithAnAgencyAfterASlashIsNoParagraph() {
    for (String credit : List.of("Paul Sancya/AP", "TebNad/Shutterstock.com", "Win McNamee/Getty Images",
        "Nancy Pelosi Photographer: Andrew Harrer/Bloomberg")) {
      assertFalse(recordWith(credit, true).contains(credit), credit);
    }
    // a sentence that ends with a slash and an agency's name is the story's
    String sentence = "The figures were first reported by the news agency AP/Reuters.";
    assertTrue(recordWith(sentence, false).contains(sentence), sentence);
  }

  @Test
  void aCaptionWithItsPhotographersCreditAfterItsFullStopIsNoParagraph() {
    for (String caption : List.of("A worker cleans the stage where the debates will be held. Scott Olson/Getty Images",
        "The president in the Oval Office in Washington, D.C. Brendan Smialowski/AFP via Getty Images",
        "The harbour master at the pier in May. Jane Roe / REUTERS",
        "The harbour master speaks at the pier in Riverside, U.S., May 21, 2019. REUTERS/Jane Roe/File Photo",
        "AP Photo/Jane Roe")) {
      assertFalse(recordWith(caption, true).contains(caption), caption);
    }
    // the story's sentence that ends with a slash and an agency has no full stop before a credit
    String sentence = "The harbour board said so on Monday. The figures were first reported by AP/Reuters.";
    assertTrue(recordWith(sentence, false).contains(sentence), sentence);
  }

  @Test
  void linesRepeatedAcrossPagesOfAnOutletBecomeFurniture() {
    Extractor extractor = new Extractor();
    String appeal = "We rely on readers like you to fund our independent reporting on the city and its politics.";
    String last = null;
    for (int i = 0; i < 3; i++) {
      String text = "Stay up to date with notifications from Foo Gazette\n\nHeadline number " + i + " for test\n\n"
          + "Paragraph " + i + ": the mayor said on Monday that the budget for district " + i
          + " would grow by five percent next year.\n\n" + appeal + "\n\nThe council will vote on the budget in May, "
          + "officials in district " + i + " said on Monday evening.\n";
      last = extractor.extract(Docs.text("p" + i, Format.PAGE_TEXT, text)).body();
    }
    assertFalse(last.contains("We rely on readers"), last);
    assertTrue(last.contains("The council will vote"), last);
  }

  @Test
  void detectsLanguageOtherThanEnglish() {
    String french = """
        Le conseil municipal a voté mardi l'extension du réseau de bus à trois quartiers périphériques, mettant fin \
        à un différend qui durait depuis plus de deux ans.

        Les partisans du projet affirment qu'il réduira le temps de trajet de milliers d'habitants.
        """;
    Article a = EXTRACTOR.extract(Docs.text("fr", Format.RECORD_TEXT, french));
    assertEquals("fr", a.language());
  }
}
