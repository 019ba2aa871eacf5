package dev.lede.web.cli;

import dev.lede.entity.DefaultEntityExtractor;
import dev.lede.entity.EntityAnnotator;
import dev.lede.entity.EntityEvaluation;
import dev.lede.entity.EntityType;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code lede eval-entities GOLD.jsonl [--overrides FILE] [--split NAME] [--show-errors]}: document-level
 * precision, recall and F1 per entity type of the default extractor against a hand-labelled gold file (see
 * {@link EntityEvaluation} for the format). Exit code 0 when it ran, 2 on usage errors, 1 when the gold file is
 * unreadable or malformed (the message names the line).
 */
public final class EvalEntitiesCommand implements Command {
  @Override
  public String name() {
    return "eval-entities";
  }

  @Override
  public String summary() {
    return "score entity extraction against a gold JSONL file";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path gold = null;
    Path overrides = null;
    String split = null;
    boolean showErrors = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--overrides" -> overrides = Path.of(value(args, ++i, a));
        case "--split" -> split = value(args, ++i, a);
        case "--show-errors" -> showErrors = true;
        case "-h", "--help" -> {
          out.println("usage: lede eval-entities GOLD.jsonl [--overrides FILE] [--split NAME] [--show-errors]");
          return 0;
        }
        default -> {
          if (a.startsWith("-") || gold != null) {
            throw new UsageException("unexpected argument " + a);
          }
          gold = Path.of(a);
        }
      }
    }
    if (gold == null) {
      throw new UsageException("missing GOLD.jsonl");
    }
    if (!Files.isRegularFile(gold)) {
      err.println("lede eval-entities: no such file: " + gold);
      return 1;
    }
    List<EntityEvaluation.GoldArticle> articles = EntityEvaluation.readGold(gold);
    if (split != null) {
      String wanted = split;
      articles = articles.stream().filter(g -> wanted.equals(g.split())).toList();
    }
    EntityAnnotator annotator = EntityAnnotator.create(new DefaultEntityExtractor(), overrides);
    EntityEvaluation.Report report = EntityEvaluation.evaluate(annotator, articles);
    print(report, out);
    if (showErrors) {
      report.differences().forEach(d -> out.printf(Locale.ROOT, "%s %-12s %-6s %s%n", d.spurious() ? "+" : "-",
          d.articleId(), d.type(), d.name()));
    }
    return 0;
  }

  static void print(EntityEvaluation.Report r, PrintStream out) {
    out.printf(Locale.ROOT, "%d articles, document level (set of canonical names per article)%n", r.articles());
    out.printf(Locale.ROOT, "%-7s %5s %5s %5s %9s %7s %6s%n", "type", "tp", "fp", "fn", "precision", "recall", "F1");
    for (EntityType t : EntityType.values()) {
      row(t.name(), r.byType().get(t), out);
    }
    row("micro", r.micro(), out);
  }

  private static void row(String label, EntityEvaluation.Score s, PrintStream out) {
    out.printf(Locale.ROOT, "%-7s %5d %5d %5d %9.3f %7.3f %6.3f%n", label, s.truePositives(), s.falsePositives(),
        s.falseNegatives(), s.precision(), s.recall(), s.f1());
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }
}
