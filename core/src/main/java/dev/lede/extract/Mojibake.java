package dev.lede.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text whose UTF-8 bytes were once decoded as Windows-1252 (or Latin-1): "Obamaâ€™s" is "Obama’s",
 * "SÃ£o Paulo" is "São Paulo", and text that went through that twice ("Ã¢â‚¬â„¢") comes back too. Scraped
 * archives carry it from one bad hop of their history (0.9% of 5,000 AllSides articles, in titles and bodies),
 * and every word it touches is lost to search and names ("Romney Ã", "ËœHelp").
 *
 * <p>Only sequences that decode as valid UTF-8 to a character that such text holds are replaced: a letter of
 * Latin-1 or Latin Extended-A, Latin-1 punctuation, general punctuation ("’", "—", "…"), currency and letter-like
 * symbols ("€", "™"), an emoji, or (on the way back from a second mis-decoding) a character of Windows-1252 or a
 * C1 control. A legitimate pair such as "É’" (in "CAFÉ’S", bytes C9 92) would decode to an IPA letter, so it
 * stays. Text without a character from U+00C2 to U+00F4 is returned as it is, without a copy.
 */
final class Mojibake {
  /** Windows-1252's characters for the bytes 0x80-0x9F (the five it leaves undefined are the C1 controls). */
  private static final String CP1252_HIGH =
      "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
  /** Nested mis-decodings undone at most: a third is rare, a fourth not seen. */
  private static final int ROUNDS = 3;

  private Mojibake() {}

  /** The text with mis-decoded UTF-8 repaired; the same instance when there is nothing to repair. */
  static String repair(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (int round = 0; round < ROUNDS && suspect(out); round++) {
      String next = repairOnce(out);
      if (next.equals(out)) {
        break;
      }
      out = next;
    }
    return out;
  }

  /** A lead byte of a multi-byte sequence followed by a continuation byte, as Windows-1252 shows them. */
  private static boolean suspect(String s) {
    for (int i = 0, n = s.length() - 1; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4' && continuation(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static String repairOnce(String s) {
    StringBuilder out = null;
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int i = 0;
    int copied = 0;
    while (i < s.length()) {
      int lead = toByte(s.charAt(i));
      int len = sequenceLength(lead);
      if (len == 0 || i + len > s.length()) {
        i++;
        continue;
      }
      byte[] bytes = new byte[len];
      bytes[0] = (byte) lead;
      boolean ok = true;
      for (int k = 1; k < len && ok; k++) {
        char c = s.charAt(i + k);
        if (c == '\uFFFD' && k == 2 && lead == 0xE2 && bytes[1] == (byte) 0x80) {
          c = '\u009D'; // "â€�": a decoder that replaced the byte Windows-1252 leaves undefined; E2 80 9D is "”"
        }
        ok = continuation(c);
        bytes[k] = (byte) toByte(c);
      }
      String decoded = ok ? decode(utf8, bytes) : null;
      if (decoded == null || !plausible(decoded)) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, i).append(decoded);
      i += len;
      copied = i;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  /** The length of the UTF-8 sequence a byte leads, or 0 for one that leads none. */
  private static int sequenceLength(int lead) {
    return lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  private static String decode(CharsetDecoder utf8, byte[] bytes) {
    try {
      CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null; // overlong, a surrogate, or not UTF-8 at all: a real pair of characters
    }
  }

  /** What a character was as a Windows-1252 (or Latin-1) byte, or -1 for one outside both. */
  private static int toByte(char c) {
    if (c <= 0xFF) {
      return c; // Latin-1, and the C1 controls a Latin-1 reading leaves for 0x80-0x9F
    }
    int high = CP1252_HIGH.indexOf(c);
    return high >= 0 ? 0x80 + high : -1;
  }

  private static boolean continuation(char c) {
    int b = toByte(c);
    return b >= 0x80 && b <= 0xBF;
  }

  /** A character that mis-decoded text plausibly held. */
  private static boolean plausible(String decoded) {
    int cp = decoded.codePointAt(0);
    return cp >= 0xA0 && cp <= 0x17F // Latin-1 punctuation and letters, Latin Extended-A
        || cp >= 0x2010 && cp <= 0x206F // dashes, quotes, bullets, ellipsis, primes
        || cp >= 0x20A0 && cp <= 0x20CF // currency
        || cp >= 0x2100 && cp <= 0x214F // letter-like symbols: ™, №
        || cp >= 0x1F000 && cp <= 0x1FAFF // emoji
        || CP1252_HIGH.indexOf(cp) >= 0 // "˜" and "ˆ" of a text mis-decoded twice, on their way back
        // the C1 controls of a Latin-1 reading, mis-decoded once more ("âÂ\u0080Â\u0099")
        || cp >= 0x80 && cp <= 0x9F;
  }
}
