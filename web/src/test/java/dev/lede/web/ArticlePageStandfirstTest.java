package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.extract.Article;
import dev.lede.search.ArticleView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlePageStandfirstTest {
  private static ArticleView view(String standfirst, List<String> paragraphs) {
    Article a = new Article("a.txt", "/archive/a.txt", null, "Child ill: what employers must know", standfirst,
        null, null, List.of(), null, "en", paragraphs, List.of(), "hash");
    return new ArticleView(a, null, "story-1", List.of());
  }

  @Test
  void aLeadThatOpensTheStoryIsShownOnceAsItsFirstParagraph() {
    String lead = "How many days may staff stay at home? The most important answers.";
    var page = ArticleViews.page(view(lead, List.of(lead, "The rules differ.")), List.of(),
        new RawSource.Raw("text", null), null);
    assertNull(page.standfirst());
    assertEquals(2, page.paragraphs().size());
  }

  @Test
  void aDekApartFromTheStoryIsShownAboveIt() {
    String dek = "The most important answers for employers.";
    var page = ArticleViews.page(view(dek, List.of("The rules differ.")), List.of(),
        new RawSource.Raw("text", null), null);
    assertEquals(dek, page.standfirst());
  }
}
