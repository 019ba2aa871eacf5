/**
 * Ingest: find documents under input roots (plain-text page dumps, HTML, JSON Lines, WARC), read their bytes with
 * a tolerant decoder, apply sidecar metadata, and give each a stable id and a SHA-256 content hash; or take
 * {@link dev.lede.ingest.ArticleRecord}s handed over in memory, with the same checks.
 *
 * <p>The entry point is {@link dev.lede.ingest.Ingester}, configured by {@link dev.lede.ingest.IngestOptions};
 * it streams {@link dev.lede.ingest.SourceDocument}s to a {@link dev.lede.ingest.DocumentSink} and returns
 * {@link dev.lede.ingest.IngestStats}. Broken inputs become {@link dev.lede.ingest.IngestFailure}s and never stop
 * a run.
 */
package dev.lede.ingest;
