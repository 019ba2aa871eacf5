package dev.lede.dedup;

import dev.lede.extract.Article;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assigns story ids to a batch of articles in memory, without an index (for example for {@code lede extract}, which
 * prints a {@code story} key per article). Uses the same rule as the index writer: near-duplicates (estimated
 * Jaccard at least the threshold, transitively) form a story whose id is the id of its earliest published member
 * (undated members count as latest; ties broken by id).
 *
 * <pre>{@code
 * Map<String, String> storyOf = new StoryClusterer(DedupOptions.DEFAULTS).assign(articles);
 * }</pre>
 */
public final class StoryClusterer {
  /**
   * The order that picks a story's canonical member: earliest publication first, undated last, then by id. The
   * first article in this order gives the story its id.
   */
  public static final Comparator<Article> CANONICAL_FIRST =
      Comparator.comparing(
              (Article a) -> a.published() == null ? Long.MAX_VALUE : a.published().epochMillis())
          .thenComparing(Article::id);

  private final MinHasher hasher;

  public StoryClusterer(DedupOptions options) {
    this.hasher = new MinHasher(Objects.requireNonNull(options, "options"));
  }

  /**
   * Story id per article id, one entry per distinct id (for repeated ids the last article wins).
   */
  public Map<String, String> assign(List<Article> articles) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      byId.remove(a.id());
      byId.put(a.id(), a);
    }
    Batch batch = batch();
    byId.values().forEach(batch::add);
    return batch.assign();
  }

  /** An empty batch to add articles to one at a time, for streams too large to hold as articles. */
  public Batch batch() {
    return new Clusters(hasher);
  }

  /**
   * Articles added one at a time, then clustered. Keeps only id, date and signature per article (about 1.5 KB), not
   * the body. Not thread-safe.
   */
  public interface Batch {
    /** Adds an article; an id may be added once. */
    void add(Article article);

    /** Story id per article id, in the order added. */
    Map<String, String> assign();
  }
}
