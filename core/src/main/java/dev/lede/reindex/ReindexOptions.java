package dev.lede.reindex;

import dev.lede.entity.Entities;
import dev.lede.entity.EntityAnnotator;
import dev.lede.entity.EntityOverrides;
import dev.lede.extract.Article;
import dev.lede.index.WriterOptions;
import dev.lede.ingest.IngestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a {@link Reindexer} run does. Start from {@link #of(List, Path)} and change what differs with the
 * {@code with...} methods.
 *
 * @param inputs the input roots (directories or files), read in this order; empty for runs that index records
 *     ({@link Reindexer#run(java.util.stream.Stream, java.util.Set, ProgressListener)})
 * @param home the index home (see {@link dev.lede.index.IndexHome}); created when missing
 * @param full rebuild everything into a new generation even when an incremental run would do
 * @param dryRun read and extract, then report what would change, writing nothing
 * @param entities the entity annotator, called from several threads at once (must be thread-safe); by default
 *     {@link #entitiesFor(Path)}
 * @param entityConfig identifies what {@code entities} does (its data and overrides), or null to not track it. It is
 *     recorded in the commit; when the last commit recorded another one, the run is a full rebuild, so that every
 *     article is annotated the new way (an edited overrides file reaches articles whose files did not change)
 * @param ingest how the inputs are read
 * @param writer how the index is written (RAM buffer, near-duplicate settings)
 * @param workers threads that extract and annotate (1..64); reading and writing have one thread each
 * @param checkIndexMaxDocs a full rebuild is verified with Lucene's CheckIndex before activation when it has at most
 *     this many documents (0 disables it; the document count is always checked)
 */
public record ReindexOptions(
    List<Path> inputs,
    Path home,
    boolean full,
    boolean dryRun,
    Function<Article, Entities> entities,
    String entityConfig,
    IngestOptions ingest,
    WriterOptions writer,
    int workers,
    int checkIndexMaxDocs) {
  /** The operator's entity corrections, kept in the index home beside the generations ({@link #entitiesFor}). */
  public static final String OVERRIDES_FILE = "entity-overrides.tsv";

  /** The default for {@link #checkIndexMaxDocs()}: a few seconds of checking. */
  public static final int DEFAULT_CHECK_INDEX_MAX_DOCS = 20_000;

  public ReindexOptions {
    Objects.requireNonNull(inputs, "inputs");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(writer, "writer");
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be within 1..64, was " + workers);
    }
    if (checkIndexMaxDocs < 0) {
      throw new IllegalArgumentException("checkIndexMaxDocs must be >= 0, was " + checkIndexMaxDocs);
    }
  }

  /**
   * The defaults of {@code lede reindex} and {@code lede serve}: an incremental run that annotates entities with
   * {@link #entitiesFor(Path) the bundled model plus the home's overrides file} and records their configuration,
   * default ingest and writer settings, one worker per core. An index built here and one built by the command line
   * are the same index: neither run forces the other into a rebuild.
   *
   * @throws IllegalArgumentException if {@code inputs} is empty (see {@link #of(Path)} for records)
   * @throws java.io.UncheckedIOException if the home's overrides file cannot be read
   * @throws dev.lede.entity.InvalidOverridesException if a line of it is wrong (the message names file and line)
   */
  public static ReindexOptions of(List<Path> inputs, Path home) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one input root is needed");
    }
    return of(inputs, home, readEntities(home));
  }

  /** Like {@link #of(List, Path)}, for runs that index records instead of files (no input roots). */
  public static ReindexOptions of(Path home) {
    return of(List.of(), home, readEntities(home));
  }

  /**
   * The defaults of {@link #of(List, Path)} with the given annotator instead of reading the home's overrides file
   * (for callers that handle a broken file themselves, or annotate otherwise).
   */
  public static ReindexOptions of(List<Path> inputs, Path home, EntityAnnotator entities) {
    return new ReindexOptions(inputs, home, false, false, entities::annotate, entities.configuration(),
        IngestOptions.defaults(), WriterOptions.DEFAULTS, Math.max(1, Runtime.getRuntime().availableProcessors()),
        DEFAULT_CHECK_INDEX_MAX_DOCS);
  }

  /**
   * The annotator an index home is built with by default: {@link EntityAnnotator#bundled()} plus the operator's
   * corrections in {@code HOME/}{@value #OVERRIDES_FILE} when that file exists. Edit the file and the next run
   * rebuilds everything (its rules are part of {@link EntityAnnotator#configuration()}).
   *
   * @throws IOException when the file cannot be read
   * @throws dev.lede.entity.InvalidOverridesException when a line of it is wrong (the message names file and line)
   */
  public static EntityAnnotator entitiesFor(Path home) throws IOException {
    Path file = home.resolve(OVERRIDES_FILE);
    return Files.exists(file) ? EntityAnnotator.bundled(EntityOverrides.load(file)) : EntityAnnotator.bundled();
  }

  private static EntityAnnotator readEntities(Path home) {
    try {
      return entitiesFor(Objects.requireNonNull(home, "home"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity overrides file of " + home, e);
    }
  }

  public ReindexOptions withFull(boolean full) {
    return new ReindexOptions(inputs, home, full, dryRun, entities, entityConfig, ingest, writer, workers,
        checkIndexMaxDocs);
  }

  public ReindexOptions withDryRun(boolean dryRun) {
    return new ReindexOptions(inputs, home, full, dryRun, entities, entityConfig, ingest, writer, workers,
        checkIndexMaxDocs);
  }

  /** Another annotator, with its {@link EntityAnnotator#configuration()} as the {@link #entityConfig()}. */
  public ReindexOptions withEntities(EntityAnnotator annotator) {
    return withEntities(annotator::annotate, annotator.configuration());
  }

  /**
   * Another annotator, whose configuration is not tracked ({@link #entityConfig()} null): a run with it never
   * rebuilds because of entities. Use {@link #withEntities(Function, String)} to have it tracked.
   */
  public ReindexOptions withEntities(Function<Article, Entities> entities) {
    return withEntities(entities, null);
  }

  /** Another annotator and the configuration it stands for (see {@link #entityConfig()}). */
  public ReindexOptions withEntities(Function<Article, Entities> entities, String entityConfig) {
    return new ReindexOptions(inputs, home, full, dryRun, entities, entityConfig, ingest, writer, workers,
        checkIndexMaxDocs);
  }

  public ReindexOptions withIngest(IngestOptions ingest) {
    return new ReindexOptions(inputs, home, full, dryRun, entities, entityConfig, ingest, writer, workers,
        checkIndexMaxDocs);
  }

  public ReindexOptions withWriter(WriterOptions writer) {
    return new ReindexOptions(inputs, home, full, dryRun, entities, entityConfig, ingest, writer, workers,
        checkIndexMaxDocs);
  }

  public ReindexOptions withWorkers(int workers) {
    return new ReindexOptions(inputs, home, full, dryRun, entities, entityConfig, ingest, writer, workers,
        checkIndexMaxDocs);
  }

  public ReindexOptions withCheckIndexMaxDocs(int checkIndexMaxDocs) {
    return new ReindexOptions(inputs, home, full, dryRun, entities, entityConfig, ingest, writer, workers,
        checkIndexMaxDocs);
  }
}
