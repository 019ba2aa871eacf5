package dev.lede.extract;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers which lines appeared on which pages of each outlet, so that a line repeated across an outlet's pages
 * (an appeal, a footer blurb) is recognised as furniture even when it reads like a sentence. Bounded: least recently
 * used outlets and lines are forgotten. Thread-safe.
 *
 * <p>Lines and pages are kept as 64-bit hashes (of the line's {@link Text#fingerprint} and of the page identity): at
 * the bounds below, the texts themselves would hold a gigabyte of heap on a large archive, the hashes about a tenth of
 * it, and a collision between two different lines of one outlet is vanishingly unlikely (about 5,000^2 / 2^64).
 */
final class LineMemory {
  /** A line counts as furniture once seen on this many other pages of the outlet. */
  static final int PAGES = 2;
  private static final int MAX_OUTLETS = 500;
  private static final int MAX_LINES_PER_OUTLET = 5_000;
  private static final int MIN_WORDS = 4;
  private static final Hasher64 HASH = Hashing.komihash5_0();

  private final Map<String, Map<Long, long[]>> outlets = lru(MAX_OUTLETS);

  /** Whether the line was seen on at least {@link #PAGES} pages of the outlet other than {@code page}. */
  boolean seenElsewhere(String outlet, String page, String line) {
    long key = HASH.hashCharsToLong(Text.fingerprint(line));
    long self = HASH.hashCharsToLong(page);
    long[] pages;
    synchronized (this) {
      Map<Long, long[]> lines = outlets.get(outlet);
      pages = lines == null ? null : lines.get(key);
      if (pages == null) {
        return false;
      }
      return pages.length - (contains(pages, self) ? 1 : 0) >= PAGES;
    }
  }

  /** Records the lines of one page (content hash as page identity, so a re-read page is not a new page). */
  void remember(String outlet, String page, List<String> lines) {
    long self = HASH.hashCharsToLong(page);
    long[] keys = lines.stream()
        .filter(line -> Text.words(line) >= MIN_WORDS)
        .mapToLong(line -> HASH.hashCharsToLong(Text.fingerprint(line)))
        .toArray();
    synchronized (this) {
      Map<Long, long[]> known = outlets.computeIfAbsent(outlet, k -> lru(MAX_LINES_PER_OUTLET));
      for (long key : keys) {
        long[] pages = known.get(key);
        if (pages == null) {
          known.put(key, new long[] {self});
        } else if (pages.length <= PAGES && !contains(pages, self)) {
          long[] more = Arrays.copyOf(pages, pages.length + 1);
          more[pages.length] = self;
          known.put(key, more);
        }
      }
    }
  }

  private static boolean contains(long[] values, long value) {
    for (long v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private static <K, V> Map<K, V> lru(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
