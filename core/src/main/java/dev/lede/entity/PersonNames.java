package dev.lede.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether two person names are spellings of one person (Sergei/Sergey Surovikin, Zelensky/Zelenskyy)
 * and names a person deterministically. Surnames must sound alike (DoubleMetaphone) and look alike
 * (Jaro-Winkler); first names, when both are given, must be the same name, variants in given-names.txt or an
 * initial, so Joe and Hunter Biden stay two people.
 */
final class PersonNames {
  private static final double SURNAME_SIMILARITY = 0.9;
  private static final double FIRST_NAME_SIMILARITY = 0.88;

  private final Lexicon lexicon;
  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
  /** Surname sound -> curated persons with a form ending in that surname. */
  private final Map<String, List<AliasTable.Entry>> curatedBySurname = new HashMap<>();

  PersonNames(Lexicon lexicon, AliasTable aliases) {
    this.lexicon = lexicon;
    for (AliasTable.Entry e : aliases.persons()) {
      for (String form : e.forms()) {
        List<String> parts = parts(form);
        String sound = sound(parts.get(parts.size() - 1));
        List<AliasTable.Entry> list = curatedBySurname.computeIfAbsent(sound, k -> new ArrayList<>());
        if (!list.contains(e)) {
          list.add(e);
        }
      }
    }
  }

  /** Name parts without honorific suffixes and middle initials ("Mark A. Milley" -> Mark, Milley). */
  List<String> parts(String name) {
    String[] raw = name.split(" ");
    List<String> out = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      String k = Fold.key(raw[i]);
      boolean initial = i > 0 && i < raw.length - 1 && k.length() <= 2 && k.endsWith(".");
      if (!initial && !lexicon.in(Lexicon.Section.NAME_SUFFIXES, k)) {
        out.add(raw[i]);
      }
    }
    return out.isEmpty() ? List.of(name) : out;
  }

  /** A name analysed once: its parts, their folded keys and the surname's spelling key. */
  record Name(String text, List<String> parts, List<String> keys, String surnameKey) {
    int size() {
      return parts.size();
    }
  }

  Name analyse(String name) {
    List<String> parts = parts(name);
    List<String> keys = new ArrayList<>(parts.size());
    for (String p : parts) {
      keys.add(Fold.key(p));
    }
    return new Name(name, parts, keys, spellingKey(keys.get(keys.size() - 1)));
  }

  boolean samePerson(String a, String b) {
    return samePerson(analyse(a), analyse(b));
  }

  boolean samePerson(Name a, Name b) {
    if (!surnameKeysMatch(a.surnameKey(), b.surnameKey())) {
      return false;
    }
    return a.size() == 1 || b.size() == 1
        || firstNamesMatch(a.parts().get(0), b.parts().get(0)) && middleNamesAgree(a, b);
  }

  /**
   * The middle names (initials aside) of two names, when both have some, are one the other's part: "Hillary Rodham
   * Clinton" is Hillary Diane Rodham Clinton, while Juan Orlando Hernandez and his brother Juan Antonio Hernandez are
   * two people.
   */
  private boolean middleNamesAgree(Name a, Name b) {
    if (a.size() < 3 || b.size() < 3) {
      return true;
    }
    List<String> ma = a.keys().subList(1, a.size() - 1);
    List<String> mb = b.keys().subList(1, b.size() - 1);
    if (ma.size() == mb.size()) {
      for (int i = 0; i < ma.size(); i++) {
        String x = ma.get(i);
        String y = mb.get(i);
        if (!x.equals(y) && (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0)
            || !sound(x).equals(sound(y)) && similarity.apply(x, y) < SURNAME_SIMILARITY)) {
          return false;
        }
      }
      return true; // spelt alike: "Kim Jung Un" is Kim Jong Un, "Recep Tayyik Erdogan" Recep Tayyip Erdogan
    }
    return ma.size() < mb.size() ? java.util.Collections.indexOfSubList(mb, ma) >= 0
        : java.util.Collections.indexOfSubList(ma, mb) >= 0;
  }

  boolean surnamesMatch(String a, String b) {
    return surnameKeysMatch(spellingKey(Fold.key(a)), spellingKey(Fold.key(b)));
  }

  /** Spelling keys equal, or alike in both look (Jaro-Winkler) and sound (DoubleMetaphone). */
  boolean surnameKeysMatch(String ka, String kb) {
    if (ka.equals(kb)) {
      return true;
    }
    // transliterations keep the first letter and nearly the length; this also keeps the check cheap
    if (ka.isEmpty() || kb.isEmpty() || ka.charAt(0) != kb.charAt(0) || Math.abs(ka.length() - kb.length()) > 3) {
      return false;
    }
    return similarity.apply(ka, kb) >= SURNAME_SIMILARITY && sound(ka).equals(sound(kb));
  }

  boolean firstNamesMatch(String a, String b) {
    String ka = Fold.key(a);
    String kb = Fold.key(b);
    if (ka.equals(kb) || lexicon.givenGroup(ka).equals(lexicon.givenGroup(kb))) {
      return true;
    }
    if (ka.length() <= 2 || kb.length() <= 2) { // an initial: "J." and "Joe"
      return ka.charAt(0) == kb.charAt(0);
    }
    boolean bothKnown = lexicon.isGivenName(ka) && lexicon.isGivenName(kb);
    return !bothKnown && sound(a).equals(sound(b)) && similarity.apply(ka, kb) >= FIRST_NAME_SIMILARITY;
  }

  /** The curated person this name is a spelling of, or null. */
  AliasTable.Entry curatedMatch(String name) {
    List<String> p = parts(name);
    List<AliasTable.Entry> candidates = curatedBySurname.getOrDefault(sound(p.get(p.size() - 1)), List.of());
    for (AliasTable.Entry e : candidates) {
      for (String form : e.forms()) {
        if ((p.size() == 1) == (parts(form).size() == 1) && samePerson(name, form)) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * A stable spelling for a name no data file knows: the preferred spelling of its first name's variant group
   * and a surname with its transliteration ending made plain ("Valeriy Zaluzhnyi" -> "Valery Zaluzhny"), so
   * every spelling of one person gets the same facet value whatever order articles are indexed in.
   */
  String stableSpelling(String name) {
    String[] raw = name.split(" ");
    if (raw.length < 2) {
      return name;
    }
    String preferred = lexicon.preferredGiven(Fold.key(raw[0]));
    if (preferred != null) {
      raw[0] = preferred;
    }
    int last = raw.length - 1;
    raw[last] = plainEnding(raw[last]);
    return String.join(" ", raw);
  }

  String sound(String word) {
    String code = metaphone.doubleMetaphone(Fold.key(word).replace("-", ""));
    return code == null ? "" : code;
  }

  /** Folded surname with Slavic transliteration endings (-yy, -iy, -yi, -ii) made "-y". */
  static String spellingKey(String key) {
    return plainEnding(key).toLowerCase(java.util.Locale.ROOT);
  }

  private static String plainEnding(String w) {
    int n = w.length();
    if (n < 6) {
      return w;
    }
    String end = w.substring(n - 2).toLowerCase();
    boolean variant = end.equals("yy") || end.equals("iy") || end.equals("yi") || end.equals("ii");
    char before = Character.toLowerCase(w.charAt(n - 3));
    boolean consonant = Character.isLetter(before) && "aeiouy".indexOf(before) < 0;
    return variant && consonant ? w.substring(0, n - 2) + "y" : w;
  }
}
