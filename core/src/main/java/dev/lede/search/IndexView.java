package dev.lede.search;

import dev.lede.index.IndexHome;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The searchable view of an index directory or an index home. Each generation has its own SearcherManager and a
 * reference count: the view holds one reference, every search holds one while it runs. Switching generations
 * drops the view's reference, so the old generation closes (and releases its readers' lock) when its last search
 * ends, and searches in flight never fail.
 */
final class IndexView implements Closeable {
  /** One index directory being searched. */
  static final class Generation {
    final Path dir;
    final Directory directory;
    final SearcherManager manager;
    private final Closeable hold;
    private final AtomicInteger refs = new AtomicInteger(1);

    private Generation(Path dir, Directory directory, SearcherManager manager, Closeable hold) {
      this.dir = dir;
      this.directory = directory;
      this.manager = manager;
      this.hold = hold;
    }

    boolean tryAcquire() {
      while (true) {
        int n = refs.get();
        if (n <= 0) {
          return false;
        }
        if (refs.compareAndSet(n, n + 1)) {
          return true;
        }
      }
    }

    void release() throws IOException {
      if (refs.decrementAndGet() == 0) {
        IOUtils.close(manager, directory, hold);
      }
    }
  }

  /** A searcher in use; close it when done. */
  record Lease(Generation generation, FacetedSearcher searcher) implements Closeable {
    @Override
    public void close() throws IOException {
      try {
        generation.manager.release(searcher);
      } finally {
        generation.release();
      }
    }
  }

  private final Path root;
  private final boolean home;
  private volatile Generation current;
  private volatile boolean closed;
  private final Object switchLock = new Object();

  private IndexView(Path root, boolean home, Generation first) {
    this.root = root;
    this.home = home;
    this.current = first;
  }

  static IndexView open(Path indexOrHome) throws IOException {
    boolean home = IndexHome.isHome(indexOrHome);
    return new IndexView(indexOrHome, home, openGeneration(resolve(indexOrHome, home)));
  }

  private static Path resolve(Path root, boolean home) throws IOException {
    if (!home) {
      return root;
    }
    return IndexHome.open(root).current()
        .orElseThrow(() -> new IOException("index home " + root + " has no active generation"));
  }

  private static Generation openGeneration(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no index directory at " + dir);
    }
    Closeable hold = IndexHome.holdGeneration(dir);
    Directory directory = null;
    try {
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no committed index in " + dir);
      }
      return new Generation(dir, directory, new SearcherManager(directory, FacetedSearcher.FACTORY), hold);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory, hold);
      throw e;
    }
  }

  Lease acquire() throws IOException {
    while (true) {
      if (closed) { // the last generation was released for good: waiting for a new one would spin forever
        throw new org.apache.lucene.store.AlreadyClosedException("the searcher is closed");
      }
      Generation g = current;
      if (g.tryAcquire()) {
        try {
          return new Lease(g, (FacetedSearcher) g.manager.acquire());
        } catch (IOException | RuntimeException e) {
          g.release();
          throw e;
        }
      }
      // g was retired between reading and acquiring: read the new current
    }
  }

  /** Switches to a newly activated generation, then refreshes within the current one. */
  boolean refresh(boolean blocking) throws IOException {
    boolean changed = false;
    if (home && !closed) {
      Path target = resolve(root, true);
      synchronized (switchLock) {
        if (!closed && !target.equals(current.dir)) {
          Generation old = current;
          current = openGeneration(target);
          old.release();
          changed = true;
        }
      }
    }
    Generation g = current;
    if (!g.tryAcquire()) {
      return changed;
    }
    try {
      var before = g.manager.acquire();
      try {
        if (blocking) {
          g.manager.maybeRefreshBlocking();
        } else {
          g.manager.maybeRefresh();
        }
      } finally {
        g.manager.release(before);
      }
      var after = g.manager.acquire();
      try {
        changed |= after != before;
      } finally {
        g.manager.release(after);
      }
    } finally {
      g.release();
    }
    return changed;
  }

  @Override
  public void close() throws IOException {
    synchronized (switchLock) {
      if (!closed) {
        closed = true;
        current.release();
      }
    }
  }
}
