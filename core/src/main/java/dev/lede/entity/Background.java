package dev.lede.entity;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loading work run on a second core: the entity data (the GeoNames cities, the tagger's weights) takes a second or
 * more to read, in independent parts. A plain daemon thread per part, not a shared pool, so a host application's
 * pools are never borrowed or blocked.
 */
final class Background<T> {
  private final FutureTask<T> task;

  private Background(Callable<T> work, String name) {
    task = new FutureTask<>(work);
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
  }

  static <T> Background<T> start(String name, Callable<T> work) {
    return new Background<>(work, name);
  }

  /** The result, waiting for it; the task's own exception is rethrown as it was when unchecked. */
  T join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // loading is short: finish it, then restore the flag
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException("loading the entity data failed", e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
