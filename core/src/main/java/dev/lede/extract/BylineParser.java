package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author lines: "By X", "By X and Y", "X | Editorial Board", "X, Reuters", and a standfirst ending in
 * "..., says X". Strips "By", job titles and outlet names; an agency named in the byline is reported as the wire.
 */
final class BylineParser {
  /**
   * An author line.
   *
   * @param authors person (or desk) names, in order
   * @param wire canonical name of an agency named in the line, or null
   */
  record Byline(List<String> authors, String wire) {}

  private static final int MAX_WORDS = 16;
  private static final Pattern BY = Pattern.compile("^(?:By|BY|by)[:\\s]\\s*(?<rest>.+)$");
  /**
   * A blog's posting line: "Posted on May 16, 2023 by Jane Smith", "Written by Jane Smith on May 16, 2023",
   * "Published 16.05.2023 by Jane Smith" (a date, if any, between the verb and "by").
   */
  private static final Pattern POSTED_BY = Pattern.compile(
      "^(?i:posted|published|written|submitted)(?:\\s+(?i:on|at))?(?:\\s+[^|]*?\\d[^|]*?)?\\s+(?i:by)[:\\s]\\s*(?<rest>.+)$");
  private static final Pattern PIPE = Pattern.compile("^(?<name>[^|]{2,60}?)\\s*\\|\\s*(?<role>[^|]{2,60})$");
  private static final Pattern COMMA = Pattern.compile("^(?<name>[^,]{2,60}?),\\s*(?<org>[^,]{2,60})$");
  private static final Pattern SAYS =
      Pattern.compile("(?:,|\\bwrites|\\bsays|\\bargues|\\breports|\\bexplains)\\s+(?:says\\s+)?"
          + "(?<name>\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})[.]?$");
  /** What follows a date that opens a line and names its author: "by Jane Smith", "| By Jane Smith". */
  private static final Pattern DATE_THEN_BY = Pattern.compile("^\\s*[|,·•-]?\\s*(?i:by)[:\\s]\\s*(?<rest>.+)$");
  /** Degrees and credentials that follow a name after a comma. */
  private static final java.util.Set<String> CREDENTIALS = java.util.Set.of("phd", "ph.d.", "md", "m.d.", "rd", "rdn",
      "ms", "m.s.", "mph", "rn", "mba", "psyd", "dds", "dvm", "cpt", "cscs", "facs", "lcsw", "ma", "m.a.", "ba", "jd");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

  private final SourceRegistry registry;
  private final Markers markers;

  BylineParser(SourceRegistry registry, Markers markers) {
    this.registry = registry;
    this.markers = markers;
  }

  Optional<Byline> parse(String line) {
    if (Text.words(line) > MAX_WORDS) {
      return Optional.empty();
    }
    Matcher by = BY.matcher(line);
    if (by.matches()) {
      return names(cutAtDate(by.group("rest")), true);
    }
    Matcher posted = POSTED_BY.matcher(line);
    if (posted.matches()) {
      return names(cutAtDate(posted.group("rest")), true);
    }
    List<DateParser.Found> dates = DateParser.findAll(line);
    if (!dates.isEmpty() && dates.get(0).start() == 0) {
      Matcher after = DATE_THEN_BY.matcher(line.substring(dates.get(0).end()));
      if (after.matches()) {
        return names(cutAtDate(after.group("rest")), true); // "May 16, 2023 by Jane Smith"
      }
    }
    Matcher pipe = PIPE.matcher(line);
    if (pipe.matches() && isRoleOrOutlet(pipe.group("role"))) {
      return names(pipe.group("name") + ", " + pipe.group("role"), false);
    }
    Matcher comma = COMMA.matcher(line);
    if (comma.matches()
        && registry.byName(comma.group("org")).isPresent()
        && Names.looksLikeName(Names.clean(comma.group("name")))) {
      return names(line, false);
    }
    return Optional.empty();
  }

  /** The author a standfirst names at its end ("..., says Kim Sengupta"), if any. */
  Optional<String> standfirstAuthor(String standfirst) {
    Matcher m = SAYS.matcher(standfirst.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String name = Names.clean(m.group("name"));
    return registry.byName(name).isPresent() ? Optional.empty() : Optional.of(name);
  }

  /** Meta authors with job titles and outlet names dropped ("Opinion Contributor" is not a person). */
  List<String> cleanAuthors(List<String> stated) {
    List<String> out = new ArrayList<>();
    for (String author : stated) {
      String name = Names.clean(author == null ? "" : author);
      if (!name.isEmpty() && !markers.isRole(name) && registry.byName(name).isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private boolean isRoleOrOutlet(String s) {
    return markers.isRole(s) || registry.byName(s).isPresent();
  }

  private Optional<Byline> names(String text, boolean explicit) {
    List<String> authors = new ArrayList<>();
    String wire = null;
    for (String raw : SPLIT.split(text.replace("|", ","))) {
      String part = Names.clean(raw);
      if (part.isEmpty()) {
        continue;
      }
      Optional<SourceRegistry.Outlet> outlet = registry.byName(part);
      if (outlet.isPresent()) {
        wire = outlet.get().wire() && wire == null ? outlet.get().name() : wire;
        continue;
      }
      if (CREDENTIALS.contains(part.toLowerCase(java.util.Locale.ROOT))) {
        continue; // "By Grant Tinsley, PhD": a degree after the name, not a second author
      }
      String name = Names.clean(markers.withoutRoles(part));
      name = name.equalsIgnoreCase("the") ? "" : name;
      if (name.isEmpty() && markers.isRole(part) && explicit && authors.isEmpty()) {
        name = part; // "By The Editorial Board": the desk is the author
      }
      if (!name.isEmpty()) {
        if (!Names.looksLikeName(name) || Text.words(name) > 5) {
          return Optional.empty(); // "By the end of the day, ..." is a sentence, not a byline
        }
        authors.add(name);
      }
    }
    return authors.isEmpty() && wire == null ? Optional.empty() : Optional.of(new Byline(authors, wire));
  }

  private static String cutAtDate(String rest) {
    List<DateParser.Found> dates = DateParser.findAll(rest);
    String cut = dates.isEmpty() ? rest : rest.substring(0, dates.get(0).start());
    return cut.replaceAll("(?i)\\b(?:updated|published|posted)\\b.*$", "").replaceAll("(?i)\\s+(?:on|at)\\s*$", "");
  }
}
