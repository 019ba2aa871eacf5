package dev.lede.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the writer's Lucene updates (document building, analysis, inversion) on a few threads, so the thread that
 * decides story ids only does bookkeeping. Lucene's {@code IndexWriter} indexes from several threads at once; what
 * it does not promise is an order between two threads, so every change of one article id goes to the same lane (by
 * hash) and lanes run their work in submission order: the last change submitted for an id is the one that stays.
 *
 * <p>Queues are short and bounded, so a slow disk slows the submitting thread down instead of filling the heap. The
 * first failure of a lane is kept and thrown by the next {@link #submit} or {@link #drain()}; work submitted after it
 * is skipped, since the run that gets the exception rolls back anyway.
 */
final class IndexLanes implements AutoCloseable {
  /** A change to the index: throws what Lucene throws. */
  interface Change {
    void apply() throws IOException;
  }

  private static final int QUEUE = 16;
  private static final Change STOP = () -> {};

  private final Lane[] lanes;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  IndexLanes(int threads, String name) {
    lanes = new Lane[threads];
    for (int i = 0; i < threads; i++) {
      lanes[i] = new Lane(name + "-" + (i + 1));
      lanes[i].start();
    }
  }

  /** Queues a change to the article {@code id}; after every earlier change to the same id. */
  void submit(String id, Change change) throws IOException {
    throwFailure();
    Lane lane = lanes[Math.floorMod(id.hashCode(), lanes.length)];
    try {
      lane.queue.put(change);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while queueing an index update");
    }
  }

  /** Waits until every change submitted so far has been applied; throws the first failure, if any. */
  void drain() throws IOException {
    CountDownLatch done = new CountDownLatch(lanes.length);
    try {
      for (Lane lane : lanes) {
        lane.queue.put((Drain) done::countDown);
      }
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for index updates");
    }
    throwFailure();
  }

  /** Forgets a failure (after a rollback discarded the changes it belonged to). */
  void clearFailure() {
    failure.set(null);
  }

  private void throwFailure() throws IOException {
    Throwable t = failure.get();
    if (t == null) {
      return;
    }
    if (t instanceof IOException io) {
      throw new IOException("index update failed: " + io.getMessage(), io);
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IOException("index update failed: " + t, t);
  }

  /** Applies what is queued (skipped after a failure), then stops the threads. */
  @Override
  public void close() {
    boolean interrupted = false;
    for (Lane lane : lanes) {
      while (lane.isAlive()) {
        try {
          lane.queue.put(STOP);
          lane.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Lane extends Thread {
    final BlockingQueue<Change> queue = new ArrayBlockingQueue<>(QUEUE);

    Lane(String name) {
      super(name);
      setDaemon(true);
    }

    @Override
    public void run() {
      while (true) {
        Change change;
        try {
          change = queue.take();
        } catch (InterruptedException e) {
          return;
        }
        if (change == STOP) {
          return;
        }
        if (failure.get() != null && !(change instanceof Drain)) {
          continue;
        }
        try {
          change.apply();
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }
    }
  }

  private interface Drain extends Change {}
}
