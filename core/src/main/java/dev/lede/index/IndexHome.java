package dev.lede.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A directory holding index generations and a pointer to the active one, so a full rebuild can be switched in
 * atomically while readers keep working.
 *
 * <pre>
 * HOME/
 *   current          one line: the active generation's directory name, e.g. "gen-3"
 *   gen-2/           an older generation (deleted when its last reader lets go, or by {@link #cleanup()})
 *   gen-3/           a Lucene index directory
 *   gen-3/readers.lock   shared byte-range locks held by open readers (see below)
 * </pre>
 *
 * <p>{@link #activate(Path)} writes {@code current.tmp}, fsyncs it, and renames it over {@code current} with
 * {@code ATOMIC_MOVE}, then fsyncs HOME: a reader sees either the old or the new generation, never a mix. Readers
 * resolve the pointer when they open and when they refresh. A reader that uses a generation holds a shared lock on
 * a region of {@code gen-N/readers.lock}; {@link #cleanup()} deletes a non-active generation only when it can take
 * an exclusive lock on that file (works across processes; within one JVM it simply finds the lock busy). A reader
 * releasing its hold on an older generation makes the same attempt, so the last reader to let go deletes it and a
 * rebuild does not keep three indexes on disk until the next run. Incremental updates write into the active
 * generation directly.
 *
 * <pre>{@code
 * IndexHome home = IndexHome.open(path);
 * Path gen = home.createGeneration();
 * try (ArticleIndexWriter w = ArticleIndexWriter.open(gen, WriterOptions.DEFAULTS)) { ...; w.commit(data); }
 * home.activate(gen);
 * home.cleanup();
 * }</pre>
 */
public final class IndexHome {
  /** The pointer file's name. */
  public static final String POINTER = "current";
  /** Prefix of generation directory names. */
  public static final String GENERATION_PREFIX = "gen-";
  /** Lock file inside a generation held (shared) by readers. */
  public static final String READERS_LOCK = "readers.lock";

  private final Path home;

  private IndexHome(Path home) {
    this.home = home;
  }

  /** Opens (creating the directory if needed) an index home. */
  public static IndexHome open(Path home) throws IOException {
    java.nio.file.Files.createDirectories(home);
    return new IndexHome(home.toAbsolutePath());
  }

  /** Whether {@code dir} looks like an index home (has a pointer file). */
  public static boolean isHome(Path dir) {
    return java.nio.file.Files.isRegularFile(dir.resolve(POINTER));
  }

  /** The home directory. */
  public Path path() {
    return home;
  }

  /** The active generation's directory, or empty when none was activated yet. */
  public Optional<Path> current() throws IOException {
    return Generations.current(home);
  }

  /** Creates a new, empty generation directory numbered above every existing one. */
  public Path createGeneration() throws IOException {
    return Generations.create(home);
  }

  /** Atomically makes {@code generation} (a directory of this home) the active one. */
  public void activate(Path generation) throws IOException {
    Generations.activate(home, generation);
  }

  /** Every generation directory, oldest first. */
  public List<Path> generations() throws IOException {
    return Generations.list(home);
  }

  /**
   * Marks {@code generation} as in use by a reader until the returned handle is closed, so {@link #cleanup()} (in
   * this or another process) leaves it alone. Any index directory works; the lock file is created if needed.
   * Closing the handle deletes the generation when it is an older one of a home and no other reader holds it.
   */
  public static java.io.Closeable holdGeneration(Path generation) throws IOException {
    return Generations.hold(generation);
  }

  /** Deletes every generation except the active one that no reader holds; returns the deleted directories. */
  public List<Path> cleanup() throws IOException {
    return Generations.cleanup(home);
  }
}
