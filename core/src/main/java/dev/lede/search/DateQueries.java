package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/** {@code date:} values (year, month or day) and ranges, as filters on the local publication day. */
final class DateQueries {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private DateQueries() {}

  /** The whole period a value names: {@code 2022} is the year, {@code 2022-11} the month. */
  static Query period(String value) {
    LocalDate[] p = parse(value);
    return range(p[0], p[1]);
  }

  /** A range between two periods; null or "*" bounds are open. */
  static Query range(String lower, String upper, boolean lowerInclusive, boolean upperInclusive) {
    LocalDate from = null;
    LocalDate to = null;
    if (!open(lower)) {
      LocalDate[] p = parse(lower);
      from = lowerInclusive ? p[0] : p[1].plusDays(1);
    }
    if (!open(upper)) {
      LocalDate[] p = parse(upper);
      to = upperInclusive ? p[1] : p[0].minusDays(1);
    }
    return range(from, to);
  }

  /** Inclusive day range; null bounds are open. */
  static Query range(LocalDate from, LocalDate to) {
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return lo > hi ? new MatchNoDocsQuery("empty date range") : LongPoint.newRangeQuery(IndexSchema.DAY, lo, hi);
  }

  /**
   * Articles with a publication day, to be negated for the undated ones: Lucene has no "missing" query, so undated
   * is "not (has a day)", read from the day's doc values.
   */
  static Query dated() {
    return new FieldExistsQuery(IndexSchema.DAY);
  }

  private static boolean open(String bound) {
    return bound == null || bound.isBlank() || bound.strip().equals("*");
  }

  /** First and last day of the period. */
  static LocalDate[] parse(String value) {
    Matcher m = DATE.matcher(value == null ? "" : value.strip());
    if (!m.matches()) {
      throw bad(value);
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
      }
      LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
      return new LocalDate[] {day, day};
    } catch (DateTimeException e) {
      throw bad(value);
    }
  }

  private static InvalidQueryException bad(String value) {
    return new InvalidQueryException("Bad date " + Notices.quote(value)
        + " in a date: query; use 2022, 2022-11 or 2022-11-14.");
  }
}
