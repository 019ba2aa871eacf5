package dev.lede.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Keeps what an ingest run produced, in order, for assertions. */
final class CollectingSink implements DocumentSink {
  final List<SourceDocument> documents = new ArrayList<>();
  final List<IngestFailure> failures = new ArrayList<>();
  IngestStats stats;

  static CollectingSink run(IngestOptions options, Path... roots) throws IOException {
    CollectingSink sink = new CollectingSink();
    sink.stats = new Ingester(options).ingest(List.of(roots), sink);
    return sink;
  }

  static CollectingSink run(Path... roots) throws IOException {
    return run(IngestOptions.defaults(), roots);
  }

  @Override
  public void document(SourceDocument doc) {
    documents.add(doc);
  }

  @Override
  public void failure(IngestFailure failure) {
    failures.add(failure);
  }

  List<String> ids() {
    return documents.stream().map(SourceDocument::id).toList();
  }

  Map<String, SourceDocument> byId() {
    return documents.stream().collect(Collectors.toMap(SourceDocument::id, Function.identity()));
  }

  SourceDocument document(String id) {
    SourceDocument doc = byId().get(id);
    if (doc == null) {
      throw new AssertionError("no document " + id + " among " + ids() + "; failures: " + failures);
    }
    return doc;
  }

  /** The only failure for a file (by name), failing the test when there is not exactly one. */
  IngestFailure failureFor(String fileName) {
    List<IngestFailure> found =
        failures.stream().filter(f -> f.file().getFileName().toString().equals(fileName)).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one failure for " + fileName + ", got " + found + " of " + failures);
    }
    return found.get(0);
  }
}
