package dev.lede.web.bench;

import java.util.Locale;
import java.util.Objects;

/**
 * One target of the benchmark and how this run fared.
 *
 * @param name what is measured, e.g. {@code "full results page p99"}
 * @param goal the target as text, e.g. {@code "<= 50 ms at 1,000,000 articles"}
 * @param measured the measured value as text
 * @param status {@code PASS}, {@code MISS}, or {@code n/a} when it could not be measured
 */
record Target(String name, String goal, String measured, String status) {
  static final String PASS = "PASS";
  static final String MISS = "MISS";
  static final String NOT_MEASURED = "n/a";

  Target {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(status, "status");
  }

  static Target atMost(String name, double value, double limit, String unit, String scope) {
    return new Target(name, "<= " + fmt(limit) + " " + unit + scope, fmt(value) + " " + unit,
        value <= limit ? PASS : MISS);
  }

  static Target atLeast(String name, double value, double limit, String unit, String scope) {
    return new Target(name, ">= " + fmt(limit) + " " + unit + scope, fmt(value) + " " + unit,
        value >= limit ? PASS : MISS);
  }

  boolean missed() {
    return status.equals(MISS);
  }

  static String fmt(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
