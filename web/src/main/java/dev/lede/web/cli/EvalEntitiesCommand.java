package dev.lede.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.entity.ConllEvaluation;
import dev.lede.entity.DefaultEntityExtractor;
import dev.lede.entity.Entities;
import dev.lede.entity.EntityAnnotator;
import dev.lede.entity.EntityEvaluation;
import dev.lede.entity.EntityExtractor;
import dev.lede.entity.EntityModelTraining;
import dev.lede.entity.EntityType;
import dev.lede.index.IndexedArticle;
import dev.lede.ingest.IngestOptions;
import dev.lede.reindex.ArticlePipeline;
import dev.lede.reindex.ArticleSink;
import dev.lede.reindex.DocumentFailure;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code lede eval-entities GOLD.jsonl|BENCHMARK.conll [--mode both|tagger|end-to-end] [--overrides FILE]
 * [--split NAME] [--model FILE] [--cross-validate K [--also-train FILE ...] [--dev FILE]] [--show-errors]}:
 * document-level precision, recall and F1 per entity type of the default extractor.
 *
 * <p>A {@code .conll} file (CoNLL-2003, WikiGold) is scored as {@link ConllEvaluation} defines: "tagger" gives the
 * annotator every sentence as it is; "end-to-end" goes the way of the held-out evaluation, each document a JSON
 * Lines record {@code {"id", "text"}} read, extracted and annotated exactly as {@code lede extract} does, so a line
 * that extraction drops takes its names with it; "both" (the default) prints the two. A JSON Lines gold file is a
 * hand-labelled set (see {@link EntityEvaluation}). {@code --model} scores a model written by {@code lede
 * train-entities} instead of the bundled one.
 *
 * <p>{@code --cross-validate K} (a {@code .conll} file with its tags, such as CoNLL-2003's training split) measures
 * the extractor on news its tagger never saw: the documents, in file order, are cut into K folds; for each fold a
 * tagger is trained on the other folds (the training command's defaults; {@code --also-train FILE}, repeatable, adds
 * other annotated files to every fold's training as {@code lede train-entities --train} does, and {@code --dev FILE}
 * calibrates as its {@code --dev} does), and the fold is scored end to end with it; the report pools the folds. The development figures flatter rules written while
 * looking at the development set; this one does not. Exit code 0 when it ran, 2 on usage errors, 1 when the gold
 * file is unreadable or malformed (the message names the line).
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
    String mode = "both";
    Path overrides = null;
    String split = null;
    boolean showErrors = false;
    Path model = null;
    int folds = 0;
    List<Path> alsoTrain = new ArrayList<>();
    Path calibration = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--overrides" -> overrides = Path.of(value(args, ++i, a));
        case "--split" -> split = value(args, ++i, a);
        case "--mode" -> mode = value(args, ++i, a);
        case "--show-errors" -> showErrors = true;
        case "--model" -> model = Path.of(value(args, ++i, a));
        case "--also-train" -> alsoTrain.add(Path.of(value(args, ++i, a)));
        case "--dev" -> calibration = Path.of(value(args, ++i, a));
        case "--cross-validate" -> {
          String k = value(args, ++i, a);
          folds = k.matches("\\d{1,2}") ? Integer.parseInt(k) : -1;
          if (folds < 2 || folds > 20) {
            throw new UsageException("--cross-validate needs a number of folds from 2 to 20, not "
                + CliText.printable(k));
          }
        }
        case "-h", "--help" -> {
          out.println("usage: lede eval-entities GOLD.jsonl|BENCHMARK.conll [--mode both|tagger|end-to-end]"
              + " [--overrides FILE] [--split NAME] [--model FILE] [--cross-validate K [--also-train FILE ...]"
              + " [--dev FILE]] [--show-errors]");
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
    if (!List.of("both", "tagger", "end-to-end").contains(mode)) {
      throw new UsageException("--mode must be both, tagger or end-to-end, not " + CliText.printable(mode));
    }
    boolean conll = gold.getFileName().toString().endsWith(".conll");
    if (folds > 0 && (!conll || model != null)) {
      throw new UsageException("--cross-validate needs a .conll file with its tags, and trains its own models"
          + " (no --model)");
    }
    if (folds == 0 && (!alsoTrain.isEmpty() || calibration != null)) {
      throw new UsageException("--also-train and --dev go with --cross-validate");
    }
    for (Path f : calibration == null ? alsoTrain : concat(alsoTrain, calibration)) {
      if (!Files.isRegularFile(f)) {
        err.println("lede eval-entities: no such file: " + f);
        return 1;
      }
    }
    if (model != null && !Files.isRegularFile(model)) {
      err.println("lede eval-entities: no such model file: " + model);
      return 1;
    }
    if (folds > 0) {
      return crossValidate(gold, folds, alsoTrain, calibration, overrides, showErrors, out);
    }
    EntityExtractor extractor;
    try {
      extractor = model == null ? new DefaultEntityExtractor() : DefaultEntityExtractor.withModel(model);
    } catch (IOException e) {
      err.println("lede eval-entities: cannot use the model " + model + ": " + e.getMessage());
      return 1;
    }
    if (conll) {
      EntityAnnotator annotator = EntityAnnotator.create(extractor, overrides);
      return conll(gold, mode, annotator, showErrors, out);
    }
    List<EntityEvaluation.GoldArticle> articles = EntityEvaluation.readGold(gold);
    if (split != null) {
      String wanted = split;
      articles = articles.stream().filter(g -> wanted.equals(g.split())).toList();
    }
    EntityAnnotator annotator = EntityAnnotator.create(extractor, overrides);
    EntityEvaluation.Report report = EntityEvaluation.evaluate(annotator, articles);
    print(report, out);
    if (showErrors) {
      report.differences().forEach(d -> out.printf(Locale.ROOT, "%s %-12s %-6s %s%n", d.spurious() ? "+" : "-",
          d.articleId(), d.type(), d.name()));
    }
    return 0;
  }

  private static int conll(Path file, String mode, EntityAnnotator annotator, boolean showErrors, PrintStream out)
      throws IOException {
    List<ConllEvaluation.Document> docs = ConllEvaluation.read(file);
    long words = docs.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
    out.printf(Locale.ROOT, "%s: %d documents, %,d tokens; people, places and organisations per document%n",
        file.getFileName(), docs.size(), words);
    if (!mode.equals("end-to-end")) {
      long t0 = System.nanoTime();
      Map<String, Entities> found = new HashMap<>();
      for (ConllEvaluation.Document d : docs) {
        found.put(d.id(), annotator.annotate(ConllEvaluation.article(d)).asWritten());
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "%ntagger alone (every sentence, nothing extracted), %.1f s:%n", seconds);
      report(ConllEvaluation.score(docs, found), showErrors, out);
    }
    if (!mode.equals("tagger")) {
      Map<String, Entities> found = endToEnd(docs, annotator);
      out.printf(Locale.ROOT, "%nend to end (JSON Lines records through lede extract's pipeline):%n");
      report(ConllEvaluation.score(docs, found), showErrors, out);
    }
    return 0;
  }

  /**
   * K-fold cross-validation over the documents of a tagged CoNLL file: each fold scored end to end by an extractor
   * whose tagger was trained on the other folds.
   */
  private static int crossValidate(Path file, int folds, List<Path> alsoTrain, Path calibration, Path overrides,
      boolean showErrors, PrintStream out) throws IOException {
    List<ConllEvaluation.Document> docs = ConllEvaluation.read(file);
    List<String> texts = documentTexts(Files.readString(file, StandardCharsets.UTF_8));
    if (texts.size() != docs.size() || docs.size() < folds) {
      throw new IOException(file.getFileName() + ": " + docs.size() + " documents, not enough (or not cut by"
          + " -DOCSTART- lines) for " + folds + " folds");
    }
    out.printf(Locale.ROOT, "%s: %d documents in %d folds (in file order); each fold scored end to end with a"
        + " tagger trained on the other folds%s%s%n", file.getFileName(), docs.size(), folds,
        alsoTrain.isEmpty() ? " alone" : " and " + alsoTrain.size() + " more file(s)",
        calibration == null ? "" : ", calibrated on " + calibration.getFileName());
    Map<String, Entities> found = new HashMap<>();
    Path dir = Files.createTempDirectory("lede-cv-");
    Path train = dir.resolve("train.conll");
    Path model = dir.resolve("fold.model");
    try {
      for (int f = 0; f < folds; f++) {
        int from = f * docs.size() / folds;
        int to = (f + 1) * docs.size() / folds;
        StringBuilder rest = new StringBuilder();
        for (int d = 0; d < docs.size(); d++) {
          if (d < from || d >= to) {
            rest.append(texts.get(d));
          }
        }
        Files.writeString(train, rest, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        EntityModelTraining.train(concat(List.of(train), alsoTrain), calibration, EntityModelTraining.Options.DEFAULTS,
            model, e -> {});
        double seconds = (System.nanoTime() - t0) / 1e9;
        EntityAnnotator annotator = EntityAnnotator.create(DefaultEntityExtractor.withModel(model), overrides);
        List<ConllEvaluation.Document> held = docs.subList(from, to);
        Map<String, Entities> foldFound = endToEnd(held, annotator);
        found.putAll(foldFound);
        EntityEvaluation.Score s = ConllEvaluation.score(held, foldFound).micro();
        out.printf(Locale.ROOT, "fold %d: documents %d-%d, tagger trained on %d documents in %.1f s; micro P %.3f"
            + " R %.3f F1 %.3f%n", f + 1, from + 1, to, docs.size() - (to - from), seconds, s.precision(),
            s.recall(), s.f1());
      }
    } finally {
      Files.deleteIfExists(train);
      Files.deleteIfExists(model);
      Files.deleteIfExists(dir);
    }
    out.printf(Locale.ROOT, "%nall folds, end to end:%n");
    report(ConllEvaluation.score(docs, found), showErrors, out);
    return 0;
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Path> concat(List<Path> a, Path b) {
    return concat(a, List.of(b));
  }

  /** The text of each document of a CoNLL file, its "-DOCSTART-" line first (lines before the first one: one more). */
  static List<String> documentTexts(String conll) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : conll.split("\\R", -1)) {
      if (line.startsWith("-DOCSTART-") && !cur.isEmpty()) {
        if (!cur.toString().isBlank()) {
          out.add(cur.toString());
        }
        cur.setLength(0);
      }
      cur.append(line).append('\n');
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString());
    }
    return out;
  }

  /** Each document as a {"id", "text"} record in a JSON Lines file, read and extracted as lede extract does. */
  private static Map<String, Entities> endToEnd(List<ConllEvaluation.Document> docs, EntityAnnotator annotator)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path dir = Files.createTempDirectory("lede-eval-");
    Path records = dir.resolve("records.jsonl");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(records, StandardCharsets.UTF_8)) {
        for (ConllEvaluation.Document d : docs) {
          ObjectNode o = json.createObjectNode();
          o.put("id", d.id());
          o.put("text", d.text());
          w.write(json.writeValueAsString(o));
          w.write('\n');
        }
      }
      Map<String, Entities> found = new HashMap<>();
      new ArticlePipeline(annotator::annotate, Pipelines.workers()).run(List.of(records), IngestOptions.defaults(),
          new ArticleSink() {
            @Override
            public void article(IndexedArticle a) {
              found.put(a.article().id(), a.entities().asWritten());
            }

            @Override
            public void failure(DocumentFailure f) {
              // scored as nothing found, as the held-out evaluation does
            }
          });
      // record ids are "records.jsonl#conll-001"-like; key them by the document id they end with
      Map<String, Entities> byDoc = new HashMap<>();
      found.forEach((id, e) -> byDoc.put(id.substring(id.lastIndexOf('#') + 1), e));
      return byDoc;
    } finally {
      Files.deleteIfExists(records);
      Files.deleteIfExists(dir);
    }
  }

  private static void report(EntityEvaluation.Report r, boolean showErrors, PrintStream out) {
    print(r, out);
    if (showErrors) {
      r.differences().forEach(d -> out.printf(Locale.ROOT, "%s %-12s %-6s %s%n", d.spurious() ? "+" : "-",
          d.articleId(), d.type(), d.name()));
    }
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

  static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }
}
