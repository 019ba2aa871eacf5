package dev.lede.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the web application is bound and what it may read.
 *
 * @param host the interface to listen on (127.0.0.1 by default: loopback only)
 * @param port the port; 0 picks a free one
 * @param inputRoots the archive roots the index was built from: the only places an original file is ever read from
 *     (for the article page's raw text); empty means raw files are never read
 */
public record WebOptions(String host, int port, List<Path> inputRoots) {
  /** Default port of {@code lede serve}. */
  public static final int DEFAULT_PORT = 7070;
  /** Loopback: the archive is not exposed to the network unless asked for. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  public WebOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be within 0..65535, was " + port);
    }
    inputRoots = List.copyOf(inputRoots);
  }

  /** Loopback, a random port, no raw files: for tests and embedding. */
  public static WebOptions loopback(List<Path> inputRoots) {
    return new WebOptions(DEFAULT_HOST, 0, inputRoots);
  }
}
