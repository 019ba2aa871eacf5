package dev.lede.web.cli;

import dev.lede.reindex.Progress;
import dev.lede.reindex.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** A one-line progress display on a terminal, rewritten in place with a carriage return. */
final class ProgressLine implements ProgressListener {
  private final PrintStream err;
  private boolean written;

  ProgressLine(PrintStream err) {
    this.err = err;
  }

  @Override
  public void progress(Progress p) {
    String eta = p.eta().map(d -> "  ETA " + clock(d)).orElse("");
    String expected = p.expected() >= 0 ? " / " + p.expected() : "";
    err.printf(Locale.ROOT, "\r%-10s %d%s docs  %.0f docs/s%s  failed %d  %s   ",
        p.phase().name().toLowerCase(Locale.ROOT), p.documents(), expected, p.documentsPerSecond(), eta, p.failed(),
        clock(p.elapsed()));
    err.flush();
    written = true;
  }

  /** Ends the line, if one was written. */
  static void end(ProgressListener listener) {
    if (listener instanceof ProgressLine line && line.written) {
      line.err.println();
    }
  }

  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
