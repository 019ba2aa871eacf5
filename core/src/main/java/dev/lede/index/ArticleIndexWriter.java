package dev.lede.index;

import dev.lede.dedup.Signature;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Writes articles into one on-disk Lucene index directory, assigning near-duplicate story ids as it goes.
 *
 * <p>Nothing becomes visible to readers until {@link #commit(Map)}; the writer is opened with
 * {@code setCommitOnClose(false)}, so {@link #close()} without a commit, {@link #rollback()}, or a crash leave the last
 * good commit in place. Lucene's native {@code write.lock} keeps a second writer out (the OS releases it when the
 * process dies). Not thread-safe: one thread writes, as in a reindex run; that
 * thread assigns stories, and the writer's own index threads ({@link WriterOptions#indexThreads()}) build and invert
 * the Lucene documents.
 *
 * <pre>{@code
 * try (ArticleIndexWriter writer = ArticleIndexWriter.open(dir, WriterOptions.DEFAULTS)) {
 *   Map<String, String> known = writer.contentHashes();      // id -> content hash of what is indexed
 *   for (IndexedArticle a : changed) writer.upsert(a);
 *   for (String id : removed) writer.delete(id);
 *   writer.commit(Map.of("run", runId));                      // once, at the end
 * }                                                           // close() without commit = rollback
 * }</pre>
 *
 * <p>Story rule: an article's story id is the id of the canonical member of its cluster, the earliest published
 * member (undated members count as latest, ties broken by id). Clusters are the connected components of "estimated
 * Jaccard similarity at least {@link dev.lede.dedup.DedupOptions#threshold()}". Every upsert or delete re-evaluates
 * the clusters it touches (the old cluster of the article and the clusters it now joins) and rewrites the story id of
 * every member whose id changed, so story ids are the same whatever order articles were indexed in.
 */
public final class ArticleIndexWriter implements Closeable {
  private final WriterCore core;

  private ArticleIndexWriter(WriterCore core) {
    this.core = core;
  }

  /**
   * Opens (creating if needed) the index in {@code dir} for writing.
   *
   * @throws org.apache.lucene.store.LockObtainFailedException if another writer holds the directory
   * @throws IOException if the directory cannot be opened
   */
  public static ArticleIndexWriter open(Path dir, WriterOptions options) throws IOException {
    return new ArticleIndexWriter(WriterCore.open(dir, options));
  }

  /**
   * Adds the article, or replaces the indexed article with the same id, and returns the story id it was given.
   * Other members of affected stories may be rewritten (see the class comment).
   */
  public String upsert(IndexedArticle article) throws IOException {
    return core.upsert(article, null);
  }

  /**
   * {@link #upsert(IndexedArticle)} with the body's signature already computed, for callers that compute it on
   * their own threads (the reindexer's extraction workers do).
   *
   * @param signature {@code new MinHasher(options.dedup()).signature(article.article().body())}
   * @throws IllegalArgumentException if the signature was made with other dedup options
   */
  public String upsert(IndexedArticle article, Signature signature) throws IOException {
    return core.upsert(article, java.util.Objects.requireNonNull(signature, "signature"));
  }

  /** Deletes the article with this id (no-op when absent); returns whether it was indexed. */
  public boolean delete(String id) throws IOException {
    return core.delete(id);
  }

  /**
   * {@code id -> content hash} of every article currently in this writer's view (committed plus uncommitted
   * changes), read from doc values. A fresh copy; cheap enough to call once per run.
   */
  public Map<String, String> contentHashes() throws IOException {
    return core.contentHashes();
  }

  /** Live documents, including uncommitted changes. */
  public int docCount() throws IOException {
    return core.docCount();
  }

  /**
   * Merges the index into one segment (or as many as hold 64 GB each), which a search pays for once per segment,
   * for an index that was just built in full and is not changed until the next run. Call it before {@link #commit}.
   * It costs about a tenth of the build time, and needs free disk space for a second copy of the index while it
   * runs; without that space, nothing is merged.
   *
   * @return the number of segments merged into, or 0 when nothing was merged (already few enough, or no room)
   */
  public int mergeSegments() throws IOException {
    return mergeSegments(core.usableSpace());
  }

  /** {@link #mergeSegments()} with this much free disk space. */
  int mergeSegments(long usableBytes) throws IOException {
    return core.mergeSegments(MAX_MERGED_SEGMENT_BYTES, usableBytes);
  }

  /**
   * Far above Lucene's default ceiling of merged segments (5 GB, which keeps later merges cheap): a merge to a given
   * number of segments rewrites the whole index either way, and with one segment every facet count, story count and
   * the opening skip the global ordinal maps that join segments (at 1,000,000 articles, three 5 GB segments spent
   * about half of a results page mapping ordinals). Later runs add small segments beside it; Lucene's merge policy
   * leaves a segment this large alone unless many of its documents are deleted.
   */
  static final long MAX_MERGED_SEGMENT_BYTES = 64L << 30;

  /**
   * Makes all changes durable and visible in one atomic Lucene commit, with the given user-data plus
   * {@link IndexSchema#SCHEMA_VERSION_KEY} and {@link IndexSchema#COMMITTED_AT}.
   */
  public CommitInfo commit(Map<String, String> userData) throws IOException {
    return core.commit(userData);
  }

  /** Discards every change since the last commit; the writer stays usable. */
  public void rollback() throws IOException {
    core.rollback();
  }

  /** The last commit in this directory, if there is one. */
  public Optional<CommitInfo> lastCommit() throws IOException {
    return core.lastCommit();
  }

  /** The directory written to. */
  public Path directory() {
    return core.directory();
  }

  /** Discards uncommitted changes and releases the write lock. */
  @Override
  public void close() throws IOException {
    core.close();
  }

  /** The last commit of an index directory without opening a writer; empty when there is no index. */
  public static Optional<CommitInfo> readCommit(Path dir) throws IOException {
    return Commits.read(dir);
  }
}
