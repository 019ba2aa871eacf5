package dev.lede.index;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.Published;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Test helpers: build articles tersely and index a list of them into a directory (for example a JUnit
 * {@code @TempDir}), so golden tests over any corpus are a few lines.
 *
 * <pre>{@code
 * Path dir = IndexFixtures.index(tempDir, articles);
 * try (LedeSearcher s = LedeSearcher.open(dir, SearcherOptions.DEFAULTS)) { ... }
 * }</pre>
 */
public final class IndexFixtures {
  private IndexFixtures() {}

  /** Indexes the articles into {@code dir} with default options, commits once, and returns {@code dir}. */
  public static Path index(Path dir, Collection<IndexedArticle> articles) throws IOException {
    return index(dir, articles, WriterOptions.DEFAULTS);
  }

  /** Indexes the articles into {@code dir}, commits once, and returns {@code dir}. */
  public static Path index(Path dir, Collection<IndexedArticle> articles, WriterOptions options)
      throws IOException {
    try (ArticleIndexWriter writer = ArticleIndexWriter.open(dir, options)) {
      for (IndexedArticle a : articles) {
        writer.upsert(a);
      }
      writer.commit(Map.of("fixture", "true"));
    }
    return dir;
  }

  /** A dated article with the given body paragraphs; the content hash is derived from id and body. */
  public static Article article(String id, String title, String source, String wire, String date,
      List<String> authors, List<String> paragraphs) {
    Published published = date == null ? null : Published.of(LocalDate.parse(date));
    return new Article(id, "fixtures/" + id + ".txt", "https://example.org/" + id, title, null, source, wire,
        authors, published, "en", paragraphs, List.of(),
        Integer.toHexString((id + paragraphs).hashCode()));
  }

  /** Entities from three lists. */
  public static Entities entities(List<String> people, List<String> places, List<String> orgs) {
    return new Entities(people, places, orgs);
  }
}
