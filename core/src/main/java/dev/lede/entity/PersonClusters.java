package dev.lede.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups one article's person mentions: full names that are spellings of one person join; a lone surname
 * joins the most-mentioned person it can belong to; a lone first name that no data file knows as a person is
 * dropped (it is rarely a useful facet and often a nickname). Each group is then named canonically.
 */
final class PersonClusters {
  /** One surface form and how often and where it occurs. */
  record Form(String text, int count, long first) {}

  /** One person: the canonical name and the forms that refer to it. */
  record Person(String name, List<Form> forms) {}

  private final EntityData data;

  PersonClusters(EntityData data) {
    this.data = data;
  }

  List<Person> cluster(List<Form> forms) {
    PersonNames names = data.persons();
    List<Form> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt((Form f) -> -names.parts(f.text()).size())
        .thenComparingInt(f -> -f.count()).thenComparingLong(Form::first).thenComparing(Form::text));
    List<List<Form>> groups = new ArrayList<>();
    for (Form f : sorted) {
      boolean single = names.parts(f.text()).size() == 1;
      List<Form> home = single ? bestForSurname(groups, f.text()) : sameFullName(groups, f.text());
      if (home != null) {
        home.add(f);
      } else if (!single || known(f.text()) || !data.lexicon().isGivenName(Fold.key(f.text()))) {
        List<Form> g = new ArrayList<>();
        g.add(f);
        groups.add(g);
      }
    }
    List<Person> out = new ArrayList<>();
    for (List<Form> g : groups) {
      out.add(new Person(canonical(g.get(0).text()), List.copyOf(g)));
    }
    return out;
  }

  private boolean known(String name) {
    AliasTable.Entry e = data.aliases().find(Fold.key(name));
    return e != null && e.type() == EntityType.PERSON;
  }

  private List<Form> sameFullName(List<List<Form>> groups, String name) {
    for (List<Form> g : groups) {
      if (data.persons().samePerson(g.get(0).text(), name)) {
        return g;
      }
    }
    return null;
  }

  /** The most-mentioned multi-word person whose later name parts include this word. */
  private List<Form> bestForSurname(List<List<Form>> groups, String word) {
    PersonNames names = data.persons();
    String k = Fold.key(word);
    List<Form> best = null;
    int bestCount = 0;
    for (List<Form> g : groups) {
      List<String> parts = names.parts(g.get(0).text());
      if (parts.size() < 2) {
        continue;
      }
      boolean match = names.surnamesMatch(parts.get(parts.size() - 1), word);
      for (int i = 1; i < parts.size() && !match; i++) {
        match = Fold.key(parts.get(i)).equals(k);
      }
      int count = g.stream().mapToInt(Form::count).sum();
      if (match && count > bestCount) {
        best = g;
        bestCount = count;
      }
    }
    return best;
  }

  /** Curated alias, else a curated person this is a spelling of, else the stable spelling rule. */
  private String canonical(String display) {
    AliasTable.Entry e = data.aliases().find(Fold.key(display));
    if (e != null && e.type() == EntityType.PERSON) {
      return e.canonical();
    }
    AliasTable.Entry match = data.persons().curatedMatch(display);
    return match != null ? match.canonical() : data.persons().stableSpelling(display);
  }
}
