package dev.lede.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

final class Commits {
  static Optional<CommitInfo> read(Path dir) throws IOException { throw new UnsupportedOperationException(); }
}
