package dev.lede.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * Streams a real JSON Lines corpus (gzip or plain; fields {@code id, url, source, published, title, authors, text})
 * as benchmark records, replaying it as often as needed to reach the requested size. The first pass is the corpus as
 * it is; later passes perturb ids, dates (moved up to two years) and about 3% of the words, so replicas are distinct
 * documents that still look like the outlet's news (and partly like syndicated copies of each other). Lines without
 * text are passed over. One line is held at a time.
 */
final class CorpusReplicator implements Iterator<NewsRecord>, AutoCloseable {
  private final Path file;
  private final long count;
  private final SplittableRandom random;
  private final ObjectMapper json = new ObjectMapper();
  private BufferedReader reader;
  private NewsRecord next;
  private long produced;
  private int pass;
  private long passRecords;

  CorpusReplicator(Path file, long count, long seed) throws IOException {
    this.file = file;
    this.count = count;
    this.random = new SplittableRandom(seed);
    this.reader = open(file);
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public boolean hasNext() {
    if (next == null && produced < count) {
      try {
        next = read();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read corpus " + file, e);
      }
    }
    return next != null;
  }

  @Override
  public NewsRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    NewsRecord r = next;
    next = null;
    produced++;
    return r;
  }

  private NewsRecord read() throws IOException {
    while (true) {
      String line = reader.readLine();
      if (line == null) {
        if (passRecords == 0) {
          return null; // no usable record at all
        }
        reader.close();
        reader = open(file);
        pass++;
        passRecords = 0;
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      String text = text(n, "text");
      if (text == null || text.isBlank()) {
        continue;
      }
      passRecords++;
      return pass == 0 ? record(n, text, text(n, "id"), text(n, "published")) : replica(n, text);
    }
  }

  private NewsRecord replica(JsonNode n, String text) {
    String id = text(n, "id");
    String published = text(n, "published");
    if (published != null) {
      try {
        published = LocalDate.parse(published).plusDays(random.nextInt(1_461) - 730).toString();
      } catch (DateTimeParseException e) {
        published = null;
      }
    }
    return record(n, perturb(text), (id == null ? "line-" + passRecords : id) + "~r" + pass, published);
  }

  private NewsRecord record(JsonNode n, String text, String id, String published) {
    List<String> authors = new ArrayList<>();
    n.path("authors").forEach(a -> authors.add(a.asText()));
    String url = text(n, "url");
    return new NewsRecord(id == null ? "line-" + passRecords : id,
        url == null || pass == 0 ? url : url + "#r" + pass, text(n, "source"), published, text(n, "title"), authors,
        text);
  }

  /** Swaps about 3% of the words for other words of the same article, keeping the line structure. */
  private String perturb(String text) {
    String[] words = text.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      if (random.nextDouble() < 0.03) {
        String other = words[random.nextInt(words.length)];
        if (other.indexOf('\n') < 0 && words[i].indexOf('\n') < 0) {
          words[i] = other;
        }
      }
    }
    return String.join(" ", words);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
