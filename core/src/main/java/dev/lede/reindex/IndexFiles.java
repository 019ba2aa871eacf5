package dev.lede.reindex;

import dev.lede.index.IndexHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** File-level chores of a run: sizes, checks before activation, removing half-built generations. */
final class IndexFiles {
  private IndexFiles() {}

  /** Bytes of the files of the last commit in {@code dir} (0 when there is none). */
  static long commitSize(Path dir) throws IOException {
    if (dir == null || !Files.isDirectory(dir)) {
      return 0;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return 0;
      }
      List<IndexCommit> commits = DirectoryReader.listCommits(directory);
      long size = 0;
      for (String file : commits.get(commits.size() - 1).getFileNames()) {
        size += directory.fileLength(file);
      }
      return size;
    }
  }

  /**
   * Verifies a freshly built generation before it is activated: it opens, holds the expected number of documents,
   * and (when small enough) passes Lucene's CheckIndex.
   *
   * @throws IOException describing what is wrong
   */
  static void verify(Path generation, int expectedDocs, int checkIndexMaxDocs) throws IOException {
    try (Directory directory = FSDirectory.open(generation)) {
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        if (reader.numDocs() != expectedDocs) {
          throw new IOException("the new generation " + generation + " holds " + reader.numDocs()
              + " documents, expected " + expectedDocs);
        }
      }
      if (expectedDocs <= checkIndexMaxDocs) {
        try (CheckIndex check = new CheckIndex(directory)) {
          CheckIndex.Status status = check.checkIndex();
          if (!status.clean) {
            throw new IOException("CheckIndex found problems in the new generation " + generation);
          }
        }
      }
    }
  }

  /**
   * Deletes generations newer than the active one (or all, when none is active): under the run lock nothing is
   * building them, so they are left over from a rebuild that failed or was killed.
   */
  static List<Path> removeAbandoned(IndexHome home) throws IOException {
    Optional<Path> current = home.current();
    long active = current.map(p -> number(p.getFileName().toString())).orElse(0L);
    List<Path> removed = new java.util.ArrayList<>();
    for (Path gen : home.generations()) {
      if (number(gen.getFileName().toString()) > active) {
        deleteTree(gen);
        removed.add(gen);
      }
    }
    return removed;
  }

  /**
   * Deletes the files of {@code generation} that no commit references, such as the segments a failed run flushed.
   * Lucene's own file deleter decides what is unreferenced: opening a writer on the last commit runs it, and the
   * writer is then rolled back without writing anything. Needs the index's write lock, so the failed run's writer
   * must be closed first.
   */
  static void removeUnreferenced(Path generation) throws IOException {
    try (Directory directory = FSDirectory.open(generation)) {
      if (!DirectoryReader.indexExists(directory)) {
        return;
      }
      IndexWriterConfig config = new IndexWriterConfig()
          .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
          .setCommitOnClose(false);
      new IndexWriter(directory, config).rollback();
    }
  }

  private static long number(String name) {
    try {
      return Long.parseLong(name.substring(IndexHome.GENERATION_PREFIX.length()));
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** Deletes a directory tree; missing files are fine. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (NoSuchFileException e) {
          // already gone
        }
      }
    }
  }
}
