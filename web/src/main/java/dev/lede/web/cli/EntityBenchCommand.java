package dev.lede.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.entity.EntityAnnotator;
import dev.lede.extract.Article;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * {@code lede bench-entities [FILE.jsonl.gz] [--docs N] [--seed S]}: load time, heap after loading and
 * throughput (MB of text per second per core, after a warm-up) of the default entity extractor, over the
 * {@code text} fields of a JSON-lines file (gzip or plain) or over generated news-like text.
 */
public final class EntityBenchCommand implements Command {
  private static final int DEFAULT_DOCS = 3000;

  @Override
  public String name() {
    return "bench-entities";
  }

  @Override
  public String summary() {
    return "measure entity extraction load time and MB/s per core";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path file = null;
    int docs = DEFAULT_DOCS;
    long seed = 42;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--docs" -> docs = Integer.parseInt(value(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "-h", "--help" -> {
          out.println("usage: lede bench-entities [FILE.jsonl[.gz]] [--docs N] [--seed S]");
          return 0;
        }
        default -> {
          if (a.startsWith("-") || file != null) {
            throw new UsageException("unexpected argument " + a);
          }
          file = Path.of(a);
        }
      }
    }
    List<Article> articles = file == null ? generated(docs, seed) : read(file, docs);
    if (file == null) {
      out.println("generated text, seed " + seed + " (replay with --seed " + seed + ")");
    }
    long bytes = articles.stream().mapToLong(a -> a.body().getBytes(StandardCharsets.UTF_8).length).sum();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = cpu(threads);
    EntityAnnotator annotator = EntityAnnotator.create().warm();
    long loadNanos = System.nanoTime() - t0;
    long loadCpu = cpu(threads) - c0;
    System.gc();
    long heapAfter = rt.totalMemory() - rt.freeMemory();
    long warmCpu = cpu(threads);
    for (int round = 0; round < 2; round++) {
      articles.forEach(annotator::annotate);
    }
    warmCpu = cpu(threads) - warmCpu;
    long cpu0 = cpu(threads);
    long wall0 = System.nanoTime();
    long entities = 0;
    for (Article a : articles) {
      var e = annotator.annotate(a);
      entities += e.people().size() + e.places().size() + e.orgs().size();
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpuSeconds = (cpu(threads) - cpu0) / 1e9;
    double mb = bytes / 1e6;
    out.printf(Locale.ROOT, "%-28s %12s%n", "measure", "value");
    out.printf(Locale.ROOT, "%-28s %12d%n", "articles", articles.size());
    out.printf(Locale.ROOT, "%-28s %12.2f%n", "text MB", mb);
    out.printf(Locale.ROOT, "%-28s %12.2f%n", "load time s (wall)", loadNanos / 1e9);
    out.printf(Locale.ROOT, "%-28s %12.2f%n", "load time s (CPU)", loadCpu / 1e9);
    out.printf(Locale.ROOT, "%-28s %12.1f%n", "heap for data MB", (heapAfter - heapBefore) / 1e6);
    out.printf(Locale.ROOT, "%-28s %12.2f%n", "warm-up CPU s (2 passes)", warmCpu / 1e9);
    out.printf(Locale.ROOT, "%-28s %12.2f%n", "MB/s (wall, 1 thread)", mb / wall);
    out.printf(Locale.ROOT, "%-28s %12.2f%n", "MB/s per core (CPU time)", mb / Math.max(cpuSeconds, 1e-9));
    out.printf(Locale.ROOT, "%-28s %12.1f%n", "entities per article", (double) entities / articles.size());
    return 0;
  }

  private static long cpu(ThreadMXBean threads) {
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  private static List<Article> read(Path file, int max) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int line = 0;
      for (String s = r.readLine(); s != null && out.size() < max; s = r.readLine()) {
        line++;
        JsonNode n = json.readTree(s);
        String text = n.path("text").asText("");
        if (!text.isBlank()) {
          out.add(article("line-" + line, n.path("title").asText(null), text));
        }
      }
    }
    return out;
  }

  private static Article article(String id, String title, String text) {
    List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n|\\n")).filter(p -> !p.isBlank()).toList();
    return new Article(id, id, null, title, null, null, null, List.of(), null, "en", paragraphs, List.of(), id);
  }

  /** News-like sentences built from a fixed vocabulary: names, titles, places, organisations. */
  private static List<Article> generated(int docs, long seed) {
    Random random = new Random(seed);
    String[] people = {"Vladimir Putin", "President Zelensky", "Mr. Biden", "Olaf Scholz", "Kaja Kallas",
        "Sergei Shoigu", "Mick Ryan", "Jens Stoltenberg", "Emmanuel Macron", "Maria Gonzalez"};
    String[] places = {"Kyiv", "Kherson", "Moscow", "Berlin", "Washington", "the Dnipro River", "Odesa", "Paris"};
    String[] orgs = {"NATO", "the European Union", "the Kremlin", "the World Bank", "Reuters", "the Pentagon"};
    String[] verbs = {"said on Tuesday that", "told reporters in", "warned that", "met officials from"};
    String[] filler = {"the talks would continue next week", "prices rose sharply", "troops were moving",
        "the decision was a turning point", "the agreement was signed after months of negotiations"};
    List<Article> out = new ArrayList<>();
    for (int d = 0; d < docs; d++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 25; s++) {
        text.append(people[random.nextInt(people.length)]).append(' ')
            .append(verbs[random.nextInt(verbs.length)]).append(' ')
            .append(places[random.nextInt(places.length)]).append(' ')
            .append(filler[random.nextInt(filler.length)]).append(", according to ")
            .append(orgs[random.nextInt(orgs.length)]).append(". ");
        if (s % 5 == 4) {
          text.append("\n\n");
        }
      }
      out.add(article("gen-" + d, null, text.toString()));
    }
    return out;
  }
}
