package dev.lede.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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

  @Test
  void rejectsAMissingGoldArgument() {
    assertThrows(UsageException.class,
        () -> new EvalEntitiesCommand().run(List.of(), System.out, System.err));
  }
}
