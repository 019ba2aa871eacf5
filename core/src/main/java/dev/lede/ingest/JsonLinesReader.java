package dev.lede.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a JSON Lines file (optionally gzipped): one article per line, each a document of its own. A broken line is
 * a failure for that line only; the other lines still come through.
 */
final class JsonLinesReader {
  /** Longer ids are almost certainly a wrong field, and would bloat every index term that refers to them. */
  static final int MAX_ID_CHARS = 512;

  private final ObjectMapper json;
  private final int maxBytes;

  JsonLinesReader(ObjectMapper json, int maxBytes) {
    this.json = json;
    this.maxBytes = maxBytes;
  }

  void read(FileContext context, IngestRun run) throws IOException, BadInputException {
    if (context.size() == 0) {
      throw new BadInputException(Reasons.EMPTY_FILE);
    }
    long records = 0;
    long lastLine = 0;
    try (InputStream raw = run.open(context.file());
        CutOff stream = new CutOff(InputKind.isGzip(FileNames.name(context.file())) ? new GZIPInputStream(raw) : raw);
        InputStream in = new BufferedInputStream(stream)) {
      rejectBinary(in);
      LineReader lines = new LineReader(in, maxBytes);
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        lastLine = line.number();
        String where = "line " + line.number();
        if (stream.error != null && !line.terminated()) {
          // The file ends inside this record: what is there is not the record, so it is not parsed.
          throw new BadInputException(where, "cut off in this record: " + Reasons.of(stream.error));
        }
        if (line.tooLong()) {
          run.fail(context.file(), where, Reasons.sizeOverLimit("record", line.length(), maxBytes));
          records++;
        } else if (!isBlank(line.bytes())) {
          records++;
          try {
            run.emit(document(context, line), where);
          } catch (BadInputException e) {
            run.fail(context.file(), where, e.reason());
          }
        }
      }
      if (stream.error != null) {
        throw stream.error;
      }
    } catch (IOException e) {
      // Lines before the problem are already out; say where reading stopped.
      throw new BadInputException(lastLine == 0 ? null : "after line " + lastLine, Reasons.of(e));
    }
    if (records == 0) {
      throw new BadInputException("no records (only blank lines)");
    }
  }

  /**
   * Ends the stream where reading fails (a gzip file cut off, a read error) instead of failing the read that hit
   * it, so the lines before the cut come through; the error is kept for the caller to report with the line.
   * Without this, a buffered read of a small truncated {@code .jsonl.gz} lost every line with the exception.
   */
  private static final class CutOff extends FilterInputStream {
    IOException error;

    CutOff(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (error != null) {
        return -1;
      }
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        error = e;
        return -1;
      }
    }

    @Override
    public int available() throws IOException {
      return error != null ? 0 : super.available();
    }
  }

  private static void rejectBinary(InputStream in) throws IOException, BadInputException {
    in.mark(BinarySniffer.SAMPLE_BYTES);
    byte[] head = in.readNBytes(BinarySniffer.SAMPLE_BYTES);
    in.reset();
    String binary = BinarySniffer.binaryReason(head, head.length);
    if (binary != null) {
      throw new BadInputException(binary);
    }
  }

  private SourceDocument document(FileContext context, LineReader.Line line) throws BadInputException {
    byte[] bytes = line.bytes();
    TextDecoder.Decoded decoded = TextDecoder.decodeText(bytes);
    JsonNode record;
    try {
      record = json.readTree(decoded.text());
    } catch (JacksonException e) {
      throw new BadInputException("invalid JSON: " + Reasons.detail(e.getOriginalMessage()));
    }
    if (record == null || !record.isObject()) {
      throw new BadInputException("not a JSON object");
    }
    String text = MetaFields.rawString(record, RecordField.TEXT);
    String html = MetaFields.rawString(record, RecordField.HTML);
    if (text == null && html == null) {
      throw new BadInputException("record has neither 'text' nor 'html'");
    }
    if (text == null && !PageFileReader.hasHtmlText(html)) {
      throw new BadInputException(Reasons.NO_TEXT);
    }
    // Fields of the record are more specific than a sidecar for the whole file, so the sidecar only fills gaps.
    DocumentMeta meta = context.sidecar().meta().overriddenBy(MetaFields.read(record));
    return new SourceDocument(
        id(context, line.number(), record),
        context.file(),
        text != null ? Format.RECORD_TEXT : Format.HTML,
        text != null ? text : html,
        ContentHash.of(bytes, context.sidecar()),
        meta,
        decoded.notes());
  }

  private static String id(FileContext context, long lineNumber, JsonNode record) throws BadInputException {
    String id = MetaFields.metaString(record, RecordField.ID);
    if (id == null) {
      return context.recordId(lineNumber);
    }
    checkId(id);
    return id;
  }

  /** Refuses an id that is too long or holds a control character; shared with in-memory records. */
  static void checkId(String id) throws BadInputException {
    if (id.length() > MAX_ID_CHARS) {
      throw new BadInputException("id is longer than " + MAX_ID_CHARS + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        // A newline, ESC or NUL in an id breaks its links and would reach CSV, HTML and logs as raw bytes.
        throw new BadInputException(String.format("id contains a control character (U+%04X)", (int) id.charAt(i)));
      }
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }
}
