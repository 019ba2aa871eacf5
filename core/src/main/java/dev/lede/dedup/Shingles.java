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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word shingles of a body, hashed into a SuperMinHash signature with LSH band keys. */
final class Shingles {
  /** 16-bit components: the chance that two unrelated components collide (1/65536) is negligible. */
  private static final int COMPONENT_BITS = 16;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
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
    Set<Long> hashes = shingleHashes(words);
    long[] values = hashes.stream().mapToLong(Long::longValue).toArray();
    SimilarityHasher hasher = policy.createHasher();
    byte[] bytes = hasher.compute(ElementHashProvider.ofValues(values.length == 0 ? new long[] {0L} : values));
    return new Signature(bytes, tooShort ? List.of() : bandKeys(bytes), tooShort);
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
    String folded = MARKS.matcher(Normalizer.normalize(body, Normalizer.Form.NFD)).replaceAll("");
    List<String> words = new ArrayList<>();
    for (String w : NON_WORD.split(folded.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private Set<Long> shingleHashes(List<String> words) {
    int k = Math.min(options.shingleWords(), Math.max(words.size(), 1));
    Set<Long> hashes = new HashSet<>();
    for (int i = 0; i + k <= words.size(); i++) {
      HashStream64 stream = HASHER.hashStream();
      for (int j = i; j < i + k; j++) {
        stream.putString(words.get(j));
      }
      hashes.add(stream.getAsLong());
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
