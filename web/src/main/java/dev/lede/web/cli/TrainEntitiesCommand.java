package dev.lede.web.cli;

import dev.lede.entity.EntityModelTraining;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code lede train-entities --train FILE.conll [--train FILE ...] [--dev FILE.conll] [--out FILE] [--epochs N]
 * [--bits B] [--seed S]}: trains the entity tagger from CoNLL-format annotated text and writes the model (by default
 * into the source tree, where the next build bundles it). Prints one line per epoch. Exit 0 on success, 2 on a usage error, 1 when a file
 * cannot be read or written.
 */
public final class TrainEntitiesCommand implements Command {
  static final Path DEFAULT_OUT = Path.of("core/src/main/resources/dev/lede/entity/ner.model");
  private static final String USAGE = """
      usage: lede train-entities --train FILE.conll [--train FILE ...] [--dev FILE.conll] [--out FILE] [--epochs N]
             [--bits B] [--seed S]
        --train   CoNLL training file (token ... tag per line, -DOCSTART- between documents; without any, one document
                  per sentence); repeat for several, read in the order given. Types other than PER, LOC, ORG, MISC
                  (CrossNER's band, politician, ...) are mapped by the bundled training-types.tsv
        --dev     CoNLL file to report mention-level F1 on after every other epoch (not trained on)
        --out     where to write the model (default core/src/main/resources/dev/lede/entity/ner.model)
        --epochs  passes over the training data (default %d), --bits hash size 2^B (default %d), --seed (default %d)
      """.formatted(EntityModelTraining.Options.DEFAULTS.epochs(), EntityModelTraining.Options.DEFAULTS.hashBits(),
      EntityModelTraining.Options.DEFAULTS.seed());

  @Override
  public String name() {
    return "train-entities";
  }

  @Override
  public String summary() {
    return "train the entity tagger from CoNLL-format data";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    List<Path> train = new java.util.ArrayList<>();
    Path dev = null;
    Path target = DEFAULT_OUT;
    EntityModelTraining.Options d = EntityModelTraining.Options.DEFAULTS;
    int epochs = d.epochs();
    int bits = d.hashBits();
    long seed = d.seed();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--train" -> train.add(Path.of(EvalEntitiesCommand.value(args, ++i, a)));
        case "--dev" -> dev = Path.of(EvalEntitiesCommand.value(args, ++i, a));
        case "--out" -> target = Path.of(EvalEntitiesCommand.value(args, ++i, a));
        case "--epochs" -> epochs = number(EvalEntitiesCommand.value(args, ++i, a), a);
        case "--bits" -> bits = number(EvalEntitiesCommand.value(args, ++i, a), a);
        case "--seed" -> seed = number(EvalEntitiesCommand.value(args, ++i, a), a);
        case "-h", "--help" -> {
          out.print(USAGE);
          return 0;
        }
        default -> throw new UsageException("unexpected argument " + CliText.printable(a));
      }
    }
    if (train.isEmpty()) {
      throw new UsageException("missing --train FILE.conll");
    }
    List<Path> files = new java.util.ArrayList<>(train);
    if (dev != null) {
      files.add(dev);
    }
    for (Path p : files) {
      if (!Files.isRegularFile(p)) {
        err.println("lede train-entities: no such file: " + p);
        return 1;
      }
    }
    EntityModelTraining.Options options;
    try {
      options = new EntityModelTraining.Options(epochs, bits, seed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    long t0 = System.nanoTime();
    EntityModelTraining.train(train, dev, options, target, e -> out.printf(Locale.ROOT,
        "pass %d epoch %2d: %d tokens, %d wrong labels (%.2f%%)%s%n", e.pass(), e.epoch(), e.tokens(), e.mistakes(),
        100.0 * e.mistakes() / Math.max(1, e.tokens()),
        Double.isNaN(e.devF1()) ? "" : String.format(Locale.ROOT, ", dev mention F1 %.4f", e.devF1())));
    out.printf(Locale.ROOT, "wrote %s (%,d bytes) in %.1f s%n", target, Files.size(target),
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  private static int number(String v, String option) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a number, not " + CliText.printable(v));
    }
  }
}
