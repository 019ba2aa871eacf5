package dev.lede.ingest;

/**
 * Tells text from binary the way {@code file} and {@code git} do: NUL bytes never occur in text, and text has
 * few control characters other than tab, line feed, form feed and carriage return.
 */
final class BinarySniffer {
  /** How many leading bytes are inspected for control characters. */
  static final int SAMPLE_BYTES = 8192;

  /** Above this share of control characters in the sample, the content is binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private BinarySniffer() {}

  /**
   * Why the first {@code length} bytes look binary, or null when they look like text. NULs are looked for in all
   * of them, control characters only in the first {@link #SAMPLE_BYTES}.
   */
  static String binaryReason(byte[] bytes, int length) {
    if (TextDecoder.startsWithUtf16Bom(bytes)) {
      return null;
    }
    int controls = 0;
    int sample = Math.min(length, SAMPLE_BYTES);
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b == 0) {
        return "binary content (NUL bytes)";
      }
      if (i < sample && isControl(b)) {
        controls++;
      }
    }
    if (sample > 0 && controls > sample * MAX_CONTROL_SHARE) {
      return "binary content (" + controls + " control characters in the first " + sample + " bytes)";
    }
    return null;
  }

  private static boolean isControl(byte b) {
    return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
  }
}
