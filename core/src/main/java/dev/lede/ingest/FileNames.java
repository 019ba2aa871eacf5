package dev.lede.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names as text that does not depend on the JVM's locale, so document ids stay the same under cron (no
 * {@code LANG}) and in a terminal.
 *
 * <p>The JVM decodes file names with {@code sun.jnu.encoding}, which it takes from the locale at start-up and which
 * cannot be overridden on the command line: without a UTF-8 locale, {@code café.txt} and {@code cafè.txt} both
 * become {@code caf??.txt}. The {@link Path} objects a directory listing returns still hold the name's bytes, and
 * {@link Path#toUri()} percent-encodes those bytes, so the name is decoded here from them as UTF-8. A byte that is
 * not part of valid UTF-8 (a Latin-1 name, say) is written {@code %XX}, so different names never share an id, and
 * so is a control character.
 * When the JVM already decodes names as UTF-8 and the name has no undecodable byte, nothing extra happens.
 */
final class FileNames {
  private static final boolean UTF8_NAMES = isUtf8(System.getProperty("sun.jnu.encoding"));

  private FileNames() {}

  /** The last name element of {@code path}, decoded from its bytes as UTF-8. */
  static String name(Path path) {
    Path fileName = path.getFileName();
    String name = fileName == null ? "" : fileName.toString();
    if (!needsBytes(name)) {
      return name;
    }
    String raw = path.toAbsolutePath().toUri().getRawPath();
    int end = raw.endsWith("/") && raw.length() > 1 ? raw.length() - 1 : raw.length();
    return decode(raw.substring(raw.lastIndexOf('/', end - 1) + 1, end));
  }

  /**
   * True when the JVM's decoding of this name may have lost or changed characters, or when the name holds a control
   * character (a newline, ESC, NUL...), which is written {@code %XX} too: an id must be safe in a link, a CSV cell
   * and a log line.
   */
  static boolean needsBytes(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\uFFFD' || (c >= 0x80 && !UTF8_NAMES) || Character.isISOControl(c)) {
        return true;
      }
    }
    return false;
  }

  /** Decodes a percent-encoded name as UTF-8, writing each byte that is not valid UTF-8 as {@code %XX}. */
  static String decode(String percentEncoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(percentEncoded.length());
    for (int i = 0; i < percentEncoded.length(); i++) {
      char c = percentEncoded.charAt(i);
      if (c == '%' && i + 2 < percentEncoded.length() && isHex(percentEncoded, i + 1)) {
        bytes.write(Integer.parseInt(percentEncoded, i + 1, i + 3, 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return escapeControls(utf8(ByteBuffer.wrap(bytes.toByteArray())));
  }

  private static String escapeControls(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c)) {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          out.append(String.format("%%%02X", b & 0xff));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String utf8(ByteBuffer in) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(in.remaining() * 3 + 4);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (result.isError()) {
        for (int k = 0; k < result.length(); k++) {
          out.put(String.format("%%%02X", in.get() & 0xff));
        }
      } else {
        throw new IllegalStateException("name buffer too small"); // cannot happen: 3 chars per byte are reserved
      }
    }
    return out.flip().toString();
  }

  private static boolean isHex(String s, int at) {
    return Character.digit(s.charAt(at), 16) >= 0 && Character.digit(s.charAt(at + 1), 16) >= 0;
  }

  private static boolean isUtf8(String charset) {
    try {
      return charset != null && Charset.forName(charset).equals(StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return false;
    }
  }

}
