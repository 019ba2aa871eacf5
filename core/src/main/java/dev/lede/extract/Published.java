package dev.lede.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When an article was published: always a calendar date, plus the exact date-time with its offset when the page
 * gives one.
 *
 * @param date the publication date (in the publisher's own time zone when known)
 * @param dateTime the exact moment with offset, or null when only the date is known
 */
public record Published(LocalDate date, OffsetDateTime dateTime) {
  public Published {
    Objects.requireNonNull(date, "date");
    if (dateTime != null && !dateTime.toLocalDate().equals(date)) {
      throw new IllegalArgumentException("date " + date + " disagrees with date-time " + dateTime);
    }
  }

  /** A date without a time of day. */
  public static Published of(LocalDate date) {
    return new Published(date, null);
  }

  /** An exact moment; the date is the one in the given offset. */
  public static Published of(OffsetDateTime dateTime) {
    return new Published(dateTime.toLocalDate(), dateTime);
  }

  /** Milliseconds since the epoch, for sorting and range filters (a bare date counts as its midnight UTC). */
  public long epochMillis() {
    return dateTime != null
        ? dateTime.toInstant().toEpochMilli()
        : date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /**
   * The inverse of {@link #toString()}: a date ({@code 2022-11-14}) or a date-time with its offset; null for null.
   *
   * @throws java.time.format.DateTimeParseException for anything else
   */
  public static Published parse(String text) {
    if (text == null) {
      return null;
    }
    return text.length() == 10 ? of(date(text)) : of(OffsetDateTime.parse(text));
  }

  /**
   * {@code yyyy-MM-dd} read directly (a results page parses the dates of every version of twenty stories), else
   * by {@link LocalDate#parse}, which also gives its error for malformed text.
   */
  private static LocalDate date(String text) {
    if (text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1
          && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** ISO-8601: {@code 2022-11-14} or {@code 2022-11-09T15:36-05:00}. */
  @Override
  public String toString() {
    return dateTime != null ? dateTime.toString() : date.toString();
  }
}
