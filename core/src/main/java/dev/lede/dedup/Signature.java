package dev.lede.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * The MinHash signature of one body, with its LSH band keys. Immutable. Compare only signatures made by the same
 * {@link MinHasher}.
 */
public final class Signature {
  private final byte[] bytes;
  private final List<String> bandKeys;
  private final boolean tooShort;

  Signature(byte[] bytes, List<String> bandKeys, boolean tooShort) {
    this.bytes = bytes;
    this.bandKeys = List.copyOf(bandKeys);
    this.tooShort = tooShort;
  }

  /**
   * The LSH band keys ({@code "<band>:<hex>"}): two signatures sharing at least one key are candidates. Empty for a
   * body too short to cluster.
   */
  public List<String> bandKeys() {
    return bandKeys;
  }

  /** Whether the body had too few words to be compared (it is never a near-duplicate of anything). */
  public boolean tooShort() {
    return tooShort;
  }

  /** A compact serialized form (for storing in the index); {@link MinHasher#fromBytes(byte[])} reads it back. */
  public byte[] toBytes() {
    byte[] out = new byte[bytes.length + 1];
    out[0] = (byte) (tooShort ? 1 : 0);
    System.arraycopy(bytes, 0, out, 1, bytes.length);
    return out;
  }

  byte[] bytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && Arrays.equals(bytes, s.bytes) && tooShort == s.tooShort;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
