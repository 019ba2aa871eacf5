package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The longer list of first names the rules read (first-names.txt), apart from the given names the tagger reads. */
class FirstNamesTest {
  private static final EntityData DATA = EntityData.load();

  @Test
  void firstNamesTheGivenNamesLackCountForTheRulesOnly() {
    for (String name : List.of("nick", "lloyd", "wasim", "rick")) {
      assertTrue(DATA.firstName(name), name);
      assertFalse(DATA.lexicon().isGivenName(name), name + ": the tagger's features must see what it was trained on");
    }
    assertTrue(DATA.firstName("mike"), "a given name is a first name");
  }

  @Test
  void aFirstNameThatIsAlsoAWordOrAPlaceDoesNotCount() {
    for (String word : List.of("will", "summer", "said", "sydney")) {
      assertFalse(DATA.firstName(word), word);
    }
  }
}
