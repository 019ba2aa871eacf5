package dev.lede.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The curated aliases (aliases.tsv): every known form of an entity resolves to its canonical name. */
final class AliasTable {
  /**
   * One curated entity and all its forms, canonical first.
   *
   * @param aloneSince for a person, the year from which a one-word form alone names them (0: always)
   */
  record Entry(EntityType type, String canonical, List<String> forms, int aloneSince) {
    Entry(EntityType type, String canonical, List<String> forms) {
      this(type, canonical, forms, 0);
    }

    /**
     * Whether {@code written}, a form of this entry, names it in an article of {@code year} (0: undated): always,
     * unless it is one word in an article published before the year from which one word is enough. An undated
     * article is taken to be of today, as most of an archive's are: its "Trump" stays Donald Trump.
     */
    boolean names(String written, int year) {
      return aloneSince == 0 || year == 0 || year >= aloneSince || written.strip().indexOf(' ') > 0;
    }
  }

  private final Map<String, Entry> byKey;

  private AliasTable(Map<String, Entry> byKey) {
    this.byKey = byKey;
  }

  static AliasTable load(String resource) {
    Map<String, Entry> byKey = new HashMap<>();
    int n = 0;
    for (String line : Lexicon.lines(resource)) {
      n++;
      String[] f = line.split("\t");
      if (f.length < 2 || f.length > 4) {
        throw new IllegalStateException(
            resource + " entry " + n + ": expected TYPE<TAB>canonical[<TAB>aliases[<TAB>year]]");
      }
      EntityType type = EntityType.valueOf(f[0].strip());
      Set<String> forms = new LinkedHashSet<>();
      forms.add(f[1].strip());
      if (f.length > 2) {
        for (String a : f[2].split("\\|")) {
          if (!a.isBlank()) {
            forms.add(a.strip());
          }
        }
      }
      int since = 0;
      if (f.length > 3) {
        try {
          since = Integer.parseInt(f[3].strip());
        } catch (NumberFormatException ex) {
          throw new IllegalStateException(resource + " entry " + n + ": the fourth column is a year", ex);
        }
      }
      Entry e = new Entry(type, f[1].strip(), List.copyOf(forms), since);
      for (String form : forms) {
        byKey.putIfAbsent(Fold.key(form), e); // first entry wins: the file order is the tie-break
      }
    }
    return new AliasTable(Map.copyOf(byKey));
  }

  /** This table with {@code extra} entries added; forms already known keep their curated entry. */
  AliasTable plus(List<Entry> extra) {
    Map<String, Entry> byKey = new HashMap<>(this.byKey);
    for (Entry e : extra) {
      for (String form : e.forms()) {
        byKey.putIfAbsent(Fold.key(form), e);
      }
    }
    return new AliasTable(Map.copyOf(byKey));
  }

  /** Every form it knows (folded). */
  Set<String> keys() {
    return byKey.keySet();
  }

  Entry find(String key) {
    return byKey.get(key);
  }

  /** All curated persons, for fuzzy matching of spelling variants. */
  List<Entry> persons() {
    List<Entry> out = new ArrayList<>();
    for (Entry e : new LinkedHashSet<>(byKey.values())) {
      if (e.type() == EntityType.PERSON) {
        out.add(e);
      }
    }
    out.sort((a, b) -> a.canonical().compareTo(b.canonical()));
    return out;
  }
}
