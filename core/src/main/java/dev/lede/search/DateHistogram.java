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
