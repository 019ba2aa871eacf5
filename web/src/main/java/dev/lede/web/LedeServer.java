package dev.lede.web;

import dev.lede.search.ArchiveSearcher;
import dev.lede.search.LedeSearcher;
import io.javalin.Javalin;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Lede web server over one searcher: the Javalin app plus a daemon thread that calls
 * {@link LedeSearcher#maybeRefresh()} every {@value #REFRESH_SECONDS} seconds, so a nightly reindex shows up without
 * a restart. Closing it stops the server (the searcher belongs to the caller).
 *
 * <pre>{@code
 * try (ArchiveSearcher searcher = LedeSearcher.open(index, SearcherOptions.DEFAULTS);
 *     LedeServer server = LedeServer.start(searcher, WebOptions.loopback(List.of()))) {
 *   System.out.println("http://localhost:" + server.port());
 * }
 * }</pre>
 */
public final class LedeServer implements AutoCloseable {
  /** How often the server looks for a new commit of the index. */
  public static final long REFRESH_SECONDS = 2;
  private static final Logger LOG = LoggerFactory.getLogger(LedeServer.class);
  private final Javalin app;
  private final ScheduledExecutorService refresher;

  private LedeServer(Javalin app, ScheduledExecutorService refresher) {
    this.app = app;
    this.refresher = refresher;
  }

  /** Starts serving; returns once the port is bound. */
  public static LedeServer start(ArchiveSearcher searcher, WebOptions options) {
    Objects.requireNonNull(searcher, "searcher");
    Javalin app = WebApp.create(searcher, options).start();
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "lede-index-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(() -> {
      try {
        searcher.maybeRefresh();
      } catch (RuntimeException e) {
        LOG.warn("index refresh failed; still serving the previous view", e);
      }
    }, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    return new LedeServer(app, refresher);
  }

  /** The bound port (useful with port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    app.stop();
  }
}
