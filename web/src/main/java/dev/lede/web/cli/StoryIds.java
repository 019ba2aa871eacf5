package dev.lede.web.cli;

import dev.lede.dedup.DedupOptions;
import dev.lede.dedup.MinHasher;
import dev.lede.dedup.Signature;
import dev.lede.dedup.StoryClusterer;
import dev.lede.extract.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Story ids over a stream of articles, keeping only what clustering needs (id, date, MinHash signature: about 1.5 KB
 * per article) instead of the articles. Same rule as {@link StoryClusterer}: near-duplicates, transitively, share
 * the id of their earliest published member (undated last, ties by id).
 */
final class StoryIds {
  private final MinHasher hasher;
  private final List<Article> keys = new ArrayList<>();
  private final List<Signature> signatures = new ArrayList<>();
  private final Map<String, List<Integer>> buckets = new HashMap<>();

  StoryIds(DedupOptions options) {
    this.hasher = new MinHasher(options);
  }

  /** Remembers one article (call in any order; ids must be distinct). */
  void add(Article article) {
    int index = keys.size();
    // Only id and date matter for the canonical order; the body is dropped.
    keys.add(new Article(article.id(), null, null, null, null, null, null, null, article.published(), null, null,
        null, article.contentHash()));
    Signature signature = hasher.signature(article.body());
    signatures.add(signature);
    if (hasher.options().enabled()) {
      for (String key : signature.bandKeys()) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
      }
    }
  }

  /** Story id per article id. */
  Map<String, String> assign() {
    int[] parent = new int[keys.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          if (find(parent, i) != find(parent, j) && hasher.isNearDuplicate(signatures.get(i), signatures.get(j))) {
            parent[find(parent, i)] = find(parent, j);
          }
        }
      }
    }
    Map<Integer, Article> canonical = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      canonical.merge(find(parent, i), keys.get(i),
          (a, b) -> StoryClusterer.CANONICAL_FIRST.compare(a, b) <= 0 ? a : b);
    }
    Map<String, String> stories = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      stories.put(keys.get(i).id(), canonical.get(find(parent, i)).id());
    }
    return stories;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
