package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.search.DateHistogram;
import dev.lede.search.DateHistogram.Granularity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Axis ticks fall on round periods, one to five of them whatever the span, the first one with its year. */
class HistogramTicksTest {
  static List<DateHistogram.Bucket> years(int first, int last) {
    List<DateHistogram.Bucket> out = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      out.add(new DateHistogram.Bucket("" + y, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), 1));
    }
    return out;
  }

  static List<DateHistogram.Bucket> months(YearMonth first, int n) {
    List<DateHistogram.Bucket> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      YearMonth m = first.plusMonths(i);
      out.add(new DateHistogram.Bucket(m.toString(), m.atDay(1), m.atEndOfMonth(), 1));
    }
    return out;
  }

  static List<DateHistogram.Bucket> days(LocalDate first, int n) {
    List<DateHistogram.Bucket> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate d = first.plusDays(i);
      out.add(new DateHistogram.Bucket(d.toString(), d, d, 1));
    }
    return out;
  }

  static List<String> labels(Granularity g, List<DateHistogram.Bucket> buckets) {
    return Histograms.ticks(g, buckets).stream().filter(t -> !t.isEmpty()).toList();
  }

  @Test
  void yearsTickOnRoundYears() {
    assertEquals(List.of("2000", "2010", "2020"), labels(Granularity.YEAR, years(1998, 2026)));
    assertEquals(List.of("2008", "2010", "2012", "2014"), labels(Granularity.YEAR, years(2007, 2015)));
  }

  @Test
  void monthsTickOnQuartersOrHalfYearsAndNameTheYearAtItsStart() {
    assertEquals(List.of("Jan 2021", "Jul", "Jan 2022", "Jul"),
        labels(Granularity.MONTH, months(YearMonth.of(2021, 1), 24)));
    assertEquals(List.of("Mar 2021", "May", "Jul"), labels(Granularity.MONTH, months(YearMonth.of(2021, 3), 6)));
    assertEquals(List.of("2010", "2012", "2014"), labels(Granularity.MONTH, months(YearMonth.of(2009, 7), 72)));
  }

  @Test
  void daysTickEveryFewDays() {
    assertEquals(List.of("1 Nov", "8 Nov", "15 Nov", "22 Nov", "29 Nov"),
        labels(Granularity.DAY, days(LocalDate.of(2022, 11, 1), 30)));
  }

  @Test
  void lateLabelsEndAtTheirTickButASingleBarsLabelStaysInsideTheFigure() {
    assertEquals(List.of(false), Histograms.tickViews(List.of("14 Nov")).stream()
        .map(dev.lede.web.view.SearchPageView.Tick::end).toList());
    assertEquals(List.of(false, false, false, true), Histograms.tickViews(List.of("1", "2", "3", "4")).stream()
        .map(dev.lede.web.view.SearchPageView.Tick::end).toList());
  }

  @Test
  void everySpanHasOneToFiveTicks() {
    for (int n = 1; n <= 130; n++) {
      assertTicks(Granularity.YEAR, years(1900, 1900 + n - 1), n);
      if (n <= 72) {
        assertTicks(Granularity.MONTH, months(YearMonth.of(2019, 1 + n % 12), n), n);
      }
      if (n <= 62) {
        assertTicks(Granularity.DAY, days(LocalDate.of(2022, 1, 1).plusDays(n), n), n);
      }
    }
  }

  private static void assertTicks(Granularity g, List<DateHistogram.Bucket> buckets, int n) {
    List<String> ticks = Histograms.ticks(g, buckets);
    assertEquals(n, ticks.size(), "one slot per bar");
    long labelled = ticks.stream().filter(t -> !t.isEmpty()).count();
    assertTrue(labelled >= 1 && labelled <= Histograms.MAX_TICKS, g + " " + n + ": " + ticks);
  }
}
