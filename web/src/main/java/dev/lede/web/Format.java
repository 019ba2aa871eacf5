package dev.lede.web;

import dev.lede.extract.Published;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as the pages show them. */
final class Format {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private Format() {}

  static String count(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }

  static String date(Published p) {
    return p == null ? null : DAY.format(p.date());
  }

  static String date(LocalDate d) {
    return d == null ? null : DAY.format(d);
  }

  static String month(LocalDate d) {
    return MONTH.format(d);
  }

  static String iso(Published p) {
    return p == null ? null : p.date().toString();
  }

  /** An address safe to link to: http or https only, otherwise null. */
  static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    try {
      java.net.URI uri = new java.net.URI(u);
      String scheme = uri.getScheme();
      if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null) {
        return uri.toASCIIString();
      }
    } catch (java.net.URISyntaxException e) {
      return null;
    }
    return null;
  }
}
