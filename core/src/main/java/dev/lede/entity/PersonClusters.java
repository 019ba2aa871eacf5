package dev.lede.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups one article's person mentions: full names that are spellings of one person join; a lone surname
 * joins the most-mentioned person it can belong to; a lone first name joins the article's one person of that first
 * name, and is otherwise no facet value when no data file knows it as a person (it is rarely a useful facet and
 * often a nickname), only a name as written. Each group is then named canonically.
 */
final class PersonClusters {
  /** One surface form and how often and where it occurs. */
  record Form(String text, int count, long first) {}

  /** A form with its analysed name. */
  private record Named(Form form, PersonNames.Name name) {}

  /** One person: the canonical name and the forms that refer to it. */
  record Person(String name, List<Form> forms) {}

  /**
   * The article's people, and the first names it uses alone that join none of them (no one, or two or more, named
   * in full with that first name: "Jeff" and "Steve" of a cartoon's cast, "his second wife, Karen"): people as
   * written, but no facet values.
   */
  record People(List<Person> people, List<Form> firstNamesOnly) {}

  private final EntityData data;
  /** The article's year of publication, 0 when undated: a surname alone names a curated person only in their time. */
  private final int year;

  PersonClusters(EntityData data, int year) {
    this.data = data;
    this.year = year;
  }

  People cluster(List<Form> forms) {
    PersonNames names = data.persons();
    List<Named> sorted = new ArrayList<>(forms.size());
    for (Form f : forms) {
      sorted.add(new Named(f, names.analyse(f.text())));
    }
    sorted.sort(Comparator.comparingInt((Named n) -> -n.name().size()).thenComparingInt(n -> -n.form().count())
        .thenComparingLong(n -> n.form().first()).thenComparing(n -> n.form().text()));
    List<List<Named>> groups = new ArrayList<>();
    List<Form> firstNamesOnly = new ArrayList<>();
    for (Named n : sorted) {
      boolean single = n.name().size() == 1;
      List<Named> home = single ? bestForSurname(groups, n.name()) : sameFullName(groups, n.name());
      if (home == null && single && !known(n.form().text())
          && data.lexicon().isGivenName(n.name().keys().get(0))) {
        // "Alan" in a quote about "Alan Shearer": the one person of the article with that first name (the facet
        // stays his full name; the article's spellings list "Alan")
        home = onlyWithFirstName(groups, n.name().keys().get(0));
      }
      if (home != null) {
        home.add(n);
      } else if (!single || known(n.form().text()) || !data.lexicon().isGivenName(n.name().keys().get(0))
          || regnal(n.form().text())) {
        List<Named> g = new ArrayList<>();
        g.add(n);
        groups.add(g);
      } else {
        firstNamesOnly.add(n.form());
      }
    }
    List<Person> out = new ArrayList<>();
    for (List<Named> g : groups) {
      out.add(new Person(canonical(g.get(0).form().text()), g.stream().map(Named::form).toList()));
    }
    return new People(out, firstNamesOnly);
  }

  private boolean known(String name) {
    AliasTable.Entry e = data.aliases().find(Fold.key(name));
    return e != null && e.type() == EntityType.PERSON;
  }

  private List<Named> sameFullName(List<List<Named>> groups, PersonNames.Name name) {
    for (List<Named> g : groups) {
      if (data.persons().samePerson(g.get(0).name(), name)) {
        return g;
      }
    }
    return null;
  }

  /** A first name with a regnal number ("Elizabeth II", "Benedict XVI"): one person's whole name, not a first name. */
  private static boolean regnal(String form) {
    int space = form.lastIndexOf(' ');
    return space > 0 && FacetPolicy.ROMAN.matcher(form.substring(space + 1)).matches();
  }

  /** The one multi-word person whose first name this is, or null when none or several are. */
  private static List<Named> onlyWithFirstName(List<List<Named>> groups, String given) {
    List<Named> found = null;
    for (List<Named> g : groups) {
      PersonNames.Name full = g.get(0).name();
      if (full.size() >= 2 && full.keys().get(0).equals(given)) {
        if (found != null) {
          return null;
        }
        found = g;
      }
    }
    return found;
  }

  /** The most-mentioned multi-word person whose later name parts include this word. */
  private List<Named> bestForSurname(List<List<Named>> groups, PersonNames.Name word) {
    List<Named> best = null;
    int bestCount = 0;
    for (List<Named> g : groups) {
      PersonNames.Name full = g.get(0).name();
      if (full.size() < 2) {
        continue;
      }
      boolean match = data.persons().surnameKeysMatch(full.surnameKey(), word.surnameKey())
          || full.keys().subList(1, full.size()).contains(word.keys().get(0))
          || surnameFirst(full) && full.keys().get(0).equals(word.keys().get(0));
      int count = g.stream().mapToInt(n -> n.form().count()).sum();
      if (match && count > bestCount) {
        best = g;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * A Korean-style name, surname first and a hyphenated given name ("Moon Jae-in", "Ban Ki-moon"): "Mr. Moon" and
   * "Ban said" name its first word.
   */
  private static boolean surnameFirst(PersonNames.Name full) {
    return full.size() == 2 && SYLLABLES.matcher(full.parts().get(1)).matches();
  }

  /** A given name of two syllables joined by a hyphen, the second in lower case: "Jae-in", "Ki-moon", "Jong-un". */
  private static final java.util.regex.Pattern SYLLABLES =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{0,5}-\\p{Ll}{1,6}");

  /**
   * A nickname in quotes inside a name ('Oliver "Ollie" North', "Edward 'Eddie' Gallagher"): the facet names the
   * person without it. Single quotes only with spaces around them, since an apostrophe is part of a name ("O'Neill
   * D'Arcy").
   */
  private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile(
      "(?<=\\S)\\s*[\"“][^\"“”]{1,40}[\"”]\\s*(?=\\S)|(?<=\\S)\\s+['‘][^'‘’\\s][^'‘’]{0,39}['’]\\s+(?=\\S)");

  /**
   * Curated alias, else a curated person this is a spelling of, else the stable spelling rule. A surname alone is
   * the curated person's only in an article of their time ({@link AliasTable.Entry#names}).
   */
  private String canonical(String written) {
    String display = NICKNAME.matcher(written).replaceAll(" ");
    AliasTable.Entry e = data.aliases().find(Fold.key(display));
    if (e != null && e.type() == EntityType.PERSON && e.names(display, year)) {
      return e.canonical();
    }
    AliasTable.Entry match = data.persons().curatedMatch(display);
    return match != null && match.names(display, year) ? match.canonical() : data.persons().stableSpelling(display);
  }
}
