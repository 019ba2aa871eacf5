package dev.lede.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the caller's {@link ArticleRecord}s into documents with the checks a JSON Lines record gets. A record that
 * cannot be an article is a failure of that record only; an exception thrown by the stream itself is the caller's
 * (its database went away) and ends the read.
 */
final class RecordReader {
  private final ObjectMapper json;
  private final int maxBytes;

  RecordReader(ObjectMapper json, int maxBytes) {
    this.json = json;
    this.maxBytes = maxBytes;
  }

  void read(Stream<ArticleRecord> records, IngestRun run) {
    Iterator<ArticleRecord> it = records.iterator();
    for (long n = 1; it.hasNext(); n++) {
      ArticleRecord record = it.next();
      // By id where there is a usable one, so the caller can find the record in its own system.
      String where = record == null || record.id().isBlank() ? "record " + n : "record " + Reasons.quoted(record.id());
      try {
        run.emit(document(record), where);
      } catch (BadInputException e) {
        run.fail(new IngestFailure(ArticleRecord.ORIGIN, where, e.reason(), usableId(record)));
      }
    }
  }

  /** The record's id when it could name a document (so its indexed version is kept), else null. */
  private static String usableId(ArticleRecord record) {
    if (record == null || record.id().isBlank()) {
      return null;
    }
    try {
      JsonLinesReader.checkId(record.id());
      return record.id();
    } catch (BadInputException e) {
      return null;
    }
  }

  private SourceDocument document(ArticleRecord record) throws BadInputException {
    if (record == null) {
      throw new BadInputException("null record");
    }
    if (record.id().isBlank()) {
      throw new BadInputException("blank id");
    }
    JsonLinesReader.checkId(record.id());
    boolean html = record.format() == Format.HTML;
    if (html ? !PageFileReader.hasHtmlText(record.content()) : record.content().isBlank()) {
      throw new BadInputException(Reasons.NO_TEXT);
    }
    long size = record.content().getBytes(StandardCharsets.UTF_8).length;
    if (size > maxBytes) {
      throw new BadInputException(Reasons.sizeOverLimit("record", size, maxBytes));
    }
    DocumentMeta meta = stripped(record.meta());
    byte[] bytes = canonical(record, meta);
    return new SourceDocument(record.id(), ArticleRecord.ORIGIN, record.format(), record.content(),
        ContentHash.of(bytes, Sidecar.NONE), meta, List.of());
  }

  /** Blank values are "not stated", as in a JSON Lines record, so they never override what extraction finds. */
  private static DocumentMeta stripped(DocumentMeta meta) {
    return new DocumentMeta(value(meta.url()), value(meta.source()), value(meta.published()), value(meta.title()),
        meta.authors().stream().map(RecordReader::value).filter(a -> a != null).distinct().toList());
  }

  private static String value(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * The record as one JSON object in a fixed field order: its content hash is the hash of these bytes, so any
   * change of text, format or metadata is a change, and the same record always hashes the same.
   */
  private byte[] canonical(ArticleRecord record, DocumentMeta meta) throws BadInputException {
    ObjectNode node = json.createObjectNode();
    node.put(RecordField.ID.jsonName(), record.id());
    node.put(RecordField.URL.jsonName(), meta.url());
    node.put(RecordField.SOURCE.jsonName(), meta.source());
    node.put(RecordField.PUBLISHED.jsonName(), meta.published());
    node.put(RecordField.TITLE.jsonName(), meta.title());
    meta.authors().forEach(node.putArray(RecordField.AUTHORS.jsonName())::add);
    node.put("format", record.format().name());
    node.put(record.format() == Format.HTML ? RecordField.HTML.jsonName() : RecordField.TEXT.jsonName(),
        record.content());
    try {
      return json.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new BadInputException("cannot be written as JSON: " + Reasons.detail(e.getOriginalMessage()));
    }
  }
}
