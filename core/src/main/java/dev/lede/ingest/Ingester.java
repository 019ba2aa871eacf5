package dev.lede.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and reads the documents under one or more input roots, or takes records from memory: the first stage of
 * indexing.
 *
 * <pre>{@code
 * Ingester ingester = new Ingester(IngestOptions.defaults());
 * IngestStats stats = ingester.ingest(List.of(Path.of("archive")), new DocumentSink() {
 *   public void document(SourceDocument doc) throws IOException { indexer.add(doc); }
 *   public void failure(IngestFailure failure) { report.add(failure); }
 * });
 * }</pre>
 *
 * <p><b>Inputs.</b> Each root is a directory, walked recursively, or a single file. Read are plain-text page dumps
 * ({@code .txt}), HTML ({@code .html}, {@code .htm}), JSON Lines ({@code .jsonl}, {@code .ndjson}, also gzipped)
 * with one article per line (fields {@code id, url, source, title, author, authors, published, text, html}), and
 * WARC crawls ({@code .warc}, {@code .warc.gz}; HTTP responses with status 200 and an HTML type). Other files are
 * counted as skipped; hidden files and directories are passed over. Articles held in memory come in as
 * {@link ArticleRecord}s through {@link #ingest(java.util.stream.Stream, DocumentSink)}, checked like JSON Lines
 * records.
 *
 * <p><b>Ids.</b> A file's id is its path relative to its root with {@code /} separators, its names decoded from
 * their bytes as UTF-8 whatever the locale (a byte that is not UTF-8 is written {@code %XX}). A record in a JSON Lines
 * or WARC file has its own id ({@code id} field, {@code WARC-Record-ID}) or else {@code <file id>#N}, N the 1-based
 * line or record number. Ids do not depend on which or how many roots are given, so they stay stable for
 * incremental reindexing; an id met a second time in the same run (the same record id twice, or the same relative
 * path under two roots) is a failure {@code duplicate id ...} and the first document wins.
 *
 * <p><b>Order.</b> Roots in the order given; within a root, depth-first with each directory's entries sorted by
 * name; within a file, in record order. The same inputs always give the same sequence.
 *
 * <p><b>Sidecars.</b> A {@code <file>.meta.json} next to a file states its {@link DocumentMeta}. For a single
 * document it is the whole stated metadata; for JSON Lines and WARC files it fills in what a record does not
 * state. Its bytes are part of the content hash (SHA-256 of the document's bytes, then the sidecar's), so editing
 * it is a change. A broken sidecar fails its file: reading the file without its stated metadata would index
 * wrong facts.
 *
 * <p><b>Text.</b> A byte-order mark, else a declared charset (HTML only), else strict UTF-8, else windows-1252
 * (noted in {@link SourceDocument#notes()}). No byte sequence makes reading fail.
 *
 * <p><b>Failures.</b> Every unusable input (empty, binary, too big, unreadable, no text, broken JSON, symlink
 * loop, missing root, ...) goes to {@link DocumentSink#failure} with its path and reason, and the run goes on.
 * {@link IngestFailure#file()} is always the input file itself (never a sidecar), so a reindex can keep the
 * documents it indexed earlier from a file that fails now.
 *
 * <p>Holds no state between calls: one instance can be reused, also by several threads at once.
 */
public final class Ingester {
  private final IngestOptions options;
  private final ObjectMapper json;
  private final PageFileReader pages;
  private final JsonLinesReader jsonLines;
  private final WarcFileReader warcs;
  private final RecordReader records;

  public Ingester(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    int maxBytes = (int) options.maxDocumentBytes();
    // A record's text must be allowed to be as long as the document limit (Jackson's default is 20M chars).
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxStringLength(Math.max(maxBytes, StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
        .build();
    this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    this.pages = new PageFileReader(maxBytes);
    this.jsonLines = new JsonLinesReader(json, maxBytes);
    this.warcs = new WarcFileReader(maxBytes);
    this.records = new RecordReader(json, maxBytes);
  }

  public IngestOptions options() {
    return options;
  }

  /**
   * Reads every document under the roots and streams it to the sink, in deterministic order.
   *
   * @return the counts of the run
   * @throws IOException only when the sink throws it; problems with the inputs are failures sent to the sink
   */
  public IngestStats ingest(List<Path> roots, DocumentSink sink) throws IOException {
    List<Path> inputs = List.copyOf(Objects.requireNonNull(roots, "roots"));
    Objects.requireNonNull(sink, "sink");
    IngestRun run = new IngestRun(sink);
    TreeWalker walker = new TreeWalker(options.followSymlinks());
    TreeWalker.Visitor visitor = visitor(run);
    try {
      for (Path root : inputs) {
        walker.walk(root.toAbsolutePath().normalize(), visitor);
      }
    } catch (SinkException e) {
      e.rethrow();
    }
    return run.stats();
  }

  /**
   * Reads records handed over in memory, in stream order, with the checks of a JSON Lines record (see
   * {@link ArticleRecord}); a record that fails them is a failure with {@link ArticleRecord#ORIGIN} as its file. The
   * content hash is that of the record's fields, so the same record gives the same hash in every run. The stream is
   * consumed on the calling thread.
   *
   * @return the counts; {@code filesSeen} and {@code bytesRead} are 0
   * @throws IOException only when the sink throws it; an exception of the stream itself comes out unchanged
   */
  public IngestStats ingest(Stream<ArticleRecord> records, DocumentSink sink) throws IOException {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(sink, "sink");
    IngestRun run = new IngestRun(sink);
    try {
      this.records.read(records, run);
    } catch (SinkException e) {
      e.rethrow();
    }
    return run.stats();
  }

  private TreeWalker.Visitor visitor(IngestRun run) {
    return new TreeWalker.Visitor() {
      @Override
      public void file(Path file, String relativeId, BasicFileAttributes attributes, Map<String, Path> siblings) {
        readFile(file, relativeId, attributes.size(), siblings, run);
      }

      @Override
      public void skipped(Path path) {
        run.skipped();
      }

      @Override
      public void failure(Path path, String reason) {
        run.fail(path, null, reason);
      }
    };
  }

  private void readFile(Path file, String id, long size, Map<String, Path> siblings, IngestRun run) {
    String name = FileNames.name(file);
    Optional<InputKind> kind = InputKind.of(name);
    if (kind.isEmpty()) {
      if (!isSidecarOfInput(name, siblings)) {
        run.skipped();
      }
      return;
    }
    run.fileSeen();
    String sidecarName = name + InputKind.SIDECAR_SUFFIX;
    try {
      Path sidecarFile = siblings.get(sidecarName);
      Sidecar sidecar = sidecarFile != null ? Sidecar.read(sidecarFile, json, run) : Sidecar.NONE;
      FileContext context = new FileContext(file, id, size, sidecar);
      switch (kind.get()) {
        case PAGE_TEXT, HTML -> pages.read(context, kind.get(), run);
        case JSON_LINES -> jsonLines.read(context, run);
        case WARC -> warcs.read(context, run);
      }
    } catch (BadInputException e) {
      run.fail(file, e.where(), e.reason());
    } catch (IOException e) {
      run.fail(file, null, Reasons.of(e));
    } catch (SinkException e) {
      throw e;
    } catch (RuntimeException e) {
      // A parser bug or an input no check foresaw must cost one file, not the run.
      run.fail(file, null, Reasons.unexpected(e));
    }
  }

  /** A sidecar belongs to an input file in the same directory; one without is just an unsupported file. */
  private static boolean isSidecarOfInput(String name, Map<String, Path> siblings) {
    if (!name.endsWith(InputKind.SIDECAR_SUFFIX)) {
      return false;
    }
    String document = name.substring(0, name.length() - InputKind.SIDECAR_SUFFIX.length());
    return siblings.containsKey(document) && !InputKind.isHidden(document) && InputKind.of(document).isPresent();
  }
}
