package dev.lede.web;

import dev.lede.search.DateHistogram;
import dev.lede.web.view.SearchPageView.Bar;
import dev.lede.web.view.SearchPageView.Histogram;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lays out a {@link DateHistogram} as SVG bars; each non-empty bar links to its period. */
final class Histograms {
  private static final double GAP = 0.15;
  private static final double TOP = 8;

  private Histograms() {}

  static Histogram of(DateHistogram h, SearchLinks links) {
    List<DateHistogram.Bucket> buckets = h.buckets();
    if (buckets.isEmpty()) {
      return new Histogram(List.of(), "", "", "", "");
    }
    long max = buckets.stream().mapToLong(DateHistogram.Bucket::count).max().orElse(1);
    double slot = (double) Histogram.WIDTH / buckets.size();
    double usable = Histogram.HEIGHT - TOP;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      DateHistogram.Bucket b = buckets.get(i);
      double height = max == 0 ? 0 : usable * b.count() / max;
      if (b.count() > 0) {
        height = Math.max(height, 2);
      }
      double width = Math.max(slot * (1 - GAP), 0.5);
      String title = label(h.granularity(), b) + ": " + Format.plural(b.count(), "article", "articles");
      bars.add(new Bar(num(i * slot + slot * GAP / 2), num(Histogram.HEIGHT - height), num(width), num(height),
          b.count() == 0 ? null : links.dates(b.start(), b.end()), title));
    }
    String caption = switch (h.granularity()) {
      case DAY -> "Articles per day";
      case MONTH -> "Articles per month";
      case YEAR -> "Articles per year";
    };
    return new Histogram(bars, label(h.granularity(), buckets.get(0)),
        label(h.granularity(), buckets.get(buckets.size() - 1)), Format.count(max), caption);
  }

  private static String label(DateHistogram.Granularity g, DateHistogram.Bucket b) {
    return switch (g) {
      case DAY -> Format.date(b.start());
      case MONTH -> Format.month(b.start());
      case YEAR -> Integer.toString(b.start().getYear());
    };
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
