package dev.lede.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names that are not ASCII, under every locale: cron and systemd start jobs without {@code LANG}, where the
 * JVM decodes file names as ASCII. The names are created by the shell from their bytes, so this test does not
 * depend on the locale it runs under either.
 */
class NonAsciiFileNamesTest {
  private static final long SEED = 20;
  /** café.txt, cafè.txt, a Latin-1 name (byte E9, not UTF-8), and an ASCII one. */
  private static final Map<String, String> NAMES = Map.of(
      "caf\\303\\251.txt", "café.txt",
      "caf\\303\\250.txt", "cafè.txt",
      "lat\\351.txt", "lat%E9.txt",
      "plain.txt", "plain.txt");

  @TempDir Path tmp;

  @Test
  void namesBecomeTheSameIdsWhateverTheLocaleAndNeverCollide() throws Exception {
    Path in = writeArchive();
    Path home = tmp.resolve("home");

    ReindexReport report = new Reindexer(ReindexOptions.of(List.of(in), home)).run();

    assertEquals(List.of(), report.failures());
    assertEquals(Set.copyOf(NAMES.values()), IndexState.indexed(home).keySet());
  }

  @Test
  void cronWithoutLocaleAroundAUtf8RunKeepsTheIdsAndNeverFails() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to create names from bytes");
    Path in = writeArchive();
    Path home = tmp.resolve("home");

    assertEquals(0, child(home, in, null), "first run, no locale");
    Map<String, String> first = IndexState.indexed(home);
    assertEquals(Set.copyOf(NAMES.values()), first.keySet());

    assertEquals(0, child(home, in, "C.UTF-8"), "a run from a terminal with a UTF-8 locale");
    assertEquals(first, IndexState.indexed(home));

    // The nightly run after it: stored paths written under UTF-8 must not break a run without a locale, also when
    // a non-ASCII file now fails and its stored version is kept.
    emptyFile(in, "café.txt");
    assertEquals(0, child(home, in, null), "again without a locale, one file failing");
    assertEquals(first, IndexState.indexed(home), "the failed file keeps its previous version, ids unchanged");
    assertEquals(0, child(home, in, null), "and again");
    assertEquals(first, IndexState.indexed(home));
  }

  private Path writeArchive() throws IOException, InterruptedException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    int n = 0;
    for (String bytes : NAMES.keySet().stream().sorted().toList()) {
      Path staging = in.resolve(".staging");
      Files.writeString(staging, Corpus.page(SEED, n++, 0), StandardCharsets.UTF_8);
      assertEquals(0, shell(in, "mv .staging \"$(printf '" + bytes + "')\""), "create " + bytes);
    }
    return in;
  }

  /** Empties the file whose name decodes to {@code name}, found by listing (the name may not be a valid path). */
  private static void emptyFile(Path dir, String name) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (dev.lede.ingest.TestNames.decoded(entry).equals(name)) {
          Files.write(entry, new byte[0]);
          return;
        }
      }
    }
    throw new AssertionError("no file " + name);
  }

  private static int shell(Path dir, String script) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("/bin/sh", "-c", script).directory(dir.toFile()).inheritIO().start();
    return p.waitFor();
  }

  /** Reindexes in a new JVM whose environment holds only PATH, plus {@code LC_ALL} when a locale is given. */
  private int child(Path home, Path in, String locale) throws IOException, InterruptedException {
    ProcessBuilder builder = ReindexChild.command("run", home.toString(), in.toString(), "inc");
    Map<String, String> env = builder.environment();
    String path = env.get("PATH");
    env.clear();
    env.put("PATH", path == null ? "/usr/bin:/bin" : path);
    if (locale != null) {
      env.put("LC_ALL", locale);
    }
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("child.log").toFile()));
    Process p = builder.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child finished");
    if (p.exitValue() != 0) {
      System.err.println(Files.readString(tmp.resolve("child.log")));
    }
    return p.exitValue();
  }
}
