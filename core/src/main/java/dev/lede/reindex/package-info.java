/**
 * Reindex: the nightly job that brings an index home up to date with an archive (files, or records from memory),
 * and the ordered, parallel
 * ingest → extract → entities pipeline it runs on.
 *
 * <p>The entry point is {@link dev.lede.reindex.Reindexer}, configured by {@link dev.lede.reindex.ReindexOptions}; it
 * returns a {@link dev.lede.reindex.ReindexReport} (also as JSON) and reports progress to a
 * {@link dev.lede.reindex.ProgressListener}. Runs are incremental by content hash, commit once, and switch full
 * rebuilds in atomically through {@link dev.lede.index.IndexHome}; a run that fails or dies leaves the previous commit
 * in place. {@link dev.lede.reindex.ArticlePipeline} is the same pipeline without an index, for
 * {@code lede extract} and embedders.
 */
package dev.lede.reindex;
