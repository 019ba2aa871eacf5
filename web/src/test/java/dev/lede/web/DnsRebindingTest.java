package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS rebinding: a page on another site makes its own name resolve to 127.0.0.1 and reads the archive of a server
 * bound to loopback. The browser still sends that name as {@code Host}, so a loopback server answers only the
 * loopback names (and those the operator allows).
 */
class DnsRebindingTest {
  @TempDir Path dir;

  @Test
  void aLoopbackServerAnswersOnlyLoopbackNames() throws Exception {
    try (TestSite site = TestSite.start(dir, List.of())) {
      int port = site.server.port();
      String api = get(port, "/api/search?q=kherson", "evil.example:" + port);
      assertTrue(api.startsWith("HTTP/1.1 403"), api);
      assertTrue(api.contains("{\"error\":") && api.contains("host name"), api);
      assertFalse(api.contains("Kherson"), "nothing of the archive: " + api);
      assertTrue(get(port, "/", "evil.example").startsWith("HTTP/1.1 403"));

      for (String name : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
        String ok = get(port, "/api/search?q=kherson", name);
        assertTrue(ok.startsWith("HTTP/1.1 200"), name + ": " + ok.lines().findFirst().orElse(""));
      }
    }
  }

  @Test
  void allowedHostsAddNamesAndAnExposedServerAnswersAnyNameUnlessToldOtherwise() {
    WebOptions loopback = WebOptions.loopback(List.of());
    assertFalse(loopback.allows("evil.example"));
    assertTrue(loopback.allows("localhost"));
    assertTrue(loopback.withAllowedHosts(List.of("news.example.org")).allows("News.Example.org."));

    WebOptions exposed = new WebOptions("0.0.0.0", 7070, List.of());
    assertTrue(exposed.allows("news.example.org"), "bound to every interface on purpose: as before");
    WebOptions restricted = exposed.withAllowedHosts(List.of("news.example.org"));
    assertTrue(restricted.allows("news.example.org"));
    assertTrue(restricted.allows("localhost"));
    assertFalse(restricted.allows("evil.example"));
  }

  /** A GET with the given Host header over a plain socket (the JDK client does not let a caller set Host). */
  private static String get(int port, String target, String host) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
