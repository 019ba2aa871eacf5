package dev.lede.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** The file operations behind {@link IndexHome}. */
final class Generations {
  private static final String TEMP_POINTER = IndexHome.POINTER + ".tmp";

  private Generations() {}

  static Optional<Path> current(Path home) throws IOException {
    Path pointer = home.resolve(IndexHome.POINTER);
    String name;
    try {
      name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (number(name) < 0) {
      throw new IOException("pointer " + pointer + " names no generation: '" + name + "'");
    }
    return Optional.of(home.resolve(name));
  }

  static Path create(Path home) throws IOException {
    long next = list(home).stream().mapToLong(p -> number(p.getFileName().toString())).max().orElse(0) + 1;
    // createDirectory (not createDirectories) fails if a concurrent creator won the race: never share a generation.
    return Files.createDirectory(home.resolve(IndexHome.GENERATION_PREFIX + next));
  }

  static void activate(Path home, Path generation) throws IOException {
    Path gen = generation.toAbsolutePath().normalize();
    if (!home.equals(gen.getParent()) || number(gen.getFileName().toString()) < 0 || !Files.isDirectory(gen)) {
      throw new IllegalArgumentException("not a generation directory of " + home + ": " + generation);
    }
    Path temp = home.resolve(TEMP_POINTER);
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(StandardCharsets.UTF_8.encode(gen.getFileName() + "\n"));
      ch.force(true);
    }
    try {
      Files.move(temp, home.resolve(IndexHome.POINTER), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + home + " cannot switch generations atomically", e);
    }
    fsyncDirectory(home);
  }

  private static void fsyncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory for fsync; the rename itself is still atomic there.
    }
  }

  static List<Path> list(Path home) throws IOException {
    List<Path> gens = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(home)) {
      for (Path p : stream) {
        if (Files.isDirectory(p) && number(p.getFileName().toString()) >= 0) {
          gens.add(p);
        }
      }
    }
    gens.sort(Comparator.comparingLong(p -> number(p.getFileName().toString())));
    return gens;
  }

  static List<Path> cleanup(Path home) throws IOException {
    Optional<Path> current = current(home);
    List<Path> deleted = new ArrayList<>();
    for (Path gen : list(home)) {
      if (current.isPresent() && current.get().getFileName().equals(gen.getFileName())) {
        continue;
      }
      if (current.isPresent() && number(gen.getFileName().toString())
          > number(current.get().getFileName().toString())) {
        continue; // newer than current: a rebuild in progress
      }
      if (deleteIfUnused(gen)) {
        deleted.add(gen);
      }
    }
    return deleted;
  }

  private static boolean deleteIfUnused(Path gen) throws IOException {
    Path lockFile = gen.resolve(IndexHome.READERS_LOCK);
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = ch.tryLock(0, Long.MAX_VALUE, false);
      } catch (OverlappingFileLockException e) {
        return false; // a reader in this JVM holds it
      }
      if (lock == null) {
        return false; // a reader in another process holds it
      }
      try {
        deleteTree(gen, lockFile);
      } finally {
        lock.release();
      }
    }
    Files.deleteIfExists(lockFile);
    Files.deleteIfExists(gen);
    return true;
  }

  private static void deleteTree(Path gen, Path keep) throws IOException {
    try (Stream<Path> walk = Files.walk(gen)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(keep) && !p.equals(gen)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * A shared lock on one random byte of the readers' lock file: several readers of one JVM take different bytes
   * (Java forbids overlapping locks within a JVM), while cleanup's exclusive whole-file lock conflicts with all.
   */
  static Closeable hold(Path gen) throws IOException {
    FileChannel ch = FileChannel.open(gen.resolve(IndexHome.READERS_LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.READ);
    try {
      for (int attempt = 0; attempt < 64; attempt++) {
        long position = ThreadLocalRandom.current().nextLong(1L << 40);
        try {
          FileLock lock = ch.lock(position, 1, true);
          return () -> {
            try (ch) {
              lock.release();
            }
            deleteIfRetired(gen);
          };
        } catch (OverlappingFileLockException e) {
          // another reader of this JVM picked the same byte; pick again
        }
      }
      throw new IOException("could not lock " + gen.resolve(IndexHome.READERS_LOCK));
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /**
   * After a reader let go of {@code gen}: deletes it when it is an older generation of a home and no other reader
   * holds it, so a replaced generation does not wait for the next run to free its disk space. Failing here is
   * never the reader's problem; the next run's cleanup tries again.
   */
  private static void deleteIfRetired(Path gen) {
    try {
      Path dir = gen.toAbsolutePath().normalize();
      Path home = dir.getParent();
      if (home == null || !IndexHome.isHome(home)) {
        return;
      }
      Optional<Path> current = current(home);
      long n = number(dir.getFileName().toString());
      if (current.isPresent() && n > 0 && n < number(current.get().getFileName().toString())) {
        deleteIfUnused(dir);
      }
    } catch (IOException | RuntimeException e) {
      // left for the next cleanup
    }
  }

  /** The number of a generation directory name, or -1 if it is not one. */
  static long number(String name) {
    if (!name.startsWith(IndexHome.GENERATION_PREFIX)) {
      return -1;
    }
    try {
      long n = Long.parseLong(name.substring(IndexHome.GENERATION_PREFIX.length()));
      return n > 0 ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
