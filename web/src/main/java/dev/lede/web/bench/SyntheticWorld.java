package dev.lede.web.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The made-up world a synthetic archive writes about, derived from a seed: a Zipf-distributed vocabulary, people,
 * places and organizations (with spelling variants, as transliterations produce in real news) and a couple of hundred
 * outlets, each with its own authors and boilerplate lines. Names are built from syllables so they collide with
 * nothing real.
 */
final class SyntheticWorld {
  /** The most frequent English words head the vocabulary, so common-term queries behave as on real news. */
  private static final String[] COMMON = ("the of and to a in that is was for on it with as he said by at from his "
      + "be have an are has but not they this were had who which their been its would will more after also one "
      + "about than two people year new first last government other when into there over could some only state "
      + "officials week president told percent time out years against what all most because country since where "
      + "under between during before while city police report minister public million security health court "
      + "market economy election party support plan law war water energy company workers prices talks deal "
      + "vote budget school hospital military border trade climate crisis protest agreement investigation")
      .split(" ");
  private static final String[] SYLLABLES = ("ka lo mi ra ten vo shi an del ur bro zan pe ti gor lan mer sa no vik "
      + "ber ol ma rin to chi el pa dor fen is ga ru sel ko bi nam tar vel ho um ze lia dan kor pri sto ven ya").split(" ");
  private static final String[] FIRST = ("Maria Anna Olena Sofia Amina Fatima Li Mei Priya Aisha Elena Sara Laura "
      + "Julia Nadia Irina Yulia Grace Ruth Helen Carmen Lucia Ingrid Hana Noor Leila Chloe Emma Olga Tamara "
      + "John David Michael James Ahmed Mohammed Sergei Dmitri Alexei Ivan Pedro Carlos Luis Jean Pierre Hans "
      + "Peter Paul Mark Ali Omar Yusuf Kenji Hiroshi Wei Chen Raj Arjun Kofi Kwame Tomas Jan Piotr Andrei "
      + "Mikhail Viktor Oleksandr Nikolai Emmanuel Olaf Jens Thomas Robert William").split(" ");
  private static final String[] OUTLET_NOUNS = ("Herald Tribune Post Times Gazette Chronicle Observer Daily Courier "
      + "Ledger Journal Star Sentinel Monitor Record Examiner Dispatch Register Bulletin Voice").split(" ");
  private static final String[] ORG_WORDS = ("National Federal Central United Regional International Civic "
      + "Democratic Popular Northern Southern Eastern Western").split(" ");
  private static final String[] ORG_KINDS = ("Bank Council Party Union Agency Ministry Institute Commission Front "
      + "Alliance Foundation Authority Committee Corporation League").split(" ");

  /** An outlet with its byline pool and boilerplate. */
  record Outlet(String name, String domain, List<String> authors, List<String> header, List<String> footer) {}

  final List<String> words = new ArrayList<>();
  final Zipf wordRanks;
  final List<String[]> people = new ArrayList<>();
  final List<String[]> places = new ArrayList<>();
  final List<String[]> orgs = new ArrayList<>();
  final List<Outlet> outlets = new ArrayList<>();
  final Zipf outletRanks;
  final Zipf personRanks;
  final Zipf placeRanks;
  final Zipf orgRanks;

  SyntheticWorld(long seed, int vocabulary, int outletCount) {
    SplittableRandom r = new SplittableRandom(seed);
    Set<String> seen = new LinkedHashSet<>(List.of(COMMON));
    while (seen.size() < vocabulary) {
      seen.add(word(r, 1 + r.nextInt(3)));
    }
    words.addAll(seen);
    wordRanks = new Zipf(words.size(), 1.05);
    for (int i = 0; i < 3_000; i++) {
      String first = FIRST[r.nextInt(FIRST.length)];
      String last = capital(word(r, 2 + r.nextInt(2)));
      people.add(new String[] {first + " " + last, variant(first) + " " + variant(last), last});
    }
    for (int i = 0; i < 1_000; i++) {
      String name = capital(word(r, 2 + r.nextInt(2)));
      places.add(new String[] {name, variant(name)});
    }
    for (int i = 0; i < 500; i++) {
      String name = ORG_WORDS[r.nextInt(ORG_WORDS.length)] + " " + capital(word(r, 2)) + " "
          + ORG_KINDS[r.nextInt(ORG_KINDS.length)];
      orgs.add(new String[] {name, "the " + name, acronym(name)});
    }
    for (int i = 0; i < outletCount; i++) {
      outlets.add(outlet(r, i));
    }
    outletRanks = new Zipf(outlets.size(), 0.8);
    personRanks = new Zipf(people.size(), 1.0);
    placeRanks = new Zipf(places.size(), 1.0);
    orgRanks = new Zipf(orgs.size(), 1.0);
  }

  String word(SplittableRandom r) {
    return words.get(wordRanks.next(r));
  }

  private Outlet outlet(SplittableRandom r, int i) {
    String town = capital(word(r, 2 + r.nextInt(2)));
    String name = "The " + town + " " + OUTLET_NOUNS[i % OUTLET_NOUNS.length];
    String domain = town.toLowerCase(Locale.ROOT) + OUTLET_NOUNS[i % OUTLET_NOUNS.length].toLowerCase(Locale.ROOT)
        + ".com";
    List<String> authors = new ArrayList<>();
    for (int a = 0, n = 2 + r.nextInt(8); a < n; a++) {
      authors.add(FIRST[r.nextInt(FIRST.length)] + " " + capital(word(r, 2 + r.nextInt(2))));
    }
    List<String> header = List.of(name, "Home | News | Politics | Business | Sport | Opinion",
        "Sign up for the " + name + " newsletter");
    List<String> footer = List.of("Subscribe to " + name + " for unlimited access",
        "Related stories", "© " + (2010 + r.nextInt(10)) + " " + name + ". All rights reserved.",
        "Read more at " + domain);
    return new Outlet(name, domain, List.copyOf(authors), header, footer);
  }

  private static String word(SplittableRandom r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  /** Transliteration-like variants: Sergei/Sergey, Kharkiv/Kharkov, Mikhail/Mykhailo. */
  static String variant(String name) {
    if (name.endsWith("i")) {
      return name.substring(0, name.length() - 1) + "y";
    }
    if (name.contains("ko")) {
      return name.replaceFirst("ko", "co");
    }
    if (name.contains("v")) {
      return name.replaceFirst("v", "w");
    }
    return name.endsWith("a") ? name + "h" : name + "e";
  }

  private static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static String acronym(String name) {
    StringBuilder b = new StringBuilder();
    for (String part : name.split(" ")) {
      b.append(part.charAt(0));
    }
    return b.toString();
  }
}
