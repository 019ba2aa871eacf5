package dev.lede.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a Lucene commit says about itself: enough for a status line ("12,408 articles, indexed 2024-03-01 02:14")
 * and for the reindex job to find where the previous run stopped.
 *
 * @param directory the index directory the commit belongs to (inside an {@link IndexHome}: its generation dir)
 * @param generation Lucene's commit generation (grows by one per commit in this directory)
 * @param docCount live documents in the commit
 * @param schemaVersion {@link IndexSchema#SCHEMA_VERSION} the commit was written with (0 if absent)
 * @param committedAt when the commit was made (from {@link IndexSchema#COMMITTED_AT}), or null if unknown
 * @param userData all commit user-data, including the keys {@link ArticleIndexWriter#commit} adds
 */
public record CommitInfo(
    Path directory,
    long generation,
    int docCount,
    int schemaVersion,
    Instant committedAt,
    Map<String, String> userData) {
  public CommitInfo {
    Objects.requireNonNull(directory, "directory");
    if (generation < 0 || docCount < 0) {
      throw new IllegalArgumentException("bad commit " + generation + " with " + docCount + " docs");
    }
    userData = userData == null ? Map.of() : Map.copyOf(userData);
  }

  /** The info of a commit, reading the schema version and commit time from its user-data. */
  public static CommitInfo of(Path directory, long generation, int docCount, Map<String, String> userData) {
    Map<String, String> data = userData == null ? Map.of() : userData;
    return new CommitInfo(directory, generation, docCount, Commits.schemaVersion(data), Commits.committedAt(data),
        data);
  }
}
