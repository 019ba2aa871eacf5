package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityOverridesTest {
  @TempDir Path dir;

  @Test
  void appliesMergeRenameRetypeAndBlockAtAnnotationTime() throws Exception {
    Path file = dir.resolve("entity-overrides.tsv");
    Files.writeString(file, String.join("\n",
        "# corrections",
        "merge\tPERSON\tMick Ryan\tMichael Ryan",
        "rename\tPLACE\tRome\tRoma",
        "retype\tORG\tNATO\tPLACE",
        "block\tPERSON\tJens Stoltenberg",
        ""), StandardCharsets.UTF_8);
    EntityAnnotator annotator = EntityAnnotator.create(new DefaultEntityExtractor(), file);
    Entities e = annotator.annotate(EntityAnnotatorTest.article(
        "“It is a defeat,” Jens Stoltenberg, secretary general of NATO, said in Rome.",
        "Mick Ryan, a retired general, agreed. Ryan said more."));
    assertEquals(List.of("Michael Ryan"), e.people());
    assertTrue(e.places().containsAll(List.of("Roma", "NATO")), e.places().toString());
    assertTrue(e.orgs().isEmpty(), e.orgs().toString());
  }

  @Test
  void namesTheLineOfABadRule() {
    List<String> lines = List.of("# header", "merge\tPERSON\tA\tB", "frobnicate\tPERSON\tX\tY");
    InvalidOverridesException e =
        assertThrows(InvalidOverridesException.class, () -> EntityOverrides.parse(lines, "overrides.tsv"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("overrides.tsv line 3: unknown action 'frobnicate'"), e.getMessage());
  }

  @Test
  void rejectsUnknownTypesMissingFieldsAndDuplicates() {
    assertTrue(assertThrows(InvalidOverridesException.class,
        () -> EntityOverrides.parse(List.of("block\tTHING\tX"), "f")).getMessage().contains("unknown type 'THING'"));
    assertTrue(assertThrows(InvalidOverridesException.class,
        () -> EntityOverrides.parse(List.of("merge\tPERSON\tX"), "f")).getMessage().contains("line 1: expected 4"));
    assertTrue(assertThrows(InvalidOverridesException.class,
        () -> EntityOverrides.parse(List.of("block\tPERSON\tX", "", "block\tPERSON\tx"), "f"))
        .getMessage().contains("line 3: PERSON 'x' already has a rule on line 1"));
  }

  @Test
  void parsesTheShippedExampleFile() throws Exception {
    try (InputStream in = EntityOverrides.class.getResourceAsStream("overrides.example.tsv")) {
      List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      assertEquals(4, EntityOverrides.parse(lines, "overrides.example.tsv").rules().size());
    }
  }
}
