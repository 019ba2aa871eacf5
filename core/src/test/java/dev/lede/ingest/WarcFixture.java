package dev.lede.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes real WARC files with jwarc; gzipped when the name ends in {@code .gz}. */
final class WarcFixture {
  private static final Instant CRAWLED = Instant.parse("2022-11-10T08:00:00Z");

  private WarcFixture() {}

  static void write(Path file, List<WarcRecord> records) throws IOException {
    WarcCompression compression =
        file.getFileName().toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    }
  }

  static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parse(contentType), body)
        .build();
    return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
  }

  static WarcRequest request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getPath()).build();
    return new WarcRequest.Builder(URI.create(url)).date(CRAWLED).body(http).build();
  }
}
