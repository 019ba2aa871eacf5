package dev.lede.reindex;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-run-per-home lock: an OS file lock on {@code HOME/reindex.lock}. The file stays; only the lock matters,
 * and the OS releases it when the process ends however it ends, so no stale lock can block a later run.
 */
final class RunLock implements AutoCloseable {
  static final String FILE = "reindex.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock without waiting.
   *
   * @throws ReindexLockedException if another run (in this or another process) holds it
   */
  static RunLock acquire(Path home) throws IOException {
    Files.createDirectories(home);
    Path file = home.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another run in this JVM
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new ReindexLockedException(file);
    }
    return new RunLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try (channel) {
      lock.release();
    }
  }
}
