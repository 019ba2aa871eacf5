package dev.lede.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind the default extractor (lexicon.txt, common-words.txt, given-names.txt, first-names.txt),
 * all keyed by {@link Fold#key}. Immutable after loading.
 */
final class Lexicon {
  /** The sections of lexicon.txt; each name is the section header. */
  enum Section {
    TITLES("titles"),
    ROLE_NOUNS("role-nouns"),
    DEMONYMS("demonyms"),
    NATIONALITY_NOUNS("nationality-nouns"),
    GENERIC_ADJECTIVES("generic-adjectives"),
    NON_ENTITIES("non-entities"),
    PLATFORMS("platforms"),
    MEDIA_NOUNS("media-nouns"),
    ORG_NOUNS("org-nouns"),
    PLACE_NOUNS("place-nouns"),
    POSTNOMINALS("postnominals"),
    PARTICLES("particles"),
    NAME_SUFFIXES("name-suffixes"),
    CORPORATE_SUFFIXES("corporate-suffixes"),
    LEGAL_FORMS("legal-forms"),
    ORG_HEADS("org-heads"),
    ORG_PREFIX_HEADS("org-prefix-heads"),
    PLACE_HEADS("place-heads"),
    PLACE_PREFIXES("place-prefixes"),
    EVENT_HEADS("event-heads"),
    EVENT_PREFIXES("event-prefixes"),
    THING_HEADS("thing-heads"),
    VENUE_HEADS("venue-heads"),
    LOCATIVES("locatives"),
    ACRONYM_STOP("acronym-stop"),
    DEFINED_PLACES("defined-places"),
    DEFINED_ORGS("defined-orgs"),
    DATE_WORDS("date-words"),
    OFFICE_WORDS("office-words"),
    SEATS("seats"),
    CHAMBERS("chambers"),
    INTERJECTIONS("interjections"),
    LANDFORM_SURNAMES("landform-surnames"),
    WORKS("works"),
    OFFICE_QUALIFIERS("office-qualifiers"),
    NOT_TEAMS("not-teams"),
    FUNCTION_WORDS("function-words");

    final String header;

    Section(String header) {
      this.header = header;
    }
  }

  private final Map<Section, Set<String>> sections;
  private final Set<String> common;
  /** Given name -> the preferred spelling of its variant group. */
  private final Map<String, String> givenNames;
  /** Given name -> the display form of the group's preferred spelling. */
  private final Map<String, String> givenDisplay;
  /** Preferred spelling of a group -> every spelling in it, for lookups that would otherwise scan all names. */
  private final Map<String, Set<String>> givenGroups;
  /** More first names (first-names.txt), for the rules only: the tagger's features read the given names alone. */
  private final Set<String> firstNames;
  /** The first words of each section's entries, for {@link #mayOpen}. */
  private final Map<Section, Set<String>> openers;

  private Lexicon(
      Map<Section, Set<String>> sections,
      Set<String> common,
      Map<String, String> givenNames,
      Map<String, String> givenDisplay,
      Set<String> firstNames) {
    this.sections = sections;
    this.common = common;
    this.givenNames = givenNames;
    this.givenDisplay = givenDisplay;
    this.firstNames = firstNames;
    Map<String, Set<String>> groups = new HashMap<>();
    givenNames.forEach((name, group) -> groups.computeIfAbsent(group, g -> new HashSet<>()).add(name));
    groups.replaceAll((group, names) -> Set.copyOf(names));
    this.givenGroups = Map.copyOf(groups);
    Map<Section, Set<String>> first = new HashMap<>();
    sections.forEach((section, keys) -> {
      Set<String> words = new HashSet<>();
      for (String key : keys) {
        int space = key.indexOf(' ');
        words.add(space < 0 ? key : key.substring(0, space));
      }
      first.put(section, Set.copyOf(words));
    });
    this.openers = Map.copyOf(first);
  }

  /**
   * Whether an entry of the section can begin with the word {@code firstWord} (folded; the part of a key before its
   * first space): a cheap test before a phrase's key is built for {@link #in}, which also tries a key without its
   * final full stop.
   */
  boolean mayOpen(Section section, String firstWord) {
    Set<String> set = openers.getOrDefault(section, Set.of());
    return set.contains(firstWord)
        || firstWord.endsWith(".") && set.contains(firstWord.substring(0, firstWord.length() - 1));
  }

  static Lexicon load() {
    Map<Section, Set<String>> sections = new HashMap<>();
    Section current = null;
    for (String line : lines("lexicon.txt")) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = section(line.substring(1, line.length() - 1));
        continue;
      }
      if (current == null) {
        throw new IllegalStateException("lexicon.txt: entry outside a section: " + Fold.quote(line));
      }
      Set<String> set = sections.computeIfAbsent(current, s -> new HashSet<>());
      if (current == Section.NON_ENTITIES || current == Section.SEATS) {
        for (String phrase : line.split(",")) { // phrases, so entries are comma-separated
          if (!phrase.isBlank()) {
            set.add(Fold.key(phrase.strip()));
          }
        }
      } else {
        for (String w : line.split(" ")) {
          set.add(Fold.key(w));
        }
      }
    }
    addPlurals(sections.get(Section.DEMONYMS));
    Set<String> common = new HashSet<>();
    for (String line : lines("common-words.txt")) {
      common.add(Fold.key(line));
    }
    Map<String, String> given = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    for (String line : lines("given-names.txt")) {
      String[] names = line.split(" ");
      for (String n : names) {
        given.putIfAbsent(Fold.key(n), Fold.key(names[0]));
        display.putIfAbsent(Fold.key(n), names[0]);
      }
    }
    Set<String> first = new HashSet<>();
    for (String line : lines("first-names.txt")) {
      String k = Fold.key(line.strip());
      if (!common.contains(k) && sections.values().stream().noneMatch(words -> words.contains(k))) {
        first.add(k); // "Will", "Summer", "Dane" are words before they are names
      }
    }
    return new Lexicon(Map.copyOf(sections), Set.copyOf(common), Map.copyOf(given), Map.copyOf(display),
        Set.copyOf(first));
  }

  private static Section section(String header) {
    for (Section s : Section.values()) {
      if (s.header.equals(header)) {
        return s;
      }
    }
    throw new IllegalStateException("lexicon.txt: unknown section " + Fold.quote(header));
  }

  private static void addPlurals(Set<String> demonyms) {
    for (String d : List.copyOf(demonyms)) {
      if (d.endsWith("n") || d.endsWith("i") || d.endsWith("e")) {
        demonyms.add(d + "s");
      }
    }
  }

  boolean in(Section section, String key) {
    Set<String> set = sections.getOrDefault(section, Set.of());
    return set.contains(key) || key.endsWith(".") && set.contains(key.substring(0, key.length() - 1));
  }

  /** The entries of a section (folded). */
  Set<String> words(Section section) {
    return sections.getOrDefault(section, Set.of());
  }

  /** Every common word and given name (folded). */
  Set<String> commonWords() {
    return common;
  }

  Set<String> givenNames() {
    return givenNames.keySet();
  }

  boolean isCommon(String key) {
    return common.contains(key);
  }

  boolean isGivenName(String key) {
    return givenNames.containsKey(key);
  }

  /**
   * A given name, or a first name of the longer list that is no common word or lexicon word (whether it is also a
   * place or a curated name is for {@link EntityData#firstName} to say).
   */
  boolean isListedFirstName(String key) {
    return givenNames.containsKey(key) || firstNames.contains(key);
  }

  /** The group key of a given name, or the name itself when it is not in a group. */
  String givenGroup(String key) {
    return givenNames.getOrDefault(key, key);
  }

  /** The preferred spelling of a given name's group, or null when the name is not known. */
  String preferredGiven(String key) {
    return givenDisplay.get(key);
  }

  /** All spellings in the same group as this given name (folded), or empty. */
  Set<String> givenVariants(String key) {
    String group = givenNames.get(key);
    return group == null ? Set.of() : givenGroups.getOrDefault(group, Set.of());
  }

  /** Non-comment, non-blank, trimmed lines of a bundled resource of this package. */
  static List<String> lines(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource dev/lede/entity/" + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
    return out;
  }
}
