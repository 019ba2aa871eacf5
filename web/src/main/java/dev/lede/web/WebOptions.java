package dev.lede.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How the web application is bound and what it may read.
 *
 * @param host the interface to listen on (127.0.0.1 by default: loopback only)
 * @param port the port; 0 picks a free one
 * @param inputRoots the archive roots the index was built from: the only places an original file is ever read from
 *     (for the article page's raw text); empty means raw files are never read
 * @param allowedHosts the names a request's {@code Host} may carry (against DNS rebinding: a page on another site
 *     whose name is made to resolve to 127.0.0.1 must not read the archive); empty means the default, see
 *     {@link #allows(String)}
 */
public record WebOptions(String host, int port, List<Path> inputRoots, List<String> allowedHosts) {
  /** Default port of {@code lede serve}. */
  public static final int DEFAULT_PORT = 7070;
  /** Loopback: the archive is not exposed to the network unless asked for. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1");

  public WebOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be within 0..65535, was " + port);
    }
    inputRoots = List.copyOf(inputRoots);
    allowedHosts = allowedHosts.stream().map(WebOptions::normalise).toList();
    for (String allowed : allowedHosts) {
      if (allowed.isEmpty()) {
        throw new IllegalArgumentException("an allowed host name is empty");
      }
    }
  }

  /** Any Host the default rule allows. */
  public WebOptions(String host, int port, List<Path> inputRoots) {
    this(host, port, inputRoots, List.of());
  }

  /** Loopback, a random port, no raw files: for tests and embedding. */
  public static WebOptions loopback(List<Path> inputRoots) {
    return new WebOptions(DEFAULT_HOST, 0, inputRoots);
  }

  public WebOptions withAllowedHosts(List<String> names) {
    return new WebOptions(host, port, inputRoots, names);
  }

  /**
   * Whether a request naming {@code hostHeaderName} (the Host header without its port) is answered. With allowed
   * hosts given: those, plus the bound address and the loopback names. Without: on a loopback address only the
   * loopback names and the bound address (a browser reaching it under any other name was sent there by someone
   * else's DNS); on any other address every name, as before, since the operator exposed it on purpose.
   */
  public boolean allows(String hostHeaderName) {
    String name = normalise(hostHeaderName == null ? "" : hostHeaderName);
    if (name.isEmpty() || name.equals(normalise(host)) || LOOPBACK_NAMES.contains(name)) {
      return true;
    }
    if (!allowedHosts.isEmpty()) {
      return allowedHosts.contains(name);
    }
    return !isLoopback(host);
  }

  private static boolean isLoopback(String address) {
    String a = normalise(address);
    return a.equals("localhost") || a.startsWith("127.") || a.equals("::1");
  }

  private static String normalise(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("[") && n.endsWith("]")) {
      n = n.substring(1, n.length() - 1);
    }
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }
}
