package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexHomeTest {
  @TempDir Path dir;

  @Test
  void activatesGenerationsAtomicallyAndCleansUpOnlyUnheldOnes() throws IOException {
    IndexHome home = IndexHome.open(dir);
    assertTrue(home.current().isEmpty());
    assertFalse(IndexHome.isHome(dir));
    Path g1 = home.createGeneration();
    Path g2 = home.createGeneration();
    assertEquals(List.of("gen-1", "gen-2"), home.generations().stream().map(p -> p.getFileName().toString())
        .toList());
    home.activate(g1);
    assertTrue(IndexHome.isHome(dir));
    assertEquals("gen-1\n", Files.readString(dir.resolve(IndexHome.POINTER)));
    assertEquals(List.of(), home.cleanup()); // gen-2 is newer than current: a rebuild in progress
    home.activate(g2);
    try (Closeable reader = IndexHome.holdGeneration(g1)) {
      assertEquals(List.of(), home.cleanup());
      assertTrue(Files.isDirectory(g1));
    }
    assertFalse(Files.exists(g1), "deleted as its last reader let go");
    assertEquals(List.of(), home.cleanup());
    assertEquals(g2, home.current().orElseThrow());
    assertFalse(Files.exists(dir.resolve("current.tmp")));
    assertEquals("gen-3", home.createGeneration().getFileName().toString());
  }

  @Test
  void anOldGenerationIsDeletedWhenItsLastReaderLetsGoNotBefore() throws IOException {
    IndexHome home = IndexHome.open(dir);
    Path g1 = home.createGeneration();
    home.activate(g1);
    Closeable first = IndexHome.holdGeneration(g1);
    Closeable second = IndexHome.holdGeneration(g1);
    Path g2 = home.createGeneration();
    home.activate(g2);
    first.close();
    assertTrue(Files.isDirectory(g1), "another reader still holds it");
    second.close();
    assertFalse(Files.exists(g1), "the last reader let go");

    Closeable onCurrent = IndexHome.holdGeneration(g2);
    onCurrent.close();
    assertTrue(Files.isDirectory(g2), "the active generation is never deleted");
    Path g3 = home.createGeneration();
    IndexHome.holdGeneration(g3).close();
    assertTrue(Files.isDirectory(g3), "nor one newer than the active one (a rebuild in progress)");
  }

  @Test
  void writerWorksInsideAGeneration() throws IOException {
    IndexHome home = IndexHome.open(dir);
    Path gen = home.createGeneration();
    IndexFixtures.index(gen, List.of());
    home.activate(gen);
    assertEquals(0, ArticleIndexWriter.readCommit(home.current().orElseThrow()).orElseThrow().docCount());
    assertEquals("true", ArticleIndexWriter.readCommit(gen).orElseThrow().userData().get("fixture"));
    assertTrue(ArticleIndexWriter.readCommit(dir.resolve("nothing")).isEmpty());
    assertEquals(Map.of(), Map.of());
  }
}
