package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.Entities;
import dev.lede.index.IndexedArticle;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Right-to-left override and embedding characters in indexed text (titles, outlets, authors, names, paragraphs)
 * must not reorder the page around them: every piece of indexed text sits in an element with {@code dir} or in a
 * {@code <bdi>}, which the browser isolates.
 */
class BidiIsolationTest {
  private static final String RLO = "\u202E";
  private static final String ID = "bidi/rlo.txt";

  @TempDir Path dir;

  @Test
  void indexedTextWithDirectionOverridesIsIsolatedOnEveryPage() throws Exception {
    IndexedArticle rlo = new IndexedArticle(TestSite.article(ID, RLO + "txt.exe Kherson headline", RLO + "Outlet",
        null, "2022-11-20", List.of(RLO + "Author Name"), List.of("Kherson report " + RLO + " reversed text here.",
            "A second Kherson paragraph."), null),
        new Entities(List.of(RLO + "Ivan Petrov"), List.of(RLO + "Kherson"), List.of(RLO + "Some Org")));
    try (TestSite site = TestSite.start(dir, List.of(rlo))) {
      List<String> unisolated = new ArrayList<>();
      for (String path : List.of("/?q=headline", "/?q=headline&more=person&more=place&more=org&more=source"
          + "&more=author", ArticleLinks.page(ID), "/?q=headline&person=" + SearchLinks.enc(RLO + "Ivan Petrov"))) {
        HttpResponse<String> r = site.get(path);
        assertEquals(200, r.statusCode(), path);
        Document page = Jsoup.parse(r.body());
        int found = 0;
        for (TextNode text : allText(page.body())) {
          if (text.getWholeText().contains(RLO)) {
            found++;
            if (!isolated(text)) {
              unisolated.add(path + ": <" + ((Element) text.parent()).tagName() + " class='"
                  + ((Element) text.parent()).className() + "'> " + text.getWholeText().strip());
            }
          }
        }
        assertTrue(found > 0, path + " shows the indexed text");
      }
      assertEquals(List.of(), unisolated);
    }
  }

  private static List<TextNode> allText(Element root) {
    List<TextNode> out = new ArrayList<>();
    root.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        out.add(t);
      }
    });
    return out;
  }

  /** The text is inside an element the browser isolates: one with a {@code dir} attribute, or a {@code bdi}. */
  private static boolean isolated(TextNode text) {
    for (Element e = (Element) text.parent(); e != null; e = e.parent()) {
      if (e.hasAttr("dir") || e.tagName().equals("bdi")) {
        return true;
      }
      if (e.tagName().equals("body")) {
        return false;
      }
    }
    return false;
  }
}
