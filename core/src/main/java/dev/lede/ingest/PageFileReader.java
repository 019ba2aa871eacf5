package dev.lede.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.jsoup.Jsoup;

/** Reads a file that is one document: a plain-text page dump or an HTML page. */
final class PageFileReader {
  private final int maxBytes;

  PageFileReader(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  void read(FileContext context, InputKind kind, IngestRun run) throws IOException, BadInputException {
    if (context.size() == 0) {
      throw new BadInputException(Reasons.EMPTY_FILE);
    }
    // Decide on the size from the directory entry, so a giant file is rejected without reading it.
    if (context.size() > maxBytes) {
      throw new BadInputException(Reasons.sizeOverLimit("file", context.size(), maxBytes));
    }
    byte[] bytes;
    try (InputStream in = run.open(context.file())) {
      bytes = in.readNBytes(maxBytes + 1);
    }
    if (bytes.length == 0) {
      throw new BadInputException(Reasons.EMPTY_FILE);
    }
    if (bytes.length > maxBytes) {
      throw new BadInputException("file grew while being read and is now over the limit of " + maxBytes + " bytes");
    }
    String binary = BinarySniffer.binaryReason(bytes, bytes.length);
    if (binary != null) {
      throw new BadInputException(binary);
    }
    boolean html = kind == InputKind.HTML;
    TextDecoder.Decoded decoded = html ? TextDecoder.decodeHtml(bytes, null) : TextDecoder.decodeText(bytes);
    if (html ? !hasHtmlText(decoded.text()) : decoded.text().isBlank()) {
      throw new BadInputException(Reasons.NO_TEXT);
    }
    run.emit(
        new SourceDocument(
            context.id(),
            context.file(),
            html ? Format.HTML : Format.PAGE_TEXT,
            decoded.text(),
            ContentHash.of(bytes, context.sidecar()),
            context.sidecar().meta(),
            decoded.notes()),
        null);
  }

  /** Whether markup has any visible text (a title counts; scripts and styles do not). */
  static boolean hasHtmlText(String html) {
    return !html.isBlank() && Jsoup.parse(html).hasText();
  }
}
