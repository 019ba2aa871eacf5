package dev.lede.ingest;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void utf16WithByteOrderMarkIsTextNotBinary() {
    byte[] body = "Grüße".getBytes(UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);

    assertNull(BinarySniffer.binaryReason(bytes, bytes.length));
    assertEquals("Grüße", TextDecoder.decodeText(bytes).text());
  }

  @Test
  void httpCharsetWinsOverMetaAndUnknownLabelsAreNoted() {
    byte[] page = "<meta charset=\"utf-8\"><p>caf\u00e9</p>".getBytes(TextDecoder.WINDOWS_1252);

    assertEquals("<meta charset=\"utf-8\"><p>café</p>", TextDecoder.decodeHtml(page, "windows-1252").text());
    TextDecoder.Decoded bogus = TextDecoder.decodeHtml("<meta charset=no-such-charset><p>x</p>".getBytes(UTF_8), null);
    assertEquals(List.of("ignored unknown charset 'no-such-charset' declared by the page"), bogus.notes());
  }

  @Test
  void declaredUtf8ThatIsNotFallsBackToWindows1252() {
    byte[] page = "<meta charset=utf-8><p>na\u00efve</p>".getBytes(TextDecoder.WINDOWS_1252);

    TextDecoder.Decoded decoded = TextDecoder.decodeHtml(page, null);

    assertEquals("<meta charset=utf-8><p>naïve</p>", decoded.text());
    assertEquals(List.of("declared UTF-8 but not valid UTF-8; decoded as windows-1252"), decoded.notes());
  }

  @Test
  void anyBytesDecodeAsUtf8WhenValidElseAsWindows1252() {
    long seed = Long.getLong("lede.seed", System.nanoTime());
    System.out.println("TextDecoderTest seed: " + seed + " (replay with -Dlede.seed=" + seed + ")");
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[1 + random.nextInt(64)];
      random.nextBytes(bytes);
      bytes[0] = 'a'; // no accidental byte-order mark
      boolean valid = Arrays.equals(bytes, new String(bytes, UTF_8).getBytes(UTF_8));
      String expected = new String(bytes, valid ? UTF_8 : TextDecoder.WINDOWS_1252);

      assertEquals(expected, TextDecoder.decodeText(bytes).text(), "seed " + seed + ", case " + i);
    }
  }
}
