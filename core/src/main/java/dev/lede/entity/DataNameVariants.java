package dev.lede.entity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@link NameVariants} from the same data that canonicalises names: curated aliases, GeoNames, given names. Only a
 * name is widened, never an ordinary word that happens to be one: "us" is not the United States, "casey" not a town
 * in New Mexico that GeoNames also calls Casey. A GeoNames alternate spelling is not used either, for the same
 * reason; a curated alias is.
 */
final class DataNameVariants implements NameVariants {
  private final DataHolder holder;

  DataNameVariants(DataHolder holder) {
    this.holder = holder;
  }

  @Override
  public Set<String> variantsOf(String name) {
    if (name == null || name.isBlank()) {
      return Set.of();
    }
    EntityData data = holder.data();
    String k = Fold.key(name.strip());
    if (ordinaryWord(data.lexicon(), name.strip(), k)) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    AliasTable.Entry e = data.aliases().find(k);
    if (e != null) {
      for (String form : e.forms()) {
        out.add(form);
        if (e.type() == EntityType.PLACE) {
          addCore(data.lexicon(), form, out);
        }
      }
    }
    // Only the gazetteer's preferred name, not all its alternate names: GeoNames lists dozens of historical and
    // foreign spellings per city ("Kaenugardur" for Kyiv), which would flood a query and crowd out the real variant.
    Gazetteer.Place p = data.gazetteer().find(k);
    if (p != null && !p.alternate() && (e == null || e.type() == EntityType.PLACE)) {
      out.add(p.name()); // "Zurich" and "Zürich": the same primary name with and without its accents
    }
    if (name.strip().indexOf(' ') < 0) {
      out.addAll(data.lexicon().givenVariants(k));
    }
    out.removeIf(v -> Fold.key(v).equals(k));
    Set<String> unique = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    for (String v : out) {
      if (searchedAsWord(data.lexicon(), v)) {
        continue;
      }
      if (keys.add(Fold.key(v))) {
        unique.add(v);
      }
    }
    return Set.copyOf(unique);
  }

  /**
   * A word typed in lower case that English uses as a word: a common word, a word of the entity word lists
   * (titles, "department", "post"), or a fragment of two letters or less. "US" typed in capitals is still a name.
   */
  private static boolean ordinaryWord(Lexicon lex, String typed, String key) {
    if (key.indexOf(' ') >= 0 || !typed.equals(typed.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    if (key.length() <= 2 || lex.isCommon(key)) {
      return true;
    }
    for (Lexicon.Section section : Lexicon.Section.values()) {
      if (lex.in(section, key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A variant of one word that the index cannot tell from a common word: "US" for the United States is searched as
   * "us", since words are indexed in lower case, and would find every "let us". It is left out of the query; the
   * other forms ("U.S.", "United States", "USA") still find the name.
   */
  private static boolean searchedAsWord(Lexicon lex, String variant) {
    for (int i = 0; i < variant.length(); i++) {
      if (!Character.isLetter(variant.charAt(i))) {
        return false;
      }
    }
    return lex.isCommon(variant.toLowerCase(java.util.Locale.ROOT));
  }

  /** "Dnipro River" and "River Dnieper" are also written "Dnipro" and "Dnieper". */
  private static void addCore(Lexicon lex, String form, Set<String> out) {
    String[] w = form.split(" ");
    if (w.length == 2 && lex.in(Lexicon.Section.PLACE_HEADS, Fold.key(w[1]))) {
      out.add(w[0]);
    } else if (w.length == 2 && lex.in(Lexicon.Section.PLACE_PREFIXES, Fold.key(w[0]))) {
      out.add(w[1]);
    }
  }
}
