package dev.lede.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** Word shingles of a body, hashed into a SuperMinHash signature with LSH band keys. */
final class Shingles {
  /** 16-bit components: the chance that two unrelated components collide (1/65536) is negligible. */
  private static final int COMPONENT_BITS = 16;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Hasher64 HASHER = Hashing.komihash5_0();

  private final DedupOptions options;
  private final SimilarityHashPolicy policy;

  Shingles(DedupOptions options) {
    this.options = options;
    this.policy = SimilarityHashing.superMinHash(options.components(), COMPONENT_BITS);
  }

  Signature signature(String body) {
    List<String> words = words(body);
    boolean tooShort = words.size() < Math.max(options.minWords(), 1);
    long[] values = shingleHashes(words);
    SimilarityHasher hasher = policy.createHasher();
    byte[] bytes = hasher.compute(ElementHashProvider.ofValues(values.length == 0 ? new long[] {0L} : values));
    return new Signature(bytes, tooShort ? List.of() : bandKeys(bytes), tooShort);
  }

  boolean accepts(Signature s) {
    return s.bytes().length == policy.getSignatureSizeInBytes()
        && (s.tooShort() || s.bandKeys().size() == options.bands());
  }

  Signature fromBytes(byte[] bytes, boolean tooShort) {
    if (bytes.length != policy.getSignatureSizeInBytes()) {
      throw new IllegalArgumentException("signature has " + bytes.length + " bytes, expected "
          + policy.getSignatureSizeInBytes());
    }
    byte[] copy = bytes.clone();
    return new Signature(copy, tooShort ? List.of() : bandKeys(copy), tooShort);
  }

  double similarity(Signature a, Signature b) {
    if (a.tooShort() || b.tooShort()) {
      return 0;
    }
    return policy.getFractionOfEqualComponents(a.bytes(), b.bytes());
  }

  /** Lowercased, accent-free words; punctuation and case differences between copies do not matter. */
  static List<String> words(String body) {
    // A hand-written scan instead of NFD over the whole body plus a regex split: this runs once per indexed
    // article and was a third of indexing time. Only words with non-ASCII letters pay for normalisation.
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder(32);
    boolean ascii = true;
    for (int i = 0; i <= body.length(); ) {
      int cp = i < body.length() ? body.codePointAt(i) : ' ';
      i += i < body.length() ? Character.charCount(cp) : 1;
      if (Character.isLetterOrDigit(cp) || (!word.isEmpty() && Character.getType(cp) == Character.NON_SPACING_MARK)) {
        word.appendCodePoint(Character.toLowerCase(cp));
        ascii &= cp < 128;
      } else if (!word.isEmpty()) {
        words.add(ascii ? word.toString() : fold(word));
        word.setLength(0);
        ascii = true;
      }
    }
    return words;
  }

  private static String fold(CharSequence word) {
    return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * One hash per shingle of {@code k} consecutive words. Repeated shingles are kept: MinHash takes minima, so a
   * repeat changes nothing, and skipping a boxed hash set saves allocation on every article.
   */
  private long[] shingleHashes(List<String> words) {
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = HASHER.hashCharsToLong(words.get(i));
    }
    int k = Math.min(options.shingleWords(), Math.max(words.size(), 1));
    int n = Math.max(0, words.size() - k + 1);
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      HashStream64 stream = HASHER.hashStream();
      for (int j = i; j < i + k; j++) {
        stream.putLong(wordHashes[j]);
      }
      hashes[i] = stream.getAsLong();
    }
    return hashes;
  }

  private List<String> bandKeys(byte[] bytes) {
    int rows = options.rowsPerBand();
    List<String> keys = new ArrayList<>(options.bands());
    HexFormat hex = HexFormat.of();
    for (int band = 0; band < options.bands(); band++) {
      HashStream64 stream = HASHER.hashStream();
      for (int r = 0; r < rows; r++) {
        stream.putLong(policy.getComponent(bytes, band * rows + r));
      }
      keys.add(band + ":" + hex.toHexDigits(stream.getAsLong()));
    }
    return keys;
  }
}
