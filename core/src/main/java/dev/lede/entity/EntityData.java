package dev.lede.entity;

import dev.lede.extract.SourceRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the default extractor and the alias resolution read from data files, loaded once per
 * {@link EntityAnnotator} or {@link DefaultEntityExtractor} (never into static fields) and immutable after.
 */
record EntityData(Lexicon lexicon, Gazetteer gazetteer, AliasTable aliases, PersonNames persons,
    Map<String, String> stateAbbreviations, SourceRegistry registry) {
  /** The bundled file of U.S. state abbreviations ("Fla." -> Florida). */
  static final String STATE_ABBREVIATIONS = "state-abbreviations.tsv";

  static EntityData load() {
    Lexicon lexicon = Lexicon.load();
    Gazetteer gazetteer = Gazetteer.load(lexicon);
    SourceRegistry registry = SourceRegistry.bundled();
    AliasTable aliases = AliasTable.load("aliases.tsv").plus(outlets(registry, lexicon, gazetteer));
    return new EntityData(lexicon, gazetteer, aliases, new PersonNames(lexicon, aliases), loadStateAbbreviations(),
        registry);
  }

  /**
   * Whether a word (folded) can open a person's name, for the rules that need a person's shape: a given name
   * (given-names.txt, which the tagger also reads), or a first name of the longer list (first-names.txt: "Nick",
   * "Lloyd", "Wasim") that is no common word, no place the gazetteer knows ("Sydney", "Victoria") and no curated
   * name.
   */
  boolean firstName(String key) {
    return lexicon.isGivenName(key)
        || lexicon.isListedFirstName(key) && gazetteer.find(key) == null && aliases.find(key) == null;
  }

  /** The state an abbreviation names, keyed without its last full stop ("Fla", "N.H", "W.Va"), as written. */
  private static Map<String, String> loadStateAbbreviations() {
    Map<String, String> out = new HashMap<>();
    for (String line : Lexicon.lines(STATE_ABBREVIATIONS)) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException(STATE_ABBREVIATIONS + ": bad line " + line);
      }
      out.put(withoutLastStop(cols[0]), cols[1]);
    }
    return Map.copyOf(out);
  }

  /** The state a place written as an abbreviation names ("Fla." or "Fla" -> Florida), else null. */
  String stateOf(String written) {
    return stateAbbreviations.get(withoutLastStop(written.strip()));
  }

  /**
   * The last words of the registry's outlet names of two words or more ("times" of "The New York Times", "post",
   * "journal", "globe"): an article that named such an outlet in full names it again by that word ("the Times").
   */
  Set<String> outletHeads() {
    return OutletHeads.WORDS;
  }

  /** Computed once from the bundled registry, which does not change while the program runs. */
  private static final class OutletHeads {
    static final Set<String> WORDS = compute();

    private static Set<String> compute() {
      Set<String> words = new java.util.HashSet<>();
      for (SourceRegistry.Outlet o : SourceRegistry.bundled().outlets()) {
        String k = Fold.key(o.name());
        if (k.indexOf(' ') > 0) {
          words.add(k.substring(k.lastIndexOf(' ') + 1));
        }
      }
      return Set.copyOf(words);
    }
  }

  private static String withoutLastStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The news outlets and wire services of the source registry as organisations ("Daily Caller", "Christian
   * Science Monitor"), so that their names are not taken for people. Only forms that cannot be something else are
   * used: names of two words or more, and single names that are neither ordinary words, first names, places nor
   * organisation head words ("Time", "The Times" and "The Post" are left out).
   */
  private static List<AliasTable.Entry> outlets(SourceRegistry registry, Lexicon lexicon, Gazetteer gazetteer) {
    List<AliasTable.Entry> out = new ArrayList<>();
    for (SourceRegistry.Outlet o : registry.outlets()) {
      Set<String> forms = new LinkedHashSet<>();
      for (String form : concat(o.name(), o.aliases())) {
        if (usableOutletName(form, lexicon, gazetteer)) {
          forms.add(form);
        }
      }
      if (!forms.isEmpty()) { // the canonical name is the facet value even when it is too ambiguous to match
        out.add(new AliasTable.Entry(EntityType.ORG, o.name(), List.copyOf(forms)));
      }
    }
    return out;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static boolean usableOutletName(String form, Lexicon lexicon, Gazetteer gazetteer) {
    if (form.contains(" - ") || form.contains("(") || form.contains(".com")) {
      return false; // a section label of the registry ("New York Times - Opinion"), not a name used in text
    }
    String bare = form.regionMatches(true, 0, "The ", 0, 4) ? form.substring(4) : form;
    String k = Fold.key(bare);
    if (bare.indexOf(' ') > 0) {
      return true;
    }
    if (Fold.isAllCaps(bare)) {
      return bare.length() >= 3 && !lexicon.in(Lexicon.Section.ACRONYM_STOP, k) && !lexicon.isCommon(k);
    }
    // "The Times" and "The Post" are how any Times or Post is called once named in full: not one outlet
    return !lexicon.isCommon(k) && !lexicon.isGivenName(k) && gazetteer.find(k) == null
        && !lexicon.in(Lexicon.Section.DEMONYMS, k) && !lexicon.in(Lexicon.Section.GENERIC_ADJECTIVES, k)
        && !lexicon.in(Lexicon.Section.ORG_HEADS, k);
  }
}
