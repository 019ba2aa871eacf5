/**
 * Ingest: find documents under input roots (plain-text page dumps, HTML, JSON Lines, WARC), read their bytes with
 * a tolerant decoder, apply sidecar metadata, and give each a stable id and a SHA-256 content hash.
 *
 * <p>The only output is {@link dev.lede.ingest.SourceDocument}; broken inputs become {@link
 * dev.lede.ingest.IngestFailure}s and never stop a run.
 */
package dev.lede.ingest;
