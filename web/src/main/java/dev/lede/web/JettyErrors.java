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
 * security headers as every other response and a minimal page of our own, without request data or stack traces.
 */
final class JettyErrors extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.ALL.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(page(status).getBytes(StandardCharsets.UTF_8)), callback);
    return true;
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
