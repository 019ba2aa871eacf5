package dev.lede.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

final class Generations {
  static Optional<Path> current(Path home) throws IOException { throw new UnsupportedOperationException(); }
  static Path create(Path home) throws IOException { throw new UnsupportedOperationException(); }
  static void activate(Path home, Path gen) throws IOException { throw new UnsupportedOperationException(); }
  static List<Path> list(Path home) throws IOException { throw new UnsupportedOperationException(); }
  static List<Path> cleanup(Path home) throws IOException { throw new UnsupportedOperationException(); }
  static Closeable hold(Path gen) throws IOException { throw new UnsupportedOperationException(); }
}
