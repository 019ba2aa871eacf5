package dev.lede.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one article's mentions into canonical entities. Within the article, "Putin", "President Putin" and
 * "Vladimir Putin" become one person named by the fullest form, and "Skydance" joins "Skydance Media". Across the
 * archive the name is then made canonical by rules that only read data files (curated aliases, the gazetteer,
 * given-name variant groups), never what was indexed before, so the result does not depend on indexing order.
 * Operator overrides are applied last.
 */
final class Resolver {
  /** Mentions of one entity in one article. */
  private static final class Cluster {
    final EntityType type;
    String name;
    /** The form the article uses most (for people: the fullest name, most used). */
    String written;
    int writtenCount;
    final Set<String> forms = new LinkedHashSet<>();
    int count;
    long first = Long.MAX_VALUE;

    Cluster(EntityType type, String name) {
      this.type = type;
      this.name = name;
    }

    void add(String form, int n, long position) {
      forms.add(form);
      count += n;
      first = Math.min(first, position);
      if (written == null || n > writtenCount) {
        written = form;
        writtenCount = n;
      }
    }

    /** Takes over another cluster's mentions (its written name too when this one has none). */
    void absorb(Cluster o) {
      forms.addAll(o.forms);
      count += o.count;
      first = Math.min(first, o.first);
      if (written == null) {
        written = o.written;
        writtenCount = o.writtenCount;
      }
    }
  }

  /** How often a surface form occurs and where it first does. */
  private record Tally(String form, int count, long first) {}

  private final EntityData data;
  private final EntityOverrides overrides;

  Resolver(EntityData data, EntityOverrides overrides) {
    this.data = data;
    this.overrides = overrides;
  }

  /**
   * @param year the article's year of publication, 0 when it has no date
   * @param inCapitals whether a paragraph (-1 the title) is written in capitals: a headline, a table, a fixture list
   */
  Entities resolve(List<Mention> mentions, int year, java.util.function.IntPredicate inCapitals) {
    Map<EntityType, Map<String, Tally>> forms = new EnumMap<>(EntityType.class);
    for (Mention m : oneTypePerName(mentions, inCapitals, key -> NameSpans.personLike(data.lexicon(), key))) {
      long position = ((long) (m.paragraph() + 1) << 32) | m.start();
      String form = m.text().strip();
      if (form.indexOf('\n') >= 0 || form.contains("  ")) {
        form = form.replaceAll("\\s+", " ");
      }
      if (form.isEmpty()) {
        continue;
      }
      forms.computeIfAbsent(m.type(), t -> new LinkedHashMap<>())
          .merge(Fold.key(form), new Tally(form, 1, position),
              (a, b) -> new Tally(a.form(), a.count() + b.count(), Math.min(a.first(), b.first())));
    }
    List<Cluster> clusters = new ArrayList<>();
    PersonClusters.People people = new PersonClusters(data, year).cluster(
        forms.getOrDefault(EntityType.PERSON, Map.of()).values().stream()
            .map(t -> new PersonClusters.Form(t.form(), t.count(), t.first())).toList());
    clusters.addAll(people.people().stream().map(c -> {
          Cluster out = new Cluster(EntityType.PERSON, unshout(c.name(), false));
          c.forms().forEach(f -> out.add(f.text(), f.count(), f.first()));
          out.written = c.forms().get(0).text(); // the fullest name, most used: a surname alone never names them
          return out;
        }).toList());
    clusters.addAll(byName(EntityType.PLACE, forms.getOrDefault(EntityType.PLACE, Map.of()), this::placeName));
    clusters.addAll(orgs(forms.getOrDefault(EntityType.ORG, Map.of())));
    return entities(clusters, people.firstNamesOnly());
  }

  /**
   * One name, one type in an article: a tagger decides every mention from its own sentence, so "Kherson" can be a
   * place in nine sentences and an organisation in the tenth ("Kherson said ..."), and the article would list the
   * city twice. A name typed several ways takes the type of more than half of its mentions; without such a majority
   * the types stay. (Document-level consistency, as in Krishnan and Manning 2006.) A dateline keeps its type. A
   * mention in a paragraph written in capitals (a headline, a table, a fixture list) weighs half a vote, enough to
   * break a tie of running text, and a name written only in capitals keeps its types: in a sports report's tables a
   * city is the team ("CHICAGO 70 64 .522") and in the fixtures the venue ("MILWAUKEE AT CHICAGO"), and the table
   * rows outvoted the venue.
   */
  static List<Mention> oneTypePerName(List<Mention> mentions, java.util.function.IntPredicate inCapitals,
      java.util.function.Predicate<String> personLike) {
    Map<String, int[]> votes = new LinkedHashMap<>(); // per type, in half votes; then the count of running-text ones
    int types = EntityType.values().length;
    String[] keys = new String[mentions.size()]; // null for a dateline, which neither votes nor is outvoted
    for (int i = 0; i < keys.length; i++) {
      Mention m = mentions.get(i);
      if (!opensInCapitals(m)) {
        keys[i] = Fold.key(m.text().strip());
        int[] v = votes.computeIfAbsent(keys[i], k -> new int[types + 1]);
        boolean capitals = inCapitals.test(m.paragraph());
        v[m.type().ordinal()] += capitals ? 1 : 2;
        v[types] += capitals ? 0 : 1;
      }
    }
    Map<String, EntityType> retype = new LinkedHashMap<>();
    votes.forEach((key, counts) -> {
      int best = 0;
      int all = 0;
      for (int t = 0; t < types; t++) {
        all += counts[t];
        if (counts[t] > counts[best]) {
          best = t;
        }
      }
      int others = all - counts[best];
      int person = EntityType.PERSON.ordinal();
      if (others > 0 && counts[best] > others && counts[types] > 0) {
        retype.put(key, EntityType.values()[best]);
      } else if (others > 0 && counts[person] * 2 == all && counts[types] > 0 && personLike.test(key)) {
        // a tie between someone and something else, for a given name and more that no organisation's or place's
        // word ends: the person ("Kory Lichtensteiger" of "Senior Kory Lichtensteiger", once taken for a team; not
        // "Howard University", "Victoria Falls")
        retype.put(key, EntityType.PERSON);
      }
    });
    if (retype.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < keys.length; i++) {
      Mention m = mentions.get(i);
      EntityType t = keys[i] == null ? null : retype.get(keys[i]);
      out.add(t == null || t == m.type() ? m : new Mention(t, m.text(), m.paragraph(), m.start(), m.end()));
    }
    return out;
  }

  /**
   * A name in capitals that opens the first or second paragraph, where a dateline stands ("NEW YORK 1996-08-30"
   * above a table whose "NEW YORK" is the team): it neither votes nor is outvoted.
   */
  private static boolean opensInCapitals(Mention m) {
    return m.paragraph() >= 0 && m.paragraph() <= 1 && m.start() == 0 && Fold.isAllCaps(m.text());
  }

  /** Typographic apostrophes and a modifier letter apostrophe made ASCII ("O’Malley" -> "O'Malley"). */
  private static String plainApostrophes(String name) {
    return name.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
  }

  private List<Cluster> byName(EntityType type, Map<String, Tally> forms, java.util.function.Function<String, String> name) {
    Map<String, Cluster> out = new LinkedHashMap<>();
    for (Tally t : forms.values()) {
      String canonical = name.apply(t.form());
      Cluster c = out.computeIfAbsent(Fold.key(canonical), k -> new Cluster(type, canonical));
      c.add(t.form(), t.count(), t.first());
      if (type == EntityType.PLACE && Fold.isAllCaps(c.name) && !Fold.isAllCaps(canonical)) {
        c.name = canonical; // "PENNSYLVANIA" of a dateline is named as the body writes it (an org's "NATO" stays)
      }
    }
    return new ArrayList<>(out.values());
  }

  private String placeName(String form) {
    String k = Fold.key(form);
    AliasTable.Entry e = curated(k);
    if (e != null && e.type() == EntityType.PLACE) {
      return e.canonical();
    }
    String state = data.stateOf(form);
    if (state != null) {
      return state; // "Tampa, Fla.": news style's abbreviation of the state
    }
    String bare = withoutThe(form, k);
    if (!bare.equals(form)) {
      return placeName(bare);
    }
    Gazetteer.Place place;
    if (Fold.isAllCaps(form) && (place = data.gazetteer().find(k)) != null && Fold.key(place.name()).equals(k)) {
      return place.name(); // a dateline's "KUWAIT CITY" is the same spelling as Kuwait City, only shouted
    }
    if (Fold.isAllCaps(form) && (form.indexOf(" ") > 0 || form.length() >= 6)) {
      return unshout(form, true); // "EAST LAS VEGAS", "MAGNANVILLE": a place GeoNames does not list, written as names are
    }
    // A gazetteer spelling is not evidence enough: "Bush" is also an Egyptian town's ASCII name, "Kherson" a city
    // and a region, "Tunbridge Wells" not "Royal Tunbridge Wells" in the news. Only curated aliases merge places.
    return form;
  }

  /**
   * A name's words in capitals written as names are: "Amy GOODMAN" (a transcript's speaker label) is Amy Goodman,
   * "RICK KLEIN" Rick Klein, "O'BRIEN" O'Brien. Words of one or two letters ("DC", "J."), of three in a name not
   * wholly in capitals ("NPR"), and Roman numerals ("III") stay; so does a one-word person ("POTUS"), which may be an
   * acronym; for a place, {@code wholeName} also turns a one-word name.
   */
  static String unshout(String name, boolean wholeName) {
    String[] words = name.split(" ");
    if (words.length == 1 && !wholeName) {
      return name;
    }
    // inside a name partly in capitals, a three-letter word in capitals is an acronym ("NPR Steve Inskeep")
    int minLetters = Fold.isAllCaps(name) ? 3 : 4;
    StringBuilder out = new StringBuilder(name.length());
    for (String w : words) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      boolean shouted = Fold.isAllCaps(w) && (w.replaceAll("\\P{L}", "").length() >= minLetters
          || ABBREVIATED.contains(w)) && !ROMAN.matcher(w).matches();
      if (!shouted) {
        out.append(w);
        continue;
      }
      // the first letter, and one after a hyphen or an apostrophe (O'Brien, not Floyd'S), stays a capital
      boolean upper = true;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        out.append(upper ? c : Character.toLowerCase(c));
        upper = c == '-' || ((c == '\'' || c == '’') && i + 2 < w.length());
      }
    }
    return out.toString();
  }

  /**
   * The curated entry of a name, also of initials whose last period the sentence's space took ("the U.S government",
   * "U.N officials" are U.S. and U.N.). Only for naming: the tagger's features read the aliases as they are.
   */
  private AliasTable.Entry curated(String key) {
    AliasTable.Entry e = data.aliases().find(key);
    return e == null && INITIALS_CUT.matcher(key).matches() ? data.aliases().find(key + ".") : e;
  }

  /** Single letters with periods between them and none after the last: "u.s", "u.n". */
  private static final java.util.regex.Pattern INITIALS_CUT = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

  private static final Set<String> ABBREVIATED = Set.of("ST.", "ST", "MT.", "MT", "FT.", "FT");
  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXL]+");

  private String orgName(String form) {
    String k = Fold.key(form);
    AliasTable.Entry e = curated(k);
    if (e != null && e.type() == EntityType.ORG) {
      return e.canonical();
    }
    String withoutThe = withoutThe(form, k);
    if (!withoutThe.equals(form)) {
      return orgName(withoutThe);
    }
    String[] words = form.split(" ");
    int n = words.length;
    while (n > 1 && data.lexicon().in(Lexicon.Section.CORPORATE_SUFFIXES, Fold.key(words[n - 1]))) {
      n--;
    }
    if (n < words.length && n > 1 && words[n - 1].equals("&")) {
      n--; // "Goldman Sachs & Co."
    }
    if (n < words.length && words[n - 1].endsWith(",") && words[n - 1].length() > 1) {
      words[n - 1] = words[n - 1].substring(0, words[n - 1].length() - 1); // "Verb8tm, Inc."
    }
    String bare = String.join(" ", java.util.Arrays.copyOf(words, n));
    e = data.aliases().find(Fold.key(bare));
    return e != null && e.type() == EntityType.ORG ? e.canonical() : bare;
  }

  /**
   * The name without a leading "The" that no data file knows it with: an article writes "The Times" inside a
   * sentence and "Times" after one that starts with "The Times said", and an archive must not split the two; "The
   * Hague", a GeoNames name, keeps it. Returns {@code form} itself when it stays.
   */
  private String withoutThe(String form, String key) {
    if (!form.startsWith("The ") || form.length() < 6 || data.gazetteer().find(key) != null) {
      return form;
    }
    return form.substring(4);
  }

  /** Organisations by canonical name; a shorter name that starts a longer one in the article joins it. */
  private List<Cluster> orgs(Map<String, Tally> forms) {
    List<Cluster> named = byName(EntityType.ORG, forms, this::orgName);
    named.sort(Comparator.comparingInt((Cluster c) -> -c.name.length()).thenComparing(c -> c.name));
    List<Cluster> out = new ArrayList<>();
    for (Cluster c : named) {
      Cluster longer = null;
      String key = Fold.key(c.name);
      for (Cluster o : out) {
        if (Fold.key(o.name).startsWith(key + " ")) {
          longer = o;
          break;
        }
      }
      if (longer == null && key.indexOf(' ') < 0
          && (data.lexicon().isCommon(key) || data.outletHeads().contains(key))) {
        longer = onlyNameEndingIn(out, key); // "the Institute", and "the Times" after "The New York Times"
      }
      if (longer == null) {
        out.add(c);
      } else {
        longer.absorb(c);
      }
    }
    return out;
  }

  /**
   * The one longer organisation of the article whose name ends in this common word or outlet's last word, or null:
   * "the Institute", "the Party" and "the Association" are how an article names again the institute, party or
   * association it named in full, and "the Times" or "the Post" the newspaper. With two such names ("Labour Party",
   * "Conservative Party"; "The New York Times" and "Los Angeles Times") the word stays apart.
   */
  private static Cluster onlyNameEndingIn(List<Cluster> longer, String word) {
    Cluster found = null;
    for (Cluster o : longer) {
      if (Fold.key(o.name).endsWith(" " + word)) {
        if (found != null) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  private Entities entities(List<Cluster> clusters, List<PersonClusters.Form> firstNamesOnly) {
    Map<String, Cluster> merged = new LinkedHashMap<>();
    for (Cluster c : clusters) {
      Cluster fixed = applyOverrides(c);
      if (fixed == null) {
        continue;
      }
      Cluster into = merged.putIfAbsent(fixed.type + "\t" + Fold.key(fixed.name), fixed);
      if (into != null) {
        into.forms.addAll(fixed.forms);
        into.count += fixed.count;
        into.first = Math.min(into.first, fixed.first);
        if (fixed.writtenCount > into.writtenCount) {
          into.written = fixed.written;
          into.writtenCount = fixed.writtenCount;
        }
      }
    }
    Map<EntityType, List<String>> lists = new EnumMap<>(EntityType.class);
    Map<EntityType, List<String>> written = new EnumMap<>(EntityType.class);
    Map<EntityType, Set<String>> seenForms = new EnumMap<>(EntityType.class);
    merged.values().stream()
        .sorted(Comparator.comparingInt((Cluster c) -> -c.count).thenComparingLong(c -> c.first)
            .thenComparing(c -> c.name))
        .forEach(c -> {
          // one facet value whichever apostrophe the outlet types ("Martin O’Malley" and "Martin O'Malley" were
          // two values of 25 and 26 of 5,000 AllSides articles): the one a user types
          lists.computeIfAbsent(c.type, t -> new ArrayList<>()).add(plainApostrophes(c.name));
          List<String> w = written.computeIfAbsent(c.type, t -> new ArrayList<>());
          Set<String> seen = seenForms.computeIfAbsent(c.type, t -> new java.util.HashSet<>());
          // the name the article uses for it first, then its other spellings ("United States", "U.S.")
          String main = c.written == null ? c.name : c.written;
          if (seen.add(Fold.key(main))) {
            w.add(main);
          }
          for (String f : c.forms) {
            if (!(c.type == EntityType.PERSON && surname(f, c.forms)) && seen.add(Fold.key(f))) {
              w.add(f);
            }
          }
        });
    // after the people, those the article names by a first name alone: written, but no facet values
    List<String> people = written.computeIfAbsent(EntityType.PERSON, t -> new ArrayList<>());
    Set<String> seenPeople = seenForms.computeIfAbsent(EntityType.PERSON, t -> new java.util.HashSet<>());
    firstNamesOnly.stream().sorted(Comparator.comparingInt((PersonClusters.Form f) -> -f.count())
            .thenComparingLong(PersonClusters.Form::first))
        .filter(f -> applyOverrides(new Cluster(EntityType.PERSON, f.text())) != null)
        .forEach(f -> {
          if (seenPeople.add(Fold.key(f.text()))) {
            people.add(f.text());
          }
        });
    return new Entities(lists.get(EntityType.PERSON), lists.get(EntityType.PLACE), lists.get(EntityType.ORG),
        new Entities(written.get(EntityType.PERSON), written.get(EntityType.PLACE), written.get(EntityType.ORG)));
  }

  /** "Putin" beside "Vladimir Putin": a surname alone is only a shorter way of writing a name already listed. */
  private static boolean surname(String form, Set<String> forms) {
    if (form.indexOf(' ') >= 0) {
      return false;
    }
    String k = Fold.key(form);
    for (String f : forms) {
      int sp = f.lastIndexOf(' ');
      if (sp > 0 && Fold.key(f.substring(sp + 1)).equals(k)) {
        return true;
      }
    }
    return false;
  }

  /** The cluster after the operator's rules, or null when blocked. */
  private Cluster applyOverrides(Cluster c) {
    EntityOverrides.Rule rule = overrides.find(c.type, c.name);
    for (String form : c.forms) {
      rule = rule != null ? rule : overrides.find(c.type, form);
    }
    Cluster out = new Cluster(c.type, c.name);
    if (rule != null) {
      switch (rule.action()) {
        case BLOCK -> {
          return null;
        }
        case MERGE, RENAME -> out.name = rule.target();
        case RETYPE -> out = new Cluster(rule.newType(), c.name);
      }
    }
    out.count = c.count;
    out.first = c.first;
    out.forms.addAll(c.forms);
    out.written = c.written;
    out.writtenCount = c.writtenCount;
    if (rule != null && rule.action() != EntityOverrides.Action.RETYPE) {
      EntityOverrides.Rule then = overrides.find(out.type, out.name);
      if (then != null && then.action() == EntityOverrides.Action.BLOCK) {
        return null;
      }
      if (then != null && then.action() == EntityOverrides.Action.RETYPE) {
        Cluster moved = new Cluster(then.newType(), out.name);
        moved.count = out.count;
        moved.first = out.first;
        moved.forms.addAll(out.forms);
        moved.written = out.written;
        return moved;
      }
    }
    return out;
  }
}
