package dev.lede.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

final class WriterCore {
  static WriterCore open(Path dir, WriterOptions options) throws IOException { throw new UnsupportedOperationException(); }
  String upsert(IndexedArticle a) throws IOException { throw new UnsupportedOperationException(); }
  boolean delete(String id) throws IOException { throw new UnsupportedOperationException(); }
  Map<String, String> contentHashes() throws IOException { throw new UnsupportedOperationException(); }
  int docCount() throws IOException { throw new UnsupportedOperationException(); }
  CommitInfo commit(Map<String, String> userData) throws IOException { throw new UnsupportedOperationException(); }
  void rollback() throws IOException { throw new UnsupportedOperationException(); }
  Optional<CommitInfo> lastCommit() throws IOException { throw new UnsupportedOperationException(); }
  Path directory() { throw new UnsupportedOperationException(); }
  void close() throws IOException { throw new UnsupportedOperationException(); }
}
