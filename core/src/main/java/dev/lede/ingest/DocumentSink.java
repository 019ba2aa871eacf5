package dev.lede.ingest;

import java.io.IOException;

/**
 * Receives what {@link Ingester#ingest} reads, one item at a time and in order, so an archive of any size streams
 * through without being held in memory. Called from the thread that runs {@code ingest}.
 *
 * <p>An exception thrown by the sink is the caller's own problem (say, the index is full): it stops the run and
 * comes out of {@code ingest} unchanged. Problems with the inputs arrive here as {@link #failure} instead.
 */
public interface DocumentSink {
  /** One document that was read successfully. */
  void document(SourceDocument doc) throws IOException;

  /** A file, or a record inside one, that could not be read; the run goes on. */
  void failure(IngestFailure failure);
}
