package dev.lede.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds where the next WARC record may start after one whose header cannot be parsed (its length is then unknown):
 * a line starting {@code WARC/1.} in a plain file, the next gzip member ({@code 1f 8b 08}) in a {@code .warc.gz},
 * where every record is a member of its own. A match inside a payload is possible; reading from there then fails
 * too, and the search goes on from after it.
 */
final class WarcResync {
  private static final byte[] PLAIN = {'W', 'A', 'R', 'C', '/', '1', '.'};
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final int CHUNK = 64 * 1024;

  private WarcResync() {}

  /** The offset of the first possible record start at or after {@code from}, or -1. */
  static long next(Path file, boolean gzip, long from) throws IOException {
    byte[] marker = gzip ? GZIP : PLAIN;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer buf = ByteBuffer.allocate(CHUNK + marker.length + 1);
      // Start one byte early so a plain marker can be checked for the newline before it.
      for (long pos = Math.max(0, from - 1); pos < size; pos += CHUNK) {
        buf.clear();
        int n = 0;
        while (buf.hasRemaining()) {
          int r = ch.read(buf, pos + n);
          if (r < 0) {
            break;
          }
          n += r;
        }
        byte[] bytes = buf.array();
        for (int i = 0; i + marker.length <= n && i < CHUNK + 1; i++) {
          long at = pos + i;
          if (at >= from && matches(bytes, i, marker)
              && (gzip || at == 0 || (i > 0 ? bytes[i - 1] == '\n' : false))) {
            return at;
          }
        }
      }
    }
    return -1;
  }

  private static boolean matches(byte[] bytes, int at, byte[] marker) {
    for (int k = 0; k < marker.length; k++) {
      if (bytes[at + k] != marker[k]) {
        return false;
      }
    }
    return true;
  }
}
