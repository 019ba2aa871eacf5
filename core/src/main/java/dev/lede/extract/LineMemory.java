package dev.lede.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Remembers which lines appeared on which pages of each outlet, so that a line repeated across an outlet's pages
 * (an appeal, a footer blurb) is recognised as furniture even when it reads like a sentence. Bounded: least recently
 * used outlets and lines are forgotten. Thread-safe.
 */
final class LineMemory {
  /** A line counts as furniture once seen on this many other pages of the outlet. */
  static final int PAGES = 2;
  private static final int MAX_OUTLETS = 500;
  private static final int MAX_LINES_PER_OUTLET = 5_000;
  private static final int MIN_WORDS = 4;

  private final Map<String, Map<String, Set<String>>> outlets = lru(MAX_OUTLETS);

  /** Whether the line was seen on at least {@link #PAGES} pages of the outlet other than {@code page}. */
  synchronized boolean seenElsewhere(String outlet, String page, String line) {
    Map<String, Set<String>> lines = outlets.get(outlet);
    Set<String> pages = lines == null ? null : lines.get(Text.fingerprint(line));
    if (pages == null) {
      return false;
    }
    return pages.size() - (pages.contains(page) ? 1 : 0) >= PAGES;
  }

  /** Records the lines of one page (content hash as page identity, so a re-read page is not a new page). */
  synchronized void remember(String outlet, String page, List<String> lines) {
    Map<String, Set<String>> known = outlets.computeIfAbsent(outlet, k -> lru(MAX_LINES_PER_OUTLET));
    for (String line : lines) {
      if (Text.words(line) >= MIN_WORDS) {
        Set<String> pages = known.computeIfAbsent(Text.fingerprint(line), k -> new HashSet<>());
        if (pages.size() <= PAGES) {
          pages.add(page);
        }
      }
    }
  }

  private static <V> Map<String, V> lru(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
