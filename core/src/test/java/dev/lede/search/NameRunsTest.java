package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.IndexSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word typed inside a longer name is widened only with variants of that name, not with those of another entity
 * the word alone stands for; alone, it is widened as before. With the bundled name variants.
 */
class NameRunsTest {
  private final QueryCompiler compiler = new QueryCompiler(IndexSchema.analyzer(), SearcherOptions.DEFAULTS);

  private String notices(String query) {
    return String.join(" ", compiler.compile(query, false).notices());
  }

  @Test
  void aWordInsideALongerNameIsNotWidenedIntoAnotherEntity() {
    for (String query : List.of("Bank of America", "Kim Jong Un", "Washington Post", "GOP Senate")) {
      assertEquals("", notices(query), query);
    }
  }

  @Test
  void theSameWordAloneIsStillWidened() {
    assertTrue(notices("America").contains("'United States'"), notices("America"));
    assertTrue(notices("Washington").contains("'Washington, D.C.'"), notices("Washington"));
    assertTrue(notices("(Kim Jong Un) OR UN").contains("'United Nations'"), "UN typed alone is the U.N.");
  }

  @Test
  void respellingsAndLongerFormsOfTheSameNameStay() {
    String surovikin = notices("Sergei Surovikin");
    assertTrue(surovikin.contains("'sergey'"), surovikin);
    assertTrue(surovikin.contains("'Sergei Surovikin'"), surovikin);
    assertFalse(surovikin.contains("'Sergey Surovikin'"), "a form with a word the query does not have: " + surovikin);
    assertTrue(notices("US Army").contains("'U.S.'"), notices("US Army"));
    assertFalse(notices("US Army").contains("United States"), notices("US Army"));
    assertTrue(notices("Kiev Odessa").contains("'Kyiv'"), notices("Kiev Odessa"));
  }

  @Test
  void quotedTextFieldsOperatorsAndPunctuationEndANameRun() {
    assertTrue(notices("\"Bank of\" America").contains("'United States'"), "a quote ends the run");
    assertTrue(notices("Bank AND America").contains("'United States'"), "an operator is no connector");
    assertTrue(notices("Bank, America").contains("'United States'"), "a comma ends the name");
    assertTrue(notices("source:Reuters America").contains("'United States'"), "a field is no name word");
  }

  @Test
  void runsAreFoundInTheTypedText() {
    NameRuns runs = NameRuns.of("bank of America (Kim Jong Un) -Paris Texas");
    assertTrue(runs.allows("America", "United States"), "lower-case 'bank' starts no name");
    assertFalse(runs.allows("Un", "United Nations"));
    assertFalse(runs.allows("Un", "U.N."), "an abbreviation of a word typed in title case is another name");
    assertTrue(runs.allows("Texas", "Lone Star State"), "a prohibited word joins no name, so Texas is alone");
    assertTrue(runs.allows("Paris", "Paris, France"), "-Paris is excluded, not part of a name");
  }
}
