package dev.lede.web.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Streams records into gzipped JSON Lines shards ({@code part-00000.jsonl.gz}, ...) under one directory, the way a
 * large archive is usually delivered. Nothing is held in memory beyond one record.
 */
final class ArchiveWriter {
  /** Records per shard: a few MB each, so the ingester reads many files as in a real archive. */
  static final int RECORDS_PER_SHARD = 5_000;

  /** What was written. */
  record Written(long articles, long textBytes, long fileBytes, int shards) {}

  private ArchiveWriter() {}

  static Written write(Iterator<NewsRecord> records, Path dir) throws IOException {
    Files.createDirectories(dir);
    JsonFactory json = new JsonFactory();
    long articles = 0;
    long textBytes = 0;
    int shard = 0;
    while (records.hasNext()) {
      Path file = dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl.gz", shard++));
      try (OutputStream out = new BufferedOutputStream(new FastGzip(Files.newOutputStream(file)), 1 << 16)) {
        for (int i = 0; i < RECORDS_PER_SHARD && records.hasNext(); i++) {
          NewsRecord r = records.next();
          writeRecord(json, out, r);
          articles++;
          textBytes += r.text().getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    long fileBytes = 0;
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        fileBytes += Files.size(p);
      }
    }
    return new Written(articles, textBytes, fileBytes, shard);
  }

  private static void writeRecord(JsonFactory json, OutputStream out, NewsRecord r) throws IOException {
    try (JsonGenerator g = json.createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeStringField("id", r.id());
      writeOptional(g, "url", r.url());
      writeOptional(g, "source", r.source());
      writeOptional(g, "published", r.published());
      writeOptional(g, "title", r.title());
      g.writeArrayFieldStart("authors");
      for (String a : r.authors()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeStringField("text", r.text());
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeOptional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  /** Gzip at the fastest level: generation should not dominate the run. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
