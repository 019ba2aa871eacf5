package dev.lede.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityBenchCommandTest {
  @Test
  void printsLoadTimeAndThroughputForGeneratedText() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code = new EntityBenchCommand().run(List.of("--docs", "20", "--seed", "7"),
        new PrintStream(buf, true, StandardCharsets.UTF_8), System.err);
    String table = buf.toString(StandardCharsets.UTF_8);
    assertEquals(0, code);
    assertTrue(table.contains("seed 7") && table.contains("MB/s per core") && table.contains("load time"), table);
  }
}
