package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a dump prints that is no text: script and style text, however long (figures in prose are text), and images
 * shown by their file names.
 */
class DumpScriptTextTest {
  private static final String SCRIPT = """
      0?(a.parentElement&&e.body.removeChild(a),setTimeout(function(){r(o)},100)):(a.parentElement&&e.body.\
      removeChild(a),i())},function(e){if(4===this.readyState){var r=0===this.status&&!1!==f.onLine,o="2"===s}}

      r.b("; } .sp_message .sp_message_dismiss { display: none; position: absolute; top: 5px; right: 5px; cursor: \
      pointer; z-index: 100; } .sp_choices > button { height: 35px; } .sp_message_container .sp_message_text { \
      padding: 10px 30px 10px 30px; margin: 0; font-size: 14px; } .sp_veil { opacity: 0.5; }");

      function r(e,t){if(!(e instanceof t))throw new TypeError("Cannot call a class as a function, not " + typeof \
      t)}function o(e,t){if(!e)throw new ReferenceError("this has not been initialised - super() has not been \
      called");return!t||"object"!=typeof t?e:t}

      """;

  /** A German story: the stop-word test that keeps script text out of an English page's prose is English only. */
  private static final String STORY = """
      Die Hafenbehörde hat am Montag ein neues Fährterminal genehmigt, nach einer Prüfung der Gezeiten, des Verkehrs \
      und der Kosten, die den größten Teil des vergangenen Jahres dauerte.

      Anwohner der Altstadt hatten sich einen ruhigeren Standort gewünscht, doch der Vorstand erklärte, nur die \
      östliche Mole sei tief genug für die größeren Fähren.

      Der Bau des Terminals soll im Herbst beginnen, eröffnet werden soll es zwei Jahre später, teilte die Behörde mit.
      """;

  @Test
  void minifiedScriptAndStyleLinesAreFurnitureNotTheStory() {
    StringBuilder scripts = new StringBuilder();
    for (int i = 0; i < 5; i++) { // an ad blocker's dialog: more text than the story, were it text
      scripts.append(SCRIPT.replace("100", String.valueOf(100 + i)));
    }
    Article a = DumpFixtures.page(scripts + "Hafenbehörde genehmigt neues Fährterminal\n\n" + STORY);
    String body = String.join("\n", a.paragraphs());
    assertTrue(body.startsWith("Die Hafenbehörde hat am Montag"), body);
    assertFalse(body.contains("function"), body);
  }

  @Test
  void aLineOfFiguresWithColonsAndSemicolonsIsNoScript() {
    assertFalse(Text.code("KEY DATA: CPI: +0.6%; Ex-Food and Energy: +0.2%; Food: +0.6%; Energy: +5.1%/ Real "
        + "Earnings: -1.7%; Over-Year: +4.3%/ NFIB: +6.2 points"));
    assertTrue(Text.code("=t)}var a=n(464),u=n(121),c=n(423),s=n(425),l=n(484),f=n(5),p=n(483),h=n(427),d=n(376),"
        + "b=function(){function e(e,t){return a&&u}}"));
  }

  @Test
  void imagesShownByTheirFileNamesBetweenParagraphsAreNotSubheadings() {
    String[] paragraphs = DumpFixtures.STORY.split("\n\n");
    Article a = DumpFixtures.page("Harbour board approves new ferry terminal\n\n" + paragraphs[0] + "\n\n[804A2569-1]\n\n"
        + paragraphs[1] + "\n\n[INS::INS]\n\n" + paragraphs[2] + "\n\n[ Harbour Times ]\n\n" + paragraphs[0]);
    String body = String.join("\n", a.paragraphs());
    assertFalse(body.contains("804A2569") || body.contains("INS::INS"), body);
    assertTrue(body.contains("[ Harbour Times ]"), body); // a source's name in brackets may be the article's citation
  }
}
