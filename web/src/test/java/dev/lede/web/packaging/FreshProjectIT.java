package dev.lede.web.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the README's "Use lede-core in your project" steps, followed as a newcomer would, in an empty folder:
 * the install command from this checkout, the README's {@code pom.xml} and its example class as shown, then the
 * README's run command. What the example prints is checked line by line. Runs after {@code package} ({@code *IT}),
 * with the JDK that runs the tests (21 or newer) and the {@code mvn} on the path.
 */
class FreshProjectIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** Only a bound on a hung build, so a regression fails instead of blocking CI; not a timing check. */
  private static final long MINUTES = 10;

  @TempDir Path project;

  @Test
  void theReadmeStepsBuildAndRunTheExampleInAnEmptyProject() throws Exception {
    assumeTrue(mavenOnPath(), "needs mvn on the path");
    String readme = Files.readString(ROOT.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Use lede-core in your project"));
    String install = section.substring(section.indexOf("    mvn "), section.indexOf('\n', section.indexOf("    mvn ")))
        .strip();
    assertEquals("mvn -B -q -DskipTests install -pl core -am", install, "the README's install command");
    run(ROOT, List.of(install.split(" ")));

    Files.writeString(project.resolve("pom.xml"), fenced(section, "```xml\n", "<?xml"));
    Path sources = Files.createDirectories(project.resolve("src/main/java"));
    Files.writeString(sources.resolve("EmbeddingExample.java"), fenced(readme, "```java\n", "import dev.lede."));
    String runLine = section.substring(section.indexOf("    mvn -B -q compile"));
    runLine = runLine.substring(0, runLine.indexOf("index-data") + "index-data".length())
        .replace("\\\n", " ").replace("/path/to/lede/index-data", ROOT.resolve("index-data").toString());
    String out = run(project, List.of(runLine.strip().split("\\s+")));
    assertTrue(out.contains("""
        indexed 5 articles, 0 failed
        stories: 1
        2022-11-14  American Military News  Ukraine cautious over Russia’s Kherson exit as army advances  \
        (+1 other versions)
        added 1, then unchanged 1
        found: Ukraine retakes Kherson
        deleted 1, 0 left
        """), out);
  }

  /** The text of the first code block fenced by {@code fence} whose text starts with {@code first}. */
  private static String fenced(String text, String fence, String first) {
    int start = text.indexOf(fence + first);
    assertTrue(start >= 0, "no " + fence.strip() + " block starting " + first);
    int body = start + fence.length();
    return text.substring(body, text.indexOf("```\n", body));
  }

  private static boolean mavenOnPath() {
    try {
      Process p = new ProcessBuilder("mvn", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs a command in a folder with this JVM's JDK; returns its output, failing on a non-zero exit. */
  private static String run(Path dir, List<String> command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(command);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    byte[] bytes = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(MINUTES, TimeUnit.MINUTES), "timed out: " + cmd);
    String out = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed:\n" + out);
    return out;
  }
}
