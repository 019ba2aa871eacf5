package dev.lede.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Place names from GeoNames (CC BY 4.0, shipped in opensextant-xponents-core): countries, first-level regions and
 * cities over 15,000 people with their Latin-script alternate names, so that "Kiev" resolves to "Kyiv". Where two
 * places share a name, countries beat regions, regions beat cities, and bigger cities beat smaller ones, so the
 * result never depends on the order of anything but the data.
 *
 * <p>Parsing the GeoNames files takes most of a second on a cold JVM, and a server's first search waits for it (name
 * variants); the build therefore writes the finished table once ({@link GazetteerFile}, at {@code process-classes})
 * and {@link #load} reads that, falling back to the files when it is absent (a build that skipped the step).
 */
final class Gazetteer {
  enum Kind {
    COUNTRY,
    REGION,
    CITY
  }

  /** One place: its preferred GeoNames name, what it is, its population and how it was matched. */
  record Place(String name, Kind kind, long population, boolean alternate) {
    /** Higher wins when two places share a key. */
    long rank() {
      long base = (3 - kind.ordinal()) * 10_000_000_000L;
      return (alternate ? 0 : 40_000_000_000L) + base + population;
    }
  }

  private static final String ROOT = "/geonames.org/";
  private final Map<String, Place> byKey;

  private Gazetteer(Map<String, Place> byKey) {
    this.byKey = byKey;
  }

  /**
   * The gazetteer for this lexicon: the table the build wrote when it is there, else parsed from the GeoNames files.
   * Alternate names that are common words or given names are left out ("Nice" is fine as a primary name, but an
   * alternate name "Victoria" of a small town would turn people into places).
   */
  static Gazetteer load(Lexicon lexicon) {
    Map<String, Place> built = GazetteerFile.readBundled();
    return built != null ? new Gazetteer(built) : parse(lexicon);
  }

  /** Parses the GeoNames files (what the build's table is made from). */
  static Gazetteer parse(Lexicon lexicon) {
    return parse(k -> lexicon.isCommon(k) || lexicon.isGivenName(k));
  }

  /** The table itself, for {@link GazetteerFile} to write. */
  Map<String, Place> table() {
    return java.util.Collections.unmodifiableMap(byKey);
  }

  /** Parses the GeoNames files; alternate names rejected by {@code skipAlternate} are left out. */
  private static Gazetteer parse(Predicate<String> skipAlternate) {
    Map<String, Place> byKey = new HashMap<>(200_000);
    for (String[] f : rows("countryInfo.txt")) {
      if (f.length > 7) {
        putName(byKey, f[4], new Place(f[4], Kind.COUNTRY, parseLong(f[7]), false));
      }
    }
    for (String[] f : rows("admin1CodesASCII.txt")) {
      if (f.length > 2) {
        String name = regionName(f[1]);
        putName(byKey, name, new Place(name, Kind.REGION, 0, false));
      }
    }
    // the cities are most of the loading time: two halves on two cores, merged as one pass in order would have
    // (for a key in both, the later half's place wins only when it ranks strictly higher)
    List<String[]> cities = rows("cities15000.txt");
    int half = cities.size() / 2;
    Background<Map<String, Place>> second =
        Background.start("lede-gazetteer", () -> cities(cities.subList(half, cities.size()), skipAlternate));
    for (Map<String, Place> part : List.of(cities(cities.subList(0, half), skipAlternate), second.join())) {
      part.forEach((key, place) -> putKey(byKey, key, place));
    }
    return new Gazetteer(byKey); // private, never modified after this point
  }

  private static Map<String, Place> cities(List<String[]> rows, Predicate<String> skipAlternate) {
    Map<String, Place> byKey = new HashMap<>(rows.size() * 8);
    for (String[] f : rows) {
      if (f.length <= 14) {
        continue;
      }
      long population = parseLong(f[14]);
      Place place = new Place(f[1], Kind.CITY, population, false);
      putName(byKey, f[1], place);
      putName(byKey, f[2], place);
      Place alt = new Place(f[1], Kind.CITY, population, true);
      for (String a : f[3].split(",")) {
        if (usableAlternate(a)) {
          String key = Fold.key(a);
          if (!skipAlternate.test(key)) {
            putKey(byKey, key, alt);
          }
        }
      }
    }
    return byKey;
  }

  /** Every name it knows (folded). */
  java.util.Set<String> keys() {
    return java.util.Collections.unmodifiableSet(byKey.keySet());
  }

  /** The place with this name (any spelling GeoNames knows), or null. */
  Place find(String key) {
    return byKey.get(key);
  }

  private static void putName(Map<String, Place> byKey, String name, Place place) {
    putKey(byKey, Fold.key(name), place);
  }

  /** Keeps the highest-ranked place for a name that several places share. */
  private static void putKey(Map<String, Place> byKey, String key, Place place) {
    if (key.isEmpty()) {
      return;
    }
    Place old = byKey.get(key);
    if (old == null || place.rank() > old.rank()) {
      byKey.put(key, place);
    }
  }

  /** "Kharkivs'ka Oblast'" and "Sevastopol City" are found in text as "Kharkivs'ka" and "Sevastopol". */
  private static String regionName(String name) {
    return name.replaceAll("(?i)\\s+(Oblast'?|Oblast’|City|Province|Region|Governorate|Prefecture)$", "");
  }

  /** Latin-script, mixed-case names of four letters or more: the forms English news actually uses. */
  private static boolean usableAlternate(String a) {
    if (a.length() < 4 || a.charAt(0) > 0x24F || !Character.isUpperCase(a.charAt(0)) || Fold.isAllCaps(a)) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      boolean latin = c < 0x250 && (Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '.');
      if (!latin) {
        return false;
      }
    }
    return true;
  }

  private static long parseLong(String s) {
    try {
      return s.isEmpty() ? 0 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String[]> rows(String file) {
    InputStream in = Gazetteer.class.getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new IllegalStateException("GeoNames file " + ROOT + file + " not on the classpath"
          + " (it comes with org.opensextant:opensextant-xponents-core)");
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          out.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GeoNames file " + file, e);
    }
    return out;
  }
}
