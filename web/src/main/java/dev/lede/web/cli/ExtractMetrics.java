package dev.lede.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.extract.Article;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction metrics of the shared development sets, written to agree with their reference scorer
 * ({@code textmetrics.py}): the same normalisation (NFKC, lower case, straight quotes, single spaces) and the same
 * word 4-gram shingles (words are runs of letters, digits and underscores, as Python's {@code \w}).
 */
final class ExtractMetrics {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private ExtractMetrics() {}

  static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /** Precision and recall of shingles; NaN where the benchmark has none (no shingle predicted, none in gold). */
  static double[] shinglePr(String predicted, String gold) {
    Map<List<String>, Integer> p = grams(predicted);
    Map<List<String>, Integer> g = grams(gold);
    long tp = 0;
    long fp = 0;
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      int common = Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
      tp += common;
      fp += e.getValue() - common;
    }
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    return new double[] {precision, recall};
  }

  private static Map<List<String>, Integer> grams(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<List<String>, Integer> grams = new HashMap<>();
    // as the reference: one shorter shingle for a text of fewer than N words, none for no words
    for (int i = 0; i < Math.max(1, words.size() - N + 1); i++) {
      List<String> gram = words.subList(i, Math.min(words.size(), i + N));
      if (!gram.isEmpty()) {
        grams.merge(List.copyOf(gram), 1, Integer::sum);
      }
    }
    return grams;
  }

  /** Averages of per-page precision and recall, as the benchmark takes them. */
  static final class BodyAverage {
    private double precision;
    private int precisionPages;
    private double recall;
    private int recallPages;
    private int pages;
    private int missing;

    void add(double[] pr, boolean found) {
      pages++;
      missing += found ? 0 : 1;
      if (!Double.isNaN(pr[0])) {
        precision += pr[0];
        precisionPages++;
      }
      if (!Double.isNaN(pr[1])) {
        recall += pr[1];
        recallPages++;
      }
    }

    int pages() {
      return pages;
    }

    int missing() {
      return missing;
    }

    String figures() {
      double p = precision / Math.max(1, precisionPages);
      double r = recall / Math.max(1, recallPages);
      return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", p, r, 2 * p * r / Math.max(1e-9, p + r));
    }
  }

  /** "with" snippets kept, "without" snippets dropped, exact titles and right dates. */
  static final class Snippets {
    private int with;
    private int withTotal;
    private int without;
    private int withoutTotal;
    private int titles;
    private int titlesTotal;
    private int dates;
    private int datesTotal;
    private int pages;

    void add(JsonNode gold, Article article) {
      pages++;
      String body = norm(article == null ? "" : article.body());
      for (JsonNode s : gold.path("with")) {
        withTotal++;
        with += body.contains(norm(s.asText())) ? 1 : 0;
      }
      for (JsonNode s : gold.path("without")) {
        withoutTotal++;
        without += body.contains(norm(s.asText())) ? 0 : 1;
      }
      String title = gold.path("title").asText("");
      if (!title.isEmpty()) {
        titlesTotal++;
        titles += norm(article == null ? null : article.title()).equals(norm(title)) ? 1 : 0;
      }
      String date = gold.path("date").asText("");
      if (!date.isEmpty()) {
        datesTotal++;
        String published = article == null || article.published() == null ? "" : article.published().toString();
        dates += prefix(published).equals(prefix(date)) ? 1 : 0;
      }
    }

    int pages() {
      return pages;
    }

    String figures() {
      return String.format(Locale.ROOT, "with kept %.3f, without dropped %.3f, title exact %.3f, date %.3f",
          share(with, withTotal), share(without, withoutTotal), share(titles, titlesTotal), share(dates, datesTotal));
    }

    private static String prefix(String s) {
      return s.substring(0, Math.min(10, s.length()));
    }

    private static double share(int n, int total) {
      return (double) n / Math.max(1, total);
    }
  }
}
