package dev.lede.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file (plain or gzipped, detected by jwarc from the bytes): every HTTP response record with status
 * 200 and an HTML content type becomes a document; requests, metadata, redirects, images and the like are passed
 * over silently, as they are a normal part of a crawl.
 */
final class WarcFileReader {
  private static final int OK = 200;

  private final int maxBytes;

  WarcFileReader(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  void read(FileContext context, IngestRun run) throws IOException, BadInputException {
    if (context.size() == 0) {
      throw new BadInputException(Reasons.EMPTY_FILE);
    }
    long number = 0;
    try (InputStream in = run.open(context.file());
        WarcReader reader = new WarcReader(in)) {
      for (Optional<WarcRecord> next = next(reader, number); next.isPresent(); next = next(reader, number)) {
        number++;
        if (next.get() instanceof WarcResponse response) {
          String where = "record " + number;
          try {
            read(context, number, response, run);
          } catch (BadInputException e) {
            run.fail(context.file(), where, e.reason());
          } catch (IOException e) {
            run.fail(context.file(), where, Reasons.of(e));
          } catch (SinkException e) {
            throw e;
          } catch (RuntimeException e) {
            // jwarc rejects some malformed headers with unchecked exceptions; only this record is lost.
            run.fail(context.file(), where, Reasons.unexpected(e));
          }
        }
      }
    } catch (IOException e) {
      // A broken record header: jwarc cannot find the next record reliably, so the rest of the file is lost.
      String reason = "not a readable WARC file: " + Reasons.detail(e);
      throw new BadInputException(number == 0 ? null : "after record " + number, reason);
    }
    if (number == 0) {
      throw new BadInputException("no WARC records");
    }
  }

  /**
   * The next record. jwarc rejects some malformed headers (a Content-Length that is not a number) with unchecked
   * exceptions; then the record is named and, since the next one cannot be found without its length, the rest of
   * the file is given up, the records before it kept.
   */
  private static Optional<WarcRecord> next(WarcReader reader, long number) throws IOException, BadInputException {
    try {
      return reader.next();
    } catch (RuntimeException e) {
      throw new BadInputException("record " + (number + 1), "malformed record header (" + Reasons.detail(e)
          + "); the records after it cannot be found, so the rest of the file is not read");
    }
  }

  private void read(FileContext context, long number, WarcResponse response, IngestRun run)
      throws IOException, BadInputException {
    if (!MediaType.HTTP.equals(response.contentType().base())) {
      return;
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    if (http.status() != OK || !isHtml(type)) {
      return;
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(maxBytes + 1);
    }
    if (body.length > maxBytes) {
      throw new BadInputException("payload is over the limit of " + maxBytes + " bytes per document");
    }
    TextDecoder.Decoded decoded = TextDecoder.decodeHtml(body, type.parameters().get("charset"));
    if (!PageFileReader.hasHtmlText(decoded.text())) {
      throw new BadInputException(Reasons.NO_TEXT);
    }
    DocumentMeta stated = new DocumentMeta(response.target(), null, null, null, null);
    run.emit(
        new SourceDocument(
            id(context, number, response),
            context.file(),
            Format.HTML,
            decoded.text(),
            ContentHash.of(body, context.sidecar()),
            context.sidecar().meta().overriddenBy(stated),
            decoded.notes()),
        "record " + number);
  }

  private static boolean isHtml(MediaType type) {
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return type.type().equalsIgnoreCase("text") && subtype.equals("html")
        || type.type().equalsIgnoreCase("application") && subtype.equals("xhtml+xml");
  }

  private static String id(FileContext context, long number, WarcRecord record) {
    try {
      URI id = record.id();
      return id == null ? context.recordId(number) : id.toString();
    } catch (IllegalArgumentException e) {
      return context.recordId(number);
    }
  }
}
