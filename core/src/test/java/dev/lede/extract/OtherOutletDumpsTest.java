package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ingest.Format;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages written to mimic dumps of outlets the sample corpus does not contain. */
class OtherOutletDumpsTest {
  private static final Extractor EXTRACTOR = new Extractor();

  private static Article page(String text) {
    return EXTRACTOR.extract(Docs.text("mimic.txt", Format.PAGE_TEXT, text));
  }

  private static void assertClean(Article a, List<String> furniture) {
    for (String p : a.paragraphs()) {
      for (String f : furniture) {
        assertTrue(!p.contains(f), () -> "'" + f + "' in body: " + p);
      }
    }
  }

  @Test
  void localNewsSiteWithInlineRelatedLinkAndNewsletterBox() {
    String text = """
        Skip to main content
        Riverside Courier
        News
        Sports
        Obituaries
        Opinion
        Subscribe
        Riverside Courier > News > Local
        Flood defences approved after two-year delay
        By Maria Lopez, Staff Writer
        Published June 6, 2023

        Riverside's flood defences will finally be built after the county board approved the funding on Monday night.

        The barrier, first proposed after the floods of 2021, will protect about 1,200 homes along the river.

        RELATED: County board delays vote on flood barrier

        Engineers expect construction to begin in September and to last about eighteen months, officials said.

        "This is the day we have been waiting for," said Tom Reed, who chairs the residents' association.

        Sign up for our newsletter
        Get the latest local news delivered to your inbox every morning.

        Most Popular
        High school team wins state title
        Road closures this weekend

        © 2023 Riverside Courier. All rights reserved.
        """;
    Article a = page(text);
    assertEquals("Flood defences approved after two-year delay", a.title());
    assertEquals("Riverside Courier", a.source());
    assertEquals(List.of("Maria Lopez"), a.authors());
    assertEquals(Published.of(LocalDate.of(2023, 6, 6)), a.published());
    assertNull(a.wire());
    assertEquals(4, a.paragraphs().size());
    assertTrue(a.paragraphs().get(3).contains("residents' association"));
    assertClean(a, List.of("RELATED", "newsletter", "inbox", "High school team", "Obituaries"));
  }

  @Test
  void apStoryOnBroadcasterSiteWithCommentsAndRecommendations() {
    String text = """
        Menu
        Watch Live
        Weather
        Traffic
        WASHINGTON (AP) — The Senate passed a stopgap spending bill late Saturday, averting a government shutdown \
        hours before the deadline.

        The measure keeps agencies funded for 45 days and now goes to the president, who is expected to sign it.

        Lawmakers from both parties said the agreement bought time for negotiations on a full-year budget.

        Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, \
        rewritten or redistributed.

        Recommended for you
        Five things to know before the weekend
        Police identify driver in crash

        Leave a comment
        You must be logged in to post a comment.
        """;
    Article a = page(text);
    assertEquals("Associated Press", a.wire());
    assertNull(a.source(), "the only copyright line is the wire's");
    assertEquals(3, a.paragraphs().size());
    assertClean(a, List.of("Copyright", "Five things", "logged in", "Watch Live"));
  }

  @Test
  void aBylineEndingInAnAbbreviationsFullStopStillDatesTheStory() {
    String text = """
        Noticias

        Ministra pide que la justicia penal investigue la denuncia

        El religioso sonaba para ocupar un cargo de coordinador de campamentos en el Gobierno.

        Felipe Berríos

        Por Rodrigo Mejías04 de mayo 2022 a las 09:01 hrs.

        La ministra de la Mujer se refirió este miércoles a la denuncia que recae sobre el sacerdote, y pidió que \
        la justicia penal investigue los hechos antes de cualquier nombramiento en el Gobierno.

        El ministerio recordó que el cargo de coordinador de campamentos no ha sido ofrecido a nadie todavía, y \
        que cualquier decisión se tomará después de que la fiscalía termine su trabajo en las próximas semanas.

        La oposición pidió explicaciones al Gobierno por la posible designación, que calificó de imprudente \
        mientras siga abierta la investigación en contra del religioso por las denuncias recibidas este año.
        """;
    Article a = page(text);
    assertEquals(Published.of(LocalDate.of(2022, 5, 4)), a.published());
  }

  @Test
  void aStockPhotosCreditGivenTwiceIsACaptionAndTheStoryGoesOnAfterIt() {
    String text = """
        Energiesparen im Labor: Teilchenbeschleuniger macht Winterpause

        Um Strom zu sparen, geht der größte Teilchenbeschleuniger der Welt früher als sonst in die Winterpause, \
        teilte das Forschungszentrum am Montag in Genf mit.

        Auch im nächsten Jahr soll die Betriebszeit gekürzt werden, in beiden Jahren zusammen um ein Fünftel, \
        so dass der Verbrauch um mehrere Gigawattstunden sinkt.

        Der französische Stromlieferant hatte um die kürzere Betriebszeit gebeten, weil im Winter der Verbrauch \
        am höchsten ist und die Netze an ihre Grenzen kommen.

        Rechenzentrum im Keller des Instituts. Foto Jane Roe via Unsplash
        Rechenzentrum im Keller des Instituts. Foto Jane Roe via Unsplash

        Bei einem der größten Rechenzentren Europas wurde geprüft, ob Energie gespart werden kann, ohne dass die \
        Forschung darunter leidet, und die Antwort fiel nach Angaben der Leitung eindeutig aus.

        Beim zweiten großen Beschleuniger des Landes ist die Anlage ohnehin in einer geplanten Wartung, so dass \
        dort in diesem Winter keine Einsparungen nötig sind, wie eine Sprecherin sagte.
        """;
    Article a = page(text);
    String body = a.body();
    assertTrue(body.contains("keine Einsparungen nötig"), body);
    assertTrue(!body.contains("via Unsplash"), body);
  }
}
