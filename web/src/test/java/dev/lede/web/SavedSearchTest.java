package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.search.Dimension;
import dev.lede.search.SortOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Saved searches are read exactly as the search page reads its address. */
class SavedSearchTest {
  @Test
  void anAddressItsPathAndItsQueryStringAreOneSearch() {
    List<String> forms = List.of(
        "https://lede.example.org/?q=kherson+retreat&source=Reuters&from=2022-11-01#results",
        "/?q=kherson%20retreat&source=Reuters&from=2022-11-01",
        "?q=kherson+retreat&source=Reuters&from=2022-11-01",
        "  q=kherson+retreat&source=Reuters&from=2022-11-01&cursor=abc&page=3  ");
    for (String form : forms) {
      SavedSearch s = SavedSearch.parse(form);
      assertEquals("kherson retreat", s.request().query(), form);
      assertEquals(Set.of("Reuters"), s.request().filter(Dimension.SOURCE).include(), form);
      assertEquals(LocalDate.of(2022, 11, 1), s.request().from(), form);
      assertEquals(SavedSearch.parse(forms.get(0)).page(), s.page(), "one canonical page for " + form);
    }
    assertTrue(SavedSearch.parse(forms.get(0)).page().startsWith("/?q=kherson"));
  }

  @Test
  void filtersMeanWhatTheyMeanOnThePage() {
    SavedSearch s = SavedSearch.parse("place=Kherson&place.not=Moscow&sort=oldest&exact=1");
    assertEquals(null, s.request().query());
    assertEquals(Set.of("Kherson"), s.request().filter(Dimension.PLACE).include());
    assertEquals(Set.of("Moscow"), s.request().filter(Dimension.PLACE).exclude());
    assertEquals(SortOrder.OLDEST, s.request().sort());
    assertTrue(s.request().exact());
    assertEquals("/", SavedSearch.parse("/").page(), "the address of the front page browses everything");
  }

  @Test
  void whatThePageRefusesIsRefusedWithThePagesMessage() {
    assertEquals("The 'from' date '2022-13-01' is not a date; use YYYY-MM-DD.",
        assertThrows(IllegalArgumentException.class, () -> SavedSearch.parse("q=x&from=2022-13-01")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SavedSearch.parse("q=" + "x".repeat(2_001)))
        .getMessage().startsWith("The query is too long"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SavedSearch.parse("q=100%"))
        .getMessage().startsWith("a parameter has a broken %-escape"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SavedSearch.parse("kherson retreat"))
        .getMessage().contains("write q= before them"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SavedSearch.parse("q=" + "x".repeat(9_000)))
        .getMessage().startsWith("the search is too long"));
  }

  @Test
  void articlePagesAreTheAppsArticleLinks() {
    assertEquals("/article/dir/caf%C3%A9.txt", SavedSearch.articlePage("dir/café.txt"));
    assertEquals("/article/wires.jsonl%2312", SavedSearch.articlePage("wires.jsonl#12"));
  }
}
