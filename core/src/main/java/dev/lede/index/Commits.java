package dev.lede.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Reading commit points into {@link CommitInfo}. */
final class Commits {
  private Commits() {}

  static Optional<CommitInfo> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.empty();
      }
      List<IndexCommit> commits = DirectoryReader.listCommits(directory);
      IndexCommit last = commits.get(commits.size() - 1);
      int docCount = docCount(last);
      return Optional.of(of(dir, last, docCount));
    }
  }

  private static int docCount(IndexCommit commit) throws IOException {
    String stored = commit.getUserData().get(IndexSchema.DOC_COUNT_KEY);
    if (stored != null) {
      try {
        return Integer.parseInt(stored);
      } catch (NumberFormatException e) {
        // fall through to counting
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(commit)) {
      return reader.numDocs();
    }
  }

  /** The info of a commit whose live document count is known. */
  static CommitInfo of(Path dir, IndexCommit commit, int docCount) throws IOException {
    return CommitInfo.of(dir, commit.getGeneration(), docCount, commit.getUserData());
  }

  static int schemaVersion(Map<String, String> data) {
    try {
      return Integer.parseInt(data.getOrDefault(IndexSchema.SCHEMA_VERSION_KEY, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static Instant committedAt(Map<String, String> data) {
    String at = data.get(IndexSchema.COMMITTED_AT);
    try {
      return at == null ? null : Instant.parse(at);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
