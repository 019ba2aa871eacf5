package dev.lede.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.EntityModelTraining;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEntitiesCommandTest {
  private static final Path GOLD = Path.of("../core/src/test/resources/entity/gold.jsonl");

  @Test
  void printsATablePerTypeForTheGoldFile() throws Exception {
    for (String split : List.of("sample", "dev", "heldout")) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
      int code = new EvalEntitiesCommand().run(List.of(GOLD.toString(), "--split", split), out, System.err);
      String table = buf.toString(StandardCharsets.UTF_8);
      System.out.println("eval-entities --split " + split + "\n" + table);
      assertEquals(0, code);
      assertTrue(table.contains("PERSON") && table.contains("micro"), table);
    }
  }

  /** Six small tagged news documents, two names of each type in each: what cross-validation cuts into folds. */
  private static Path tinyConll(Path dir) throws Exception {
    String[][] docs = {
      {"John Smith", "Paris", "Acme Corp"}, {"Mary Jones", "London", "Reuters"}, {"Peter Brown", "Berlin", "Siemens"},
      {"Anna Klein", "Madrid", "Telefonica"}, {"David Lee", "Tokyo", "Sony"}, {"Laura Chen", "Rome", "Fiat"}};
    StringBuilder b = new StringBuilder();
    for (String[] d : docs) {
      b.append("-DOCSTART- -X- O O\n\n");
      tokens(b, d[0], "PER").append("visited O\n");
      tokens(b, d[1], "LOC").append("on O\nMonday O\n. O\n\n");
      tokens(b, d[2], "ORG").append("said O\n");
      tokens(b, d[0], "PER").append("met O\nofficials O\nin O\n");
      tokens(b, d[1], "LOC").append(". O\n\n");
    }
    Path file = dir.resolve("tiny.conll");
    Files.writeString(file, b);
    return file;
  }

  private static StringBuilder tokens(StringBuilder b, String name, String type) {
    for (String w : name.split(" ")) {
      b.append(w).append(" I-").append(type).append('\n');
    }
    return b;
  }

  @Test
  void crossValidationScoresEveryDocumentWithATaggerThatNeverSawIt(@TempDir Path dir) throws Exception {
    Path conll = tinyConll(dir);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    int code = new EvalEntitiesCommand().run(List.of(conll.toString(), "--cross-validate", "3"), out, System.err);
    String report = buf.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, report);
    for (String fold : List.of("fold 1: documents 1-2", "fold 2: documents 3-4", "fold 3: documents 5-6")) {
      assertTrue(report.contains(fold + ", tagger trained on 4 documents"), report);
    }
    String pooled = report.substring(report.indexOf("all folds"));
    assertTrue(pooled.contains("6 articles"), pooled);
    // 18 gold names in all: every one is either found (tp) or missed (fn) in the pooled table
    String micro = pooled.lines().filter(l -> l.startsWith("micro")).findFirst().orElseThrow();
    String[] cells = micro.trim().split("\\s+");
    assertEquals(18, Integer.parseInt(cells[1]) + Integer.parseInt(cells[3]), micro);
    assertThrows(UsageException.class, () -> new EvalEntitiesCommand().run(
        List.of(conll.toString(), "--cross-validate", "1"), out, System.err));
    assertThrows(UsageException.class, () -> new EvalEntitiesCommand().run(
        List.of(conll.toString(), "--dev", conll.toString()), out, System.err), "--dev goes with --cross-validate");
  }

  @Test
  void crossValidationTrainsEveryFoldOnTheFilesItIsGivenToo(@TempDir Path dir) throws Exception {
    Path conll = tinyConll(dir);
    Path extra = Files.copy(conll, dir.resolve("extra.conll"));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    int code = new EvalEntitiesCommand().run(List.of(conll.toString(), "--cross-validate", "2", "--also-train",
        extra.toString(), "--dev", extra.toString()), out, System.err);
    String report = buf.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, report);
    assertTrue(report.contains("trained on the other folds and 1 more file(s), calibrated on extra.conll"), report);
    assertTrue(report.contains("fold 2: documents 4-6"), report);
  }

  @Test
  void scoresAModelTrainedByTheTrainingCommandAndRefusesAFileThatIsNone(@TempDir Path dir) throws Exception {
    Path conll = tinyConll(dir);
    Path model = dir.resolve("tiny.model");
    EntityModelTraining.train(conll, null, EntityModelTraining.Options.DEFAULTS, model, e -> {});
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    int code = new EvalEntitiesCommand().run(
        List.of(conll.toString(), "--model", model.toString(), "--mode", "tagger"), out, System.err);
    assertEquals(0, code);
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("6 articles"), buf.toString(StandardCharsets.UTF_8));

    Path junk = Files.writeString(dir.resolve("junk.model"), "not a model");
    ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(errBuf, true, StandardCharsets.UTF_8);
    assertEquals(1, new EvalEntitiesCommand().run(List.of(conll.toString(), "--model", junk.toString()), out, err));
    assertTrue(errBuf.toString(StandardCharsets.UTF_8).contains("cannot use the model"), errBuf.toString());
  }

  @Test
  void rejectsAMissingGoldArgument() {
    assertThrows(UsageException.class,
        () -> new EvalEntitiesCommand().run(List.of(), System.out, System.err));
  }
}
