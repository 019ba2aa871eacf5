package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.index.IndexFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity profiles pinned over the real sample corpus ({@code index-data/}, through the whole pipeline) and over
 * {@link GoldenCorpus}: counts, histogram, co-occurring names, outlets and the latest stories.
 */
class EntityProfileGoldenTest {
  @TempDir static Path dir;
  static LedeSearcher sample;
  static LedeSearcher golden;

  @BeforeAll
  static void open() throws IOException {
    sample = SampleIndex.open(dir.resolve("sample"));
    IndexFixtures.index(dir.resolve("golden"), GoldenCorpus.articles());
    golden = LedeSearcher.open(dir.resolve("golden"),
        SearcherOptions.DEFAULTS.withNameVariants(LedeSearcherGoldenTest.VARIANTS));
  }

  @AfterAll
  static void close() {
    sample.close();
    golden.close();
  }

  static String values(List<FacetValue> values) {
    return values.stream().map(v -> v.value() + "=" + v.count()).collect(Collectors.joining(", "));
  }

  static String buckets(DateHistogram h) {
    return h.buckets().stream().filter(b -> b.count() > 0).map(b -> b.label() + "=" + b.count())
        .collect(Collectors.joining(" "));
  }

  static String latest(EntityProfile p) {
    return p.latest().stream().map(h -> h.id().substring(0, 3) + h.otherVersions().stream()
        .map(m -> "+" + m.id().substring(0, 3)).collect(Collectors.joining())).collect(Collectors.joining(" "));
  }

  @Test
  void surovikinProfileCountsHisArticlesStoriesAndWhoIsNamedWithHim() {
    EntityProfile p = sample.entity(Dimension.PERSON, "Sergey Surovikin", 10).orElseThrow();
    assertEquals("Sergey Surovikin", p.name());
    assertEquals(3, p.articles());
    assertEquals(2, p.stories(), "the two Bloomberg copies are one story");
    assertEquals(2, p.undated());
    assertEquals(DateHistogram.Granularity.DAY, p.histogram().granularity());
    assertEquals("2022-11-14=1", buckets(p.histogram()));
    // the same counts a search filtered on him gives, but his own dimension counts co-occurrence, not alternatives
    assertEquals("Sergei Shoigu=3, Halyna Lugova=2, Jens Stoltenberg=2, Kaja Kallas=2, Mick Ryan=2, "
        + "Natalia Humeniuk=2, Valery Zaluzhny=2, Vladimir Putin=2", values(p.people()));
    assertEquals("Dnipro River=3, Kherson=3, Kyiv=3, Russia=3, Ukraine=3, Rome=2, Beijing=1, Berlin=1, "
        + "Central Asia=1, China=1", values(p.places()));
    assertEquals("NATO=2, UK Ministry of Defence=2, Bloomberg=1, European Union=1, Ukrainian Army=1, "
        + "Western Alliance=1", values(p.orgs()));
    assertEquals("America Age=1, American Military News=1", values(p.outlets()));
    assertEquals("002+004 001", latest(p), "newest story first (its other version with it), undated last");
    SearchResult filtered = sample.search(PerArticle.request().include(Dimension.PERSON, p.name()).build());
    assertEquals(filtered.totalHits(), p.articles());
    assertEquals(filtered.histogram(), p.histogram());
  }

  @Test
  void namesResolveThroughAliasesCaseAndAccentsButNeverToAnotherName() {
    for (String asked : List.of("sergey SUROVIKIN", "Sergei Surovikin", "Surovikin", " Sergey Surovikin ")) {
      assertEquals(Optional.of("Sergey Surovikin"),
          sample.entity(Dimension.PERSON, asked, 1).map(EntityProfile::name), asked);
    }
    assertEquals(Optional.of("Kyiv"), sample.entity(Dimension.PLACE, "Kiev", 1).map(EntityProfile::name));
    // no alias says Zaluzhny is Valery Zaluzhny: no profile (the value search offers the full name)
    assertEquals(Optional.empty(), sample.entity(Dimension.PERSON, "Zaluzhny", 1));
    assertEquals("Valery Zaluzhny", sample.facetValues(Dimension.PERSON, "Zaluzhny", 5).get(0).value());
    assertEquals(Optional.empty(), sample.entity(Dimension.PLACE, "Sergey Surovikin", 1), "not a place");
    assertEquals(Optional.empty(), sample.entity(Dimension.PERSON, "", 1));
    assertEquals(Optional.empty(), sample.entity(Dimension.PERSON, "x".repeat(5000), 1));
  }

  @Test
  void kovalenkoProfileOverTheGoldenCorpus() {
    EntityProfile p = golden.entity(Dimension.PERSON, "Maria Kovalenko", 10).orElseThrow();
    assertEquals(4, p.articles());
    assertEquals(3, p.stories());
    assertEquals(0, p.undated());
    assertEquals(22, p.histogram().buckets().size(), "every day from 9 to 30 November");
    assertEquals("2022-11-09=1 2022-11-10=1 2022-11-12=1 2022-11-30=1", buckets(p.histogram()));
    assertEquals("Oleh Marchenko=1", values(p.people()));
    assertEquals("Istanbul=4, Odesa=4", values(p.places()));
    assertEquals("United Nations=4", values(p.orgs()));
    assertEquals("Global Wire Service=1, Harbor Times=1, Northern Ledger=1, Valley Post=1", values(p.outlets()));
    assertEquals("g06 g03 g02+g01", latest(p));
    assertEquals("g06 g03", latest(golden.entity(Dimension.PERSON, "Maria Kovalenko", 2).orElseThrow()));
  }

  @Test
  void variantSpellingShowsTheIndexedPlaceWithItsUndatedArticles() {
    EntityProfile p = golden.entity(Dimension.PLACE, "Odessa", 3).orElseThrow();
    assertEquals("Odesa", p.name());
    assertEquals(8, p.articles());
    assertEquals(1, p.undated(), "the readers' letter has no date");
    assertEquals("Istanbul=4, London=1", values(p.places()), "Odesa itself is left out");
    assertEquals("g12 g06 g11", latest(p));
  }

  @Test
  void otherDimensionsAndBadLimitsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> golden.entity(Dimension.SOURCE, "Harbor Times", 10));
    assertThrows(IllegalArgumentException.class, () -> golden.entity(Dimension.PERSON, "Maria Kovalenko", 0));
    assertThrows(IllegalArgumentException.class, () -> golden.entity(Dimension.PERSON, "Maria Kovalenko", 101));
  }
}
