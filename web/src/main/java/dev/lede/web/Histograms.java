package dev.lede.web;

import dev.lede.search.DateHistogram;
import dev.lede.web.view.Link;
import dev.lede.web.view.SearchPageView.Bar;
import dev.lede.web.view.SearchPageView.DateChoices;
import dev.lede.web.view.SearchPageView.Histogram;
import dev.lede.web.view.SearchPageView.Tick;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a {@link DateHistogram} as SVG bars; each non-empty bar links to its period, and dragging across bars
 * (lede.js) picks the range from the first to the last. Under the bars, axis ticks on round periods.
 */
final class Histograms {
  private static final double GAP = 0.15;
  private static final double TOP = 8;
  /** Ticks at most: five labels like "Nov 2022" fit a 375 px phone side by side. */
  static final int MAX_TICKS = 5;
  private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 25, 50, 100};
  private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 36, 60};
  private static final int[] DAY_STEPS = {1, 2, 3, 5, 7, 10, 14, 21, 31};
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

  private Histograms() {}

  static Histogram of(DateHistogram h, SearchLinks links) {
    List<DateHistogram.Bucket> buckets = h.buckets();
    if (buckets.isEmpty()) {
      return new Histogram(List.of(), "", "", "", "", List.of(), null);
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
          b.count() == 0 ? null : links.dates(b.start(), b.end()), title, b.start().toString(),
          b.end().toString()));
    }
    String caption = switch (h.granularity()) {
      case DAY -> "Articles per day";
      case MONTH -> "Articles per month";
      case YEAR -> "Articles per year";
    };
    return new Histogram(bars, label(h.granularity(), buckets.get(0)),
        label(h.granularity(), buckets.get(buckets.size() - 1)), Format.count(max), caption,
        tickViews(ticks(h.granularity(), buckets)), links.dates(null, null));
  }

  /** Labels in the last quarter (but never the first slot's) end at their tick, so they stay inside the figure. */
  static List<Tick> tickViews(List<String> labels) {
    List<Tick> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      out.add(new Tick(labels.get(i), i > 0 && i >= labels.size() * 3 / 4)); // the first would leave the figure
    }
    return out;
  }

  /**
   * One label per bucket, empty where there is no tick: ticks fall on round periods (every year, 5 years...; every
   * month, quarter, January...; every day, week...), the smallest step that gives at most {@value #MAX_TICKS}.
   */
  static List<String> ticks(DateHistogram.Granularity g, List<DateHistogram.Bucket> buckets) {
    int[] steps = switch (g) {
      case YEAR -> YEAR_STEPS;
      case MONTH -> MONTH_STEPS;
      case DAY -> DAY_STEPS;
    };
    int step = steps[steps.length - 1];
    for (int s : steps) {
      if (ticksAt(g, buckets, s) <= MAX_TICKS) {
        step = s;
        break;
      }
    }
    List<String> out = new ArrayList<>(Collections.nCopies(buckets.size(), ""));
    boolean first = true;
    for (int i = 0; i < buckets.size(); i++) {
      LocalDate d = buckets.get(i).start();
      if (key(g, d, i) % step == 0) {
        out.set(i, tickLabel(g, d, step, first));
        first = false;
      }
    }
    return out;
  }

  private static int ticksAt(DateHistogram.Granularity g, List<DateHistogram.Bucket> buckets, int step) {
    int n = 0;
    for (int i = 0; i < buckets.size(); i++) {
      if (key(g, buckets.get(i).start(), i) % step == 0) {
        n++;
      }
    }
    return n;
  }

  /** The number steps divide: the year, the month counted from year 0, or the day's place in the histogram. */
  private static long key(DateHistogram.Granularity g, LocalDate d, int index) {
    return switch (g) {
      case YEAR -> d.getYear();
      case MONTH -> d.getYear() * 12L + d.getMonthValue() - 1;
      case DAY -> index;
    };
  }

  private static String tickLabel(DateHistogram.Granularity g, LocalDate d, int step, boolean first) {
    return switch (g) {
      case YEAR -> Integer.toString(d.getYear());
      case MONTH -> step >= 12 ? Integer.toString(d.getYear())
          : first || d.getMonthValue() == 1 ? Format.month(d) : SHORT_MONTH.format(d);
      case DAY -> DAY_MONTH.format(d);
    };
  }

  /**
   * Ready-made ranges and the undated articles. Presets count back from {@code today} (what a journalist means by
   * "last 7 days"); an archive of older news would find nothing there, so one more preset counts back from the
   * newest matching article.
   */
  static DateChoices choices(DateHistogram h, SearchParams p, SearchLinks links, LocalDate today) {
    List<Link> presets = new ArrayList<>();
    presets.add(preset("Last 7 days", today.minusDays(6), today, p, links));
    presets.add(preset("Last 30 days", today.minusDays(29), today, p, links));
    presets.add(preset("This year", today.withDayOfYear(1), today, p, links));
    LocalDate latest = h.latest();
    if (latest != null && latest.isBefore(today.minusDays(29))) {
      presets.add(preset("30 days to " + Format.date(latest), latest.minusDays(29), latest, p, links));
    }
    Link undated = null;
    if (p.undated()) {
      undated = new Link("Undated (" + Format.count(h.undated()) + ")", null);
    } else if (h.undated() > 0) {
      undated = new Link("Undated (" + Format.count(h.undated()) + ")", links.undated(true));
    }
    return new DateChoices(presets, undated);
  }

  /** A preset range; the current one has no link. */
  private static Link preset(String label, LocalDate from, LocalDate to, SearchParams p, SearchLinks links) {
    return new Link(label, from.equals(p.from()) && to.equals(p.to()) ? null : links.dates(from, to));
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
