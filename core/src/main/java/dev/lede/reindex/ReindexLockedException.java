package dev.lede.reindex;

import java.nio.file.Path;

/**
 * Another reindex run holds the index home's lock, so this one did nothing. The lock is an OS file lock on
 * {@code HOME/reindex.lock}: it is released when the holding process ends, even by {@code kill -9}, so a stale lock
 * never blocks the next run.
 */
public final class ReindexLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path lockFile;

  public ReindexLockedException(Path lockFile) {
    super("another reindex is running on this index (it holds the lock " + lockFile + "); try again when it ends");
    this.lockFile = lockFile;
  }

  /** The lock file another process holds. */
  public Path lockFile() {
    return lockFile;
  }
}
