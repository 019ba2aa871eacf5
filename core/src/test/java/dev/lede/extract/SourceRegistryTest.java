package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegistryTest {
  private static final SourceRegistry REGISTRY = SourceRegistry.bundled();

  private static Optional<String> byDomain(String url) {
    return REGISTRY.byDomain(url).map(SourceRegistry.Outlet::name);
  }

  private static Optional<String> byName(String name) {
    return REGISTRY.byName(name).map(SourceRegistry.Outlet::name);
  }

  @Test
  void coversLargeOutletsAndWires() {
    assertTrue(REGISTRY.outlets().size() >= 100, REGISTRY::toString);
    for (String wire : new String[] {"AP", "Reuters", "AFP", "Bloomberg", "UPI", "PA Media", "Dow Jones", "Xinhua",
        "Kyodo", "ANI", "PTI", "dpa", "EFE", "ANSA", "Tribune Content Agency"}) {
      assertTrue(REGISTRY.isWire(wire), wire);
    }
  }

  @Test
  void findsOutletByDomainWithMobileAndAmpSubdomains() {
    assertEquals(Optional.of("The Independent"), byDomain("https://www.independent.co.uk/news/world/x.html"));
    assertEquals(Optional.of("BBC News"), byDomain("https://m.bbc.co.uk/news/world-123"));
    assertEquals(Optional.of("The Guardian"), byDomain("amp.theguardian.com"));
    assertEquals(Optional.of("ABC News"), byDomain("https://abcnews.go.com/US/story"));
    assertEquals(Optional.empty(), byDomain("https://example.org/news"));
    assertEquals(Optional.empty(), byDomain("not a url at all"));
  }

  @Test
  void findsOutletByAliasIgnoringCasePunctuationAndQualifiers() {
    assertEquals(Optional.of("Bloomberg"), byName("Bloomberg L.P."));
    assertEquals(Optional.of("Associated Press"), byName("the associated press"));
    assertEquals(Optional.of("American Military News"), byName("AMN"));
    assertEquals(Optional.of("CNN"), byName("CNN (Web News)"));
    assertEquals(Optional.of("The New York Times"), byName("New York Times - Opinion"));
    assertEquals(Optional.of("The Independent"), byName("THE INDEPENDENT"));
    assertFalse(REGISTRY.isWire("The Independent"));
    assertEquals(Optional.empty(), byName("Guest Writer - Right"));
  }

  @Test
  void userFileAddsAndOverridesEntries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "# mine\nFoo Daily News\toutlet\tfoodaily.example\tFDN;Foo Daily\n");
    SourceRegistry merged = REGISTRY.plus(SourceRegistry.fromFile(file));
    assertEquals("Foo Daily News", merged.byName("FDN").orElseThrow().name());
    assertEquals("Foo Daily News", merged.byDomain("https://www.foodaily.example/a").orElseThrow().name());
    assertEquals("Reuters", merged.byName("Reuters").orElseThrow().name());
  }

  @Test
  void rejectsMalformedLineWithItsNumber(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "# header\nFoo\tnewspaper\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceRegistry.fromFile(file));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
