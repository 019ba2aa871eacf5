package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A list inside a dump's story is story text, though its short lines read like a menu. */
class DumpListTest {
  @Test
  void aListThatTheLastParagraphAnnouncesIsKeptWithItsLinksButNotItsImages() {
    Article a = DumpFixtures.page(DumpFixtures.STORY + """

        The harbour shop has put its ferry souvenirs on sale for the opening, and these are the best offers:

        1) Ferry terminal model kit, 1:500 scale
        http://example.com/kit
        [1-300x300]
        2) Harbour map poster
        http://example.com/poster
        [2-300x200]
        3) Tide table calendar 2024
        http://example.com/calendar

        Related posts
        Harbour board meets on Friday
        """);
    String body = String.join("\\n", a.paragraphs());
    assertTrue(body.contains("1) Ferry terminal model kit, 1:500 scale"), body);
    assertTrue(body.contains("3) Tide table calendar 2024"), body);
    assertTrue(body.contains("http://example.com/poster"), body);
    assertFalse(body.contains("[2-300x200]"), body);
    assertFalse(body.contains("Harbour board meets on Friday"), body);
  }
}
