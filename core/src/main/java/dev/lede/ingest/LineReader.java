package dev.lede.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without ever holding more than {@code maxBytes} of
 * one line: a longer line is measured and skipped, so a runaway record cannot exhaust memory.
 */
final class LineReader {
  /**
   * One line: its 1-based number, its bytes without the terminator (null when too long), its length, and whether a
   * newline ended it (the last line of a file may have none; that of a file cut off mid-record has none either).
   */
  record Line(long number, byte[] bytes, long length, boolean terminated) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int pos;
  private int end;
  private long number;
  private byte[] line = new byte[1024];

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    int kept = 0;
    long length = 0;
    boolean overflow = false;
    boolean sawBytes = false;
    boolean terminated = false;
    while (pos < end || fill()) {
      sawBytes = true;
      int newline = indexOfNewline();
      int stop = newline < 0 ? end : newline;
      int n = stop - pos;
      length += n;
      if (!overflow && length > maxBytes) {
        overflow = true;
      }
      if (!overflow) {
        ensureCapacity(kept + n);
        System.arraycopy(buffer, pos, line, kept, n);
        kept += n;
      }
      pos = stop;
      if (newline >= 0) {
        pos++;
        terminated = true;
        break;
      }
    }
    if (!sawBytes) {
      return null;
    }
    number++;
    if (overflow) {
      return new Line(number, null, length, terminated);
    }
    if (kept > 0 && line[kept - 1] == '\r') {
      kept--;
    }
    return new Line(number, Arrays.copyOf(line, kept), kept, terminated);
  }

  private int indexOfNewline() {
    for (int i = pos; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    pos = 0;
    end = Math.max(n, 0);
    return n > 0;
  }

  private void ensureCapacity(int needed) {
    if (needed > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Math.max(needed, 2L * line.length), maxBytes));
    }
  }
}
