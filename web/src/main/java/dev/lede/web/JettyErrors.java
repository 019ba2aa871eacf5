package dev.lede.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before the app sees the request (ambiguous or malformed paths, headers too large): the same
 * security headers as every other response and a minimal page of our own, or {@code {"error": "..."}} under
 * {@code /api/} and {@code /export}, without request data or stack traces. A request whose head cannot be parsed at
 * all (over the 72 KB limit) has no path to go by and always gets the page.
 */
final class JettyErrors extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.ALL.forEach(headers::put);
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    String body;
    if (path != null && (path.startsWith("/api/") || path.startsWith("/export"))) {
      // Scripts read errors as {"error": "..."} whoever answered; the message depends on the status only.
      headers.put(HttpHeader.CONTENT_TYPE, "application/json");
      body = "{\"error\": \"" + message(status) + "\"}\n";
    } else {
      headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      body = page(status);
    }
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  /** A fixed sentence per status (never request data), safe inside a JSON string. */
  static String message(int status) {
    return switch (status) {
      case 400 -> "The request is malformed.";
      case 404 -> "Not found.";
      case 405 -> "This method is not allowed here.";
      case 413 -> "The request is too large.";
      case 414 -> "The address is too long; remove some filters or shorten the query.";
      case 431 -> "The request headers are too large.";
      default -> "The request could not be handled (" + status + ").";
    };
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.ALL.forEach((k, v) -> fields.put(new HttpField(k, v)));
    fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    return ByteBuffer.wrap(page(status).getBytes(StandardCharsets.UTF_8));
  }

  private static String page(int status) {
    String reason = HttpStatus.getMessage(status);
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " " + reason
        + " · Lede</title><link rel=\"stylesheet\" href=\"/static/lede.css\"></head><body><main class=\"error-page\">"
        + "<p class=\"error-code\">" + status + "</p><h1>" + reason + "</h1>"
        + "<p>The request could not be handled.</p><p><a href=\"/\">Back to search</a></p></main></body></html>\n";
  }
}
