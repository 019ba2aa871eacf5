package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void decodesNameBytesAsUtf8() {
    assertEquals("café.txt", FileNames.decode("caf%C3%A9.txt"));
    assertEquals("Київ.txt", FileNames.decode("%D0%9A%D0%B8%D1%97%D0%B2.txt"));
  }

  @Test
  void writesBytesThatAreNotUtf8AsPercentEscapesSoNamesStayDistinct() {
    assertEquals("lat%E9.txt", FileNames.decode("lat%E9.txt"));
    assertEquals("lat%E8.txt", FileNames.decode("lat%E8.txt"));
    assertEquals("a%C3", FileNames.decode("a%C3"), "a cut-off sequence at the end");
  }

  @Test
  void writesControlCharactersAsPercentEscapes() {
    assertEquals("a%0Ab.txt", FileNames.decode("a%0Ab.txt"));
    assertEquals("esc%1B.txt", FileNames.decode("esc%1B.txt"));
    assertEquals("c1%C2%85.txt", FileNames.decode("c1%C2%85.txt"), "U+0085, a C1 control, as its UTF-8 bytes");
    assertEquals(true, FileNames.needsBytes("a\nb"));
  }

  @Test
  void keepsEscapedPercentSignsAndPlainNames() {
    assertEquals("50%.txt", FileNames.decode("50%25.txt"));
    assertEquals("plain.txt", FileNames.decode("plain.txt"));
  }
}
