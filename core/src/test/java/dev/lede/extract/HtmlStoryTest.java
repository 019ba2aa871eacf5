package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ingest.Format;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the story's element and the date of an HTML page are found, on small pages written for the purpose. */
class HtmlStoryTest {
  private static final Extractor EXTRACTOR = new Extractor();

  private static final String P1 = "The harbour authority approved a new ferry terminal on Monday, after a review "
      + "of the tides, the traffic and the costs that took most of the past year.";
  private static final String P2 = "Residents of the old town had asked for a quieter site, but the board said the "
      + "eastern pier was the only one deep enough for the larger boats.";
  private static final String P3 = "Construction is expected to begin in the autumn, and the terminal should open "
      + "two years later, the authority said in a statement on its website.";
  private static final String P4 = "The project will be paid for by the port's own revenue, with a smaller share "
      + "from the regional government, which still has to approve its part of the budget.";

  private static Article html(String head, String body) {
    String page = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return EXTRACTOR.extract(Docs.text("page.html", Format.HTML, page));
  }

  private static String body(Article a) {
    return String.join("\n", a.paragraphs());
  }

  @Test
  void aShownLeadOfTwoSentencesOutsideTheArticleOpensTheStoryButAShortDekDoesNot() {
    String lead = "The harbour board has chosen the eastern pier for the new ferry terminal after a year of reviews. "
        + "Residents of the old town, who wanted a quieter site, say they will take the decision to court.";
    String page = "<div class=\"teaser\"><h1>Ferry terminal approved</h1><p>" + lead + "</p></div><article><p>" + P1
        + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></article>";
    String head = "<title>Ferry terminal approved</title><meta name=\"description\" content=\"";
    Article a = html(head + lead + "\">", page);
    assertEquals(lead, a.paragraphs().get(0), body(a));
    assertEquals(P1, a.paragraphs().get(1), body(a));

    String dek = "The board chose the eastern pier. Residents will go to court.";
    Article b = html(head + dek + "\">", page.replace(lead, dek));
    assertEquals(P1, b.paragraphs().get(0), body(b));
    Article hidden = html(head + lead + "\">", page.replace(lead, "Our report from the harbour."));
    assertEquals(P1, hidden.paragraphs().get(0), "a description the page does not show is no text of it");
  }

  @Test
  void theHeadlineDateAndBylineAboveTheFirstParagraphAreNotTheBody() {
    Article a = html("<title>Ferry terminal approved</title>", "<div id=\"content\"><b>Ferry terminal approved</b><br>"
        + "<i>May 16, 2023</i><br>By Jane Smith<br><br>" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "</div>");
    assertTrue(body(a).startsWith("The harbour authority"), body(a));
    assertEquals(java.util.List.of("Jane Smith"), a.authors());
    assertEquals(LocalDate.of(2023, 5, 16), a.published().date());
  }

  @Test
  void aDateLineWithAnUpdateAndThePublicationGivesThePublication() {
    Article a = html("<title>Ferry terminal approved</title>", "<article><h1>Ferry terminal approved</h1>"
        + "<div class=\"meta\">Updated May 17, 2023 / Published May 16, 2023</div><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></article>");
    assertEquals(LocalDate.of(2023, 5, 16), a.published().date());
    Article dump = DumpFixtures.page("Ferry terminal approved\n\nUpdated May 17, 2023 / Published May 16, 2023\n\n"
        + DumpFixtures.STORY);
    assertEquals(LocalDate.of(2023, 5, 16), dump.published().date());
  }

  @Test
  void aListWhoseItemsHoldParagraphsLeavesNoBulletsAloneInTheBody() {
    Article a = html("", "<article><p>" + P1 + "</p><p>" + P2 + "</p><ul><li><p>a quieter site</p></li>"
        + "<li><p>a deeper pier</p></li><li><span class=\"icon\"></span></li></ul><p>" + P3 + "</p>"
        + "<button>\u00d7</button><p>" + P4 + "</p></article>");
    assertTrue(a.paragraphs().contains("a quieter site"), body(a));
    assertFalse(a.paragraphs().stream().anyMatch(p -> p.equals("•") || p.equals("×")), body(a));
  }

  @Test
  void aDataTablesCellsStayApartOnTheirRowsLine() {
    Article a = html("", "<article><p>" + P1 + "</p><p>" + P2 + "</p><table><tr><th>Item</th><th>2023</th></tr>"
        + "<tr><td>Ferry service</td><td>$12.1m</td></tr></table><p>" + P3 + "</p></article>");
    assertTrue(body(a).contains("Item | 2023\nFerry service | $12.1m"), body(a));
  }

  @Test
  void aPageWhoseScriptRendersTheStoryGivesItsJsonLdArticleBody() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry terminal "
        + "approved\",\"datePublished\":\"2023-05-16T10:00:00Z\",\"articleBody\":\"" + P1 + "\\n\\n" + P2
        + "\\n\\n" + P3 + "\\n\\n" + P4 + "\"}</script>";
    Article a = html(ld, "<div id=\"app\"><nav><a>Home</a><a>News</a></nav><div>Loading...</div></div>");
    assertEquals(String.join("\n", P1, P2, P3, P4), body(a));
    assertEquals("Ferry terminal approved", a.title());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("articleBody")), a.notes().toString());
  }

  @Test
  void theTitleIsThePartOfTheTitleTagThatAHeadingShows() {
    Article a = html("<title>Harbour Weekly - Ferry terminal approved after long review</title>",
        "<table><tr><td><h2 class=\"site-title\">Harbour Weekly</h2><a>Home</a><br><a>News</a></td><td>"
        + "<h2>Ferry terminal approved after long review</h2><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></td></tr></table>");
    assertEquals("Ferry terminal approved after long review", a.title());
  }

  @Test
  void theBylinesMarkupNamesTheAuthorsButACommentersDoesNot() {
    String comments = "<div id=\"comments\"><ol><li class=\"comment\"><span class=\"author vcard\">Bob Reader</span>"
        + "<p>" + P4 + "</p></li></ol></div>";
    Article a = html("", "<article><h1>Ferry terminal approved</h1><div class=\"entry-meta\">Posted on "
        + "<time datetime=\"2023-05-16\">May 16, 2023</time> <span class=\"byline\">by <span class=\"author vcard\">"
        + "<a href=\"/author/js\">Jane Smith</a></span> and <span class=\"author vcard\"><a>Tom Lee</a></span></span>"
        + "</div><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"
        + comments);
    assertEquals(java.util.List.of("Jane Smith", "Tom Lee"), a.authors());
    Article foreign = html("", "<article><p class=\"post-author\">von Dennis Weber</p><p>" + P1 + "</p><p>" + P2
        + "</p></article>");
    assertEquals(java.util.List.of("Dennis Weber"), foreign.authors());
    Article onlyComments = html("", "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>" + comments);
    assertTrue(onlyComments.authors().isEmpty(), onlyComments.authors().toString());
  }

  @Test
  void keepsAStorySplitOverPageBuilderRowsWithAdvertisementsBetween() {
    Article a = html("", "<article><div class=\"row\"><div class=\"col\"><p>" + P1 + "</p><p>" + P2
        + "</p></div></div><div class=\"row hide-for-print\"><div class=\"ad-slot\">Anzeige</div></div>"
        + "<div class=\"row\"><div class=\"col\"><p>" + P3 + "</p><p>" + P4 + "</p><p>" + P1.replace("Monday",
        "Tuesday") + "</p></div></div></article>");
    String text = body(a);
    assertTrue(text.contains("ferry terminal on Monday"), text);
    assertTrue(text.contains("paid for by the port"), text);
    assertFalse(text.contains("Anzeige"), text);
  }

  @Test
  void aWidgetClassOnTheWholeStoryIsNotBelievedButSmallWidgetsInsideStillGo() {
    Article a = html("", "<div class=\"post\"><div class=\"elementor-widget-container\"><p>" + P1 + "</p><p>" + P2
        + "</p><div class=\"newsletter-box\">Get our newsletter every morning</div><p>" + P3 + "</p><p>" + P4
        + "</p></div></div>");
    String text = body(a);
    assertTrue(text.contains("ferry terminal") && text.contains("paid for by the port"), text);
    assertFalse(text.contains("newsletter"), text);
  }

  @Test
  void aModalDialogIsNeverTheStory() {
    String dialog = "<div role=\"dialog\" class=\"dialog-content\"><p>" + "Please confirm your age, then you can "
        + "watch every programme at any time of the day, with the settings of your account, and more. ".repeat(4)
        + "</p></div>";
    Article a = html("", dialog + "<main><p>" + P1 + "</p><p>" + P2 + "</p></main>");
    assertTrue(body(a).contains("ferry terminal"), body(a));
    assertFalse(body(a).contains("confirm your age"), body(a));
  }

  @Test
  void whatThePageHidesIsDroppedUnlessItHoldsParagraphsOrShowsOnLargerScreens() {
    Article a = html("", "<article><p>" + P1 + "</p><p>" + P2 + "</p>"
        + "<div class=\"errorText hidden\">Something went wrong. Please try again!</div>"
        + "<div style=\"display: none\">Thank you for subscribing, you will receive a confirmation e-mail.</div>"
        + "<div hidden>This address is already registered with us, please log in instead.</div>"
        + "<div class=\"hidden md:block\">Shown from medium screens on: the harbour board's statement.</div>"
        + "<section class=\"slide hidden\" style=\"display:none\"><p>" + P3 + "</p></section>"
        + "<p>" + P4 + "</p></article>");
    String text = body(a);
    assertFalse(text.contains("went wrong") || text.contains("Thank you") || text.contains("already registered"), text);
    assertTrue(text.contains("the harbour board's statement"), text);
    assertTrue(text.contains("begin in the autumn"), "a hidden slide's paragraph is the story's: " + text);
  }

  @Test
  void aStoryThatTheTemplatePutsInAnAsideIsKept() {
    String menu = "<div class=\"menu\">" + "<a href=\"/x\">Regional news from every town of the county</a> ".repeat(12)
        + "</div>";
    Article a = html("", menu + "<aside class=\"direct-content\"><article><p>" + P1
        + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></aside>"
        + "<footer><p>Contact the newsroom. All rights reserved.</p></footer>");
    assertTrue(body(a).contains("eastern pier"), body(a));
  }

  @Test
  void softHyphensAndThinSpacesDoNotSplitWords() {
    Article a = html("", "<article><p>Die Werk\u00adzeug\u00adtypen und ihre Lauf\u00adzeiten werden hier "
        + "behandelt, vom Alt\u00adpaläolithikum bis in die Neuzeit, mit vielen Beispielen aus Grabungen.</p><p>"
        + P1 + "</p></article>");
    assertTrue(body(a).contains("Werkzeugtypen und ihre Laufzeiten"), body(a));
    assertEquals("4. 2. 2022.", Text.normalize("4.\u2009 2.\u20092022."));
  }

  @Test
  void theBylineDateIsReadUnderTheHeadlineNotUnderALogoHeading() {
    Article a = html("<meta property=\"og:title\" content=\"New ferry terminal approved\">",
        "<h1>Harbour News</h1><div class=\"teaser\"><p>12.03.2019</p></div>"
            + "<article><h1>New ferry terminal approved</h1><p>06.12.2022</p><p>" + P1 + "</p><p>" + P2
            + "</p></article>");
    assertEquals(LocalDate.of(2022, 12, 6), a.published().date());
  }

  @Test
  void aUtcDateTimeADayOffTheShownDateGivesWayToIt() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry terminal\","
        + "\"datePublished\":\"2022-05-04T02:41:00Z\"}</script>";
    Article shown = html(ld, "<article><h1>Ferry terminal</h1><p>3 May 2022, 10:41 pm</p><p>" + P1 + "</p><p>" + P2
        + "</p></article>");
    assertEquals(LocalDate.of(2022, 5, 3), shown.published().date());
    Article far = html(ld, "<article><h1>Ferry terminal</h1><p>28 April 2022</p><p>" + P1 + "</p><p>" + P2
        + "</p></article>");
    assertEquals(LocalDate.of(2022, 5, 4), far.published().date());
  }

  @Test
  void aSlashDateShownOnASpanishPageIsReadDayFirstAndCorrectsTheUtcDate() {
    String page = "<html lang=\"es\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Nueva terminal\",\"datePublished\":\"2022-05-04T02:41:00Z\"}</script></head><body>"
        + "<article><h1>Nueva terminal</h1><p>Ariel Melgar Cabrera 3/5/2022 22:41</p>"
        + "<p>La autoridad portuaria aprobó el lunes una nueva terminal de transbordadores, después de una revisión de "
        + "las mareas, del tráfico y de los costos que tomó la mayor parte del año pasado.</p>"
        + "<p>Los vecinos del casco antiguo habían pedido un lugar más tranquilo, pero la junta dijo que el muelle del "
        + "este era el único con la profundidad suficiente para los barcos más grandes.</p></article></body></html>";
    Article a = EXTRACTOR.extract(Docs.text("page.html", Format.HTML, page));
    assertEquals(LocalDate.of(2022, 5, 3), a.published().date());
  }

  @Test
  void aTitleSuffixNamingAHyphenatedDomainIsTheSitesName() {
    Article a = html("<meta property=\"og:title\" content=\"Ferry terminal approved - Harbour Weekly\">"
        + "<link rel=\"canonical\" href=\"https://www.harbour-weekly.example/news/ferry-terminal\">",
        "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>");
    assertEquals("Ferry terminal approved", a.title());
  }

  @Test
  void aHeadingThatLinksHomeIsTheSitesTitleNotTheStorys() {
    Article a = html("<title>Ferry terminal approved</title>",
        "<h1><a href=\"https://harbour.example/\">Harbour Weekly</a></h1><div><p>" + P1 + "</p><p>" + P2
            + "</p></div>");
    assertEquals("Ferry terminal approved", a.title());
  }

  @Test
  void aHeadingNamingTheSiteIsPassedOverForTheOneThatHoldsTheTitle() {
    Article a = html("<meta property=\"og:title\" content=\"Ferry terminal approved\">"
        + "<meta property=\"og:site_name\" content=\"Harbour Weekly\">"
        + "<title>Ferry terminal approved \u2013 Harbour Weekly</title>",
        "<h1 class=\"site-title\">Harbour Weekly</h1><h1>Navigation</h1><h1>Search</h1><h1>Topics</h1>"
            + "<article><h1>Ferry terminal approved</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>");
    assertEquals("Ferry terminal approved", a.title());
  }

  @Test
  void aTitleTheParserMovedIntoTheBodyIsStillThePagesTitle() {
    String page = "<html><head>&nbsp;<title>Ferry terminal approved</title></head><body><div><p>" + P1 + "</p><p>"
        + P2 + "</p></div><svg><title>Menu</title></svg></body></html>";
    assertEquals("Ferry terminal approved", EXTRACTOR.extract(Docs.text("page.html", Format.HTML, page)).title());
  }
}
