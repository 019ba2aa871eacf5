package dev.lede.web.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A poor man's profiler: every 20 ms, the stacks of all runnable threads that used CPU since the last look; each
 * sample is charged to the innermost
 * frame of Lede's, Lucene's or a library's code (JDK frames are skipped up to the first such frame, so
 * {@code HashMap.get} called by the extractor counts as the extractor's line). Cheap enough to run during
 * measurements, and needs nothing installed. For a full picture use JFR ({@code -XX:StartFlightRecording}).
 */
final class StackSampler implements AutoCloseable {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<String, Integer> counts = new HashMap<>();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile boolean paused;
  private int samples;

  StackSampler() {
    sampler = new Thread(this::run, "bench-stack-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void run() {
    Map<Long, Long> lastCpu = new HashMap<>();
    while (running) {
      for (ThreadInfo info : paused ? new ThreadInfo[0] : threads.dumpAllThreads(false, false, 64)) {
        if (info == null || info.getThreadState() != Thread.State.RUNNABLE || ignored(info.getThreadName())
            || !burnedCpu(info.getThreadId(), lastCpu)) {
          continue;
        }
        String frame = frameOf(info.getStackTrace());
        if (frame != null) {
          synchronized (counts) {
            counts.merge(frame, 1, Integer::sum);
            samples++;
          }
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Threads "runnable" in native I/O (a blocked socket or pipe read) use no CPU and are not work. */
  private boolean burnedCpu(long threadId, Map<Long, Long> lastCpu) {
    long cpu = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(threadId) : -1;
    if (cpu < 0) {
      return true;
    }
    Long before = lastCpu.put(threadId, cpu);
    return before == null || cpu > before;
  }

  private static boolean ignored(String name) {
    return name.startsWith("bench-") || name.equals("Reference Handler") || name.equals("Signal Dispatcher")
        || name.startsWith("Attach") || name.startsWith("Notification") || name.equals("Common-Cleaner");
  }

  /** The innermost non-JDK frame, or the top frame when the whole stack is JDK code. */
  private static String frameOf(StackTraceElement[] stack) {
    if (stack.length == 0) {
      return null;
    }
    for (StackTraceElement e : stack) {
      String c = e.getClassName();
      if (!(c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun."))) {
        return simple(c) + "." + e.getMethodName();
      }
    }
    // Idle-looking JDK stacks (socket accept, selectors) are not work.
    String top = stack[0].getClassName() + "." + stack[0].getMethodName();
    return top.contains("Net.") || top.contains("EPoll") || top.contains("accept") ? null : top;
  }

  private static String simple(String className) {
    int dot = className.lastIndexOf('.', className.lastIndexOf('.') - 1);
    return dot < 0 ? className : className.substring(dot + 1);
  }

  /** The busiest frames, e.g. {@code "index.WriterCore.add 23%"}, most samples first. */
  List<String> top(int n) {
    List<Map.Entry<String, Integer>> entries;
    int total;
    synchronized (counts) {
      entries = new ArrayList<>(counts.entrySet());
      total = samples;
    }
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    List<String> out = new ArrayList<>();
    for (var e : entries.subList(0, Math.min(n, entries.size()))) {
      out.add(String.format(java.util.Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / total));
    }
    return out;
  }

  /** Stops counting until {@link #resume()}: for other code measured on the same thread, such as a baseline. */
  void pause() {
    paused = true;
  }

  void resume() {
    paused = false;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
