package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NameVariantsOnlyForNamesTest {
  private static final NameVariants VARIANTS = EntityAnnotator.create().nameVariants();

  @Test
  void noneOfTheThousandMostFrequentEnglishWordsIsWidened() throws Exception {
    List<String> words = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/entity/frequent-english-words.txt"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
    }
    assertEquals(1000, words.size());
    Map<String, Set<String>> widened = new TreeMap<>();
    for (String w : words) {
      Set<String> v = VARIANTS.variantsOf(w);
      if (!v.isEmpty()) {
        widened.put(w, v);
      }
    }
    assertEquals(Map.of(), widened);
  }

  @Test
  void usIsThePronounButUsInCapitalsIsTheCountry() {
    assertEquals(Set.of(), VARIANTS.variantsOf("us"));
    assertTrue(VARIANTS.variantsOf("US").contains("United States"), VARIANTS.variantsOf("US").toString());
  }

  @Test
  void aVariantTheIndexWouldReadAsACommonWordIsLeftOut() {
    // "US" is indexed as "us": searching "America" with it would find every "let us"
    Set<String> v = VARIANTS.variantsOf("America");
    assertTrue(v.contains("U.S.") && v.contains("United States"), v.toString());
    assertTrue(v.stream().noneMatch(f -> f.equalsIgnoreCase("us")), v.toString());
  }

  @Test
  void ordinaryWordsAreNotWidenedToTownsThatShareTheirSpelling() {
    for (String w : List.of("casey", "caller", "siren")) {
      assertEquals(Set.of(), VARIANTS.variantsOf(w), w);
    }
  }

  @Test
  void curatedNamesStillFindTheirOtherSpellings() {
    assertTrue(VARIANTS.variantsOf("Kiev").contains("Kyiv"));
    assertTrue(VARIANTS.variantsOf("kiev").contains("Kyiv"));
    assertTrue(VARIANTS.variantsOf("Dnieper").contains("Dnipro River"));
  }
}
