package dev.lede.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  @Test
  void splitsOnNewlinesStripsCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
    LineReader reader = reader("one\r\n\ntwo\nlast", 100);

    assertLine(reader.next(), 1, "one");
    assertLine(reader.next(), 2, "");
    assertLine(reader.next(), 3, "two");
    assertLine(reader.next(), 4, "last");
    assertNull(reader.next());
  }

  @Test
  void measuresAndSkipsALineLongerThanTheLimitAcrossBufferBoundaries() throws IOException {
    String huge = "y".repeat(200_000);
    LineReader reader = reader("ok\n" + huge + "\nafter\n", 1000);

    assertLine(reader.next(), 1, "ok");
    LineReader.Line tooLong = reader.next();
    assertTrue(tooLong.tooLong());
    assertEquals(200_000, tooLong.length());
    assertLine(reader.next(), 3, "after");
    assertNull(reader.next());
  }

  private static LineReader reader(String content, int maxBytes) {
    return new LineReader(new ByteArrayInputStream(content.getBytes(UTF_8)), maxBytes);
  }

  private static void assertLine(LineReader.Line line, long number, String text) {
    assertEquals(number, line.number());
    assertEquals(text, new String(line.bytes(), UTF_8));
  }
}
