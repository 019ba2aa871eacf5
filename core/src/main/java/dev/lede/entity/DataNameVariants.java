package dev.lede.entity;

import java.util.LinkedHashSet;
import java.util.Set;

/** {@link NameVariants} from the same data that canonicalises names: curated aliases, GeoNames, given names. */
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
    EntityData data = holder.get().data();
    String k = Fold.key(name.strip());
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
    Gazetteer.Place p = data.gazetteer().find(k);
    if (p != null && (e == null || e.type() == EntityType.PLACE)) {
      out.addAll(data.gazetteer().spellingsOf(k));
      if (e != null) {
        out.addAll(data.gazetteer().spellingsOf(Fold.key(e.canonical())));
      }
    }
    if (name.strip().indexOf(' ') < 0) {
      out.addAll(data.lexicon().givenVariants(k));
    }
    out.removeIf(v -> Fold.key(v).equals(k));
    Set<String> unique = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    for (String v : out) {
      if (keys.add(Fold.key(v))) {
        unique.add(v);
      }
    }
    return Set.copyOf(unique);
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
