package dev.lede.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The state of one {@link Ingester#ingest} call: counters, the ids already given out, and the caller's sink.
 * One per call, so the ingester itself stays stateless and reusable from several threads.
 */
final class IngestRun {
  private final DocumentSink sink;
  /** Id -> file it came from, to name the first file in a duplicate-id failure. Paths are shared per file. */
  private final Map<String, Path> seenIds = new HashMap<>();
  private long filesSeen;
  private long documents;
  private long failures;
  private long skipped;
  private long bytesRead;

  IngestRun(DocumentSink sink) {
    this.sink = sink;
  }

  /** Hands a document to the sink, unless its id was already given out in this run (then it is a failure). */
  void emit(SourceDocument doc, String where) {
    Path first = seenIds.putIfAbsent(doc.id(), doc.file());
    if (first != null) {
      fail(doc.file(), where, "duplicate id " + Reasons.quoted(doc.id()) + " (first read from " + first + ")");
      return;
    }
    documents++;
    try {
      sink.document(doc);
    } catch (IOException | RuntimeException e) {
      throw new SinkException(e);
    }
  }

  void fail(Path file, String where, String reason) {
    fail(new IngestFailure(file, where, reason));
  }

  void fail(IngestFailure failure) {
    failures++;
    try {
      sink.failure(failure);
    } catch (RuntimeException e) {
      throw new SinkException(e);
    }
  }

  void fileSeen() {
    filesSeen++;
  }

  void skipped() {
    skipped++;
  }

  /** Opens an input file; every byte read through the stream is counted in {@link IngestStats#bytesRead()}. */
  InputStream open(Path file) throws IOException {
    return open(file, 0);
  }

  /** {@link #open(Path)} from byte {@code offset} on. */
  InputStream open(Path file, long offset) throws IOException {
    java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file);
    try {
      channel.position(offset);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return new FilterInputStream(java.nio.channels.Channels.newInputStream(channel)) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead++;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          bytesRead += n;
        }
        return n;
      }
    };
  }

  IngestStats stats() {
    return new IngestStats(filesSeen, documents, failures, skipped, bytesRead);
  }
}
