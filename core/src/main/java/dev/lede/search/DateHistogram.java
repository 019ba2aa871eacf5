package dev.lede.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Matches per day, month or year over the whole span of the matching articles' dates, empty buckets included, so it
 * can be drawn as is. Undated articles are in no bucket; they are counted apart, so none vanish unseen.
 *
 * @param granularity the bucket size, chosen by the span: up to 62 days by day, up to 6 years by month, else by
 *     year
 * @param buckets consecutive buckets from the earliest to the latest match
 * @param undated matching articles without a publication date (0 where they are not counted)
 * @param latest the newest publication day among the matches, or null when none is dated
 */
public record DateHistogram(Granularity granularity, List<Bucket> buckets, long undated, LocalDate latest) {
  /** No dated matches. */
  public static final DateHistogram EMPTY = new DateHistogram(Granularity.DAY, List.of());

  public DateHistogram {
    Objects.requireNonNull(granularity, "granularity");
    buckets = List.copyOf(buckets);
    if (undated < 0) {
      throw new IllegalArgumentException("undated must not be negative, was " + undated);
    }
  }

  /** Buckets only: no undated count, the latest day unknown. */
  public DateHistogram(Granularity granularity, List<Bucket> buckets) {
    this(granularity, buckets, 0, null);
  }

  /** Longest span drawn by day. */
  static final int MAX_DAYS = 62;
  /** Longest span, in years, drawn by month. */
  static final int MAX_YEARS_BY_MONTH = 6;

  /**
   * The histogram of matches counted per day (days without matches may be absent), with the rule of the embedded
   * searcher: by day up to {@value #MAX_DAYS} days, by month up to {@value #MAX_YEARS_BY_MONTH} years, else by year.
   * For engines that count by day.
   */
  public static DateHistogram ofDays(java.util.NavigableMap<LocalDate, Long> days, long undated) {
    java.util.NavigableMap<LocalDate, Long> dated = new java.util.TreeMap<>();
    days.forEach((d, c) -> {
      if (c > 0) {
        dated.put(d, c);
      }
    });
    if (dated.isEmpty()) {
      return EMPTY.withUndated(undated);
    }
    LocalDate first = dated.firstKey();
    LocalDate last = dated.lastKey();
    List<Bucket> buckets = new java.util.ArrayList<>();
    Granularity g;
    if (last.getYear() - first.getYear() + 1 > MAX_YEARS_BY_MONTH) {
      g = Granularity.YEAR;
      for (int y = first.getYear(); y <= last.getYear(); y++) {
        LocalDate start = LocalDate.of(y, 1, 1);
        buckets.add(new Bucket(String.valueOf(y), start, LocalDate.of(y, 12, 31), sum(dated, start, start.plusYears(1))));
      }
    } else if (java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.from(first),
        java.time.YearMonth.from(last)) <= 2 && java.time.temporal.ChronoUnit.DAYS.between(first, last) < MAX_DAYS) {
      g = Granularity.DAY;
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        buckets.add(new Bucket(d.toString(), d, d, dated.getOrDefault(d, 0L)));
      }
    } else {
      g = Granularity.MONTH;
      for (java.time.YearMonth ym = java.time.YearMonth.from(first); !ym.isAfter(java.time.YearMonth.from(last));
          ym = ym.plusMonths(1)) {
        buckets.add(new Bucket(ym.toString(), ym.atDay(1), ym.atEndOfMonth(),
            sum(dated, ym.atDay(1), ym.plusMonths(1).atDay(1))));
      }
    }
    return new DateHistogram(g, buckets, undated, last);
  }

  private static long sum(java.util.NavigableMap<LocalDate, Long> days, LocalDate from, LocalDate toExclusive) {
    return days.subMap(from, true, toExclusive, false).values().stream().mapToLong(Long::longValue).sum();
  }

  /** This histogram with its undated matches counted. */
  public DateHistogram withUndated(long undated) {
    return new DateHistogram(granularity, buckets, undated, latest);
  }

  /** Bucket size. */
  public enum Granularity {
    DAY,
    MONTH,
    YEAR
  }

  /**
   * One bucket.
   *
   * @param label {@code 2022-11-14}, {@code 2022-11} or {@code 2022} (also valid in the query language as
   *     {@code date:<label>})
   * @param start first day of the bucket
   * @param end last day of the bucket (inclusive)
   * @param count matching articles published in it
   */
  public record Bucket(String label, LocalDate start, LocalDate end, long count) {
    public Bucket {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (end.isBefore(start) || count < 0) {
        throw new IllegalArgumentException("bad bucket " + label + " " + start + ".." + end + " = " + count);
      }
    }
  }
}
