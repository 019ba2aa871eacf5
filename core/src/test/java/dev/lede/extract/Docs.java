package dev.lede.extract;

import dev.lede.ingest.DocumentMeta;
import dev.lede.ingest.Format;
import dev.lede.ingest.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds source documents for tests the way the ingester does. */
final class Docs {
  static final Path INDEX_DATA = Path.of("..", "index-data");

  private Docs() {}

  static SourceDocument sample(String prefix) {
    try (var files = Files.list(INDEX_DATA)) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return page(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceDocument page(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return new SourceDocument(file.getFileName().toString(), file, Format.PAGE_TEXT, text,
        Integer.toHexString(text.hashCode()), DocumentMeta.NONE, null);
  }

  static SourceDocument text(String id, Format format, String text) {
    return text(id, format, text, DocumentMeta.NONE);
  }

  static SourceDocument text(String id, Format format, String text, DocumentMeta meta) {
    return new SourceDocument(id, Path.of(id), format, text, Integer.toHexString(text.hashCode()), meta, null);
  }
}
