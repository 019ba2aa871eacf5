package dev.lede.dedup;

import dev.lede.extract.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In-memory single-link clustering with LSH candidates, for {@link StoryClusterer}. Keeps per article only what the
 * rule needs (id, date, signature: about 1.5 KB), so a batch far larger than memory's worth of bodies fits.
 */
final class Clusters implements StoryClusterer.Batch {
  private final MinHasher hasher;
  private final List<Article> keys = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final List<Signature> signatures = new ArrayList<>();
  private final Map<String, List<Integer>> buckets = new HashMap<>();

  Clusters(MinHasher hasher) {
    this.hasher = hasher;
  }

  @Override
  public void add(Article article) {
    if (!ids.add(article.id())) {
      throw new IllegalArgumentException("article id '" + article.id() + "' added twice to one batch");
    }
    int index = keys.size();
    // Only id and date matter for the canonical order; the body is dropped once its signature is taken.
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

  @Override
  public Map<String, String> assign() {
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
    Map<String, String> stories = new LinkedHashMap<>();
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
