package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Garbage and damaged inputs of every kind end as documents or failures, never as an exception. */
class RandomInputTest {
  private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".jsonl", ".ndjson.gz", ".warc", ".warc.gz");

  @TempDir Path root;

  @Test
  void everyDamagedFileEndsAsDocumentsOrFailures() throws IOException {
    long seed = Long.getLong("lede.seed", System.nanoTime());
    System.out.println("RandomInputTest seed: " + seed + " (replay with -Dlede.seed=" + seed + ")");
    Random random = new Random(seed);
    byte[] validWarc = validWarc();
    byte[] validJsonl = "{\"text\":\"a\"}\n{\"html\":\"<p>b</p>\",\"authors\":[\"x\"]}\n".getBytes(StandardCharsets.UTF_8);
    int files = 60;
    for (int i = 0; i < files; i++) {
      String ext = EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
      byte[] bytes = ext.contains("warc") ? validWarc.clone() : ext.contains("json") ? validJsonl.clone() : randomText(random);
      damage(bytes, random);
      Files.write(root.resolve(String.format("f%03d%s", i, ext)), bytes);
    }

    CollectingSink sink = CollectingSink.run(root);

    Set<Path> accounted = new HashSet<>();
    sink.documents.forEach(d -> accounted.add(d.file()));
    sink.failures.forEach(f -> accounted.add(f.file()));
    assertEquals(files, sink.stats.filesSeen(), "seed " + seed);
    try (Stream<Path> written = Files.list(root)) {
      // A WARC whose records all became non-HTML responses rightly gives nothing, as a crawl of images would.
      List<Path> lost = written.filter(p -> !p.toString().contains(".warc") && !accounted.contains(p)).toList();
      assertEquals(List.of(), lost, "files that gave neither a document nor a failure; seed " + seed);
    }
    sink.failures.forEach(f -> assertTrue(f.reason().length() < 400, "bounded reason: " + f));
  }

  private static byte[] randomText(Random random) {
    byte[] bytes = new byte[1 + random.nextInt(300)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 'a' + random.nextInt(26));
    }
    return bytes;
  }

  /** Flips a few bytes, or none, so some files stay valid. */
  private static void damage(byte[] bytes, Random random) {
    int flips = random.nextInt(4);
    for (int i = 0; i < flips; i++) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
  }

  private byte[] validWarc() throws IOException {
    Path file = Files.createTempFile(root.getParent(), "valid", ".warc");
    try {
      WarcFixture.write(file, List.of(
          WarcFixture.response("https://e.example/a", 200, "text/html", "<p>one</p>".getBytes(StandardCharsets.UTF_8)),
          WarcFixture.response("https://e.example/b", 200, "text/html", "<p>two</p>".getBytes(StandardCharsets.UTF_8))));
      return Files.readAllBytes(file);
    } finally {
      Files.delete(file);
    }
  }
}
