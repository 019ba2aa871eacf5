package dev.lede.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text without ever failing. Order of evidence, as browsers do it: a byte-order mark, then a
 * declared charset (HTTP header, then {@code <meta>}), then strict UTF-8, and last windows-1252, which decodes any
 * byte sequence and is what legacy "Latin-1" pages really are. Malformed bytes become U+FFFD, never an exception.
 */
final class TextDecoder {
  /** Decoded text plus remarks for {@link SourceDocument#notes()}. */
  record Decoded(String text, List<String> notes) {
    Decoded {
      notes = List.copyOf(notes);
    }
  }

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How far into an HTML file to look for a charset declaration (the HTML standard says 1024; be generous). */
  private static final int SNIFF_BYTES = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /** Plain text: BOM, else strict UTF-8, else windows-1252. */
  static Decoded decodeText(byte[] bytes) {
    return decode(bytes, null, new ArrayList<>());
  }

  /**
   * HTML markup: like text, but a charset declared by the HTTP header (may be null) or by the page itself wins
   * over guessing.
   */
  static Decoded decodeHtml(byte[] bytes, String httpCharset) {
    List<String> notes = new ArrayList<>();
    Charset declared = httpCharset == null ? null : lookup(httpCharset, "the HTTP header", notes);
    if (declared == null) {
      String label = sniffDeclaredCharset(bytes);
      declared = label == null ? null : lookup(label, "the page", notes);
    }
    return decode(bytes, declared, notes);
  }

  /** True when the bytes start with a UTF-16 byte-order mark (such text is full of NUL bytes, yet not binary). */
  static boolean startsWithUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }

  private static Decoded decode(byte[] bytes, Charset declared, List<String> notes) {
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      String strict = strictUtf8(bytes, 3);
      if (strict != null) {
        return new Decoded(strict, notes);
      }
      notes.add("invalid UTF-8 bytes after a UTF-8 byte-order mark replaced with U+FFFD");
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), notes);
    }
    if (startsWithUtf16Bom(bytes)) {
      Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), notes);
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, declared), notes);
    }
    String strict = strictUtf8(bytes, 0);
    if (strict != null) {
      return new Decoded(strict, notes);
    }
    notes.add(declared == null
        ? "not valid UTF-8; decoded as windows-1252"
        : "declared UTF-8 but not valid UTF-8; decoded as windows-1252");
    return new Decoded(new String(bytes, WINDOWS_1252), notes);
  }

  private static String strictUtf8(byte[] bytes, int offset) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The charset label in a {@code <meta>} tag or XML declaration near the start of the bytes, or null. */
  static String sniffDeclaredCharset(byte[] bytes) {
    // ISO-8859-1 maps each byte to one char, so ASCII markup is found whatever the real encoding is.
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  /**
   * The charset for a declared label, mapped as the WHATWG Encoding standard does (Latin-1 and ASCII labels mean
   * windows-1252; a UTF-16 label in a page is a mistake, so UTF-8); null and a note when the label is unknown.
   */
  private static Charset lookup(String label, String declaredBy, List<String> notes) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    Charset charset;
    try {
      charset = Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      notes.add("ignored unknown charset " + Reasons.quoted(label) + " declared by " + declaredBy);
      return null;
    }
    if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
      return WINDOWS_1252;
    }
    if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
      return StandardCharsets.UTF_8;
    }
    return charset;
  }
}
