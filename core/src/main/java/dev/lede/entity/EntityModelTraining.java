package dev.lede.entity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the entity tagger that {@link DefaultEntityExtractor} ships with, from CoNLL-format annotated text. The
 * result depends only on the training file, the bundled data files (gazetteer, aliases, lexicons: they are
 * features), the seed and the number of epochs, so the bundled model can be rebuilt exactly:
 *
 * <pre>{@code
 * lede train-entities --train conll2003-train.conll --dev conll2003-dev.conll \
 *     --out core/src/main/resources/dev/lede/entity/ner.model
 * }</pre>
 */
public final class EntityModelTraining {
  private EntityModelTraining() {}

  /**
   * How to train.
   *
   * @param epochs passes over the training documents
   * @param hashBits the model has 2^hashBits feature buckets (x 9 labels, 4 bytes each in memory)
   * @param seed the order of documents in each epoch
   */
  public record Options(int epochs, int hashBits, long seed) {
    /** The settings of the bundled model. */
    public static final Options DEFAULTS = new Options(12, 20, 1996);

    public Options {
      if (epochs < 1 || epochs > 200) {
        throw new IllegalArgumentException("epochs must be 1..200, not " + epochs);
      }
      if (hashBits < 16 || hashBits > 24) {
        throw new IllegalArgumentException("hashBits must be 16..24, not " + hashBits);
      }
    }
  }

  /**
   * What one epoch did.
   *
   * @param pass 1 for the first pass of the tagger, 2 for the second (which reads the first one's labels)
   * @param mistakes wrong labels during the pass (it learns from each)
   * @param devF1 mention-level micro F1 (people, places, organisations; exact spans) of the averaged model on the
   *     development file, or NaN without one
   */
  public record Epoch(int pass, int epoch, int tokens, int mistakes, double devF1) {}

  /**
   * Trains and writes the model to {@code out} (replaced atomically).
   *
   * @param dev a CoNLL file to report progress on, or null
   * @param progress told after every epoch
   */
  public static void train(Path train, Path dev, Options options, Path out, Consumer<Epoch> progress)
      throws IOException {
    train(List.of(train), dev, options, out, progress);
  }

  /**
   * Trains on several files, read in the order given, and writes the model to {@code out} (replaced atomically).
   * Their tags may use other type names than PER, LOC, ORG and MISC where the bundled type map
   * ({@value #TYPE_MAP}) maps them (CrossNER's {@code band}, {@code politician}, ...).
   *
   * @param dev a CoNLL file to report progress on, or null
   * @param progress told after every epoch
   */
  public static void train(List<Path> train, Path dev, Options options, Path out, Consumer<Epoch> progress)
      throws IOException {
    Objects.requireNonNull(options, "options");
    if (train.isEmpty()) {
      throw new IllegalArgumentException("no training file");
    }
    EntityData data = EntityData.load();
    NerFeatures features = new NerFeatures(data, new SpanFinder(data), WordClusters.bundled());
    java.util.Map<String, String> types = typeMap();
    Random augment = new Random(options.seed());
    List<ConllCorpus.Doc> trainDocs = new ArrayList<>();
    for (Path file : train) {
      for (ConllCorpus.Doc d : ConllCorpus.read(file, types)) {
        trainDocs.add(augment.nextBoolean() ? NerTrainer.undotted(d) : d);
      }
    }
    List<NerTrainer.Example> examples = examples(features, trainDocs);
    List<NerTrainer.Example> devExamples = dev == null ? List.of() : examples(features, ConllCorpus.read(dev));
    int tokens = 0;
    for (NerTrainer.Example e : examples) {
      for (int[] line : e.gold()) {
        tokens += line.length;
      }
    }
    // the first pass, trained on every document
    NerModel first = pass(features, examples, options, options.seed(), devExamples, null, 1, progress, tokens);
    // each pass's temperature for beam decoding, fitted on the development documents (else on the training ones,
    // which the model knows too well: its probabilities come out sharper than they are)
    List<NerTrainer.Example> calibration = devExamples.isEmpty() ? examples : devExamples;
    first = first.withTemperature(Temperature.fit(first, features, calibration));
    // the second pass learns from first-pass labels like those it will see when tagging (greedy ones: decoding the
    // folds with a beam too measured no better on either benchmark): for each fold of the
    // training documents, from a first pass trained without that fold (its labels on the rest would be too good)
    List<NerTrainer.Example> stacked = new ArrayList<>(examples);
    for (int fold = 0; fold < FOLDS; fold++) {
      List<NerTrainer.Example> rest = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (i % FOLDS != fold) {
          rest.add(examples.get(i));
        }
      }
      NerModel partial = pass(features, rest, options, options.seed() + 1 + fold, List.of(), null, 0, e -> {}, 0);
      NerTagger tagger = new NerTagger(List.of(partial), features);
      for (int i = fold; i < examples.size(); i += FOLDS) {
        NerTrainer.Example e = examples.get(i);
        stacked.set(i, e.with(features.firstPass(e.doc(), tagger.labels(e.doc()))));
      }
    }
    NerModel second = pass(features, stacked, options, options.seed(), devExamples, first, 2, progress, tokens);
    second = second.withTemperature(Temperature.fit(second, features,
        devExamples.isEmpty() ? stacked : withFirstPass(features, first, devExamples)));
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      NerModel.write(List.of(first, second), o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The examples with what the given first pass makes of each (for a second pass to read). */
  private static List<NerTrainer.Example> withFirstPass(NerFeatures features, NerModel first,
      List<NerTrainer.Example> examples) {
    NerTagger tagger = new NerTagger(List.of(first), features);
    List<NerTrainer.Example> out = new ArrayList<>(examples.size());
    for (NerTrainer.Example e : examples) {
      out.add(e.with(features.firstPass(e.doc(), tagger.labels(e.doc()))));
    }
    return out;
  }

  /** Bundled map from other corpora's entity types to the tagger's: "type TAB PER|LOC|ORG|MISC|O" lines. */
  static final String TYPE_MAP = "training-types.tsv";

  static java.util.Map<String, String> typeMap() throws IOException {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    try (var in = EntityModelTraining.class.getResourceAsStream(TYPE_MAP)) {
      if (in == null) {
        throw new IOException("the type map " + TYPE_MAP + " is missing from the jar");
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] cols = l.split("\t");
        if (cols.length != 2 || !java.util.Set.of("PER", "LOC", "ORG", "MISC", "O").contains(cols[1])) {
          throw new IOException(TYPE_MAP + ": bad line '" + l + "'");
        }
        map.put(cols[0], cols[1]);
      }
    }
    return map;
  }

  /** Folds of the training documents for the second pass's first-pass labels. */
  private static final int FOLDS = 5;

  /**
   * Trains one pass. With {@code first} given, this is the second pass and the examples carry first-pass labels;
   * progress on the development documents is then measured with both passes.
   */
  private static NerModel pass(NerFeatures features, List<NerTrainer.Example> examples, Options options, long seed,
      List<NerTrainer.Example> dev, NerModel first, int passNumber, Consumer<Epoch> progress, int tokens) {
    NerTrainer trainer = new NerTrainer(features, options.hashBits());
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      int mistakes = trainer.epoch(examples, random);
      double f1 = Double.NaN;
      if (!dev.isEmpty() && (epoch == options.epochs() || epoch % 2 == 0)) {
        List<NerModel> models = first == null ? List.of(trainer.averaged()) : List.of(first, trainer.averaged());
        f1 = mentionF1(new NerTagger(models, features), dev);
      }
      progress.accept(new Epoch(passNumber, epoch, tokens, mistakes, f1));
    }
    return trainer.averaged();
  }

  /**
   * Builds the word classes the tagger uses as features from unlabelled news in JSON Lines ("title" and "text" of
   * each line; gzipped when the name ends in .gz) and writes them to {@code out} (replaced atomically). Retrain the
   * tagger after: its weights belong to the classes it was trained with.
   */
  public static void trainClusters(Path corpus, long seed, Path out, Consumer<String> progress) throws IOException {
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      ClusterTraining.build(ClusterTraining.jsonLines(corpus), seed, o, progress);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static List<NerTrainer.Example> examples(NerFeatures features, List<ConllCorpus.Doc> docs) {
    List<NerTrainer.Example> out = new ArrayList<>(docs.size());
    for (ConllCorpus.Doc d : docs) {
      out.add(NerTrainer.example(features, d));
    }
    return out;
  }

  /** Exact-span micro F1 over PER, LOC and ORG mentions. */
  static double mentionF1(NerTagger tagger, List<NerTrainer.Example> examples) {
    long tp = 0;
    long predicted = 0;
    long gold = 0;
    for (NerTrainer.Example e : examples) {
      List<NerTagger.Span> want = counted(NerTagger.spans(e.gold()));
      List<NerTagger.Span> got = counted(tagger.spans(e.doc()));
      predicted += got.size();
      gold += want.size();
      java.util.Set<NerTagger.Span> set = new java.util.HashSet<>(want);
      for (NerTagger.Span s : got) {
        tp += set.contains(s) ? 1 : 0;
      }
    }
    double p = predicted == 0 ? 0 : (double) tp / predicted;
    double r = gold == 0 ? 0 : (double) tp / gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static List<NerTagger.Span> counted(List<NerTagger.Span> spans) {
    return spans.stream().filter(s -> s.group() <= 3).toList();
  }
}
