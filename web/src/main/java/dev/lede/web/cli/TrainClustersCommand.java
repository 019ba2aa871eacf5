package dev.lede.web.cli;

import dev.lede.entity.EntityModelTraining;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code lede train-clusters --corpus NEWS.jsonl[.gz] [--out FILE] [--seed S]}: builds the word classes the entity
 * tagger uses as features from unlabelled news (JSON Lines with "title" and "text"). Run {@code lede
 * train-entities} after it. Exit 0 on success, 2 on a usage error, 1 when a file cannot be read or written.
 */
public final class TrainClustersCommand implements Command {
  static final Path DEFAULT_OUT = Path.of("core/src/main/resources/dev/lede/entity/word-clusters.tsv.gz");
  static final long DEFAULT_SEED = 2012;
  private static final String USAGE = """
      usage: lede train-clusters --corpus NEWS.jsonl[.gz] [--out FILE] [--seed S]
        --corpus  unlabelled news, JSON Lines with "title" and "text" (gzipped when the name ends in .gz)
        --out     where to write the classes (default core/src/main/resources/dev/lede/entity/word-clusters.tsv.gz)
        --seed    for the projection and the k-means start (default 2012)
      Then retrain the tagger (lede train-entities): its weights belong to the classes it was trained with.
      """;

  @Override
  public String name() {
    return "train-clusters";
  }

  @Override
  public String summary() {
    return "build the entity tagger's word classes from unlabelled news";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path corpus = null;
    Path target = DEFAULT_OUT;
    long seed = DEFAULT_SEED;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--corpus" -> corpus = Path.of(EvalEntitiesCommand.value(args, ++i, a));
        case "--out" -> target = Path.of(EvalEntitiesCommand.value(args, ++i, a));
        case "--seed" -> {
          String v = EvalEntitiesCommand.value(args, ++i, a);
          try {
            seed = Long.parseLong(v);
          } catch (NumberFormatException e) {
            throw new UsageException("--seed needs a number, not " + CliText.printable(v));
          }
        }
        case "-h", "--help" -> {
          out.print(USAGE);
          return 0;
        }
        default -> throw new UsageException("unexpected argument " + CliText.printable(a));
      }
    }
    if (corpus == null) {
      throw new UsageException("missing --corpus NEWS.jsonl[.gz]");
    }
    if (!Files.isRegularFile(corpus)) {
      err.println("lede train-clusters: no such file: " + corpus);
      return 1;
    }
    long t0 = System.nanoTime();
    EntityModelTraining.trainClusters(corpus, seed, target, out::println);
    out.printf(Locale.ROOT, "wrote %s (%,d bytes) in %.1f s%n", target, Files.size(target),
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
