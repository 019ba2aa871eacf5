package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /**
   * What a program that read UTF-8 as Windows-1252 made of the text, keeping the five bytes that code page leaves
   * undefined as the C1 controls (as Python's and most browsers' decoders do; Java's replaces them).
   */
  private static String misread(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int v = b & 0xFF;
      boolean undefined = v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D;
      out.append(undefined ? (char) v : new String(new byte[] {b}, CP1252));
    }
    return out.toString();
  }

  @Test
  void aClosingQuoteWhoseLastByteADecoderReplacedComesBack() {
    // Java's own Windows-1252 decoder turns the undefined 0x9D of "”" (E2 80 9D) into U+FFFD
    String javaMisread = new String("“yes”".getBytes(StandardCharsets.UTF_8), CP1252);
    assertEquals("“yes”", Mojibake.repair(javaMisread));
  }

  @Test
  void utf8ReadAsWindows1252ComesBack() {
    for (String s : new String[] {"Obama’s “trickle-down” government — again…", "São Paulo, Zürich, Kraków, Łódź",
        "It costs €5 or £4 ™", "Gracias 😀 amigos", "Ã is the first letter of Ãgua"}) {
      assertEquals(s, Mojibake.repair(misread(s)), s);
    }
  }

  @Test
  void textMisreadTwiceComesBackToo() {
    String twice = misread(misread("Romney attacks Obama’s ‘trickle down government’"));
    assertEquals("Romney attacks Obama’s ‘trickle down government’", Mojibake.repair(twice));
  }

  @Test
  void bytesALatin1ReadingLeftAsControlsAreRepaired() {
    String latin1 = new String("Iowa — done".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertEquals("Iowa — done", Mojibake.repair(latin1));
    // read as Latin-1, written as UTF-8 and read as Windows-1252 again: "todayÃ¢Â\u0080Â\u0099s"
    assertEquals("today’s", Mojibake.repair(misread(new String("today’s".getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1))));
  }

  @Test
  void correctTextIsLeftAsItIsEvenWhereItsPairsWouldDecode() {
    String plain = "Plain ASCII text";
    assertSame(plain, Mojibake.repair(plain));
    // É then ’ are the bytes C9 92, valid UTF-8 for an IPA letter no mis-decoded text holds
    assertEquals("CAFÉ’S MENU", Mojibake.repair("CAFÉ’S MENU"));
    // a Portuguese capital Ã before a letter is no lead byte of anything
    assertEquals("SÃO PAULO", Mojibake.repair("SÃO PAULO"));
    assertEquals("Müller, Ångström, Ça va", Mojibake.repair("Müller, Ångström, Ça va"));
    assertEquals(null, Mojibake.repair(null));
  }
}
