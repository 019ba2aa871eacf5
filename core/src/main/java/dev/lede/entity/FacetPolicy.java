package dev.lede.entity;

import dev.lede.entity.Lexicon.Section;
import dev.lede.extract.SourceRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What may become a facet value, decided from the curated word lists after the tagger has found its names: dates,
 * holidays, religions and page furniture are never entities ("non-entities"); named storms, operations and statute
 * titles are not ("Hurricane Katrina", and then "Katrina" alone in the same article); laws, buildings, awards and
 * events are not ("Affordable Care Act", "Trump Tower", "Booker Prize") unless a curated or gazetteer name; an
 * all-capitals abbreviation such as CEO or GDP is not an organisation; and a social network is an organisation only
 * as the subject of a sentence, not as the medium ("said on Telegram", "a Twitter thread").
 */
final class FacetPolicy {
  /**
   * Changes when a rule below, or one of {@link NameSpans} or {@link Resolver}, keeps, cuts or retypes other
   * mentions: part of the entity fingerprint, so indexes rebuild.
   */
  static final int RULES_VERSION = 78;
  private final EntityData data;

  FacetPolicy(EntityData data) {
    this.data = data;
  }

  /**
   * The article's own outlet named in it by one word that the tagger read as someone ("As Salon reported", "Salon's
   * Scott Eric Kaufman" in an article of Salon): the outlet, an organisation, unless a person of the article has the
   * word for a surname. Such a name is often an ordinary word ("salon", "time"), which the curated aliases leave out
   * for that reason; the article's source says which outlet it is here.
   *
   * @param source the article's outlet as extraction found it, or null
   */
  List<Mention> ownOutlet(List<Mention> mentions, String source) {
    Optional<SourceRegistry.Outlet> own = source == null ? Optional.empty() : data.registry().byName(source);
    if (own.isEmpty()) {
      return mentions;
    }
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() == EntityType.PERSON && m.text().indexOf(' ') < 0 && own.equals(data.registry().byName(m.text()))
          && !surnameOfSomeone(mentions, m.text())) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.set(i, new Mention(EntityType.ORG, m.text(), m.paragraph(), m.start(), m.end()));
      }
    }
    return out == null ? mentions : out;
  }

  /** A person of two words or more whose last word is {@code word} ("Vicente Fox" for "Fox"). */
  private static boolean surnameOfSomeone(List<Mention> mentions, String word) {
    for (Mention m : mentions) {
      String t = m.text();
      if (m.type() == EntityType.PERSON && t.length() > word.length() + 1
          && t.regionMatches(true, t.length() - word.length(), word, 0, word.length())
          && t.charAt(t.length() - word.length() - 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * The mentions that may be facet values, in order; platforms kept as organisations; names the tagger cut apart
   * joined again ({@link #joinAdjacent}, once every mention has its final type).
   */
  List<Mention> apply(List<Mention> mentions, List<String> lines, NerFeatures.Doc doc) {
    Lexicon lex = data.lexicon();
    Set<String> eventWords = new HashSet<>();
    Set<String> nameParts = new HashSet<>(); // words of the article's longer names: "Such" when "Peter Such" is there
    for (Mention m : mentions) {
      String k = Fold.key(m.text());
      if (k.indexOf(' ') > 0) {
        nameParts.addAll(List.of(k.split(" ")));
      }
    }
    mentions = companyTables(tableRows(companiesNotPeople(mentions, lex), lines), lines);
    mentions = curatedTails(placeHeadsNamed(mentions, lines), lines);
    mentions = countriesNotOrganisations(curatedOrganisations(mentions, lines), lines);
    mentions = namedWorks(officesBeforePeople(mentions, lines), lines);
    Set<String> surnames = new HashSet<>(); // the article's people by last word: "Trump" of "Donald Trump"
    Set<String> fullNameSurnames = new HashSet<>(); // the same, of people named with two words or more
    Set<String> companyWords = new HashSet<>(); // "ericsson" of "LM Ericsson AB": a company's name before its form
    for (Mention m : mentions) {
      String k = Fold.key(m.text());
      String[] w = k.split(" ");
      if (m.type() == EntityType.PERSON) {
        surnames.add(w[w.length - 1]);
        if (w.length > 1) {
          fullNameSurnames.add(w[w.length - 1]);
        }
      } else if (m.type() == EntityType.ORG && w.length > 1 && (lex.in(Section.CORPORATE_SUFFIXES, w[w.length - 1])
          || lex.in(Section.LEGAL_FORMS, w[w.length - 1]))) {
        for (int i = 0; i < w.length - 1; i++) {
          if (!lex.isCommon(w[i]) && !lex.in(Section.FUNCTION_WORDS, w[i])) {
            companyWords.add(w[i]);
          }
        }
      }
    }
    Set<Long> personEnds = new HashSet<>(); // where each person's name ends: paragraph and offset
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON) {
        personEnds.add(((long) m.paragraph() << 32) | m.end());
      }
    }
    boolean titleCase = !lines.isEmpty() && lines.get(0) != null && headlineCase(doc.lines[0].tokens);
    Set<String> bodyCapitals = null; // words the body writes with a capital inside a sentence, when a title needs it
    boolean[] headlines = null; // lines of the body that are headlines (of other stories, or subheads), when needed
    Boolean latinText = null; // whether the text is written in the Latin script, when a name in another one needs it
    List<Mention> kept = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String key = Fold.key(m.text());
      String[] words = key.split(" ");
      if (words.length == 1 && personNotOther(m.type(), key, surnames.contains(key))
          && !(m.type() == EntityType.PLACE && beforeItsRegion(m, lines))) {
        // "the Trump administration", "Ford testified": the surname of a person the article (or the curated
        // aliases) name
        m = new Mention(EntityType.PERSON, m.text(), m.paragraph(), m.start(), m.end());
      }
      if (m.type() == EntityType.PERSON && words.length == 1 && key.length() > 3 && !lex.isGivenName(key)
          && !fullNameSurnames.contains(key)
          && !known(key, EntityType.PERSON) && townBeforeRegion(m, lines)) {
        // "from Poolesville to Sandy Hook , Maryland from", "Moore, Okla., is": a lone word, no given name nor the
        // surname of a person the article names in full, followed by a comma and a state or country that ends the
        // phrase, is a town read as someone (a list goes on with another name: "probe Clinton, Ukraine GOP")
        m = new Mention(EntityType.PLACE, m.text(), m.paragraph(), m.start(), m.end());
      }
      if (words.length == 1 && m.type() != EntityType.PERSON && family(key, surnames) && afterThe(m, lines)) {
        // "the Bidens", "the Kochs": the family of a person the article names, people (as CoNLL-2003 types "the
        // Kennedys"), not an organisation
        m = new Mention(EntityType.PERSON, m.text(), m.paragraph(), m.start(), m.end());
      }
      if (words.length == 1 && m.type() == EntityType.PERSON && companyWords.contains(key)
          && !fullNameSurnames.contains(key) && !known(key, EntityType.PERSON)) {
        // "Ericsson said" beside "LM Ericsson AB", "Pirelli" beside "Pirelli SpA": the company named again, no
        // person the article names
        m = new Mention(EntityType.ORG, m.text(), m.paragraph(), m.start(), m.end());
      }
      AliasTable.Entry curated;
      if (m.type() != EntityType.PLACE && dateline(m, lines)
          && ((curated = data.aliases().find(key)) == null || curated.type() == EntityType.PLACE)) {
        // "ST. LOUIS (AP) —", "NICE , France 1996-08-30": a dateline names the place the story was filed from
        // (a curated organisation stays one: "UNITED NATIONS 1996-08-30")
        m = new Mention(EntityType.PLACE, m.text(), m.paragraph(), m.start(), m.end());
      }
      if (m.type() == EntityType.PERSON && words.length > 2 && m.text().contains(" & ")
          && !namedApart(words[words.length - 1], mentions) && !lex.isGivenName(words[words.length - 1])) {
        // "Simon & Schuster", "Hootie & the Blowfish": names joined by an ampersand in one span are a firm or a band,
        // unless the article names the second one as a person elsewhere ("Omar & Tlaib" in a headline) or it is a
        // given name ("Toni & Gary")
        m = new Mention(EntityType.ORG, m.text(), m.paragraph(), m.start(), m.end());
      }
      if (clubInTeamSlot(m, key, lines) || m.type() == EntityType.PLACE && chamber(words, m.text())) {
        // a club in a team's slot; "the House" or "the Senate" read as a place ("won't get anything in the House")
        m = new Mention(EntityType.ORG, m.text(), m.paragraph(), m.start(), m.end());
      }
      String first = words[0];
      String last = words[words.length - 1];
      boolean known = knownName(key);
      if (m.type() == EntityType.PLACE && !known && m.paragraph() >= 0 && teamOfPlace(words, m.text())) {
        if (headlines == null) {
          headlines = headlines(doc, lex);
        }
        if (!headlines[m.paragraph() + 1]) {
          // "Vancouver Canucks", "Buffalo Bisons", "New England Patriots": a place, then a plural that is no place's
          // head word, names the place's team (a headline's "Baltimore Riots" does not)
          m = new Mention(EntityType.ORG, m.text(), m.paragraph(), m.start(), m.end());
        }
      }
      if (lex.in(Section.EVENT_PREFIXES, first) && words.length > 1) {
        for (int w = 1; w < words.length; w++) {
          eventWords.add(words[w]);
        }
        continue;
      }
      if (afterEventPrefix(m, lines)) { // "Hurricane Katrina" tagged as the person "Katrina"
        eventWords.addAll(List.of(words));
        continue;
      }
      if (lex.in(Section.NON_ENTITIES, key) || (words.length == 1 && (lex.in(Section.ACRONYM_STOP, key)
          || lex.in(Section.GENERIC_ADJECTIVES, key) || lex.in(Section.FUNCTION_WORDS, key)))) {
        continue;
      }
      if (!known && words.length > 1 && lex.in(Section.VENUE_HEADS, last)) {
        m = new Mention(EntityType.PLACE, m.text(), m.paragraph(), m.start(), m.end()); // "Doyt Perry Stadium"
      } else if (!known && words.length > 1
          && (lex.in(Section.THING_HEADS, last) || lex.in(Section.EVENT_HEADS, last))) {
        continue;
      }
      if (words.length == 1 && !known && lex.isCommon(key)
          && (m.type() != EntityType.PERSON || !nameParts.contains(key))
          && !(m.type() == EntityType.ORG && teamSlot(m, lines, personEnds))
          && !(m.type() == EntityType.PLACE && stateAfterTown(m, lines))) {
        // "Furthermore", "Alliance", "Division", "Senate": an ordinary word alone (lower case in most of its uses in
        // news) names nothing the data knows, even where a page capitalises it mid-sentence (headings, titles of
        // works); within a longer name ("Senate Judiciary Committee") it is kept. Alone it stays only as the
        // surname of a person the article names in full ("Such" of "Peter Such"): a word of a longer organisation or
        // place ("Court" beside two courts, "New" of "New Deal", "Defense" of "Department of Defense") is no facet
        // value of its own
        continue;
      }
      if (words.length == 1 && !known && key.length() >= 8 && key.endsWith("ly") && !nameParts.contains(key)
          && !doc.capitalInside.contains(key)) {
        continue; // "Interestingly", "Thankfully": a sentence adverb, capitalised only where a sentence starts
      }
      java.util.regex.Matcher site = WEBSITE.matcher(m.text());
      if (words.length == 1 && site.matches()) { // "Townhall.com." at a sentence end: the website, an organisation
        m = new Mention(EntityType.ORG, site.group(1), m.paragraph(), m.start(), m.start() + site.end(1));
      }
      if (m.type() == EntityType.PERSON && words.length == 1 && key.length() <= 2
          && (key.length() == 1 || key.charAt(1) == '.')) {
        continue; // "R.", "D": an initial alone names nobody
      }
      if (words.length == 1 && lex.in(Section.INTERJECTIONS, key) && !Fold.isAllCaps(m.text())) {
        continue; // "Oh, wow": an exclamation, not the surname Oh (nor OH, Ohio)
      }
      if (words.length == 1 && m.type() == EntityType.PLACE && !known && lex.in(Section.PLACE_HEADS, key)) {
        continue; // "County officials said": a place's head word alone names no place
      }
      if (!latin(m.text())) {
        if (latinText == null) {
          latinText = mostlyLatin(lines);
        }
        if (latinText) {
          // "Alexander Gradsky (Александр Градский)": the original spelling glossed in a Latin-script text, which a
          // tagger of English cannot type; and a number alone ("2016", "45") names nothing
          continue;
        }
      }
      if (words.length == 1 && PARTY_TAG.matcher(m.text()).matches()) {
        continue; // "R-S.C.", "D-Ohio": a lawmaker's party and state
      }
      if (!known && words.length > 1 && m.paragraph() >= 0 && headlines == null) {
        headlines = headlines(doc, lex);
      }
      boolean inTitle = !known && m.paragraph() < 0
          && (titleCase || words.length == 1 && opensTitle(m, lines.get(0)));
      boolean inHeadline = !known && words.length > 1 && m.paragraph() >= 0 && headlines[m.paragraph() + 1];
      if (inTitle || inHeadline) {
        // a title-case headline capitalises every word, any headline its first: a name there needs the body's
        // support ("Twitter Explodes", "Testy Exchanges"; "Grandma, this is not looking good"); in a headline the
        // body quotes, a name's ordinary words do ("FACT: Moody's Is Not Set To Downgrade If Budget Negotiations
        // Fail", but "Ta-Nehisi Coates" in a list of other stories)
        if (bodyCapitals == null) {
          bodyCapitals = bodyCapitals(doc, headlines == null ? headlines(doc, lex) : headlines);
        }
        if (inTitle ? !supported(words, bodyCapitals) : !supportedWhereCommon(words, bodyCapitals, lex)) {
          continue;
        }
      }
      if (words.length == 1 && !known && relation(key)) {
        continue; // "US-China", "Moscow-Beijing": two names joined for a relation, not a third one
      }
      if (words.length == 1 && lex.in(Section.PLATFORMS, key)) {
        if (medium(m, lines)) {
          continue;
        }
        m = new Mention(EntityType.ORG, m.text(), m.paragraph(), m.start(), m.end());
      }
      kept.add(m);
    }
    if (eventWords.isEmpty()) {
      return joinAdjacent(kept, lines);
    }
    List<Mention> out = new ArrayList<>(kept.size());
    for (Mention m : kept) {
      if (m.text().indexOf(' ') > 0 || !eventWords.contains(Fold.key(m.text()))) {
        out.add(m);
      }
    }
    return joinAdjacent(out, lines);
  }

  /** A regnal number after a name ("Benedict XVI", "Charles VI"); "I" alone is too often the pronoun. */
  static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile(
      "(?=[IVXL]{2})L?X{0,3}(?:IX|IV|V?I{0,3})");

  /**
   * Two names the tagger left side by side, with one space and nothing else between them, where they are one name or
   * a name cut in the wrong place: a regnal number after a person ("Benedict" + "XVI", which the tagger made an
   * organisation, 69 of 5,000 AllSides articles); a one-word person the curated aliases do not know and a one-word
   * person ("Hunter" + "Biden", "Carter" + "Page"), or a given name the data knows as nothing else and a surname
   * ("Jared" + "Kushner"); two halves of a name the curated aliases or the gazetteer know whole ("White" + "House");
   * and a given name at the end of a title or an organisation that belongs to the person after it ("House John" +
   * "Boehner", "National Intelligence James" + "Clapper"). A title before a person is no part of the name before it:
   * cut from an organisation when what is left is a known name or ends like one ("Supreme Court Justice" + "Brett
   * Kavanaugh"), dropped when nothing else is left ("Rear Adm.", "Inspector General"). Two full names side by side stay
   * apart ("Paul Ryan Paul Davis", scraped hover cards), and so do two known names ("Iowa GOP", "Congress Trump").
   */
  List<Mention> joinAdjacent(List<Mention> mentions, List<String> lines) {
    java.util.Map<String, EntityType> types = new java.util.HashMap<>(); // how the article types each name elsewhere
    for (Mention m : mentions) {
      types.putIfAbsent(Fold.key(m.text()), m.type());
    }
    List<Mention> out = null;
    for (int i = 1; i < mentions.size(); i++) {
      Mention p = mentions.get(i - 1);
      Mention m = mentions.get(i);
      String line = p.paragraph() == m.paragraph() && p.paragraph() + 1 < lines.size()
          ? lines.get(p.paragraph() + 1) : null;
      if (line == null || m.start() != p.end() + 1 || m.end() > line.length() || line.charAt(p.end()) != ' ') {
        continue;
      }
      Mention[] joined = join(p, m, line, types);
      if (joined != null) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        int at = out.indexOf(p);
        out.remove(at);
        out.remove(at);
        out.addAll(at, List.of(joined));
        mentions = out;
        i = Math.max(0, at - 1); // the joined name may join the next one too ("Pope Benedict" + "XVI")
      }
    }
    return mentions;
  }

  /** The mentions that replace two adjacent ones, or null to keep both. */
  private Mention[] join(Mention p, Mention m, String line, java.util.Map<String, EntityType> types) {
    String pk = Fold.key(p.text());
    String mk = Fold.key(m.text());
    String[] pw = pk.split(" ");
    Lexicon lex = data.lexicon();
    String whole = line.substring(p.start(), m.end());
    if (p.type() == EntityType.PERSON && ROMAN.matcher(m.text()).matches()) {
      return new Mention[] {new Mention(EntityType.PERSON, whole, p.paragraph(), p.start(), m.end())};
    }
    String wholeKey = Fold.key(whole);
    AliasTable.Entry curated = data.aliases().find(wholeKey);
    if ((curated != null || data.gazetteer().find(wholeKey) != null) && !knownName(pk) && !knownName(mk)) {
      // the type the article gives the name where the tagger read it whole, else its head's (the last word's)
      EntityType type = types.getOrDefault(wholeKey, m.type());
      return new Mention[] {new Mention(type, whole, p.paragraph(), p.start(), m.end())};
    }
    if (m.type() != EntityType.PERSON) {
      return null;
    }
    int titles = 0; // the title words that end the mention before the person ("Supreme Court Justice", "Rear Adm.")
    while (titles < pw.length && title(pw[pw.length - 1 - titles])) {
      titles++;
    }
    if (titles > 0) {
      String span = line.substring(p.start(), p.end());
      String[] sw = span.split(" ");
      String rest = sw.length == pw.length ? String.join(" ", Arrays.copyOf(sw, sw.length - titles)).strip() : "";
      String restKey = Fold.key(rest);
      String restLast = restKey.substring(restKey.lastIndexOf(' ') + 1);
      if (p.type() == EntityType.PERSON || rest.isEmpty() || (restKey.indexOf(' ') < 0 && lex.isCommon(restKey))) {
        return new Mention[] {m}; // a title names nobody ("Rear Adm.", "Inspector General", "Associate Justice")
      }
      // "Supreme Court Justice" + a person: the court, where what is left is a known name or ends like an
      // organisation ("State Department Spokeswoman"); not "White House National Security Adviser", nor a place
      if (p.type() == EntityType.ORG && Character.isLetterOrDigit(rest.charAt(rest.length() - 1))
          && (knownName(restKey) || lex.in(Section.ORG_HEADS, restLast))) {
        return new Mention[] {new Mention(p.type(), rest, p.paragraph(), p.start(), p.start() + rest.length()), m};
      }
      return null;
    }
    if (pw.length == 1 && mk.indexOf(' ') < 0 && !lex.in(Section.TITLES, pk) && !lex.in(Section.ROLE_NOUNS, pk)
        && (p.type() == EntityType.PERSON ? data.aliases().find(pk) == null : !knownName(pk) && lex.isGivenName(pk))) {
      return new Mention[] {new Mention(EntityType.PERSON, whole, p.paragraph(), p.start(), m.end())};
    }
    if (pw.length > 1 && mk.indexOf(' ') < 0 && line.substring(p.start(), p.end()).lastIndexOf(' ') > 0
        && lex.isGivenName(pw[pw.length - 1])
        && !lex.isGivenName(pw[pw.length - 2])) {
      String span = line.substring(p.start(), p.end());
      int cut = span.lastIndexOf(' ');
      String rest = span.substring(0, cut).strip();
      int given = p.start() + cut + 1;
      return new Mention[] {new Mention(p.type(), rest, p.paragraph(), p.start(), p.start() + rest.length()),
          new Mention(EntityType.PERSON, line.substring(given, m.end()), p.paragraph(), given, m.end())};
    }
    return null;
  }

  /** A title or a role ("justice", "adm.", "spokeswoman"), with or without its abbreviation's full stop. */
  private boolean title(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return data.lexicon().in(Section.TITLES, w) || data.lexicon().in(Section.ROLE_NOUNS, w);
  }

  private static final java.util.regex.Pattern WEBSITE = java.util.regex.Pattern.compile(
      "(\\p{L}[\\p{L}\\d-]*\\.(?:com|org|net|co\\.uk))\\.?", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * After a dateline's place: a region or country, then the agency in brackets, a dash or the date (a hyphen is not
   * enough: "RUGBY UNION - ..." is a sports desk's heading).
   */
  private static final java.util.regex.Pattern DATELINE_TAIL = java.util.regex.Pattern.compile(
      "\\s*(?:,\\s*[\\p{L}.' ]{2,30}?)?\\s*(?:\\(\\p{Lu}[\\p{L} ]{0,20}\\)|\\d{4}-\\d\\d-\\d\\d|[—–]).*");

  /**
   * A name in capitals that opens the article's first or second paragraph and is followed by what follows a
   * dateline's place.
   */
  static boolean dateline(Mention m, List<String> lines) {
    if (m.paragraph() < 0 || m.paragraph() > 1 || m.paragraph() + 1 >= lines.size() || !Fold.isAllCaps(m.text())) {
      return false;
    }
    String line = lines.get(m.paragraph() + 1);
    return line != null && m.end() <= line.length() && line.substring(0, m.start()).isBlank()
        && DATELINE_TAIL.matcher(line.substring(m.end())).matches();
  }

  /**
   * Where sports pages write a team, so that a club named by an ordinary word is one: a results line ("Aberdeen 4
   * Hearts 0", "Brann 7 Start 1"), a fixture ("Aberdeen v Hearts"), a standings row ("Arsenal 3 2 0 1 4 2 6") and a
   * player's club in brackets after his name ("Dennis Bergkamp ( Arsenal )"; an organisation's initials in brackets
   * after its name, "(ICE)", "(FIRE)", stay out).
   */
  static boolean teamSlot(Mention m, List<String> lines, Set<Long> personEnds) {
    String line = lineOf(m, lines);
    if (line == null) {
      return false;
    }
    int before = trimmedEnd(line, m.start());
    int after = firstNonSpace(line, m.end());
    if (before > 0 && line.charAt(before - 1) == '(' && after < line.length() && line.charAt(after) == ')') {
      int name = trimmedEnd(line, before - 1);
      // not a politician's state ("Chris Coons (DE)")
      return m.end() - m.start() > 2 && personEnds.contains(((long) m.paragraph() << 32) | name);
    }
    return sportsLine(line, m.start(), m.end(), STANDINGS_ROW);
  }

  /** Where the text before {@code end} ends without its trailing spaces (as {@link String#stripTrailing} cuts). */
  private static int trimmedEnd(String line, int end) {
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Where the text from {@code from} starts without its leading spaces (as {@link String#stripLeading} cuts). */
  private static int firstNonSpace(String line, int from) {
    while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    return from;
  }

  /**
   * A fixture list, a standings table's row (cells as {@code standings} allows) or a results line with a team where
   * the mention is, from {@code start} to {@code end} in the line.
   */
  private static boolean sportsLine(String line, int start, int end, java.util.regex.Pattern standings) {
    // the cheap tests first: this runs for every place named in running text, whose lines are long and rarely
    // hold a "v"
    boolean fixtures = mayHoldFixture(line) && FIXTURE_WORD.matcher(line).results().limit(2).count() == 2;
    if (!fixtures && moreWordsThan(line, 12)) {
      return false; // running text, unless a fixture list runs on ("Bury v Bristol City , Crewe v Watford , ...")
    }
    String before = line.substring(0, start).stripTrailing();
    String after = line.substring(end).stripLeading();
    boolean opens = before.isEmpty() || fixtures && LIST_OPENER.matcher(before).find();
    if (endsWithFixtureWord(before) && FIXTURE_BEFORE.matcher(before).find()
        && (after.isEmpty() || FIXTURE_AFTER.matcher(after).lookingAt()
            || fixtures && LIST_CLOSER.matcher(after).matches())
        || opens && FIXTURE_AFTER.matcher(after).lookingAt()) {
      return true; // a fixture list: "Aberdeen v Hearts", "Hearts v Celtic , Rangers v Motherwell"
    }
    if (before.isEmpty() && standings.matcher(after).matches()) {
      return true; // a table's row: "Arsenal 3 2 0 1 4 2 6"
    }
    if (!(before.isEmpty() || endsWithDigit(before) && RESULT_BEFORE.matcher(before).find())
        || !RESULT_AFTER.matcher(after).lookingAt()) {
      return false;
    }
    int scores = 0; // both teams' ("Channel 9 Sydney" is no result)
    java.util.regex.Matcher n = SCORE.matcher(line);
    while (n.find()) {
      scores++;
    }
    return scores >= 2;
  }

  /**
   * A town in a team's place on a sports page is its club ("Birmingham v Barnsley", "Sao Paulo 2 Santos 1",
   * "St. Gallen 9 4 4 1 6 5 16"), as news annotates it; a country or a first-level region there is a national or a
   * representative side and stays a place ("England 2 Moldova 0"). A table of prices is no standings table ("NEW
   * YORK 5,710.53 5,778.00"), and a town in brackets after a person stays a place: a politician's is written so.
   * So is a town after a result told in a sentence ({@link #RESULT_IN_TEXT}). In a results line that brackets each
   * team's country ("Levski Sofia ( Bulgaria ) 1 Olimpija ( Slovenia ) 0") a name the tagger read as a person is a
   * club too, unless it opens with a given name.
   */
  private boolean clubInTeamSlot(Mention m, String key, List<String> lines) {
    String line = lineOf(m, lines);
    if (line == null) {
      return false;
    }
    AliasTable.Entry e = data.aliases().find(key);
    // no copies of the line's two sides here: this runs for every place and person of every paragraph
    if (m.type() == EntityType.PERSON) {
      return e == null && !data.lexicon().isGivenName(key.split(" ")[0]) && teamWithCountry(line, m.start(), m.end());
    }
    if (m.type() != EntityType.PLACE || e != null && e.type() != EntityType.PLACE
        || region(e != null ? e.canonical() : m.text())) {
      return false;
    }
    return sportsLine(line, m.start(), m.end(), SMALL_STANDINGS_ROW) || teamWithCountry(line, m.start(), m.end())
        || resultBefore(line, m.start());
  }

  /** Whether the text before a name tells a result that the name lost or won ({@link #RESULT_IN_TEXT}). */
  static boolean resultBefore(String line, int start) {
    int end = trimmedEnd(line, start);
    if (!endsWithWord(line, end, "over") && !endsWithWord(line, end, "against") && !endsWithWord(line, end, "to")
        && !endsWithWord(line, end, "by")) {
      return false;
    }
    // a match ends at the end and is at most RESULT_IN_TEXT_LONGEST long: only the tail of a long paragraph is tried
    // (transparent bounds, so that the word boundaries see the text before it; the region's end is the pattern's $)
    return RESULT_IN_TEXT.matcher(line).region(Math.max(0, end - RESULT_IN_TEXT_LONGEST), end)
        .useTransparentBounds(true).find();
  }

  /** Whether {@code s} before {@code end} ends with {@code word} after a space, as a pattern's {@code \\s} reads one. */
  private static boolean endsWithWord(String s, int end, String word) {
    int at = end - word.length() - 1;
    return at >= 0 && s.startsWith(word, end - word.length()) && asciiSpace(s.charAt(at));
  }

  /** The characters of a regular expression's {@code \\s} (without UNICODE_CHARACTER_CLASS). */
  private static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Whether a line has more than {@code max} words, as {@code line.strip().split("\\s+")} counts them. */
  static boolean moreWordsThan(String line, int max) {
    int words = 0;
    boolean in = false;
    int to = trimmedEnd(line, line.length());
    for (int i = Math.min(firstNonSpace(line, 0), to); i < to; i++) {
      boolean space = asciiSpace(line.charAt(i));
      if (!space && !in && ++words > max) {
        return true;
      }
      in = !space;
    }
    return false;
  }

  /** Whether a line has a "v" or "vs" standing alone, without which {@link #FIXTURE_WORD} cannot match. */
  static boolean mayHoldFixture(String line) {
    for (int i = line.indexOf('v', 1); i > 0; i = line.indexOf('v', i + 1)) {
      if (!asciiSpace(line.charAt(i - 1))) {
        continue;
      }
      int next = i + 1 < line.length() && line.charAt(i + 1) == 's' ? i + 2 : i + 1;
      if (next == line.length() || asciiSpace(line.charAt(next)) || line.charAt(next) == '.' && next > i + 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text ends with "v", "vs" or "vs.", without which {@link #FIXTURE_BEFORE} cannot match. */
  private static boolean endsWithFixtureWord(String s) {
    return s.endsWith("v") || s.endsWith("vs") || s.endsWith("vs.");
  }

  private static boolean endsWithDigit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
  }

  /**
   * A result told in a sentence before the team: a score, a word of winning or losing, then "over", "against", "to"
   * or "by" right before the name ("a 75-19 victory over Gloucester", "lost 3-1 to Cesena"), within the sentence
   * (not "at", which names the ground as often: "the 2-1 win at Wembley").
   */
  static final java.util.regex.Pattern RESULT_IN_TEXT = java.util.regex.Pattern.compile(
      "(?:\\b\\d{1,3}-\\d{1,3}\\b[^.;:!?]{0,40}\\b(?:win|won|wins|victory|defeat|defeated|loss|lost|losing|lose|draw|drew|"
      + "beat|beaten|winners|triumph|thrashing|rout)\\b|\\b(?:win|won|wins|victory|defeat|defeated|loss|lost|losing|lose|draw|"
      + "drew|beat|beaten|winners|triumph|thrashing|rout)\\b[^.;:!?]{0,40}\\b\\d{1,3}-\\d{1,3}\\b)[^.;:!?]{0,30}"
      + "\\s(?:over|against|to|by)$");
  /** The longest text {@link #RESULT_IN_TEXT} matches: 7 + 40 + 9 + 30 + 1 + 7 characters, and some to spare. */
  private static final int RESULT_IN_TEXT_LONGEST = 128;

  /**
   * A team of a results line that brackets each team's country: the first, its country and score before the second
   * team's name ("Levski Sofia ( Bulgaria ) 1 Olimpija"), or the second, after the first's score and before its own
   * country ("... ) 1 Olimpija ( Slovenia ) 0"). A tennis result ("( U.S. ) 6 - 2 6-2") or a golf card ("( Spain )
   * 70 71") has no name after the score.
   */
  static boolean teamWithCountry(String line, int start, int end) {
    int after = firstNonSpace(line, end);
    if (FIRST_TEAM.matcher(line).region(after, line.length()).lookingAt()) {
      return true;
    }
    // the second team: its country's bracket opens right after it, and the first's bracket and score end right before
    return after < line.length() && line.charAt(after) == '('
        && SECOND_TEAM.matcher(line).region(0, trimmedEnd(line, start)).find();
  }

  private static final java.util.regex.Pattern FIRST_TEAM =
      java.util.regex.Pattern.compile("\\(\\s*\\p{Lu}[^()]{0,30}\\)\\s*\\d{1,2}\\s+\\p{Lu}");
  private static final java.util.regex.Pattern SECOND_TEAM =
      java.util.regex.Pattern.compile("\\(\\s*\\p{Lu}[^()]{0,30}\\)\\s*\\d{1,2}$");

  /**
   * The names that open the rows of a table of figures, typed by the table: the tagger reads such a table as one of
   * companies (their share prices), which it often is not. A table's rows are consecutive lines that hold a name,
   * then figures and little else; with three rows or more:
   * <ul>
   *   <li>prices by market, traffic by airport, an index by exchange ("Minneapolis 5.06 up .02 5.75 unc", "Munich
   *       44,525 up 11.8"): when two thirds of the names are places the gazetteer knows (not by an alternate name),
   *       and the rows hold prices, thousands or ranges but not a standings table's small counts (there a town is
   *       its club), those names are places;
   *   <li>a player's or a candidate's figures ("Alec Stewart 3 5 0 396 170 79.20"): when half of the names open
   *       with a given name, the names of two to four words that the data does not know and that end in no
   *       organisation's word are people.
   * </ul>
   */
  private List<Mention> tableRows(List<Mention> mentions, List<String> lines) {
    List<Integer> rows = new ArrayList<>();
    Set<Integer> loose = new HashSet<>(); // rows whose figures do not read as a row's: "Koeln ( Cologne ) 182,887 up"
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String line = lineOf(m, lines);
      if (line != null && line.length() <= MAX_ROW && line.substring(0, m.start()).isBlank()) {
        if (figuresRow(line.substring(m.end()).strip(), false)) {
          rows.add(i);
        } else if (hasDigit(line)) {
          rows.add(i);
          loose.add(i);
        }
      }
    }
    rows.sort(java.util.Comparator.comparingInt(i -> mentions.get(i).paragraph()));
    List<Mention> out = null;
    int from = 0;
    for (int r = 1; r <= rows.size(); r++) {
      if (r < rows.size()
          && mentions.get(rows.get(r)).paragraph() <= mentions.get(rows.get(r - 1)).paragraph() + 1) {
        continue;
      }
      List<Integer> run = rows.subList(from, r);
      from = r;
      List<Integer> table = run.stream().filter(i -> !loose.contains(i)).toList();
      if (table.size() < 3) {
        continue;
      }
      // the table's type is what its rows of figures say; a row between them takes it too
      EntityType type = tableType(mentions, table, lines);
      for (int i : type == null ? List.<Integer>of() : run) {
        Mention m = mentions.get(i);
        if (m.type() != type && (type == EntityType.PLACE ? tableRowPlace(m) : tablePerson(m))) {
          out = out == null ? new ArrayList<>(mentions) : out;
          out.set(i, new Mention(type, m.text(), m.paragraph(), m.start(), m.end()));
        }
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * A table of share prices names a company on each row, however the tagger cut it ("KABLO" and the place "KLADNO"
   * of "KABLO KLADNO 960.00 960.00 2230 2140.800") or missed it ("METROSTAV 3024.95 ..."): lines of one to five
   * words in capitals, then prices ({@link #figuresRow}), no more than one other line between two (a name run onto
   * the next line), three rows or more, of which a third hold an organisation the tagger found and more than hold a
   * place or a person. Each row's words are then one organisation.
   */
  private List<Mention> companyTables(List<Mention> mentions, List<String> lines) {
    List<int[]> rows = new ArrayList<>(); // paragraph, end of the row's name
    for (int p = 1; p < lines.size(); p++) {
      String line = lines.get(p);
      java.util.regex.Matcher z = line == null || line.length() > MAX_ROW || !hasDigit(line) ? null
          : ROW_NAME.matcher(line);
      if (z != null && z.matches() && figuresRow(z.group(2), true)
          && !SMALL_STANDINGS_ROW.matcher(z.group(2)).matches() && companyShaped(z.group(1))) {
        rows.add(new int[] {p - 1, z.end(1)});
      }
    }
    List<Mention> out = mentions;
    int from = 0;
    for (int r = 1; r <= rows.size(); r++) {
      if (r < rows.size() && rows.get(r)[0] <= rows.get(r - 1)[0] + 2) {
        continue;
      }
      List<int[]> table = rows.subList(from, r);
      from = r;
      if (table.size() >= 3 && companies(out, table)) {
        out = new ArrayList<>(out);
        for (int[] row : table) {
          Mention name = new Mention(EntityType.ORG, lines.get(row[0] + 1).substring(0, row[1]), row[0], 0, row[1]);
          int at = -1;
          for (int i = out.size() - 1; i >= 0; i--) {
            Mention m = out.get(i);
            if (m.paragraph() == row[0] && m.end() <= row[1]) {
              out.remove(i);
              at = i;
            }
          }
          out.add(at < 0 ? out.size() : at, name);
        }
      }
    }
    return out;
  }

  /**
   * A row's name that can be a company's: written in capitals, no date word in it ("OCT"), and not a place the
   * gazetteer knows, alone or before a state's letters ("BILLINGS MT").
   */
  private boolean companyShaped(String name) {
    if (!Fold.isAllCaps(name)) {
      return false; // the tagger reads a name written as names are; in capitals it cuts and misses them
    }
    String[] w = Fold.key(name).split(" ");
    for (String word : w) {
      if (data.lexicon().in(Section.DATE_WORDS, word)) {
        return false;
      }
    }
    String place = w.length > 1 && w[w.length - 1].length() == 2 ? name.substring(0, name.lastIndexOf(' ')) : name;
    return data.gazetteer().find(Fold.key(place)) == null;
  }

  /** Whether a third of a table's rows hold an organisation in their name, and more than hold a place or person. */
  private static boolean companies(List<Mention> mentions, List<int[]> table) {
    int orgs = 0;
    int others = 0;
    for (int[] row : table) {
      EnumSet<EntityType> types = EnumSet.noneOf(EntityType.class);
      for (Mention m : mentions) {
        if (m.paragraph() == row[0] && m.end() <= row[1]) {
          types.add(m.type());
        }
      }
      orgs += types.contains(EntityType.ORG) ? 1 : 0;
      others += types.contains(EntityType.PLACE) || types.contains(EntityType.PERSON) ? 1 : 0;
    }
    return orgs * 3 >= table.size() && orgs > others;
  }

  /** The longest line read as a table's row: a name and a dozen figures. */
  private static final int MAX_ROW = 160;

  private static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A table row's name, one to five capitalised words, then the rest of the row. */
  private static final java.util.regex.Pattern ROW_NAME = java.util.regex.Pattern.compile(
      "(\\p{Lu}[\\p{L}\\p{N}.&'-]*(?:\\s+[\\p{Lu}&][\\p{L}\\p{N}.&'-]*){0,4})\\s+(\\S.*)");

  /** What a table's names are ({@link #tableRows}), or null when the table does not say. */
  private EntityType tableType(List<Mention> mentions, List<Integer> table, List<String> lines) {
    int places = 0;
    int prices = 0;
    int people = 0;
    for (int i : table) {
      Mention m = mentions.get(i);
      places += tablePlace(m) ? 1 : 0;
      String rest = lineOf(m, lines).substring(m.end()).strip();
      prices += figuresRow(rest, true) && !SMALL_STANDINGS_ROW.matcher(rest).matches() ? 1 : 0;
      people += data.firstName(Fold.key(m.text()).split(" ")[0]) && tablePerson(m) ? 1 : 0;
    }
    if (places * 3 >= table.size() * 2 && prices * 3 >= table.size() * 2) {
      return EntityType.PLACE;
    }
    return people * 2 >= table.size() ? EntityType.PERSON : null;
  }

  private boolean tablePlace(Mention m) {
    String key = Fold.key(m.text());
    Gazetteer.Place p = data.gazetteer().find(key);
    AliasTable.Entry e = data.aliases().find(key);
    return p != null && !p.alternate() && (e == null || e.type() == EntityType.PLACE);
  }

  /**
   * A row of a table of places names one when the gazetteer knows the name, by another of its names too
   * ("Nuremberg", "Koeln"), unless the curated aliases say it is something else; the table's type was decided by
   * preferred names alone ({@link #tablePlace}).
   */
  private boolean tableRowPlace(Mention m) {
    String key = Fold.key(m.text());
    AliasTable.Entry e = data.aliases().find(key);
    return data.gazetteer().find(key) != null && (e == null || e.type() == EntityType.PLACE);
  }

  private boolean tablePerson(Mention m) {
    String key = Fold.key(m.text());
    String[] w = key.split(" ");
    Lexicon lex = data.lexicon();
    return w.length >= 2 && w.length <= 4 && !knownName(key) && !lex.in(Section.ORG_HEADS, w[w.length - 1])
        && !lex.in(Section.CORPORATE_SUFFIXES, w[w.length - 1]) && !lex.in(Section.LEGAL_FORMS, w[w.length - 1]);
  }

  /**
   * Figures after a table row's name: two numbers or more, no brackets, no more other words than numbers ("up",
   * "unc", a state's letters, a grade); with {@code prices}, one of them a price, a thousands figure or a range, and
   * fewer than three small counts (a standings table's games, wins and losses: "Brisbane 21 15 1 5 2123 1631").
   */
  private static boolean figuresRow(String rest, boolean prices) {
    if (rest.indexOf('(') >= 0) {
      return false; // a score in brackets: a results line ("Essendon 14.16 ( 100 ) Sydney 12.10 ( 82 )")
    }
    int numbers = 0;
    int counts = 0;
    int words = 0;
    boolean price = false;
    for (String w : rest.split("\\s+")) {
      if (FIGURE.matcher(w).matches()) {
        numbers++;
        boolean figure = w.indexOf('.') >= 0 || w.indexOf(',') >= 0 || w.indexOf('-', 1) > 0;
        price |= figure;
        counts += !figure && w.length() <= 3 ? 1 : 0;
      } else if (!w.isEmpty() && !DASHES.matcher(w).matches()) {
        words++;
      }
    }
    return numbers >= 2 && words <= numbers && (!prices || price && counts < 3);
  }

  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile("[-+]?\\.?\\d[\\d.,/]*(?:-\\d[\\d.,]*)?%?");
  private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("-+");

  /** A standings row of small numbers: games, points, goals, a percentage (".522"), games behind ("5 1/2", "-"). */
  private static final java.util.regex.Pattern SMALL_STANDINGS_ROW = java.util.regex.Pattern.compile(
      "(?:(?:\\d{1,3}|\\d?\\.\\d{3}|\\d/\\d|-)\\s+){2,}(?:\\d{1,3}|\\d?\\.\\d{3}|\\d/\\d|-)\\s*");

  /** "v" or "vs" between two teams of a fixture, after a team (a court case's "v." is not one: "Roe v. Wade"). */
  private static final java.util.regex.Pattern FIXTURE_BEFORE =
      java.util.regex.Pattern.compile("\\p{L}\\s+(?:v|vs\\.?)$");
  private static final java.util.regex.Pattern FIXTURE_AFTER =
      java.util.regex.Pattern.compile("(?:v|vs\\.?)(?:\\s+\\p{Lu}|\\s*$)|,\\s*\\p{Lu}\\S*\\s+(?:v|vs\\.?)\\s");
  /** The "v" of a fixture after a word, before a capital or the line's end; a line with two is a fixture list. */
  static final java.util.regex.Pattern FIXTURE_WORD =
      java.util.regex.Pattern.compile("\\p{L}\\s+(?:v|vs\\.?)(?:\\s+\\p{Lu}|\\s*$)");
  /** What goes before a fixture list's first team: its heading's dash or colon, or the comma after a fixture. */
  private static final java.util.regex.Pattern LIST_OPENER = java.util.regex.Pattern.compile("[-–—:,]$");
  /** What goes after a fixture list's last team on its line. */
  private static final java.util.regex.Pattern LIST_CLOSER = java.util.regex.Pattern.compile("[,.;]?");
  /** Three numbers or more and nothing else after a team: a standings table's row. */
  private static final java.util.regex.Pattern STANDINGS_ROW =
      java.util.regex.Pattern.compile("(?:[-+]?\\d[\\d.,/]*\\s+){2,}[-+]?\\d[\\d.,/]*\\s*");
  private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("(?<![\\d.,])\\b\\d{1,3}\\b(?![.,]\\d)");

  /** A score after a team: a number, then the line's end or another team. */
  private static final java.util.regex.Pattern RESULT_AFTER =
      java.util.regex.Pattern.compile("\\d{1,3}(?:\\s*$|\\s+\\p{Lu})");
  /** A score before the second team of a results line ("Aberdeen 4 "). */
  private static final java.util.regex.Pattern RESULT_BEFORE = java.util.regex.Pattern.compile("\\p{L}\\s+\\d{1,3}$");

  /** The line a mention is in (line 0 is the title, paragraph -1), or null when it does not hold the mention. */
  private static String lineOf(Mention m, List<String> lines) {
    int p = m.paragraph() + 1;
    String line = p >= 0 && p < lines.size() ? lines.get(p) : null;
    return line != null && m.end() <= line.length() ? line : null;
  }

  private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}.*");

  /** Capitals on nearly every word of four letters or more ("Ukraine's Army Advances Toward Kherson"). */
  static boolean titleCase(Tokens t) {
    return capitalised(t, Set.of(), 3);
  }

  /** At least {@code minWords} words of four letters or more outside {@code skip}, nine in ten capitalised. */
  private static boolean capitalised(Tokens t, Set<String> skip, int minWords) {
    int long4 = 0;
    int capital = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] == Tokens.WORD && t.end[i] - t.start[i] >= 4 && Character.isLetter(t.text.charAt(t.start[i]))
          && !skip.contains(t.key(i))) {
        long4++;
        capital += t.has(i, Tokens.UPPER) ? 1 : 0;
      }
    }
    return long4 >= minWords && capital >= 0.9 * long4;
  }

  /** Every word of the name is written with a capital inside a sentence of the body. */
  private static boolean supported(String[] words, Set<String> bodyCapitals) {
    for (String w : words) {
      if (!bodyCapitals.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Every ordinary word of the name is written with a capital inside a sentence of the body. */
  private static boolean supportedWhereCommon(String[] words, Set<String> bodyCapitals, Lexicon lex) {
    for (String w : words) {
      if (lex.isCommon(w) && !bodyCapitals.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words the body (not the title) writes with a capital inside a sentence, outside lines in capitals and the
   * body's own headlines.
   */
  private static Set<String> bodyCapitals(NerFeatures.Doc doc, boolean[] headlines) {
    Set<String> out = new HashSet<>();
    for (int p = 1; p < doc.lines.length; p++) {
      NerFeatures.Line l = doc.lines[p];
      if (l.caps || headlines[p]) {
        continue;
      }
      Tokens t = l.tokens;
      for (int i = 0; i < t.size; i++) {
        if (t.kind[i] == Tokens.WORD && t.has(i, Tokens.UPPER) && !t.has(i, Tokens.SENTENCE_START)
            && !t.has(i, Tokens.ALL_CAPS)) {
          out.add(t.key(i));
        }
      }
    }
    return out;
  }

  /**
   * The body's lines that are headlines: in {@link #headlineCase title case}, without a stop at the end, with three
   * or more ordinary words capitalised ("Budget", "Negotiations", "Fail"), as no line of names is ("Manchester
   * United 3 Chelsea 1").
   */
  private static boolean[] headlines(NerFeatures.Doc doc, Lexicon lex) {
    boolean[] out = new boolean[doc.lines.length];
    for (int p = 1; p < doc.lines.length; p++) {
      Tokens t = doc.lines[p].tokens;
      if (doc.lines[p].caps || t.size == 0 || t.size > 30 || ".!?:;,".indexOf(t.punct(t.size - 1)) >= 0
          || !headlineCase(t)) {
        continue; // a sentence ends in a stop; a headline does not (a list of names in title case is a sentence)
      }
      if (contactLine(t.text)) {
        continue; // "-- Jane Roe, New York Energy Desk, +1 212-859-1761": a wire desk's sign-off, no headline
      }
      int common = 0;
      for (int i = 0; i < t.size; i++) {
        if (t.kind[i] == Tokens.WORD && t.has(i, Tokens.UPPER) && !t.has(i, Tokens.ALL_CAPS)
            && t.end[i] - t.start[i] >= 3 && lex.isCommon(t.key(i)) && !lex.in(Section.FUNCTION_WORDS, t.key(i))) {
          common++;
        }
      }
      out[p] = common >= 3;
    }
    return out;
  }

  /** Digits of a telephone number: no headline has as many. */
  private static final int PHONE_DIGITS = 7;

  /** Digits with a telephone number's separators ("+1 212-859-1761", "( 613 ) 235-6745", "40-1 3120264"). */
  private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?\\(?\\d[\\d ()/+-]{5,}\\d");

  /** A line that gives a telephone number, as a wire story's sign-off does. */
  private static boolean contactLine(String text) {
    java.util.regex.Matcher m = PHONE.matcher(text);
    while (m.find()) {
      int digits = 0;
      for (int i = m.start(); i < m.end(); i++) {
        digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
      }
      if (digits >= PHONE_DIGITS) {
        return true;
      }
    }
    return false;
  }

  /** The name opens the title or a part of it after a colon or a dash ("CNN: Say, Did the White House ..."). */
  private static boolean opensTitle(Mention m, String title) {
    int i = Math.min(m.start(), title.length()) - 1;
    while (i >= 0 && (Character.isWhitespace(title.charAt(i)) || QUOTES.indexOf(title.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ":—–-|".indexOf(title.charAt(i)) >= 0;
  }

  private static final String QUOTES = "\"'‘’“”";

  /**
   * A headline in title case: {@link #titleCase}, counting neither the short words that such headlines write in
   * lower case ("from", "with", "into") nor demanding three long words ("Bernie Surges").
   */
  static boolean headlineCase(Tokens t) {
    return capitalised(t, HEADLINE_LOWER, 2);
  }

  /** Words of four letters or more that title-case headlines leave in lower case. */
  private static final Set<String> HEADLINE_LOWER = Set.of("from", "with", "into", "onto", "over", "than", "that",
      "upon", "about", "after", "before", "under", "when", "while", "without", "through", "between", "against",
      "during", "amid", "versus", "like", "near", "past", "since", "till", "until", "toward", "towards", "across",
      "along", "among", "around", "behind", "beyond", "despite", "inside", "outside", "within", "their", "your",
      "this", "these", "those", "amidst");

  /** Two known names joined by a hyphen ("us-china"), where the whole is not itself a known name. */
  private boolean relation(String key) {
    int dash = key.indexOf('-');
    if (dash <= 0 || dash == key.length() - 1 || key.indexOf('-', dash + 1) >= 0) {
      return false;
    }
    String a = key.substring(0, dash);
    String b = key.substring(dash + 1);
    return knownName(a) && knownName(b);
  }

  /**
   * A place followed by a comma and its state or country ("near Turner , Arkansas", "Tampa, Fla."): the town, even
   * where a person of the article has its name for a surname.
   */
  private boolean beforeItsRegion(Mention m, List<String> lines) {
    String line = lineOf(m, lines);
    return line != null && regionEnd(line, m.end(), false) >= 0;
  }

  /**
   * A name followed by a comma and a state or country, and that ends the phrase: the end of the line or a mark, then
   * a word in lower case ("Moore, Okla., is his hometown"; not "Clinton, Ukraine GOP senator", "Comey, Russia —",
   * "Clinton, Ukraine, and the whistleblower").
   */
  private boolean townBeforeRegion(Mention m, List<String> lines) {
    String line = lineOf(m, lines);
    int end = line == null ? -1 : regionEnd(line, m.end(), true);
    return end >= 0 && PHRASE_END.matcher(line).region(end, line.length()).lookingAt();
  }

  /**
   * Where the state or country after a comma at {@code from} ends, or -1 when none follows; with {@code stop}, a
   * region's name may carry the sentence's full stop ("from Murdock, Minnesota."), which is then not part of it.
   */
  private int regionEnd(String line, int from, boolean stop) {
    java.util.regex.Matcher r = REGION_AFTER.matcher(line).region(from, line.length());
    if (!r.lookingAt()) {
      return -1;
    }
    String one = r.group(1);
    if (region(one)) {
      return r.end(1);
    } else if (stop && one.length() > 1 && one.endsWith(".") && region(one.substring(0, one.length() - 1))) {
      return r.end(1) - 1;
    } else if (r.group(2) != null && region(one + " " + r.group(2))) {
      return r.end(2);
    }
    return -1;
  }

  /**
   * The end of a line, or a mark and then a word in lower case (or the line's end); not "and", "or" or "nor" after
   * a comma, which go on with a list ("Murkowski, Alaska, and Collins, Maine").
   */
  private static final java.util.regex.Pattern PHRASE_END =
      java.util.regex.Pattern.compile("\\s*(?:$|[.;:)]\\s*(?:$|\\p{Ll})|,\\s*(?:$|(?!(?:and|or|nor)\\b)\\p{Ll}))");

  /**
   * A legislature's chamber: its head word alone ("the House", "the Senate") or after the state or country whose it is
   * ("the Georgia House", "the U.S. Senate"); {@code words} are the name's folded words.
   */
  private boolean chamber(String[] words, String text) {
    Lexicon lex = data.lexicon();
    if (!lex.in(Section.CHAMBERS, words[words.length - 1])) {
      return false;
    }
    if (words.length == 1) {
      return true;
    }
    String name = text.strip();
    int cut = name.length();
    while (cut > 0 && !Character.isWhitespace(name.charAt(cut - 1))) {
      cut--;
    }
    String rest = name.substring(0, cut).strip();
    AliasTable.Entry e = data.aliases().find(Fold.key(rest));
    return e != null ? e.type() == EntityType.PLACE && region(e.canonical()) : region(rest);
  }

  /**
   * A state's abbreviation in its place after a town and a comma ("Springfield, Ill.", "Woodridge , Mass ."): the
   * state, though the abbreviation is also an ordinary word.
   */
  private boolean stateAfterTown(Mention m, List<String> lines) {
    String line = lineOf(m, lines);
    if (line == null || data.stateOf(m.text()) == null) {
      return false;
    }
    int comma = trimmedEnd(line, m.start());
    if (comma == 0 || line.charAt(comma - 1) != ',') {
      return false;
    }
    int town = trimmedEnd(line, comma - 1);
    int from = town;
    while (from > 0 && !Character.isWhitespace(line.charAt(from - 1))) {
      from--;
    }
    return from < town && Character.isUpperCase(line.charAt(from));
  }

  private boolean region(String name) {
    Gazetteer.Place place = data.gazetteer().find(Fold.key(name));
    return data.stateOf(name) != null
        || place != null && place.kind() != Gazetteer.Kind.CITY && !place.alternate();
  }

  /**
   * A comma, then one or two capitalised words: what follows a town named with its state or country (not a
   * possessive: "Pence, Indiana's governor" names the person).
   */
  private static final java.util.regex.Pattern REGION_AFTER =
      java.util.regex.Pattern.compile("\\s*,\\s*(\\p{Lu}[\\p{L}.]*)(?:\\s+(\\p{Lu}[\\p{L}.]*))?(?![\\p{L}'’])");

  /**
   * A one-word organisation or place that is rather a person's surname: the article names that person (or the
   * curated aliases know the name as a person), and the name is not a known organisation, a country, a region or a
   * city of 200,000 people or more ("Obama" is also a Japanese town, "Warren" a city in Michigan).
   */
  /** The plural of a surname the article gives a person ("bidens", "bushes"), not a surname itself ("sanders"). */
  private static boolean family(String key, Set<String> surnames) {
    return key.length() > 3 && key.endsWith("s") && !surnames.contains(key)
        && (surnames.contains(key.substring(0, key.length() - 1))
            || key.endsWith("es") && surnames.contains(key.substring(0, key.length() - 2)));
  }

  private boolean personNotOther(EntityType type, String key, boolean surnameInArticle) {
    if (type == EntityType.PERSON) {
      return false;
    }
    AliasTable.Entry e = data.aliases().find(key);
    if (e != null && e.type() != EntityType.PERSON) {
      return false;
    }
    if (!surnameInArticle && e == null) {
      return false;
    }
    Gazetteer.Place p = data.gazetteer().find(key);
    return p == null || type == EntityType.ORG
        || (p.kind() == Gazetteer.Kind.CITY && p.population() < 200_000);
  }

  /**
   * A person whose name ends in a company's legal form ("Pirelli SpA", "Jones Medical Inc"): a company, since no
   * one's name ends in one.
   */
  private static List<Mention> companiesNotPeople(List<Mention> mentions, Lexicon lex) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      int space = m.text().lastIndexOf(' ');
      if (m.type() == EntityType.PERSON && space > 0) {
        String last = Fold.key(m.text().substring(space + 1));
        if (lex.in(Section.CORPORATE_SUFFIXES, last) || lex.in(Section.LEGAL_FORMS, last)) {
          out = out == null ? new ArrayList<>(mentions) : out;
          out.set(i, new Mention(EntityType.ORG, m.text(), m.paragraph(), m.start(), m.end()));
        }
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * Curated organisations the tagger typed as places, where the article never writes "the" before them: "Amazon was
   * going to put bookstores out of business", "a website owned by Amazon" name the company. With "the" the tagger's
   * place stays ("the Amazon", the river or the forest), and so does an institution named after its building
   * ("Kremlin spokesman Dmitry Peskov"; the lexicon's seats), as news and the benchmarks mostly annotate them.
   */
  private List<Mention> curatedOrganisations(List<Mention> mentions, List<String> lines) {
    List<Mention> out = null;
    Set<String> afterThe = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String key;
      if (m.type() != EntityType.PLACE || !known(key = Fold.key(m.text()), EntityType.ORG)
          || data.lexicon().in(Section.SEATS, key)) {
        continue;
      }
      if (afterThe == null) {
        afterThe = new HashSet<>();
        for (Mention o : mentions) {
          if (afterThe(o, lines)) {
            afterThe.add(Fold.key(o.text()));
          }
        }
      }
      if (!afterThe.contains(key)) {
        out = out == null ? new ArrayList<>(mentions) : out;
        out.set(i, new Mention(EntityType.ORG, m.text(), m.paragraph(), m.start(), m.end()));
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * A name the tagger cut out of a curated organisation's name: "USA" of "USA TODAY", whose second word, in capitals
   * and a common word, the tagger left out (the next word, one space after the name, joins it when the curated aliases
   * know the two as an organisation); "Urban Development" of "Housing and Urban Development Secretary Ben Carson",
   * whose first words it left out ({@link #curatedStart}).
   */
  private List<Mention> curatedTails(List<Mention> mentions, List<String> lines) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String line = lines.get(m.paragraph() + 1);
      if (line == null) {
        continue;
      }
      int from = curatedStart(m, line);
      Mention previous = i > 0 ? mentions.get(i - 1) : null;
      if (from < m.start() && (previous == null || previous.paragraph() != m.paragraph() || previous.end() <= from)) {
        out = out == null ? new ArrayList<>(mentions) : out;
        out.set(i, new Mention(EntityType.ORG, line.substring(from, m.end()), m.paragraph(), from, m.end()));
        continue;
      }
      if (m.end() + 1 >= line.length() || line.charAt(m.end()) != ' '
          || !Character.isUpperCase(line.charAt(m.end() + 1))) {
        continue;
      }
      Tokens after = Tokens.of(line.substring(m.end(), Math.min(line.length(), m.end() + 40)));
      if (after.size == 0 || !after.isWord(0) || after.has(0, Tokens.POSSESSIVE)) {
        continue;
      }
      int end = m.end() + after.end[0];
      String whole = line.substring(m.start(), end);
      String key = Fold.key(whole);
      if (known(key, EntityType.ORG)) { // a seat ("White" + "House") stays the place it is named as
        EntityType type = data.lexicon().in(Section.SEATS, key) ? EntityType.PLACE : EntityType.ORG;
        out = out == null ? new ArrayList<>(mentions) : out;
        out.set(i, new Mention(type, whole, m.paragraph(), m.start(), end));
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * The name of a work that a lower-case noun after it says it is ("the Keystone XL pipeline", "the Dakota Access
   * pipeline"; the lexicon's works): none of our types, whatever the tagger made of its words. The name is the
   * names the tagger found right before the noun, one space apart; a place the curated aliases know, or GeoNames by
   * more than one word, as a country or region, or as a city of 100,000 people or more, stays ("the Alaska pipeline"
   * is in Alaska; "the Keystone pipeline" is no town's).
   */
  private List<Mention> namedWorks(List<Mention> mentions, List<String> lines) {
    List<Mention> out = null;
    for (int j = 0; j < mentions.size(); j++) {
      Mention m = mentions.get(j);
      String line = lines.get(m.paragraph() + 1);
      if (line == null || m.end() + 2 >= line.length() || line.charAt(m.end()) != ' ') {
        continue;
      }
      Tokens after = Tokens.of(line.substring(m.end(), Math.min(line.length(), m.end() + 40)));
      int w = 0; // past the name's words the tagger left out: "XL" of "Keystone XL", "2" of "Nord Stream 2"
      while (w < 2 && w < after.size && after.isWord(w) && !Character.isLowerCase(after.text.charAt(after.start[w]))) {
        w++;
      }
      if (w >= after.size || !after.isWord(w) || !Character.isLowerCase(after.text.charAt(after.start[w]))
          || !data.lexicon().in(Section.WORKS, after.key(w))) {
        continue;
      }
      int first = j; // the run of names that ends here
      while (first > 0 && mentions.get(first - 1).paragraph() == m.paragraph()
          && mentions.get(first - 1).end() + 1 == mentions.get(first).start()
          && line.charAt(mentions.get(first).start() - 1) == ' ') {
        first--;
      }
      String key = Fold.key(line.substring(mentions.get(first).start(), m.end()));
      Gazetteer.Place p = data.gazetteer().find(key);
      if (data.aliases().find(key) != null || p != null && (key.indexOf(' ') > 0 || p.kind() != Gazetteer.Kind.CITY
          || p.population() >= 100_000)) {
        continue;
      }
      out = out == null ? new ArrayList<>(mentions) : out;
      for (int k = first; k <= j; k++) {
        out.set(k, null);
      }
    }
    if (out != null) {
      out.removeIf(java.util.Objects::isNull);
    }
    return out == null ? mentions : out;
  }

  /**
   * A place the tagger named by its head word alone, leaving out the capitalised word before it ("Korean" + "Peninsula"
   * of "the Korean Peninsula", the adjective read as a nationality): the two, one space apart, are the place. Not after
   * a function word, a title or another name.
   */
  private List<Mention> placeHeadsNamed(List<Mention> mentions, List<String> lines) {
    List<Mention> out = null;
    Lexicon lex = data.lexicon();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String line = lines.get(m.paragraph() + 1);
      if (m.type() != EntityType.PLACE || line == null || m.text().indexOf(' ') >= 0
          || !lex.in(Section.PLACE_HEADS, Fold.key(m.text())) || m.start() < 2 || line.charAt(m.start() - 1) != ' ') {
        continue;
      }
      Tokens before = Tokens.of(line.substring(Math.max(0, m.start() - 30), m.start()));
      int k = before.size - 1;
      Mention previous = i > 0 ? mentions.get(i - 1) : null;
      if (k < 1 || !before.isWord(k) || !before.has(k, Tokens.UPPER) || before.has(k, Tokens.POSSESSIVE)
          || before.has(k, Tokens.SENTENCE_START) || before.end[k] + 1 != before.text.length()
          || lex.in(Section.FUNCTION_WORDS, before.key(k)) || lex.in(Section.TITLES, before.key(k))
          || previous != null && previous.paragraph() == m.paragraph() && previous.end() >= m.start() - 1) {
        continue;
      }
      int from = m.start() - (before.text.length() - before.start[k]);
      out = out == null ? new ArrayList<>(mentions) : out;
      out.set(i, new Mention(EntityType.PLACE, line.substring(from, m.end()), m.paragraph(), from, m.end()));
    }
    return out == null ? mentions : out;
  }

  /**
   * Where a curated organisation's name starts that the tagger cut after its first words ("Housing and" of "Housing
   * and Urban Development Secretary Ben Carson", a sentence's first word read as an ordinary one): up to three words
   * before the name, one space apart, which with it make a name the curated aliases know as an organisation; else the
   * name's own start.
   */
  private int curatedStart(Mention m, String line) {
    int at = m.start();
    if (at < 2 || !Character.isWhitespace(line.charAt(at - 1)) || Character.isWhitespace(line.charAt(at - 2))
        || !capitalBefore(line, at, 3)) {
      return at; // no word one space before the name, or none of the three before it starts with a capital
    }
    Tokens before = Tokens.of(line.substring(Math.max(0, m.start() - 40), m.start()));
    int offset = Math.max(0, m.start() - 40);
    int start = m.start();
    for (int k = before.size - 1; k >= Math.max(0, before.size - 3); k--) {
      if (!before.isWord(k) || before.end[k] + 1 != (k == before.size - 1 ? before.text.length() : before.start[k + 1])
          || k == 0 && offset > 0 && before.start[0] == 0) {
        break; // words one space apart, the first of them whole
      }
      String whole = line.substring(offset + before.start[k], m.end());
      if (Character.isUpperCase(whole.charAt(0)) && known(Fold.key(whole), EntityType.ORG)
          && !data.lexicon().in(Section.SEATS, Fold.key(whole))) {
        start = offset + before.start[k];
      }
    }
    return start;
  }

  /**
   * A country the tagger made an organisation is the country, as news and the benchmarks type a country and its
   * national side: a name the curated aliases give to a country ("America" of "America's Voice", "U.S.", "Russia's
   * Foreign Ministry"). Not a city, nor a country only GeoNames knows by that name, which in sports news is as often a
   * club or a racing team ("Munich", "Monaco", "Jordan's Eddie Irvine"), unless a party follows it: "Sen. Charles E.
   * Schumer, New York Democrat" names a state. Nor a name in a results line or a fixture list.
   */
  private List<Mention> countriesNotOrganisations(List<Mention> mentions, List<String> lines) {
    List<Mention> out = null;
    Set<Long> personEnds = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.ORG) {
        continue;
      }
      String key = Fold.key(m.text());
      AliasTable.Entry e = data.aliases().find(key);
      Gazetteer.Place p;
      boolean country = e != null && e.type() == EntityType.PLACE
          && (p = data.gazetteer().find(Fold.key(e.canonical()))) != null && p.kind() == Gazetteer.Kind.COUNTRY;
      if (!country && !(beforeParty(m, lines) && (e == null ? data.gazetteer().find(key) != null
          : e.type() == EntityType.PLACE))) {
        continue;
      }
      if (personEnds == null) {
        personEnds = new HashSet<>();
        for (Mention o : mentions) {
          if (o.type() == EntityType.PERSON) {
            personEnds.add(((long) o.paragraph() << 32) | o.end());
          }
        }
      }
      Mention asPlace = new Mention(EntityType.PLACE, m.text(), m.paragraph(), m.start(), m.end());
      if (!teamSlot(m, lines, personEnds) && !clubInTeamSlot(asPlace, key, lines)) {
        out = out == null ? new ArrayList<>(mentions) : out;
        out.set(i, asPlace);
      }
    }
    return out == null ? mentions : out;
  }

  /** Right before "Democrat", "Republican" or their plurals: "New York Democrat", "Texas Republicans". */
  private static boolean beforeParty(Mention m, List<String> lines) {
    String line = lines.get(m.paragraph() + 1);
    return line != null && PARTY_AFTER.matcher(line).region(m.end(), line.length()).lookingAt();
  }

  private static final java.util.regex.Pattern PARTY_AFTER =
      java.util.regex.Pattern.compile(" (?:Democrat|Republican)s?(?![\\p{L}\\d])");

  /** Written right after "the" or "The": "the Amazon", "The Kremlin said". */
  private static boolean afterThe(Mention m, List<String> lines) {
    String line = lines.get(m.paragraph() + 1);
    int s = m.start() - 1;
    if (line == null || s < 3 || line.charAt(s) != ' ') {
      return false;
    }
    return line.regionMatches(true, s - 3, "the", 0, 3) && (s == 3 || !Character.isLetterOrDigit(line.charAt(s - 4)));
  }

  /**
   * Words of an office before a person's name. An ordinary word alone there is part of the title, no organisation or
   * place ("Police Commissioner Anthony Batts", "Federal Judge Jane Doe"; Police and Federal are also towns); and an
   * organisation the tagger cut before the rest of its name takes it back ("Homeland" of "Homeland Security Secretary
   * Jeh Johnson" is Homeland Security, "Detroit" of "Detroit Police Chief James Craig" the Detroit Police) when the
   * curated aliases know the whole or it ends in an organisation's head word; the office's own words stay out ("CNN
   * Political Director David Chalian", "Senate Democratic Leader Chuck Schumer", "Republican New Jersey Gov. Chris
   * Christie"), and so does an ordinary word or a demonym alone ("Legal" of "Legal Affairs Minister"); where the tagger
   * ran the organisation into the words that qualify the office, they are cut ("CNN Political" of "CNN Political
   * Director David Chalian" is CNN, "Navy Rear" of "Navy Rear Adm. John Kirby" the Navy; not a name the data knows;
   * the qualifiers are the lexicon's). The words between the name and the person's full name are one space apart:
   * up to two capitalised ones of the name's own, then the office's, capitalised or not, which {@code lexicon.txt}
   * lists as titles or office words.
   */
  private List<Mention> officesBeforePeople(List<Mention> mentions, List<String> lines) {
    Set<Long> personStarts = null;
    List<Mention> out = null;
    Lexicon lex = data.lexicon();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String line = lines.get(m.paragraph() + 1);
      if (m.type() == EntityType.PERSON || line == null || m.end() >= line.length() || line.charAt(m.end()) != ' ') {
        continue;
      }
      Tokens after = Tokens.of(line.substring(m.end(), Math.min(line.length(), m.end() + 80)));
      int j = 0;
      while (j < after.size && j < 2 && m.type() == EntityType.ORG && capitalAfterSpace(after, j)
          && !office(after.key(j)) && !lex.in(Section.FUNCTION_WORDS, after.key(j))) {
        j++;
      }
      int office = j;
      while (j < after.size && wordAfterSpace(after, j) && office(after.key(j))) {
        j++; // the office's words, capitalised or not ("Senate Democratic leader Chuck Schumer")
      }
      if (j == office || j >= after.size || !capitalAfterSpace(after, j)) {
        continue;
      }
      if (personStarts == null) {
        personStarts = new HashSet<>();
        for (Mention p : mentions) {
          if (p.type() == EntityType.PERSON && p.text().indexOf(' ') > 0) { // a full name: no "Commander Europe"
            personStarts.add(((long) p.paragraph() << 32) | p.start());
          }
        }
      }
      if (!personStarts.contains(((long) m.paragraph() << 32) | (m.end() + after.start[j]))) {
        continue;
      }
      String key = Fold.key(m.text());
      if (office == 0 && key.indexOf(' ') < 0 && lex.isCommon(key) && !known(key, m.type())) {
        out = out == null ? new ArrayList<>(mentions) : out;
        out.set(i, null);
      } else if (office == 0 && m.type() == EntityType.ORG && key.indexOf(' ') > 0 && !knownName(key)) {
        Tokens name = Tokens.of(m.text());
        int last = name.size - 1;
        while (last > 0 && name.isWord(last) && lex.in(Section.OFFICE_QUALIFIERS, name.key(last))) {
          last--;
        }
        if (last < name.size - 1) {
          int end = m.start() + name.end[last];
          String rest = line.substring(m.start(), end);
          String restKey = Fold.key(rest);
          out = out == null ? new ArrayList<>(mentions) : out;
          if (!name.isWord(last) || lex.in(Section.FUNCTION_WORDS, name.key(last))
              || last == 0 && lex.isCommon(restKey)) {
            out.set(i, null); // "Pentagon and Democratic Leader ...": no name left
          } else {
            // "California Democratic Rep. Adam Schiff": what is left may be the state
            EntityType type = data.gazetteer().find(restKey) != null && !known(restKey, EntityType.ORG)
                ? EntityType.PLACE : m.type();
            out.set(i, new Mention(type, rest, m.paragraph(), m.start(), end));
          }
        }
      } else if (office > 0 && (key.indexOf(' ') > 0 || !lex.isCommon(key) && !lex.in(Section.DEMONYMS, key))) {
        int end = m.end() + after.end[office - 1];
        String whole = line.substring(m.start(), end);
        if (known(Fold.key(whole), EntityType.ORG) || lex.in(Section.ORG_HEADS, after.key(office - 1))) {
          out = out == null ? new ArrayList<>(mentions) : out;
          out.set(i, new Mention(m.type(), whole, m.paragraph(), m.start(), end));
        }
      }
    }
    if (out != null) {
      out.removeIf(java.util.Objects::isNull);
    }
    return out == null ? mentions : out;
  }

  private boolean office(String key) {
    return data.lexicon().in(Section.TITLES, key) || data.lexicon().in(Section.OFFICE_WORDS, key);
  }

  /** A word, not a possessive, one space after the token before it (or after the name, for the first). */
  private static boolean wordAfterSpace(Tokens t, int i) {
    return t.isWord(i) && !t.has(i, Tokens.POSSESSIVE) && t.start[i] == (i == 0 ? 1 : t.end[i - 1] + 1);
  }

  /**
   * A capitalised word, not in capitals (a headline's "NICE SACK COACH EMON" says nothing), one space after the token
   * before it (or after the name, for the first).
   */
  private static boolean capitalAfterSpace(Tokens t, int i) {
    return t.isWord(i) && t.has(i, Tokens.UPPER) && !t.has(i, Tokens.ALL_CAPS) && !t.has(i, Tokens.POSSESSIVE)
        && t.start[i] == (i == 0 ? 1 : t.end[i - 1] + 1);
  }

  /** The curated aliases know the name as one of this type. */
  private boolean known(String key, EntityType type) {
    AliasTable.Entry e = data.aliases().find(key);
    return e != null && e.type() == type;
  }

  private boolean knownName(String key) {
    return data.aliases().find(key) != null || data.gazetteer().find(key) != null;
  }

  /**
   * A team's name: a place the data knows, then one capitalised plural that neither heads a place's name ("Springs",
   * "Heights", "Islands") nor is the place's own people ("North Koreans"), and the whole no name the data knows.
   */
  private boolean teamOfPlace(String[] words, String text) {
    Lexicon lex = data.lexicon();
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    String last = words[words.length - 1];
    int n = last.length();
    String shown = text.substring(text.lastIndexOf(' ') + 1);
    if (n < 4 || !last.endsWith("s") || last.endsWith("ss") || last.endsWith("us") || last.endsWith("is")
        || last.endsWith("as") || !Character.isUpperCase(shown.charAt(0))
        || !shown.substring(1).equals(shown.substring(1).toLowerCase(java.util.Locale.ROOT))
        || data.gazetteer().find(last) != null || data.aliases().find(last) != null) {
      return false;
    }
    String one = last.endsWith("ies") ? last.substring(0, n - 3) + "y" : last.substring(0, n - 1);
    for (String w : new String[] {last, one}) {
      for (Section s : TEAM_STOPS) {
        if (lex.in(s, w)) {
          return false; // "Capitol Hill Republicans", "Palm Beach Counties", "Gulf Shores", "Brussels Photos"
        }
      }
    }
    if (words.length == 2 && lex.isGivenName(words[0])) {
      return false; // a given name first: a person whose surname ends in an s (a first name that is also a place,
      // as "Leslie" is, is not told apart: "Leslie Jones" is taken for a team)
    }
    String place = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    AliasTable.Entry a = data.aliases().find(place);
    if (data.gazetteer().find(place) == null && (a == null || a.type() != EntityType.PLACE)) {
      return false;
    }
    // the people of a place ("North Carolinians", "Puerto Ricans", "New Yorkers"; "Houston Texans" is a team)
    for (String[] suffix : DEMONYM_SUFFIXES) {
      if (last.endsWith(suffix[0]) && knownName(place + " " + last.substring(0, n - suffix[0].length()) + suffix[1])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a person mention other than a joined "A & B" one ends in {@code lastWord}. */
  private static boolean namedApart(String lastWord, List<Mention> mentions) {
    for (Mention o : mentions) {
      if (o.type() == EntityType.PERSON && !o.text().contains("&")) {
        String[] w = Fold.key(o.text()).split(" ");
        if (w[w.length - 1].equals(lastWord)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words that end no team's name: groups of people, places' and organisations' head words, events, things. */
  private static final Section[] TEAM_STOPS = {Section.GENERIC_ADJECTIVES, Section.ROLE_NOUNS, Section.DEMONYMS,
      Section.NATIONALITY_NOUNS, Section.PLACE_HEADS, Section.ORG_HEADS, Section.EVENT_HEADS, Section.THING_HEADS,
      Section.PLACE_NOUNS, Section.ORG_NOUNS, Section.MEDIA_NOUNS, Section.DATE_WORDS, Section.NON_ENTITIES,
      Section.NOT_TEAMS};

  /** How a place's name becomes its people's: "Carolina" "Carolinians", "Rico" "Ricans", "York" "Yorkers". */
  private static final String[][] DEMONYM_SUFFIXES = {{"ians", "ia"}, {"ians", "a"}, {"ians", ""}, {"ans", "a"},
      {"ans", "o"}, {"ans", ""}, {"ns", ""}, {"ers", ""}, {"ites", ""}, {"ese", ""}};

  /** Whether a letter of {@code s} is a Latin one (a name without any is in another script). */
  private static boolean latin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 ? Character.isLetter(c) : Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        return true;
      }
    }
    return false;
  }

  /** The share of a text's letters in the Latin script above which a name in another script is a gloss. */
  private static final double LATIN_TEXT = 0.75;

  /** Whether at least {@link #LATIN_TEXT} of the letters of {@code lines} are Latin ones. */
  private static boolean mostlyLatin(List<String> lines) {
    long letters = 0;
    long latin = 0;
    for (String line : lines) {
      if (line == null) {
        continue;
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          latin += c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
        }
      }
    }
    return letters > 0 && latin >= LATIN_TEXT * letters;
  }

  /** Right after a capitalised storm, operation or statute word ("Hurricane", "Operation", "Title"). */
  private boolean afterEventPrefix(Mention m, List<String> lines) {
    String line = lines.get(m.paragraph() + 1);
    if (line == null) {
      return false;
    }
    if (!capitalJustBefore(line, m.start())) {
      return false; // no capitalised word ends there: most names follow a lower-case word
    }
    Tokens before = Tokens.of(line.substring(Math.max(0, m.start() - 40), m.start()));
    int last = before.size - 1;
    return last >= 0 && before.kind[last] == Tokens.WORD && before.has(last, Tokens.UPPER)
        && before.end[last] >= before.text.length() - 1 && data.lexicon().in(Section.EVENT_PREFIXES, before.key(last));
  }

  /**
   * Whether a capital stands in the last run of text before {@code end} (back to the space before it; within the 40
   * characters the rules' windows take): without one, no word written with a capital ends there.
   */
  static boolean capitalJustBefore(String line, int end) {
    return capitalBefore(line, end, 1);
  }

  /**
   * Whether a capital stands in the last {@code words} runs of text before {@code end}, separated by spaces, within
   * the 40 characters before it.
   */
  static boolean capitalBefore(String line, int end, int words) {
    int from = Math.max(0, end - 40);
    int runs = 0;
    boolean inRun = false;
    for (int i = end - 1; i >= from; i--) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inRun && ++runs == words) {
          return false;
        }
        inRun = false;
      } else {
        inRun = true;
        if (Character.isUpperCase(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "on Telegram", "via Twitter", "a Twitter thread": the network is where something was said. */
  private boolean medium(Mention m, List<String> lines) {
    String line = lines.get(m.paragraph() + 1);
    if (line == null) {
      return false;
    }
    Tokens before = Tokens.of(line.substring(Math.max(0, m.start() - 40), m.start()));
    if (before.size > 0 && before.kind[before.size - 1] == Tokens.WORD) {
      String word = before.key(before.size - 1);
      if (word.equals("on") || word.equals("via") || data.lexicon().in(Section.LOCATIVES, word)) {
        return true;
      }
    }
    Tokens after = Tokens.of(line.substring(m.end()));
    return after.size > 0 && after.kind[0] == Tokens.WORD && data.lexicon().in(Section.MEDIA_NOUNS, after.key(0));
  }
}
