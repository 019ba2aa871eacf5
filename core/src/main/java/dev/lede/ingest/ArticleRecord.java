package dev.lede.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One article handed over in memory (from a CMS, a queue, a database) instead of read from a file: the same fields
 * a JSON Lines record has. Index a stream of them with {@code Reindexer.run(Stream<ArticleRecord>, ...)}; they go
 * through the same extraction, entities, near-duplicate detection and incremental bookkeeping as files.
 *
 * <pre>{@code
 * ArticleRecord r = ArticleRecord.text("cms-1842", body,
 *     new DocumentMeta("https://example.org/a", "Reuters", "2022-11-10", "Russia leaves Kherson", List.of("Jo Doe")));
 * }</pre>
 *
 * <p>Only nulls are refused here. What makes a record unusable as an article (a blank id, an id over 512
 * characters or with a control character, no text, more bytes than {@link IngestOptions#maxDocumentBytes()}) is
 * input, not a programming error: the run counts such a record as a failure, names it by its id (or its position
 * in the stream) and indexes the others.
 *
 * @param id the article's stable id in the caller's system; the same id later replaces this article
 * @param format {@link Format#RECORD_TEXT} for an article body, {@link Format#HTML} for a whole page's markup,
 *     {@link Format#PAGE_TEXT} for a page saved as plain text (navigation and all)
 * @param content the text or markup
 * @param meta what the caller knows about the article (url, outlet, publication date, title, authors); stated
 *     values override what extraction infers, null or {@link DocumentMeta#NONE} when nothing is known
 */
public record ArticleRecord(String id, Format format, String content, DocumentMeta meta) {
  /**
   * The {@link SourceDocument#file()} of every record, so failures and the stored {@code path} say where an
   * article came from: records have no file.
   */
  public static final Path ORIGIN = Path.of("records");

  public ArticleRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    meta = meta == null ? DocumentMeta.NONE : meta;
  }

  /** An article body (already separated from its page), like a JSON Lines {@code text} field. */
  public static ArticleRecord text(String id, String text, DocumentMeta meta) {
    return new ArticleRecord(id, Format.RECORD_TEXT, text, meta);
  }

  /** A page's HTML, like a JSON Lines {@code html} field: the article is extracted from it. */
  public static ArticleRecord html(String id, String html, DocumentMeta meta) {
    return new ArticleRecord(id, Format.HTML, html, meta);
  }
}
