package dev.lede.entity;

import dev.lede.entity.Lexicon.Section;
import dev.lede.extract.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled extractor: capitalised spans with sentence-start and headline handling, curated aliases, the
 * GeoNames gazetteer, title and context cues ("President X", "spokeswoman X") and organisation and place
 * patterns ("... Agency", "University of ...", "... River"). It has no statistical model: it loads in about a
 * second, keeps a few tens of MB of data and tags text at tens of MB per second, which keeps indexing close to
 * Lucene's own speed (run {@code lede bench-entities} for the figures on your machine).
 *
 * <p>A second pass over the whole article resolves what one span alone cannot: a lone "Ryan" after
 * "Mick Ryan" is that person; a lone "Skydance" after "Skydance Media" is that organisation; a town that is
 * also the surname of a person named in the article is the person.
 *
 * <p>Thread-safe; data is loaded on first use and shared by all calls. To use another tagger, implement
 * {@link EntityExtractor} and pass it to {@link EntityAnnotator#create(EntityExtractor, java.nio.file.Path)}; to
 * add to this one, wrap it and concatenate the mention lists.
 */
public final class DefaultEntityExtractor implements EntityExtractor {
  private final DataHolder holder;

  /** An extractor over the bundled data, loaded on first use. */
  public DefaultEntityExtractor() {
    this(new DataHolder());
  }

  DefaultEntityExtractor(DataHolder holder) {
    this.holder = holder;
  }

  DataHolder holder() {
    return holder;
  }

  @Override
  public List<Mention> mentions(Article article) {
    DataHolder.Loaded loaded = holder.get();
    List<List<SpanClassifier.Found>> found = new ArrayList<>();
    found.add(find(loaded, article.title()));
    for (String p : article.paragraphs()) {
      found.add(find(loaded, p));
    }
    return resolve(loaded.data(), found);
  }

  private static List<SpanClassifier.Found> find(DataHolder.Loaded loaded, String text) {
    List<SpanClassifier.Found> out = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      loaded.finder().find(text, out);
    }
    return out;
  }

  /** The document pass: types what the spans left open, using the names found elsewhere in the article. */
  private static List<Mention> resolve(EntityData data, List<List<SpanClassifier.Found>> found) {
    List<PersonNames.Name> people = new ArrayList<>();
    Set<String> orgFirstWords = new HashSet<>();
    for (List<SpanClassifier.Found> paragraph : found) {
      for (SpanClassifier.Found f : paragraph) {
        if (f.type() == EntityType.PERSON && f.text().indexOf(' ') > 0) {
          people.add(data.persons().analyse(f.text()));
        } else if (f.type() == EntityType.ORG && f.text().indexOf(' ') > 0) {
          orgFirstWords.add(Fold.key(f.text().substring(0, f.text().indexOf(' '))));
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    for (int p = 0; p < found.size(); p++) {
      for (SpanClassifier.Found f : found.get(p)) {
        EntityType type = typeInContext(data, f, people, orgFirstWords);
        if (type != null) {
          out.add(new Mention(type, f.text(), p - 1, f.start(), f.end()));
        }
      }
    }
    return out;
  }

  private static EntityType typeInContext(
      EntityData data, SpanClassifier.Found f, List<PersonNames.Name> people, Set<String> orgFirstWords) {
    boolean single = f.text().indexOf(' ') < 0;
    if (f.type() != null && !(f.type() == EntityType.PLACE && f.weakPlace() && single)) {
      return f.type();
    }
    if (single && partOfPerson(data, f.text(), people)) {
      return EntityType.PERSON;
    }
    if (f.type() != null) {
      return f.type();
    }
    if (orgFirstWords.contains(Fold.key(f.text()))) {
      return EntityType.ORG;
    }
    boolean givenOnly = data.lexicon().isGivenName(Fold.key(f.text()));
    return f.personCue() && !givenOnly && !data.lexicon().in(Section.TITLES, Fold.key(f.text()))
        ? EntityType.PERSON
        : null;
  }

  /** Whether a single word is the surname (or a later name part) of a person named in the article. */
  private static boolean partOfPerson(EntityData data, String word, List<PersonNames.Name> people) {
    String k = Fold.key(word);
    String surname = PersonNames.spellingKey(k);
    for (PersonNames.Name person : people) {
      if (person.size() < 2) {
        continue;
      }
      if (person.keys().subList(1, person.size()).contains(k)
          || data.persons().surnameKeysMatch(person.surnameKey(), surname)) {
        return true;
      }
    }
    return false;
  }
}
