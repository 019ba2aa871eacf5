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
    boolean gzip = InputKind.isGzip(FileNames.name(context.file()));
    long number = 0;
    long from = 0; // where the current reader started in the file
    boolean reported = false; // the bad record that sent us here was already reported
    while (true) {
      long lastStart = -1; // where the last record read in this pass started
      try (InputStream in = run.open(context.file(), from);
          WarcReader reader = new WarcReader(in)) {
        for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
          number++;
          reported = false;
          lastStart = from + reader.position();
          if (next.get() instanceof WarcResponse response) {
            readRecord(context, number, response, run);
          }
        }
        break;
      } catch (IOException | RuntimeException e) {
        if (e instanceof SinkException sink) {
          throw sink;
        }
        // A record header jwarc cannot parse: its length is unknown, so look for where the next record starts.
        long bad = WarcResync.next(context.file(), gzip, lastStart >= 0 ? lastStart + 1 : from);
        long resume = bad < 0 ? -1 : WarcResync.next(context.file(), gzip, bad + 1);
        if (!reported) {
          number++;
          reported = true;
          String reason = "malformed record header (" + Reasons.detail(e) + "); "
              + (resume < 0 ? "no record after it" : "skipped to the next record");
          if (number == 1 && resume < 0) {
            throw new BadInputException("not a readable WARC file: " + Reasons.detail(e));
          }
          run.fail(context.file(), "record " + number, reason);
        }
        if (resume < 0) {
          break;
        }
        from = resume;
      }
    }
    if (number == 0) {
      throw new BadInputException("no WARC records");
    }
  }

  private void readRecord(FileContext context, long number, WarcResponse response, IngestRun run) {
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
