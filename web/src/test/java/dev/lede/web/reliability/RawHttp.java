package dev.lede.web.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte: request targets with backslashes, raw NUL bytes, overlong UTF-8 or
 * sizes the JDK {@code HttpClient} refuses to send. Each request uses its own connection ({@code Connection:
 * close}) and the whole answer is read.
 */
final class RawHttp {
  private static final int TIMEOUT_MS = 10_000;

  private RawHttp() {}

  /** A parsed answer: status, headers (lower-case names, last value wins), body (de-chunked) and the raw bytes. */
  record Response(int status, Map<String, String> headers, String body, String raw) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Sends {@code GET target} with the given extra header lines (each ending in CRLF); every char of target and
   * headers is sent as one byte (ISO-8859-1), so {@code "\u0000"} is a NUL byte on the wire.
   */
  static Response get(int port, String target, String extraHeaders) throws IOException {
    return send(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + extraHeaders
        + "Connection: close\r\n\r\n", new byte[0]);
  }

  /** Sends a request head (ending in the blank line) and a body exactly as given. */
  static Response send(int port, String head, byte[] body) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before reading everything (413, 431): read what it said.
      }
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        bytes.write(buffer, 0, n);
      }
    } catch (java.net.SocketException e) {
      // A reset after the answer was sent (the server closed with unread request bytes): keep what arrived.
    }
    return bytes.toByteArray();
  }

  static Response parse(byte[] bytes) {
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0) {
      throw new IllegalStateException("not an HTTP answer: " + raw.substring(0, Math.min(200, raw.length())));
    }
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8), raw);
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOfCrlf(chunked, at);
      if (lineEnd < 0) {
        break;
      }
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
      int n = Integer.parseInt(size, 16);
      if (n == 0) {
        break;
      }
      int start = lineEnd + 2;
      out.write(chunked, start, Math.min(n, chunked.length - start));
      at = start + n + 2;
    }
    return out.toByteArray();
  }

  private static int indexOfCrlf(byte[] b, int from) {
    for (int i = from; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
