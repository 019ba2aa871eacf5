package dev.lede.web.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code lede} launcher script, run for real from a copy of the Lede folder whose application jar is a small
 * probe ({@link LauncherProbe}): long-running commands run a private copy of the jar, so rebuilding the jar cannot
 * break a running server, and a start without any locale (cron, systemd) still decodes file names as UTF-8.
 */
class LauncherTest {
  private static final Path SCRIPT = Path.of("..", "lede");

  @TempDir Path home;
  private Path jar;

  @BeforeEach
  void copyTheLedeFolder() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
    Files.copy(SCRIPT, home.resolve("lede"));
    Files.setPosixFilePermissions(home.resolve("lede"), PosixFilePermissions.fromString("rwxr-xr-x"));
    jar = home.resolve("web/target/lede.jar");
    Files.createDirectories(jar.getParent());
    writeProbeJar(jar);
  }

  @Test
  void serveRunsACopyNamedAfterTheJarsContentWithAStartupArchiveAndTheNextBuildsStartRemovesIt() throws Exception {
    Map<String, String> env = new HashMap<>(System.getenv());
    Probe first = launch(env, "serve");
    Path copy = Path.of(readValue(first, "jar="));
    assertNotEquals(jar.toAbsolutePath().normalize(), copy.toAbsolutePath().normalize());
    assertEquals(home.resolve(".lede/run").toRealPath(), copy.toRealPath().getParent());
    assertTrue(copy.getFileName().toString().startsWith("lede-serve-"), copy.toString());
    String base = copy.getFileName().toString().replaceFirst("\\.jar$", "");
    boolean aot = Integer.parseInt(readValue(first, "jdk=")) >= 25;
    Path firstArchive = Path.of(readValue(first, "archive="));
    if (aot) {
      assertTrue(firstArchive.getFileName().toString().matches(java.util.regex.Pattern.quote(base)
          + "-jdk[0-9.]+\\.aotconf") && firstArchive.getParent().equals(copy.getParent()),
          "the first run of a build records for an AOT cache, next to the copy: " + firstArchive);
    } else {
      assertEquals(copy.resolveSibling(base + ".jsa"), firstArchive, "the class-data archive sits next to the copy");
    }

    byte[] before = Files.readAllBytes(copy);
    Files.write(jar, new byte[] {1, 2, 3}); // what `mvn package` does to the jar of a running server
    assertTrue(first.process().isAlive());
    assertEquals(java.util.Arrays.hashCode(before), java.util.Arrays.hashCode(Files.readAllBytes(copy)),
        "the running copy is untouched");

    writeProbeJar(jar, "rebuilt"); // a new build: another copy, and the old one goes once no process runs it
    Probe second = launch(env, "serve");
    Path secondCopy = Path.of(readValue(second, "jar="));
    assertNotEquals(copy, secondCopy);
    assertTrue(Files.exists(copy), "the running server's copy stays");
    stop(first);
    stop(second);
    Probe third = launch(env, "serve");
    assertEquals(secondCopy, Path.of(readValue(third, "jar=")), "the same build runs the same copy");
    if (aot) {
      Path cache = Path.of(readValue(third, "archive="));
      assertTrue(cache.toString().endsWith(".aot") && Files.size(cache) > 0,
          "the next start of the build made its AOT cache from what the last run recorded, and runs with it: "
              + cache);
    }
    assertFalse(Files.exists(copy), "the copy of the ended server's build is removed at the next start");
    assertFalse(Files.exists(firstArchive), "and so is its archive");
    stop(third);
  }

  @Test
  void reindexRunsACopyNamedAfterItsProcessThatTheNextStartRemoves() throws Exception {
    Map<String, String> env = new HashMap<>(System.getenv());
    Probe first = launch(env, "reindex");
    Path copy = Path.of(readValue(first, "jar="));
    assertEquals(first.pid(), Long.parseLong(copy.getFileName().toString().replaceAll("\\D", "")),
        "named after the JVM's process id");
    assertEquals("", readValue(first, "archive="), "a batch command keeps no class archive");
    stop(first);
    Probe second = launch(env, "reindex");
    readValue(second, "jar=");
    assertFalse(Files.exists(copy), "the copy of the ended process is removed at the next start");
    stop(second);
  }

  @Test
  void serveGetsABoundedHeapUnlessTheOperatorSetsOne() throws Exception {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.remove("LEDE_JAVA_OPTS");
    Probe bounded = launch(env, "serve");
    assertTrue(Long.parseLong(readValue(bounded, "heap=")) <= 1L << 30, "at most 1 GB by default");
    stop(bounded);

    env.put("LEDE_JAVA_OPTS", "-Xmx200m");
    Probe chosen = launch(env, "serve");
    assertTrue(Long.parseLong(readValue(chosen, "heap=")) <= 200L << 20, "the operator's -Xmx wins");
    stop(chosen);
  }

  @Test
  void aStartWithNoEnvironmentAtAllDecodesFileNamesAsUtf8() throws Exception {
    assumeTrue(utf8LocaleExists(), "needs a UTF-8 locale on this machine (C.UTF-8 or en_US.UTF-8)");
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    Probe p = launch(env, "reindex");
    readValue(p, "jar=");
    assertEquals("UTF-8", readValue(p, "jnu="));
    stop(p);
  }

  /** A launched probe and its stdout, read line by line. */
  private record Probe(Process process, BufferedReader out) {
    long pid() {
      return process.pid();
    }
  }

  private Probe launch(Map<String, String> env, String command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(home.resolve("lede").toString(), command);
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = builder.start();
    return new Probe(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
  }

  private static String readValue(Probe p, String prefix) throws Exception {
    for (String line = p.out().readLine(); line != null; line = p.out().readLine()) {
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length());
      }
    }
    throw new AssertionError("the probe printed no " + prefix + " line (exit " + p.process().waitFor() + ")");
  }

  private static void stop(Probe p) throws Exception {
    p.process().getOutputStream().close();
    assertTrue(p.process().waitFor(2, TimeUnit.MINUTES), "the probe ends when its stdin closes");
  }

  private static boolean utf8LocaleExists() throws Exception {
    for (String locale : new String[] {"C.UTF-8", "C.utf8", "en_US.UTF-8"}) {
      ProcessBuilder b = new ProcessBuilder("locale", "charmap");
      b.environment().put("LC_ALL", locale);
      try {
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() == 0 && out.equals("UTF-8")) {
          return true;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  /** A runnable jar holding only the probe class. */
  private static void writeProbeJar(Path target) throws IOException {
    writeProbeJar(target, "first");
  }

  /** The same, with a build label in the manifest, so two builds differ in content. */
  private static void writeProbeJar(Path target, String build) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Lede-Build", build);
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(target);
        JarOutputStream out = new JarOutputStream(file, manifest);
        var in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
  }
}
