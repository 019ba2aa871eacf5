package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden values for the five sample pages of index-data/, as a careful journalist would read them. */
class SamplePagesGoldenTest {
  private static final List<String> FURNITURE = List.of(
      "Comments", "Your support helps us", "Your support makes all the difference", "Join our commenting forum",
      "Most Read from Bloomberg", "Share This Article", "You Might Also Like", "Leave a Reply", "Twitter picture",
      "Similar Posts", "This post is also available in", "Sign in to your account", "About Ali Tuygan",
      "Distributed by", "Trending", "Font Resizer", "Previous Article", "Popular Posts", "Bloomberg L.P",
      "Notifications can be managed", "Join our brand new verified", "The Independent is trusted",
      "Ali Tuygan is a graduate", "Updates with detail", "This entry was posted", "Enspirers", "America Age",
      "BULENT KILIC", "railway station in Sevastopol", "Your Trusted Source", "Thank you for registering");

  private static final Extractor EXTRACTOR = new Extractor();

  private Article extract(String prefix) {
    return EXTRACTOR.extract(Docs.sample(prefix));
  }

  private static void assertStory(Article a, String first, String last) {
    List<String> p = a.paragraphs();
    assertTrue(p.get(0).contains(first), () -> "first paragraph: " + p.get(0));
    assertTrue(p.get(p.size() - 1).contains(last), () -> "last paragraph: " + p.get(p.size() - 1));
    for (String paragraph : p) {
      for (String furniture : FURNITURE) {
        assertTrue(!paragraph.startsWith(furniture) && !paragraph.contains(furniture + "."),
            () -> "furniture '" + furniture + "' in body: " + paragraph);
      }
    }
  }

  private static boolean noteMentions(Article a, String text) {
    return a.notes().stream().anyMatch(n -> n.contains(text));
  }

  @Test
  void independentAnalysisKeepsStoryAndDropsAppealAndComments() {
    Article a = extract("000");
    assertEquals("Russia faces up to significant strategic defeat with Kherson withdrawal", a.title());
    assertEquals("Recapture of the port city would give Ukraine significant leverage in future talks, says Kim"
        + " Sengupta", a.standfirst());
    assertEquals("The Independent", a.source());
    assertNull(a.wire());
    assertEquals(List.of("Kim Sengupta"), a.authors());
    assertEquals(Published.of(OffsetDateTime.parse("2022-11-09T15:36-05:00")), a.published());
    assertEquals("en", a.language());
    assertEquals(9, a.paragraphs().size());
    assertStory(a, "Russia’s retreat from Kherson is a significant strategic defeat",
        "will add greatly to Ukraine’s leverage in any negotiations.");
  }

  @Test
  void blogPostWithoutOutletCueHasUnknownSourceAndNoDate() {
    Article a = extract("001");
    assertEquals("Reasons for Russia’s Withdrawal from Kherson Region", a.title());
    assertNull(a.standfirst());
    assertNull(a.source());
    assertTrue(noteMentions(a, "source unknown"), a.notes()::toString);
    assertNull(a.wire());
    assertEquals(List.of(), a.authors());
    assertNull(a.published(), "the body's 'On November 9, 2022' is the event, not the publication");
    assertTrue(noteMentions(a, "2022-11-09 appears only in the story text"), a.notes()::toString);
    assertEquals(15, a.paragraphs().size());
    assertStory(a, "On November 9, 2022, Sergey Surovikin", "the US secret diplomacy is most likely at work.");
  }

  @Test
  void syndicatedBloombergStoryOnAmnNamesOutletAndWire() {
    Article a = extract("002");
    assertEquals("Ukraine cautious over Russia’s Kherson exit as army advances", a.title());
    assertNull(a.standfirst());
    assertEquals("American Military News", a.source());
    assertEquals("Bloomberg", a.wire());
    assertEquals(List.of(), a.authors());
    assertEquals(Published.of(LocalDate.of(2022, 11, 14)), a.published());
    assertEquals(17, a.paragraphs().size());
    assertStory(a, "Kyiv expressed caution about Russia’s announcement",
        "Surovikin, the Russian general recently appointed to lead the Ukraine war.");
  }

  @Test
  void personalBlogTakesAuthorFromAboutBoxAndDropsBio() {
    Article a = extract("003");
    assertEquals("Russia’s Withdrawal from Kherson", a.title());
    assertNull(a.source());
    assertTrue(noteMentions(a, "source unknown"), a.notes()::toString);
    assertNull(a.wire());
    assertEquals(List.of("Ali Tuygan"), a.authors());
    assertTrue(noteMentions(a, "author box"), a.notes()::toString);
    assertEquals(Published.of(LocalDate.of(2022, 11, 14)), a.published());
    assertEquals(14, a.paragraphs().size());
    assertTrue(a.paragraphs().contains("Questions with no easy answers."));
    assertStory(a, "Last Friday, following an announcement by the Russian military",
        "good faith happens to be a rare commodity.");
  }

  @Test
  void aggregatorPageRejectsCrawlDateAndSeparatesOutletFromWire() {
    Article a = extract("004");
    assertEquals("Ukraine Cautious Over Russia’s Kherson Exit as Army Advances", a.title());
    assertNull(a.standfirst());
    assertEquals("America Age", a.source());
    assertEquals("Bloomberg", a.wire());
    assertTrue(noteMentions(a, "dateline '(Bloomberg) —'"), a.notes()::toString);
    assertEquals(List.of("Enspirers"), a.authors());
    assertNull(a.published(), "the page's only date is the crawl date in its header");
    assertTrue(noteMentions(a, "date 2025-06-22 rejected"), a.notes()::toString);
    assertEquals(17, a.paragraphs().size());
    assertStory(a, "(Bloomberg) — Kyiv expressed caution about Russia’s announcement",
        "Surovikin, the Russian general recently appointed to lead the Ukraine war.");
  }

  @Test
  void sharedExtractorGivesSameResultsFromManyThreads() throws Exception {
    List<String> prefixes = List.of("000", "001", "002", "003", "004");
    List<Article> sequential = prefixes.stream().map(this::extract).toList();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      List<java.util.concurrent.Future<Article>> futures = new java.util.ArrayList<>();
      for (int round = 0; round < 4; round++) {
        prefixes.forEach(p -> futures.add(pool.submit(() -> extract(p))));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % prefixes.size()), futures.get(i).get());
      }
    }
  }

  @Test
  void syndicatedCopiesShareTheSameBody() {
    List<String> amn = extract("002").paragraphs();
    List<String> aggregator = extract("004").paragraphs();
    assertEquals(amn.subList(1, amn.size()), aggregator.subList(1, aggregator.size()));
  }
}
