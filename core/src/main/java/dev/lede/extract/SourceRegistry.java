package dev.lede.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Lede knows about news outlets and wire services: canonical names, domains and aliases, and which names are
 * wire services. Knowledge lives in a tab-separated data file an operator can edit (the bundled one is
 * {@code dev/lede/extract/sources.tsv}; its header explains the format), never in code.
 *
 * <p>Lookups forgive case, punctuation, a leading "The", corporate suffixes ("L.P.", "Inc.") and, as a second try,
 * section qualifiers such as "New York Times - News" or "CNN (Web News)". Immutable and thread-safe.
 *
 * <pre>{@code
 * SourceRegistry registry = SourceRegistry.bundled().plus(SourceRegistry.fromFile(Path.of("my-outlets.tsv")));
 * registry.byDomain("https://www.reuters.com/world/x").map(Outlet::name); // Optional[Reuters]
 * }</pre>
 */
public final class SourceRegistry {
  static final String BUNDLED = "/dev/lede/extract/sources.tsv";

  /**
   * One outlet or wire service.
   *
   * @param name canonical name (the facet value)
   * @param wire true for agencies whose stories other outlets publish
   * @param domains registered domains, lowercase
   * @param aliases other names it goes by
   */
  public record Outlet(String name, boolean wire, List<String> domains, List<String> aliases) {
    public Outlet {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("outlet name is blank");
      }
      domains = domains == null ? List.of() : List.copyOf(domains);
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }

  private final List<Outlet> outlets;
  private final Map<String, Outlet> byKey;
  private final Map<String, Outlet> byDomain;

  private SourceRegistry(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    Map<String, Outlet> keys = new HashMap<>();
    Map<String, Outlet> domains = new HashMap<>();
    for (Outlet outlet : this.outlets) { // later entries override earlier ones
      keys.put(Names.key(outlet.name()), outlet);
      for (String alias : outlet.aliases()) {
        keys.put(Names.key(alias), outlet);
      }
      for (String domain : outlet.domains()) {
        domains.put(domain, outlet);
      }
    }
    keys.remove("");
    this.byKey = Map.copyOf(keys);
    this.byDomain = Map.copyOf(domains);
  }

  /** The registry shipped with Lede. */
  public static SourceRegistry bundled() {
    try (InputStream in = SourceRegistry.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled source registry missing: " + BUNDLED);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled source registry " + BUNDLED, e);
    }
  }

  /** A registry read from an operator's file in the bundled file's format. */
  public static SourceRegistry fromFile(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read source registry " + file, e);
    }
  }

  /** Parses the tab-separated format; {@code origin} names the input in error messages. */
  public static SourceRegistry parse(Reader reader, String origin) throws IOException {
    List<Outlet> outlets = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2 || !(f[1].equals("outlet") || f[1].equals("wire"))) {
        throw new IllegalArgumentException(
            origin + " line " + number + ": expected 'name<TAB>outlet|wire<TAB>domains<TAB>aliases'");
      }
      outlets.add(new Outlet(f[0].strip(), f[1].equals("wire"), split(f, 2, ","), split(f, 3, ";")));
    }
    return new SourceRegistry(outlets);
  }

  private static List<String> split(String[] fields, int index, String separator) {
    List<String> values = new ArrayList<>();
    if (fields.length > index) {
      for (String value : fields[index].split(separator)) {
        if (!value.isBlank()) {
          values.add(value.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return values;
  }

  /** This registry with the entries of {@code other} added; on a clash {@code other} wins. */
  public SourceRegistry plus(SourceRegistry other) {
    List<Outlet> all = new ArrayList<>(outlets);
    all.addAll(other.outlets);
    return new SourceRegistry(all);
  }

  /** Every entry, in file order. */
  public List<Outlet> outlets() {
    return outlets;
  }

  /** The outlet a name or alias refers to, forgiving case, punctuation and section qualifiers. */
  public Optional<Outlet> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Outlet outlet = byKey.get(Names.key(name));
    if (outlet == null) {
      String bare = Names.withoutQualifier(name);
      outlet = bare.equals(name) ? null : byKey.get(Names.key(bare));
    }
    return Optional.ofNullable(outlet);
  }

  /** The outlet that owns a host or URL ({@code www.}/{@code m.}/{@code amp.} and other subdomains handled). */
  public Optional<Outlet> byDomain(String hostOrUrl) {
    String host = host(hostOrUrl);
    while (host != null && host.indexOf('.') > 0) {
      Outlet outlet = byDomain.get(host);
      if (outlet != null) {
        return Optional.of(outlet);
      }
      host = host.substring(host.indexOf('.') + 1);
    }
    return Optional.empty();
  }

  /** Whether a name or alias is a known wire service. */
  public boolean isWire(String name) {
    return byName(name).map(Outlet::wire).orElse(false);
  }

  static String host(String hostOrUrl) {
    if (hostOrUrl == null || hostOrUrl.isBlank()) {
      return null;
    }
    String s = hostOrUrl.strip().toLowerCase(Locale.ROOT);
    if (s.contains("://")) {
      try {
        s = Objects.requireNonNullElse(URI.create(s.replace(" ", "%20")).getHost(), "");
      } catch (IllegalArgumentException e) {
        s = s.substring(s.indexOf("://") + 3).split("[/?#:]", 2)[0];
      }
    } else {
      s = s.split("[/?#:]", 2)[0];
    }
    return s.isEmpty() ? null : s;
  }

  @Override
  public String toString() {
    return "SourceRegistry[" + outlets.size() + " outlets]";
  }
}
