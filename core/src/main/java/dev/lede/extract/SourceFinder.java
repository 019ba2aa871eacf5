package dev.lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names the outlet that published a page from cues in its text: "notifications from X", "© 2024 X. All Rights
 * Reserved.", "X: Your source for ...", a site name in the header that recurs in the page, a breadcrumb root.
 * A name the registry knows needs one cue; an unknown name needs cues worth {@value #UNKNOWN_THRESHOLD} points,
 * and keeps the page's spelling. Copyright lines of wire services and of syndicated originals name the story's
 * origin, not the page's publisher, and are ignored here.
 */
final class SourceFinder {
  /** A decision with the reasons behind it. */
  record Result(String name, String note) {}

  static final int UNKNOWN_THRESHOLD = 2;
  private static final int HEADER_LINES = 5;
  private static final int MAX_SITE_NAME_WORDS = 5;
  private static final Pattern COPYRIGHT = Pattern.compile("^(?i:©|\\(c\\)|copyright)");

  private final SourceRegistry registry;
  private final Markers markers;

  SourceFinder(SourceRegistry registry, Markers markers) {
    this.registry = registry;
    this.markers = markers;
  }

  private static final class Tally {
    int points;
    final Map<String, Integer> spellings = new LinkedHashMap<>();
    final List<String> why = new ArrayList<>();

    String spelling() {
      return spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
  }

  Result find(List<String> lines) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (Markers.Cue cue : markers.sourceCues(line)) {
        if (COPYRIGHT.matcher(line).find() && (registry.isWire(cue.name()) || syndicatedNext(lines, i))) {
          continue; // the story's origin, not the page's publisher
        }
        add(tallies, cue.name(), cue.weight(), "'" + shorten(line) + "'");
      }
    }
    siteNameCues(lines, tallies);
    Tally best = null;
    String bestKey = null;
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      boolean known = registry.byName(e.getKey()).isPresent();
      Tally t = e.getValue();
      if ((known || t.points >= UNKNOWN_THRESHOLD) && (best == null || t.points > best.points)) {
        best = t;
        bestKey = e.getKey();
      }
    }
    if (best == null) {
      String weak = tallies.isEmpty() ? "" : "; weak cues not trusted: " + String.join(", ", weakCues(tallies));
      return new Result(null, "source unknown: no outlet cue on the page (site name, copyright line, notifications"
          + " or subscription line, URL)" + weak);
    }
    String name = registry.byName(bestKey).map(SourceRegistry.Outlet::name).orElse(best.spelling());
    return new Result(name, "source '" + name + "' from page cues: " + String.join(", ", best.why));
  }

  private static List<String> weakCues(Map<String, Tally> tallies) {
    List<String> weak = new ArrayList<>();
    tallies.forEach((k, t) -> weak.add("'" + t.spelling() + "' (" + String.join(", ", t.why) + ")"));
    return weak;
  }

  private void add(Map<String, Tally> tallies, String name, int points, String why) {
    String key = registry.byName(name).map(o -> Names.key(o.name())).orElse(Names.key(name));
    if (key.isEmpty()) {
      return;
    }
    Tally t = tallies.computeIfAbsent(key, k -> new Tally());
    t.points += points;
    t.spellings.merge(name, 1, Integer::sum);
    if (t.why.size() < 4) {
      t.why.add(why);
    }
  }

  /** A short name at the top of the page that recurs below (header and footer), or a breadcrumb's root. */
  private void siteNameCues(List<String> lines, Map<String, Tally> tallies) {
    Map<String, Integer> counts = new HashMap<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        counts.merge(line.strip(), 1, Integer::sum);
        String half = gluedHalf(line.strip());
        if (half != null) {
          counts.merge(half, 1, Integer::sum);
        }
      }
    }
    int seen = 0;
    for (String line : lines) {
      if (line.isBlank() || seen++ >= HEADER_LINES) {
        continue;
      }
      String s = line.strip();
      if (counts.get(s) >= 2 && siteNameLike(s)) {
        add(tallies, s, 1, "site name '" + s + "' in the header, repeated on the page");
      }
    }
    for (String line : lines) {
      if (LineClassifier.breadcrumb(line)) {
        String root = LineClassifier.BREADCRUMB.split(line.strip())[0].strip();
        if (siteNameLike(root)) {
          add(tallies, root, 1, "breadcrumb root '" + root + "'");
        }
        break;
      }
    }
  }

  private boolean siteNameLike(String s) {
    int words = Text.words(s);
    return words >= 1 && words <= MAX_SITE_NAME_WORDS && Names.looksLikeName(s) && !LineClassifier.dateLine(s)
        && !markers.isFurniture(s, words) && !s.toLowerCase(Locale.ROOT).equals("home");
  }

  /** "SiteSite" or "Site Site" (a logo's text twice) gives "Site". */
  static String gluedHalf(String s) {
    if (s.length() >= 4 && s.length() % 2 == 0 && s.substring(0, s.length() / 2).equals(s.substring(s.length() / 2))) {
      return s.substring(0, s.length() / 2);
    }
    int mid = s.length() / 2;
    if (s.length() >= 5 && s.charAt(mid) == ' ' && s.substring(0, mid).equals(s.substring(mid + 1))) {
      return s.substring(0, mid);
    }
    return null;
  }

  private boolean syndicatedNext(List<String> lines, int i) {
    for (int j = i + 1; j < lines.size() && j <= i + 3; j++) {
      if (!lines.get(j).isBlank()) {
        return markers.syndicator(lines.get(j)).isPresent();
      }
    }
    return false;
  }

  static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
