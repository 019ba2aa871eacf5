package dev.lede.index;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A blocked Bloom filter over one segment's LSH band keys: which keys the segment certainly lacks. Looking a key
 * up in the terms dictionary loads and decompresses a block of terms even when the key is not there, and the writer
 * looks up every band key of every article in every segment; most keys of an article are in no segment or in a few
 * (only its near-duplicates share them), so the filter spares most of those seeks. Segments never change, so a
 * filter is built once per segment (one pass over its band terms, about 10 bits a key, about 1% false positives).
 */
final class BandFilter {
  private static final Hasher64 HASHER = Hashing.komihash5_0();
  private static final int BITS_PER_KEY = 10;
  /** Bits set per key, all in one 512-bit block (one cache line). */
  private static final int PROBES = 6;
  /** Remixes the hash for the bits inside a block, so that they do not repeat the bits that chose the block. */
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private final long[] words;
  private final int blockMask;

  private BandFilter(long keys) {
    long bits = Math.max(512, Long.highestOneBit(Math.max(1, keys * BITS_PER_KEY) - 1) << 1);
    bits = Math.min(bits, 1L << 36); // at most 8 GB of bits: more than the keys of any segment Lucene can hold
    words = new long[(int) (bits >>> 6)];
    blockMask = (int) (bits >>> 9) - 1;
  }

  /** The filter of the segment's band keys, or null when the segment has none. */
  static BandFilter of(LeafReader reader) throws IOException {
    Terms terms = reader.terms(IndexSchema.STORY_BAND);
    if (terms == null) {
      return null;
    }
    long size = terms.size();
    BandFilter filter = new BandFilter(size > 0 ? size : reader.maxDoc() * 32L);
    TermsEnum te = terms.iterator();
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      filter.add(hash(term));
    }
    return filter;
  }

  static long hash(BytesRef key) {
    return HASHER.hashBytesToLong(key.bytes, key.offset, key.length);
  }

  private void add(long hash) {
    int base = ((int) (hash >>> 32) & blockMask) << 3;
    long probes = hash * MIX;
    for (int i = 0; i < PROBES; i++) {
      int bit = (int) (probes >>> (9 * i)) & 511;
      words[base + (bit >>> 6)] |= 1L << bit;
    }
  }

  /** False when the segment certainly has no such key; true when it may. */
  boolean mayContain(long hash) {
    int base = ((int) (hash >>> 32) & blockMask) << 3;
    long probes = hash * MIX;
    for (int i = 0; i < PROBES; i++) {
      int bit = (int) (probes >>> (9 * i)) & 511;
      if ((words[base + (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }
}
