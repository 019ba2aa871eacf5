package dev.lede.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/** The headers every response carries: pages, API, exports, static files and error pages alike. */
final class SecurityHeaders {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  static final Map<String, String> ALL = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "same-origin",
      "Cross-Origin-Opener-Policy", "same-origin",
      "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");

  private SecurityHeaders() {}

  static void apply(HttpServletResponse res) {
    ALL.forEach(res::setHeader);
  }
}
