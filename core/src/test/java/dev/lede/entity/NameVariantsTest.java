package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameVariantsTest {
  private final NameVariants variants = EntityAnnotator.create().nameVariants();

  @Test
  void expandsDnieperToDnipro() {
    Set<String> v = variants.variantsOf("Dnieper");
    assertTrue(v.contains("Dnipro") && v.contains("Dnipro River"), v.toString());
  }

  @Test
  void expandsKievToKyivAndBack() {
    assertTrue(variants.variantsOf("Kiev").contains("Kyiv"));
    assertTrue(variants.variantsOf("kyiv").contains("Kiev"));
  }

  @Test
  void expandsCuratedPeopleAndGivenNames() {
    assertTrue(variants.variantsOf("Zelenskyy").contains("Zelensky"));
    assertTrue(variants.variantsOf("Sergey").contains("sergei"));
  }

  @Test
  void knowsNothingAboutOrdinaryWords() {
    assertTrue(variants.variantsOf("withdrawal").isEmpty());
    assertTrue(variants.variantsOf("").isEmpty());
  }
}
