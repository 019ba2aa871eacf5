package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerFileTest {
  private static Map<String, Gazetteer.Place> parsed;

  @BeforeAll
  static void parseGeoNames() {
    parsed = Gazetteer.parse(Lexicon.load()).table();
  }

  @Test
  void theBuildsTableIsExactlyWhatParsingTheGeoNamesFilesGives() {
    Map<String, Gazetteer.Place> bundled = GazetteerFile.readBundled();
    assertNotNull(bundled, "the build writes " + GazetteerFile.RESOURCE + " at process-classes (core/pom.xml)");
    assertEquals(parsed.size(), bundled.size());
    assertEquals(parsed, bundled);
    assertEquals("Kyiv", bundled.get("kiev").name());
  }

  @Test
  void theSameTableAlwaysGivesTheSameBytes() throws IOException {
    assertArrayEquals(bytes(parsed), bytes(Map.copyOf(parsed)));
  }

  @Test
  void aDamagedOrForeignTableIsRefusedNotMisread() throws IOException {
    byte[] good = bytes(Map.of("kiev", new Gazetteer.Place("Kyiv", Gazetteer.Kind.CITY, 2_900_000, true)));
    assertEquals("Kyiv", GazetteerFile.read(new ByteArrayInputStream(good)).get("kiev").name());
    assertThrows(IOException.class, () -> GazetteerFile.read(new ByteArrayInputStream(Arrays.copyOf(good, 20))));
    byte[] foreign = good.clone();
    foreign[0] ^= 1;
    assertThrows(IOException.class, () -> GazetteerFile.read(new ByteArrayInputStream(foreign)));
    byte[] trailing = Arrays.copyOf(good, good.length + 1);
    assertThrows(IOException.class, () -> GazetteerFile.read(new ByteArrayInputStream(trailing)));
  }

  private static byte[] bytes(Map<String, Gazetteer.Place> table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerFile.write(table, out);
    return out.toByteArray();
  }
}
