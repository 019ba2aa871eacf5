package dev.lede.dedup;

import dev.lede.extract.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-memory single-link clustering with LSH candidates, for {@link StoryClusterer}. */
final class Clusters {
  private Clusters() {}

  static Map<String, String> assign(MinHasher hasher, List<Article> articles) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      byId.remove(a.id());
      byId.put(a.id(), a);
    }
    List<Article> list = new ArrayList<>(byId.values());
    int[] parent = new int[list.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    if (hasher.options().enabled()) {
      link(hasher, list, parent);
    }
    Map<Integer, Article> canonical = new HashMap<>();
    Comparator<Article> order = StoryClusterer.CANONICAL_FIRST;
    for (int i = 0; i < list.size(); i++) {
      canonical.merge(find(parent, i), list.get(i), (x, y) -> order.compare(x, y) <= 0 ? x : y);
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      result.put(list.get(i).id(), canonical.get(find(parent, i)).id());
    }
    return result;
  }

  private static void link(MinHasher hasher, List<Article> list, int[] parent) {
    List<Signature> signatures = new ArrayList<>(list.size());
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Signature s = hasher.signature(list.get(i).body());
      signatures.add(s);
      for (String key : s.bandKeys()) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          if (find(parent, i) != find(parent, j)
              && hasher.isNearDuplicate(signatures.get(i), signatures.get(j))) {
            parent[find(parent, i)] = find(parent, j);
          }
        }
      }
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
