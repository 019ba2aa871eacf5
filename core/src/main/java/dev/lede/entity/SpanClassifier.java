package dev.lede.entity;

import dev.lede.entity.Lexicon.Section;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Types one capitalised span of a paragraph: curated aliases first, then organisation and place patterns
 * (head words such as "Agency" or "River"), then the gazetteer, then people (known first name, title cue, or a
 * run of proper words). Titles, demonyms and possessives are cut off; what cannot be typed with confidence is
 * returned untyped so the document pass can resolve it against the names found elsewhere in the article.
 */
final class SpanClassifier {
  /** A typed (or, when {@code type} is null, untyped) name found in the text. */
  record Found(EntityType type, String text, int start, int end, boolean weakPlace, boolean personCue) {}

  /**
   * Capitalised tokens that are not organisations: a dotted state abbreviation ("N.Y.", "D.C."), a model or code
   * with digits ("AR-15", "F-16", "MH17").
   */
  private static final Pattern NOT_AN_ACRONYM =
      Pattern.compile("(?:[A-Z]\\.){1,2}|.*\\d.*");
  /** A US party and state after a lawmaker's name: "R-S.C.", "D-North Carolina". */
  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-\\p{Lu}.*");
  private static final long SMALL_TOWN = 100_000;
  private static final long BIG_CITY = 500_000;

  private final EntityData data;
  private final Lexicon lex;

  SpanClassifier(EntityData data) {
    this.data = data;
    this.lex = data.lexicon();
  }

  /** Classifies tokens {@code from..to} (inclusive), adding what it finds to {@code out}. */
  void classify(Tokens t, int from, int to, boolean headline, List<Found> out) {
    if (from < to && key(t, from).equals("the") && known(text(t, from, to)) == null) {
      from++;
    }
    while (from < to && lex.in(Section.NON_ENTITIES, key(t, from))) {
      from++; // "September President Zelensky"
    }
    String full = text(t, from, to);
    String fullKey = Fold.key(full);
    if (lex.in(Section.NON_ENTITIES, fullKey) || isMedium(t, from, to) || PARTY_TAG.matcher(t.name(from)).matches()) {
      return; // "R-North Carolina" after a lawmaker's name
    }
    Found known = known(full);
    if (known != null && !doubtfulTown(t, from, to, full)) {
      out.add(at(known, t, from, to));
      return;
    }
    if (joinedWords(t, from, to)) {
      return; // "Tammy Baldwin Tammy Suzanne BaldwinFederal": page text run together, not a name
    }
    int suffix = knownSuffix(t, from, to);
    if (suffix > from) { // "Obama White House": Obama, and the White House
      classify(t, from, suffix - 1, headline, out);
      out.add(at(known(text(t, suffix, to)), t, suffix, to));
      return;
    }
    int n = to - from + 1;
    String last = key(t, to);
    if (lex.in(Section.EVENT_HEADS, last)) {
      if (n > 1) {
        classify(t, from, to - 1, headline, out);
      }
      return;
    }
    String firstKey = key(t, from);
    if (n > 1 && (lex.in(Section.THING_HEADS, last) || lex.in(Section.EVENT_PREFIXES, firstKey))) {
      return; // "Affordable Care Act", "Trump Tower", "Hurricane Katrina": none of our types
    }
    int head = n > 1 && lex.in(Section.CORPORATE_SUFFIXES, last) ? to - 1 : to;
    String headKey = key(t, head);
    boolean longName = head - from >= 2 && allCapitalised(t, from, head);
    if (head > from && lex.in(Section.ORG_HEADS, headKey)
        && (longName || hasProper(t, from, head - 1) || departmentName(t, from, head))) {
      out.add(found(EntityType.ORG, t, from, to, false));
      return;
    }
    if (n > 2 && lex.in(Section.ORG_PREFIX_HEADS, firstKey) && key(t, from + 1).equals("of")) {
      out.add(found(EntityType.ORG, t, from, to, false));
      return;
    }
    if (n > 1 && (lex.in(Section.PLACE_HEADS, last) && hasProper(t, from, to - 1)
        || lex.in(Section.PLACE_PREFIXES, firstKey) && hasProper(t, from + 1, to))) {
      out.add(found(EntityType.PLACE, t, from, to, false));
      return;
    }
    int s = stripTitles(t, from, to, out);
    if (s > from) {
      boolean titled = lex.in(Section.TITLES, key(t, s - 1));
      if (!allCommon(t, s, to)) {
        name(t, s, to, titled, headline, out);
      }
      return;
    }
    name(t, from, to, false, headline, out);
  }

  /** The curated or gazetteer entity with exactly this name, or null. */
  Found known(String name) {
    String k = Fold.key(name);
    AliasTable.Entry e = data.aliases().find(k);
    if (e != null) {
      return new Found(e.type(), name, 0, 0, false, false);
    }
    Gazetteer.Place p = data.gazetteer().find(k);
    // A small town named by an ordinary word ("Police" in Poland, "Temple" in Texas) is not worth the confusion
    boolean commonTown = p != null && p.kind() == Gazetteer.Kind.CITY && p.population() < SMALL_TOWN && lex.isCommon(k);
    if (p != null && !commonTown && !lex.in(Section.NON_ENTITIES, k) && !generic(k) && !lex.in(Section.TITLES, k)) {
      return new Found(EntityType.PLACE, name, 0, 0, p.kind() == Gazetteer.Kind.CITY, false);
    }
    return null;
  }

  /**
   * A town that shares its name with a first name ("Leo") or is small ("Orion", "Paramount") is only a place
   * after a locative word ("in", "near", ...); otherwise the document pass decides.
   */
  private boolean doubtfulTown(Tokens t, int s, int to, String name) {
    if (s != to) {
      return false;
    }
    Gazetteer.Place p = data.gazetteer().find(Fold.key(name));
    if (p == null || p.kind() != Gazetteer.Kind.CITY || data.aliases().find(Fold.key(name)) != null) {
      return false;
    }
    // A town known by another spelling ("Bush" for Egypt's Būsh) or named like a person is not a place by itself
    boolean respelled = !name.equalsIgnoreCase(p.name());
    boolean doubtful = p.population() < SMALL_TOWN
        || (respelled || lex.isGivenName(Fold.key(name))) && p.population() < BIG_CITY;
    String before = s > 0 && t.isWord(s - 1) ? Fold.key(t.word(s - 1)) : "";
    return doubtful && !lex.in(Section.LOCATIVES, before);
  }

  private void name(Tokens t, int s, int to, boolean titled, boolean headline, List<Found> out) {
    String name = text(t, s, to);
    Found known = known(name);
    String firstKey = key(t, s);
    boolean given = lex.isGivenName(firstKey);
    if (known != null && !(titled && known.weakPlace())) {
      if (doubtfulTown(t, s, to, name)) {
        out.add(new Found(null, name, t.start[s], t.nameEnd(to), false, false));
      } else {
        out.add(at(known, t, s, to));
      }
      return;
    }
    if (s == to && lex.in(Section.TITLES, firstKey)) {
      return;
    }
    int n = to - s + 1;
    boolean roleCue = s > 0 && t.isWord(s - 1) && lex.in(Section.ROLE_NOUNS, Fold.key(t.word(s - 1)));
    if (headWord(key(t, to)) && !(given && n >= 2)) {
      return; // "Department" of "Treasury Department" after its title word: not a person ("Emily Post" is)
    }
    if (n >= 2) {
      if (given || titled || roleCue || properName(t, s, to)) {
        out.add(found(EntityType.PERSON, t, s, to, false));
      }
      return;
    }
    String k = Fold.key(name);
    if (t.has(s, Tokens.ALL_CAPS)) {
      if (!headline && name.length() <= 6 && !lex.in(Section.ACRONYM_STOP, k) && !lex.isCommon(k)
          && !NOT_AN_ACRONYM.matcher(name).matches()) {
        out.add(found(EntityType.ORG, t, s, to, false));
      }
      return;
    }
    if (titled) {
      out.add(found(EntityType.PERSON, t, s, to, false));
    } else if (!lex.isCommon(k) && !generic(k) && !lex.in(Section.ORG_HEADS, k)
        && !lex.in(Section.PLACE_HEADS, k) && !lex.in(Section.TITLES, k)) {
      out.add(new Found(null, name, t.start[s], t.nameEnd(s), false, roleCue));
    }
  }

  /**
   * Index of the first token after leading titles and demonyms ("Russian Defense Minister Sergei Shoigu");
   * curated entities in that prefix ("CNBC" in "CNBC General Mark Milley") are reported on their own.
   */
  private int stripTitles(Tokens t, int from, int to, List<Found> out) {
    if (lex.isGivenName(key(t, from)) && !lex.in(Section.TITLES, key(t, from))) {
      return from;
    }
    int lastTitle = -1;
    int demonyms = from;
    for (int i = from; i < to; i++) {
      String k = key(t, i);
      if (lex.in(Section.TITLES, k)) {
        lastTitle = i;
      } else if (!(generic(k) || known(t.name(i)) != null || lex.isCommon(k) || lex.in(Section.ORG_HEADS, k))) {
        break;
      }
      if (demonyms == i && generic(k)) {
        demonyms = i + 1;
      }
    }
    int s = lastTitle >= 0 ? lastTitle + 1 : demonyms;
    for (int i = from; i < s; i++) {
      int end = longestKnown(t, i, s - 1);
      if (end > i) { // "New York Gov. Andrew Cuomo": New York, not York
        out.add(at(known(text(t, i, end)), t, i, end));
        i = end;
        continue;
      }
      Found f = known(t.name(i));
      boolean standalone = f != null && (f.type() == EntityType.PLACE || t.has(i, Tokens.ALL_CAPS));
      if (standalone && !lex.in(Section.TITLES, key(t, i))) {
        out.add(at(f, t, i, i));
      }
    }
    return s;
  }

  /**
   * {@code from + 1} when the span is one surname-like word before a curated organisation of two words or more
   * ("Obama White House", "Clinton State Department"), else {@code from}. A place, a title or an adjective in front
   * ("Virginia Supreme Court", "National Security Council") makes another organisation, which is not split.
   */
  private int knownSuffix(Tokens t, int from, int to) {
    int k = from + 1;
    Found before = k < to ? known(t.name(from)) : null;
    if (k >= to || !t.has(from, Tokens.UPPER) || t.has(from, Tokens.ALL_CAPS)
        || before != null && before.type() != EntityType.PERSON) {
      return from;
    }
    String first = key(t, from);
    if (lex.isCommon(first) || generic(first) || lex.in(Section.TITLES, first) || lex.isGivenName(first)) {
      return from;
    }
    Found f = known(text(t, k, to));
    return f != null && f.type() == EntityType.ORG ? k : from;
  }

  /**
   * The last index (at most {@code limit}) of the longest curated or gazetteer name of two words or more starting at
   * {@code i}, or {@code i} when there is none.
   */
  int longestKnown(Tokens t, int i, int limit) {
    for (int end = limit; end > i; end--) {
      if (known(text(t, i, end)) != null) {
        return end;
      }
    }
    return i;
  }

  /**
   * "Treasury Department", "Interior Ministry": an organisation head after words that are otherwise job titles
   * (which {@link #hasProper} does not count as proper), all capitalised.
   */
  private boolean departmentName(Tokens t, int from, int head) {
    if (!allCapitalised(t, from, head)) {
      return false;
    }
    for (int i = from; i < head; i++) {
      if (!lex.in(Section.TITLES, key(t, i))) {
        return false;
      }
    }
    return true;
  }

  /** A last word that makes a span an organisation, a place or a thing, never a person's name. */
  private boolean headWord(String k) {
    return lex.in(Section.ORG_HEADS, k) || lex.in(Section.PLACE_HEADS, k) || lex.in(Section.THING_HEADS, k);
  }

  /**
   * Whether a word of the span has a capital after four lower-case letters ("BaldwinFederal"), which names do not
   * have ("McCarthy", "DeSantis", "MacArthur") but words run together by a scraper do.
   */
  private static boolean joinedWords(Tokens t, int from, int to) {
    for (int i = from; i <= to; i++) {
      int lower = 0;
      for (int c = t.start[i]; c < t.end[i]; c++) {
        char ch = t.text.charAt(c);
        if (Character.isUpperCase(ch) && lower >= 4) {
          return true;
        }
        lower = Character.isLowerCase(ch) ? lower + 1 : 0;
      }
    }
    return false;
  }

  /** A run of proper words that is probably a person: no common words, no group words, not all capitals. */
  private boolean properName(Tokens t, int s, int to) {
    int words = 0;
    for (int i = s; i <= to; i++) {
      String k = key(t, i);
      if (lex.in(Section.PARTICLES, k) || lex.in(Section.NAME_SUFFIXES, k)) {
        continue;
      }
      words++;
      if (!t.has(i, Tokens.UPPER) || t.has(i, Tokens.ALL_CAPS) && k.length() > 2 || lex.isCommon(k)
          || generic(k) || lex.in(Section.ORG_HEADS, k) || lex.in(Section.PLACE_HEADS, k)
          || lex.in(Section.NON_ENTITIES, k)) {
        return false;
      }
    }
    return words >= 2;
  }

  private boolean hasProper(Tokens t, int from, int to) {
    for (int i = from; i <= to; i++) {
      String k = key(t, i);
      if (t.has(i, Tokens.UPPER) && !lex.isCommon(k) && !lex.in(Section.GENERIC_ADJECTIVES, k)
          && !lex.in(Section.TITLES, k) && !lex.in(Section.ORG_HEADS, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allCapitalised(Tokens t, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!t.has(i, Tokens.UPPER)) {
        return false;
      }
    }
    return true;
  }

  private boolean allCommon(Tokens t, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!lex.isCommon(key(t, i))) {
        return false;
      }
    }
    return true;
  }

  /** "said on Telegram", "a Twitter thread": the platform is the medium, not an actor. */
  private boolean isMedium(Tokens t, int from, int to) {
    boolean platform = false;
    for (int i = from; i <= to && !platform; i++) {
      platform = lex.in(Section.PLATFORMS, key(t, i));
    }
    if (!platform) {
      return false;
    }
    String before = from > 0 && t.isWord(from - 1) ? Fold.key(t.word(from - 1)) : "";
    String after = to + 1 < t.size && t.isWord(to + 1) ? Fold.key(t.word(to + 1)) : "";
    return before.equals("on") || before.equals("via") || lex.in(Section.MEDIA_NOUNS, after);
  }

  private boolean generic(String k) {
    return lex.in(Section.DEMONYMS, k) || lex.in(Section.GENERIC_ADJECTIVES, k);
  }

  private Found at(Found known, Tokens t, int from, int to) {
    return new Found(known.type(), text(t, from, to), t.start[from], t.nameEnd(to), known.weakPlace(), false);
  }

  private Found found(EntityType type, Tokens t, int from, int to, boolean weak) {
    return new Found(type, text(t, from, to), t.start[from], t.nameEnd(to), weak, false);
  }

  private static String key(Tokens t, int i) {
    return t.key(i);
  }

  /** The span's text with a final possessive removed and inner whitespace collapsed. */
  static String text(Tokens t, int from, int to) {
    String raw = t.text.substring(t.start[from], t.nameEnd(to));
    return raw.indexOf('\n') < 0 && raw.indexOf("  ") < 0 ? raw : raw.replaceAll("\\s+", " ");
  }
}
