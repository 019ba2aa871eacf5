package dev.lede.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the agency a story came from: a dateline ("KYIV, Nov 9 (Reuters) -", "(Bloomberg) —"), an agency in the
 * byline, a copyright line of a wire service, and last a "Distributed by" syndication line. Photo credits are not
 * cues (an AFP photo does not make an AFP story).
 */
final class WireFinder {
  /** The agency's canonical name (or null) and where it was found. */
  record Result(String wire, String note) {}

  private static final int DATELINE_PARAGRAPHS = 3;
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:[\\p{Lu}][\\p{L}\\p{N} .,'’/-]{0,60}?\\s*)?\\((?<name>[^()]{2,40})\\)\\s*[-—–]{1,2}\\s*\\S");
  private static final Pattern COPYRIGHT = Pattern.compile(
      "^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:(?:19|20)\\d{2}\\s*,?\\s*)?(?<name>.{2,60}?)\\.?(?:\\s+all rights reserved.*)?$",
      Pattern.CASE_INSENSITIVE);

  private final SourceRegistry registry;
  private final Markers markers;

  WireFinder(SourceRegistry registry, Markers markers) {
    this.registry = registry;
    this.markers = markers;
  }

  /**
   * @param lines the page
   * @param paragraphs line indexes of the story
   * @param bylineWire an agency named in the byline, or null
   */
  Result find(List<String> lines, List<Integer> paragraphs, String bylineWire) {
    for (int k = 0; k < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); k++) {
      String text = lines.get(paragraphs.get(k));
      Matcher m = DATELINE.matcher(text);
      Optional<SourceRegistry.Outlet> agency = m.find() ? wire(m.group("name")) : Optional.empty();
      if (agency.isPresent()) {
        return new Result(agency.get().name(), "wire " + agency.get().name() + " from the dateline '"
            + text.substring(0, Math.min(text.length(), m.end() - 1)).strip() + "'");
      }
    }
    if (bylineWire != null) {
      return new Result(bylineWire, "wire " + bylineWire + " from the byline");
    }
    String syndicator = null;
    for (String line : lines) {
      Matcher m = COPYRIGHT.matcher(line.strip());
      Optional<SourceRegistry.Outlet> agency = m.matches() ? wire(Names.clean(m.group("name"))) : Optional.empty();
      if (agency.isPresent()) {
        return new Result(agency.get().name(), "wire " + agency.get().name() + " from the copyright line '"
            + SourceFinder.shorten(line.strip()) + "'" + syndicated(lines));
      }
      syndicator = syndicator != null ? syndicator : markers.syndicator(line.strip()).orElse(null);
    }
    if (syndicator != null) {
      String name = registry.byName(syndicator).map(SourceRegistry.Outlet::name).orElse(syndicator);
      return new Result(name, "wire " + name + " from the line 'Distributed by " + syndicator + "'");
    }
    return new Result(null, null);
  }

  private String syndicated(List<String> lines) {
    for (String line : lines) {
      Optional<String> by = markers.syndicator(line.strip());
      if (by.isPresent()) {
        return "; syndicated by " + by.get();
      }
    }
    return "";
  }

  private Optional<SourceRegistry.Outlet> wire(String name) {
    return registry.byName(name).filter(SourceRegistry.Outlet::wire);
  }
}
