package dev.lede.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the tagger's spans into mentions with clean edges: no punctuation, joining word or lower-case word at either
 * end ("House and", "Kherson region") unless the data knows the whole ("Dnipro river"); no modifier glued on
 * ("Ukraine-appointed Kherson"); no title in front of a person ("Justice Martin Chamberlain"); a possessive ends a
 * name ("NASA's Artemis II" is NASA, then Artemis II) unless it is a common word ("People's Republic of China").
 * Scraper text is not a name: words run together with another name of the page ("Lisa MurkowskiSchumer", "Clinton2020") end it, a repeated word ends a person ("Charles Schumer
 * Charles"), and a second given name after a surname starts another person ("Joe Biden Hillary Clinton").
 */
final class NameSpans {
  /** An acronym: two to six capitals and digits, at least two of them capitals ("NHL", "MTV2", "3AW"). */
  private static final Pattern ACRONYM = Pattern.compile("(?=(?:\\d*\\p{Lu}){2})[\\p{Lu}\\d]{2,6}");
  /**
   * A word glued to another: lower case then upper case ("SchumerHow", "ShermanTrump-Pelosi"), or letters then digits
   * ("Clinton2020").
   */
  private static final Pattern GLUED = Pattern.compile("\\p{L}*\\p{Ll}{2}(\\p{Lu}[\\p{L}'’-]*|\\d{2,}.*)");

  /** A model designation: letters, a hyphen and a number ("F-86", "P-51D", "MiG-29", "AK-47", "Su-25"). */
  private static final Pattern DESIGNATION = Pattern.compile("\\p{Lu}\\p{L}{0,3}-\\d{1,4}\\p{L}{0,2}");
  /**
   * A designation in capitals before a name the tagger cut off from it ("F-86 Sabre" read as "Sabre"): stricter, since
   * "Mid-2020" and a known name such as "G-20" can come before a person ("at the G-20 Biden met ...").
   */
  private static final Pattern MODEL_NUMBER = Pattern.compile("\\p{Lu}{1,3}-\\d{2,3}\\p{Lu}?");

  private final EntityData data;
  private final NerFeatures.Doc doc;
  private Set<String> words;
  /** The words after the first of the page's people named in full (see {@link #gluedAlone}). */
  private Set<String> surnames = Set.of();

  NameSpans(EntityData data, NerFeatures.Doc doc) {
    this.data = data;
    this.doc = doc;
  }

  List<Mention> mentions(List<NerTagger.Span> spans) {
    List<Mention> out = new ArrayList<>();
    List<NerTagger.Span> all =
        listsOfOneKind(coordinated(joinedByAnd(headOfName(withCompanySuffix(
            withNicknames(joinedKnown(placePairs(fixtures(splitAtAnd(hoverCards(abbreviatedStates(bracketed(withCuratedParticle(spans))))))))))))));
    surnames = surnamesOf(doc, all);
    boolean[] parties = caseParties(all);
    boolean[] chained = townsBeforeTheirCountry(all);
    for (int at = 0; at < all.size(); at++) {
      NerTagger.Span s = all.get(at);
      if (parties[at]) {
        continue; // "Roe v. Wade": a court case named after its parties, and neither of them
      }
      if (titleBeforePerson(all, at)) {
        continue; // "Justice Ruth Bader Ginsburg" where the tagger took "Justice" for an organisation of its own
      }
      EntityType type = NerModel.type(s.group() * 2 - 1);
      if ((type == null || type == EntityType.PERSON) && placeBeforeItsCountry(all, at)
          && (type == null || !givenNameOrKnown(s))) {
        type = EntityType.PLACE; // "in Lockerbie, Scotland"; "at Debden, England", which the tagger took for someone
      } else if (type == null && curatedInstitution(s)) {
        // "House of Representatives" left untyped: the curated aliases say what it is; a seat ("White House") is the
        // place the archive names it as
        type = data.lexicon().in(Lexicon.Section.SEATS, nameKey(doc.lines[s.line()].tokens, s.first(), s.last()))
            ? EntityType.PLACE : EntityType.ORG;
      } else if (type == EntityType.PERSON && curatedOrganisation(s)) {
        type = EntityType.ORG; // "Kevin Drum, Mother Jones": a magazine the curated aliases know, read as someone
      } else if (type == null && (numberedUnit(s) || acronym(s) || clubName(s))) {
        type = EntityType.ORG;
      } else if (type == null && curatedPerson(s)) {
        type = EntityType.PERSON; // a person the curated aliases know, left untyped
      } else if (type == null && (placeHeaded(s) || curatedPlace(s))) {
        type = EntityType.PLACE; // "King County", "Fifth Avenue": a place by its head word, left untyped by the tagger
      } else if (type != EntityType.PLACE && placeNounOfBefore(s) && !givenNameOrKnown(s)) {
        type = EntityType.PLACE; // "the parish of Heydour", "the village of Cliddesden": the noun says what it names
      } else if ((type == EntityType.PERSON || type == EntityType.PLACE) && orgNounBefore(s) && !givenNameOrKnown(s)) {
        type = EntityType.ORG; // "the metal band Van Canto", "the newspaper Granma": the noun says what it names
      } else if (type == EntityType.ORG && (countyAfterTown(all, at) || chained[at])) {
        type = EntityType.PLACE; // "from Preston, Lancashire, was": the county a town is in, not its cricket club
      }
      if (type == null) {
        continue;
      }
      Tokens t = doc.lines[s.line()].tokens;
      int first = s.first();
      int last = s.last();
      if (handle(t, first)) {
        continue; // "(@SenJohnMcCain)", "@POTUS": a tweet's handle
      }
      if (suffixOnly(t, first, last)) {
        continue; // "Inc." after a name the tagger did not take, "& Co.": a legal form names no one
      }
      while (first <= last && edge(t, first, false) && !capitalThe(t, first, last)) {
        first++;
      }
      while (last >= first && edge(t, last, last > first)) {
        last--;
      }
      if (last > first && trailingDate(t, first, last, type)) {
        last--; // "Fox News Saturday", "Yeltsin Sept 7": the date after a name, run into it by the tagger
        while (last >= first && edge(t, last, last > first)) {
          last--; // "the House on Dec. 18"
        }
        if (last == first && type != EntityType.PERSON && !known(t, first, first)) {
          continue; // "Palm Sunday", "Black Friday": a day's name, not a name with a date after it
        }
      }
      if (first > 0 && first <= last && (t.word(first - 1).equals("The") || t.word(first - 1).equals("THE"))
          && known(t, first - 1, last)) {
        first--; // "in The Hague", "THE HAGUE" where the tagger took "Hague": the data knows the name with its "The"
      }
      if (first > 0 && first <= last && NerTagger.mayStartName(t, first - 1) && !spanEndsAt(all, at, first - 1)
          && known(t, first - 1, last)) {
        first--; // "NEW YORK 72 54 .571" where the tagger took "YORK": the data knows the whole name
      }
      int untrimmed = last;
      while (last > first && lowerWord(t, last) && !known(t, first, last)) {
        last--;
      }
      if (type == EntityType.ORG && last < untrimmed && knownType(t, first, last) == EntityType.PLACE) {
        type = EntityType.PLACE; // "the Ontario legislature", "Kenya police": the place whose body it is, as annotated
      }
      if (last >= first && last + 1 < t.size && lowerWord(t, last + 1) && known(t, first, last + 1)) {
        last++;
      }
      if (type != EntityType.PERSON && last > first && HONORIFICS.contains(t.key(first))) {
        type = EntityType.PERSON; // "Mr. Abbas", "Mrs. Clinton": an honorific names a person, whatever the tagger read
      } else if (type != EntityType.ORG && last > first && t.key(last).equals("hotel")) {
        type = EntityType.ORG; // "Mark Hopkins Hotel", "Trump International Hotel": a business, as annotators have it
      } else if (type == EntityType.PLACE && last > first && INSTITUTION_HEADS.contains(t.key(last))
          && !curated(t, first, last)) {
        type = EntityType.ORG; // "Middle East Institute", "Edison High School": named after a place, an institution
      }
      if (type == EntityType.ORG && last > first && roleAtEnd(t, last)) {
        last--; // "Reserve Bank of India Governor C. Rangarajan": the office is the person's, not the bank's name
      }
      if (type == EntityType.ORG && last > first + 1 && office(t, first) && t.key(first + 1).equals("of")) {
        first += 2; // "CEO of Bain Capital": the office is someone's, the organisation is what follows "of"
      } else if (type == EntityType.ORG && last > first && office(t, first) && !t.has(first, Tokens.POSSESSIVE)
          && (data.lexicon().isGivenName(t.key(first + 1)) || last == first + 1 && !known(t, first + 1, last)
              && !data.lexicon().isCommon(t.key(last)) && !data.lexicon().in(Lexicon.Section.ORG_HEADS, t.key(last)))) {
        first++; // "CEO Carly Fiorina", "CEO Buffett": a person under an office the tagger read as a company's name
        type = EntityType.PERSON;
      }
      if (type == EntityType.ORG) {
        last = beforeTitle(t, first, last);
        last = beforeTitledPerson(t, first, last);
        if (last < first) {
          continue; // "Chief Justice John Roberts": "Justice" was the title's word, no organisation
        }
      }
      if (type == EntityType.ORG && first > 0 && UNITS.contains(t.key(last)) && unitNumber(t, first - 1)) {
        first--; // "IV Corps", "65 Air Division", "82nd Airborne Division": a military unit's number is its name
      }
      while (first < last && shoutedLabel(t, first)) {
        first++; // "WATCH Clinton", "CLOSE Facebook": a video player's or a gallery's label is not part of the name
      }
      boolean shouted = allCaps(t, first, last);
      while (shouted && first < last && data.lexicon().in(Lexicon.Section.NON_ENTITIES, t.key(first))) {
        first++; // "WATCH FOX NEWS": the same label in a line in capitals
      }
      if (shouted && last > first && sentenceWord(t, first, last)) {
        continue; // "PEOPLE ARE SHALLOW", "IMMIGRATION SYSTEM IS": a line in capitals, not a name
      }
      if (shouted && last > first && curated(t, first, first) && curated(t, first + 1, last)
          && !known(t, first, last) && !repeatedAcronym(t, first)) {
        // "REUTERS NSA", "POLITICO GOP": a credit or a label in capitals run into the next name
        emit(type, t, s.line(), first + 1, last, out);
        last = first;
      }
      if (type == EntityType.ORG && last - first == 2 && descriptor(t, first) && !known(t, first, last)
          && personAfterDescriptor(t, first + 1)) {
        // "Senior Kory Lichtensteiger", "Swede Kennet Andersson" read as a team: a word for what someone is, a first
        // name and a surname name the person
        first++;
        type = EntityType.PERSON;
      }
      if (type == EntityType.PERSON) {
        while (first < last && connective(t, first)) {
          first++; // "Since Comey", "Unlike Reagan", "To Hillary": the sentence's word before a name
        }
        while (first <= last && (data.lexicon().in(Lexicon.Section.TITLES, t.key(first)) || titleCompound(t, first)
            || abbreviatedTitle(t, first))) {
          first++;
        }
        while (last > first + 1 && t.kind[last] == Tokens.WORD && t.has(last, Tokens.UPPER)
            && data.lexicon().in(Lexicon.Section.POSTNOMINALS, t.key(last))) {
          last--; // "John Smith OBE", "Ann Lee PhD": the letters after a name are no part of it
        }
        if (first == last && first > 0 && t.isWord(first - 1) && t.has(first - 1, Tokens.UPPER)
            && SOVEREIGNS.contains(t.key(first - 1)) && data.lexicon().isGivenName(t.key(first))) {
          // "Pope Francis", "Prince Harry", whether or not the tagger took the title: known by the title and a first
          // name, with no surname to name them by
          first--;
        }
        if (last - first >= 2 && (descriptor(t, first) || formerMember(t, first))) {
          first++; // "Queenslander Daniel Herbert", "Fullback Andre Joubert": the name starts at the given name
        }
      }
      if (type == EntityType.PERSON && last - first >= 2 && data.lexicon().isGivenName(t.key(last))
          && !data.lexicon().isGivenName(t.key(last - 1)) && !initial(t, last - 1)
          && endsNameElsewhere(s.line(), last - 1)) {
        // "Chuck Schumer Charles": a first name after the surname starts the next hover card, and the page names
        // the person by that surname elsewhere ("Schumer said"). After an initial it is the surname ("Gerald A.
        // Daniel", "C. H. Douglas"), and so it is after a given name the list lacks, whose word ends no name of
        // the page ("Miguel Angel Martin" next to "Miguel Angel Jimenez")
        last--;
      }
      for (int k = first; k <= last; k++) {
        if (k == first ? gluedAlone(t, k) : glued(t, k)) {
          // the rest of the span is scraper text; when the glued word starts with a word the span has had, the words
          // after that word are a hover card naming it again ("President Trump Donald John TrumpKamala", "Charles
          // Schumer Chuck SchumerHow"): the name ends there
          last = k - 1;
          if (type == EntityType.PERSON && k - first >= 2) {
            String again = gluedAfter(t, k);
            for (int j = first; j < k - 1; j++) {
              if (t.key(j).equals(again)) {
                last = j;
                break;
              }
            }
          }
          break;
        }
      }
      if (type == EntityType.PERSON && (last + 1 < t.size && glued(t, last + 1)
          && (first > 0 && t.punct(first - 1) == ')' || bracketInside(t, first, last)
              || hoverCardAfter(all, at, gluedAfter(t, last + 1)))
          || legalNameAfter(all, at))) {
        // a hover card's full name with the nickname in brackets, "Addison (Mitch) Mitchell McConnellGOP ...": the
        // words between the bracket and the surname run into the next text are middle names ("Mitchell" was a
        // person of 20 AllSides articles, "Swan" of 14); or right after the name it gives in full, "Hillary Clinton
        // Hillary Diane Rodham ClintonWarren-Sanders fight ..."
        continue;
      }
      int titled = last;
      while (last > first && abbreviatedTitle(t, last)) {
        last--; // "CPAC Sen." before "Ted Cruz": a title belongs to the name after it, never ends one
      }
      int named = titled + 1 < t.size && t.punct(titled + 1) == '.' ? titled + 2 : titled + 1; // past a split dot
      if (type == EntityType.PERSON && last < titled && !data.firstName(t.key(first)) && t.isWord(named)
          && t.has(named, Tokens.UPPER)) {
        // "Navy Cmdr." before "John Smith", read as one person: what the title is of is a body or a place, when the
        // data knows it or it ends in an ordinary word or a body's head word ("Chicago Police Supt."); not a name
        // that ends a sentence in what looks like a title ("Prime Minister Hun Sen.")
        EntityType known = knownType(t, first, last);
        if (known == EntityType.PLACE || known == EntityType.ORG) {
          type = known;
        } else if (data.lexicon().isCommon(t.key(last)) || data.lexicon().in(Lexicon.Section.ORG_HEADS, t.key(last))) {
          type = EntityType.ORG;
        }
      }
      if (first == last && abbreviatedTitle(t, first)) {
        continue;
      }
      if (type != EntityType.PLACE && (last > first && DESIGNATION.matcher(t.word(first)).matches()
          || first > 0 && t.isWord(first - 1) && MODEL_NUMBER.matcher(t.word(first - 1)).matches()
              && data.aliases().find(t.key(first - 1)) == null)) {
        continue; // "F-86 Sabre", "MiG-29 Fulcrum", "CH-53 Sea Stallion": an aircraft or a weapon, not who made it
      }
      if (type == EntityType.PERSON && last - first >= 2 && nicknameAfter(t, last, first)) {
        last--; // "Mitch McConnell Addison (Mitch) Mitchell McConnell": the legal name starts at "Addison"
      }
      if (type == EntityType.PERSON && last > first && !curated(t, first, last)
          && (FEATURE_HEADS.contains(t.key(last)) || data.lexicon().in(Lexicon.Section.LANDFORM_SURNAMES, t.key(last))
              && !data.firstName(t.key(first)) && !data.lexicon().isGivenName(t.key(first)))) {
        // "Hancock Pond", "Collins Ave", "Clark County": no one's surname; "Whale Beach", "Hancock Brook", where no
        // first name opens it (Kelly Brook, Sylvia Beach)
        type = EntityType.PLACE;
      }
      if (type == EntityType.PLACE && last > first && !known(t, first, last)) {
        List<int[]> places = placesInARow(t, first, last);
        if (places != null) {
          for (int[] p : places) {
            emit(EntityType.PLACE, t, s.line(), p[0], p[1], out); // a page's list of countries run together
          }
          continue;
        }
      }
      if (inListedPhrase(t, first, last)) {
        // "State of the Union" (the address, not a union), "Director of National Intelligence", "National Security
        // Adviser" (titles)
        continue;
      }
      int person = type == EntityType.ORG ? personEnding(t, first, last) : -1;
      if (person > 0) {
        // "Director of National Intelligence James Clapper": the tagger ran the organisation into the person
        int end = person - 1;
        while (end > first && (roleWord(t, end) || t.kind[end] != Tokens.WORD
            || data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, t.key(end)))) {
          end--; // "Cambridge Analytica CEO Alexander Nix", "Weekly Standard Editor Bill Kristol", "House of Rep. X"
        }
        if (!inListedPhrase(t, first, end)) {
          emit(EntityType.ORG, t, s.line(), first, end, out); // not the office of "Director of National Intelligence"
        }
        emit(EntityType.PERSON, t, s.line(), person, last, out);
        continue;
      }
      emit(type, t, s.line(), first, last, out);
    }
    untaggedRegions(all, out);
    return defined(out);
  }

  /**
   * A country or a first-level region the tagger left out altogether ("was an Ontario political figure"): its
   * gazetteer name, capitalised, outside every span the tagger returned (a name's part stays that name's), and no
   * common word, given name or function word ("Georgia", "Jordan", "Chad" and "Turkey" in a recipe stay out).
   */
  private void untaggedRegions(List<NerTagger.Span> spans, List<Mention> out) {
    for (int p = 0; p < doc.lines.length; p++) {
      NerFeatures.Line line = doc.lines[p];
      if (line.caps) {
        continue; // a line in capitals: every word looks like a name
      }
      Tokens t = line.tokens;
      for (int i = 0; i < t.size; i++) {
        if (t.kind[i] != Tokens.WORD || !t.has(i, Tokens.UPPER) || t.has(i, Tokens.ALL_CAPS) || inSpan(spans, p, i)) {
          continue;
        }
        for (int last = Math.min(t.size - 1, i + 2); last >= i; last--) {
          if (regionName(t, i, last) && !inSpan(spans, p, last)) {
            emit(EntityType.PLACE, t, p, i, last, out);
            i = last;
            break;
          }
        }
      }
    }
  }

  private static boolean inSpan(List<NerTagger.Span> spans, int line, int i) {
    for (NerTagger.Span s : spans) {
      if (s.line() == line && s.first() <= i && i <= s.last()) {
        return true;
      }
    }
    return false;
  }

  private boolean regionName(Tokens t, int first, int last) {
    Lexicon lex = data.lexicon();
    for (int k = first; k <= last; k++) {
      if (t.kind[k] != Tokens.WORD || !t.has(k, Tokens.UPPER) || lex.isCommon(t.key(k)) || lex.isGivenName(t.key(k))
          || lex.in(Lexicon.Section.FUNCTION_WORDS, t.key(k)) || lex.in(Lexicon.Section.DEMONYMS, t.key(k))) {
        return false;
      }
    }
    if (last + 1 < t.size && t.isWord(last + 1) && t.has(last + 1, Tokens.UPPER)) {
      return false; // "Ontario Hydro": the start of a longer name the tagger did not type
    }
    Gazetteer.Place place = data.gazetteer().find(nameKey(t, first, last));
    return place != null && !place.alternate() && place.kind() != Gazetteer.Kind.CITY && !curated(t, first, last);
  }

  /**
   * Where a person's name ends an organisation the tagger ran into it ("National Intelligence James Clapper"): a
   * first name ({@link EntityData#firstName}) and a capitalised word after at least two words of the organisation,
   * neither in capitals, the last no organisation's head word, the word before no "of" ("University of Mary
   * Washington") and the pair no name the data knows; a first name the given names lack only before a word shaped as
   * a surname ({@link #surnameShaped}) and after no list of places; else -1.
   */
  private int personEnding(Tokens t, int first, int last) {
    int given = last - 1;
    if (given - first < 2 || t.kind[given] != Tokens.WORD || t.kind[last] != Tokens.WORD
        || !t.has(given, Tokens.UPPER) || !t.has(last, Tokens.UPPER) || t.has(given, Tokens.ALL_CAPS)
        || t.has(last, Tokens.ALL_CAPS) || !data.firstName(t.key(given))
        || !data.lexicon().isGivenName(t.key(given))
        && (!surnameShaped(t, given, last) || places(t, first, given) > 1)
        || data.lexicon().isGivenName(t.key(given - 1)) || t.kind[given - 1] != Tokens.WORD
        || data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, t.key(given - 1))
        || data.lexicon().in(Lexicon.Section.ORG_HEADS, t.key(last))
        || curated(t, given, last) && knownType(t, given, last) != EntityType.PERSON) {
      return -1; // "Bank of America Merrill Lynch" ends in a curated company, "... James Clapper" in a curated person
    }
    return given;
  }

  /** How many words of tokens first..end (exclusive) are places the gazetteer knows: two make a list of places. */
  private int places(Tokens t, int first, int end) {
    int n = 0;
    for (int i = first; i < end; i++) {
      n += t.kind[i] == Tokens.WORD && data.gazetteer().find(t.key(i)) != null ? 1 : 0;
    }
    return n;
  }

  /**
   * A word that can be a surname after a first name the given names do not list ("Lloyd Axworthy"): no common
   * word and no place ("Human Gene Therapy", "Dacia Pitesti"), nor a place with the first name ("Santa Barbara"),
   * and the words before the first name no place the data knows, alone or with the first name: a company
   * named after its founders follows one ("Bank of America Merrill Lynch"), and a place's name runs on ("United
   * States Marine Corps", "The San Diego Union-Tribune").
   */
  private boolean surnameShaped(Tokens t, int first, int last) {
    String k = t.key(last);
    if (data.lexicon().isCommon(k) || data.gazetteer().find(k) != null
        || data.gazetteer().find(nameKey(t, first, last)) != null) {
      return false;
    }
    for (int from = first - 1; from >= Math.max(0, first - 3); from--) {
      if (t.kind[from] != Tokens.WORD) {
        break;
      }
      for (int to : new int[] {first - 1, first, last}) { // "United States Marine", "San Diego", "Ho Chi Minh"
        String words = nameKey(t, from, to);
        AliasTable.Entry e = data.aliases().find(words);
        if (data.gazetteer().find(words) != null || e != null && e.type() == EntityType.PLACE) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The name is part of a phrase that the lexicon lists as no entity, with one to three words before or after it:
   * the tagger took "Union" out of "State of the Union", "National Intelligence" out of "Director of National
   * Intelligence" and "National Security" out of "National Security Adviser".
   */
  private boolean inListedPhrase(Tokens t, int first, int last) {
    Lexicon lex = data.lexicon();
    for (int k = 1; k <= 3; k++) {
      // the phrase's key is built only when the lexicon has a phrase that starts with its first word
      if (first - k >= 0 && lex.mayOpen(Lexicon.Section.NON_ENTITIES, firstWordKey(t, first - k, last))
          && lex.in(Lexicon.Section.NON_ENTITIES, nameKey(t, first - k, last))) {
        return true;
      }
      if (last + k < t.size && lex.mayOpen(Lexicon.Section.NON_ENTITIES, firstWordKey(t, first, last + k))
          && lex.in(Lexicon.Section.NON_ENTITIES, nameKey(t, first, last + k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part of {@link #nameKey}{@code (t, first, last)} before its first space, without building the whole key: the
   * folded text from the first word to the first space (folding works character by character between spaces).
   */
  private static String firstWordKey(Tokens t, int first, int last) {
    int end = t.nameEnd(last);
    int space = t.start[first];
    while (space < end && !Character.isWhitespace(t.text.charAt(space))) {
      space++;
    }
    return space == t.end[first] && !t.has(first, Tokens.POSSESSIVE)
        ? t.key(first) : Fold.key(t.text.substring(t.start[first], space));
  }

  /** A title or role before a name ("Editor", "CEO", "Chairman"). */
  private boolean roleWord(Tokens t, int i) {
    String k = t.key(i);
    return t.kind[i] == Tokens.WORD && (data.lexicon().in(Lexicon.Section.TITLES, k)
        || data.lexicon().in(Lexicon.Section.ROLE_NOUNS, k) || ROLE_ACRONYMS.contains(k));
  }

  private static final Set<String> ROLE_ACRONYMS = Set.of("ceo", "cfo", "coo", "cto");

  /** The side of a chamber in a leader's title ("Senate Majority Leader", "House Minority Whip"). */
  private static final Set<String> CHAMBER_SIDES = Set.of("majority", "minority");

  /**
   * An organisation without the title words it ends in when a person's given name follows: "Supreme Court Justice
   * Ruth Bader Ginsburg" names the Supreme Court, and "Justice" alone before "John Roberts" nothing (-1 then). Not when
   * a word like "of" would end what is left ("Department of Justice Inspector General").
   */
  private int beforeTitledPerson(Tokens t, int first, int last) {
    if (last + 1 >= t.size || t.kind[last + 1] != Tokens.WORD || !t.has(last + 1, Tokens.UPPER)
        || !data.lexicon().isGivenName(t.key(last + 1))) {
      return last;
    }
    int end = last;
    while (end >= first && t.kind[end] == Tokens.WORD && data.lexicon().in(Lexicon.Section.TITLES, t.key(end))) {
      end--;
    }
    if (end >= first && (t.kind[end] != Tokens.WORD
        || data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, t.key(end)))) {
      return last;
    }
    return end;
  }

  /**
   * The last word of an organisation that a title follows, without the words that begin the title: "Senate
   * Majority Leader X", "Senate Democratic Leader X", "House Minority Whip X" name the Senate and the House, and the
   * tagger often stops the organisation at the title's first word ("Senate Majority" was a facet value of 40 of
   * 5,000 AllSides articles). Only a chamber side or a party adjective is cut, and not when a place or a common word
   * would be left, so "Penn State Coach X" and "Iowa Democratic Chairman X" keep their names and "Senate Majority
   * PAC", which no title follows, is left alone.
   */
  private int beforeTitle(Tokens t, int first, int last) {
    if (last + 1 >= t.size || t.kind[last + 1] != Tokens.WORD || !t.has(last + 1, Tokens.UPPER)
        || !data.lexicon().in(Lexicon.Section.TITLES, t.key(last + 1))) {
      return last;
    }
    int end = last;
    while (end > first && t.kind[end] == Tokens.WORD && (CHAMBER_SIDES.contains(t.key(end))
        || data.lexicon().in(Lexicon.Section.GENERIC_ADJECTIVES, t.key(end)))) {
      end--;
    }
    if (end == last) {
      return last;
    }
    // "Iowa Democratic Chairman X", "New Democratic Leader X": what is left is a place or a word, not the
    // organisation (a state party, a party): keep the name as the tagger gave it
    String rest = nameKey(t, first, end);
    boolean place = data.gazetteer().find(rest) != null;
    return place || first == end && data.lexicon().isCommon(rest) ? last : end;
  }

  /**
   * An acronym the tagger left untyped, after "the" and acting as a name ("the ERO was ordered", "the FSB said"):
   * annotated news and Wikipedia type such a word an organisation about four times in five where they type it at all
   * (CoNLL-2003's training split 718 times, a miscellaneous name 162). Not a word the lexicon lists as no entity or a
   * common abbreviation ("NAFTA", "GDP", "DNA"), a nationality in capitals ("DUTCH"), a word of a line in capitals (a
   * headline), or a modifier ("the ZIP code", "549 NHL games": the noun after it, not the acronym, is named).
   */
  private boolean acronym(NerTagger.Span s) {
    Tokens t = doc.lines[s.line()].tokens;
    int i = s.first();
    if (s.group() != 4 || s.last() != i || !ACRONYM.matcher(t.word(i)).matches()) {
      return false;
    }
    Lexicon lex = data.lexicon();
    String k = t.key(i);
    return !lex.in(Lexicon.Section.ACRONYM_STOP, k) && !lex.in(Lexicon.Section.NON_ENTITIES, k)
        && !lex.in(Lexicon.Section.DEMONYMS, k) && data.aliases().find(k) == null
        && !capitalsAround(t, i) && i > 0 && t.key(i - 1).equals("the") && actsAlone(t, i + 1);
  }

  /**
   * What follows an acronym after "the" shows it acts as a name ("the ERO was ordered", "the FSB said", "the NHL."),
   * not as a modifier of the noun after it ("the ZIP code", "the MAGA movement", "the SARS virus").
   */
  private static boolean actsAlone(Tokens t, int i) {
    return i >= t.size || t.kind[i] == Tokens.PUNCT || t.isWord(i) && AFTER_A_NAME.contains(t.key(i));
  }

  private static final Set<String> AFTER_A_NAME = Set.of("is", "was", "has", "had", "have", "said", "says", "say",
      "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do", "and", "or", "of", "in",
      "on", "to", "for", "with", "from", "at", "by", "as", "announced", "reported", "declined", "denied", "added",
      "also", "which", "that", "who");

  /** A word in capitals right before or after: the acronym is a word of a headline or a label in capitals. */
  private static boolean capitalsAround(Tokens t, int i) {
    return t.isWord(i - 1) && t.has(i - 1, Tokens.ALL_CAPS) && t.word(i - 1).length() > 1
        || t.isWord(i + 1) && t.has(i + 1, Tokens.ALL_CAPS) && t.word(i + 1).length() > 1;
  }

  /**
   * A name the tagger left untyped (MISC) that starts with a sports club's abbreviation ("FC Basel", "AC Milan", "SV
   * Werder Bremen"): a club, an organisation.
   */
  private boolean clubName(NerTagger.Span s) {
    if (s.group() != 4 || s.last() == s.first()) {
      return false;
    }
    Tokens t = doc.lines[s.line()].tokens;
    return CLUB_PREFIXES.contains(t.word(s.first()));
  }

  /**
   * A name the tagger left untyped (MISC) that a place's head word ends ("King County", "Fifth Avenue", "Yellow
   * Sea"): capitalised words only, none of them a function word ("The Street", "Curse of Oak Island" and "People Head
   * To The Street" are titles), not in a line of capitals.
   */
  private boolean placeHeaded(NerTagger.Span s) {
    if (s.group() != 4 || s.last() == s.first()) {
      return false;
    }
    Tokens t = doc.lines[s.line()].tokens;
    for (int i = s.first(); i <= s.last(); i++) {
      if (t.kind[i] != Tokens.WORD || !t.has(i, Tokens.UPPER) || t.has(i, Tokens.ALL_CAPS)
          || data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, t.key(i))) {
        return false;
      }
    }
    return data.lexicon().in(Lexicon.Section.PLACE_HEADS, t.key(s.last()));
  }

  /** Abbreviations that open the names of football and other sports clubs, as written (in capitals). */
  private static final Set<String> CLUB_PREFIXES = Set.of("FC", "AFC", "CF", "AC", "SC", "SV", "VfB", "VfL", "TSV",
      "FK", "NK", "SK", "BK", "UD", "RCD", "KRC", "PSV");

  /**
   * A name the tagger leaves untyped that is a numbered military unit ("the VI Corps", "3rd Infantry Division"): an
   * organisation, as annotated news and Wikipedia have it. Corpora disagree on such names (CoNLL-2003 leaves many
   * untyped), so a retrained tagger may call them either; the number and the unit word decide.
   */
  private boolean numberedUnit(NerTagger.Span s) {
    if (s.group() != 4) {
      return false;
    }
    Tokens t = doc.lines[s.line()].tokens;
    return s.last() > s.first() && UNITS.contains(t.key(s.last())) && unitNumber(t, s.first());
  }

  /**
   * A name the tagger left untyped (MISC) after a word of place and right before a comma and a country or a
   * first-level region it typed a place: "over Lockerbie, Scotland", "off Newfoundland, Canada", "in Davos,
   * Switzerland", "of Falls Church, Virginia". That is how news writes a town; without the word before, the comma
   * more often ends a list or a clause ("Medicare, Medicaid, Social Security"; "until Election Day, Iran ...").
   */
  private boolean placeBeforeItsCountry(List<NerTagger.Span> spans, int at) {
    NerTagger.Span s = spans.get(at);
    if ((s.group() != 4 && s.group() != 1) || at + 1 >= spans.size()) {
      return false;
    }
    NerTagger.Span next = spans.get(at + 1);
    Tokens t = doc.lines[s.line()].tokens;
    // one word before a state written as news style abbreviates it after a town ("Pikeville, Ky.") is the town
    boolean abbreviatedState = next.line() == s.line() && next.first() == next.last() && s.first() == s.last()
        && data.stateOf(t.word(next.first())) != null && abbreviated(t, next.first());
    if (next.line() != s.line() || next.group() != 2 || next.first() != s.last() + 2
        || t.kind[s.last() + 1] != Tokens.PUNCT || t.punct(s.last() + 1) != ','
        || !(abbreviatedState
            || s.first() > 0 && t.kind[s.first() - 1] == Tokens.WORD && PLACE_WORDS.contains(t.key(s.first() - 1))
            || s.first() > 0 && t.punct(s.first() - 1) == ';')) {
      return false; // after a word of place, or opening an item of a list of places ("...; Debden, England, 1943")
    }
    for (int i = s.first(); i <= s.last(); i++) {
      if (t.kind[i] == Tokens.WORD && (!t.has(i, Tokens.UPPER) || t.has(i, Tokens.ALL_CAPS)
          || data.lexicon().in(Lexicon.Section.DEMONYMS, t.key(i)) || initial(t, i))) {
        return false; // a nationality ("Libyan"), a lower-case word, a line in capitals, or someone's initial
      }
    }
    if (next.last() + 1 < t.size && t.isWord(next.last() + 1) && t.has(next.last() + 1, Tokens.UPPER)) {
      return false; // "Jerrold Nadler, New York Democrat": the state a lawmaker serves, not where a town lies
    }
    if (abbreviatedState) {
      return true;
    }
    Gazetteer.Place country = data.gazetteer().find(
        nameKey(t, next.first(), next.last()));
    return country != null && country.kind() != Gazetteer.Kind.CITY;
  }

  /**
   * A name the tagger typed an organisation that a town it typed a place introduces with a comma, and that a comma
   * or the sentence's end closes: "in Preston, Lancashire, was", "near Southampton, Hampshire.", "in Kenora,
   * Ontario, with". News writes a town with its county or province that way, and a tagger trained on sports pages
   * (where "Lancashire" and "Kent" are mostly cricket teams) reads the county as the club. Only after a word of place,
   * only a one-word name a county would have (a town or region of the gazetteer, or an English shire), never one the
   * curated aliases know (a club, a company), and not when a word follows it ("at Chelmsford, Essex beat Kent").
   */
  private boolean countyAfterTown(List<NerTagger.Span> spans, int at) {
    NerTagger.Span s = spans.get(at);
    if (at == 0 || s.first() != s.last()) {
      return false;
    }
    NerTagger.Span town = spans.get(at - 1);
    Tokens t = doc.lines[s.line()].tokens;
    int i = s.first();
    if (town.line() != s.line() || town.group() != 2 || town.last() + 2 != i || t.punct(i - 1) != ','
        || !(town.first() > 0 && t.isWord(town.first() - 1)
            && (PLACE_WORDS.contains(t.key(town.first() - 1)) || t.key(town.first() - 1).equals("from")))) {
      return false;
    }
    if (i + 1 < t.size && t.punct(i + 1) != ',' && t.punct(i + 1) != '.' && t.punct(i + 1) != ';') {
      return false; // "at Chelmsford, Essex beat Kent": the team, in a sports report
    }
    return townName(t, i, i);
  }

  /**
   * The towns and counties of "a suburb of Blackburn, Lancashire, England" and "from Leeds, England," that the tagger
   * typed organisations: a run of names joined by commas after a word of place, ending in a country or region and
   * closed by punctuation, writes where a place lies. News and encyclopaedias write towns so, and a tagger trained on
   * sports pages reads the towns of football and cricket clubs as the clubs. Each name before the country must be a
   * place of the gazetteer under its own name (or an English shire) that the curated aliases do not know as something
   * else (a club or a company named after its town: "Barclays, London" has a city, not a country, at its end).
   */
  private boolean[] townsBeforeTheirCountry(List<NerTagger.Span> spans) {
    boolean[] chained = new boolean[spans.size()];
    for (int a = 0; a < spans.size(); a++) {
      NerTagger.Span s = spans.get(a);
      Tokens t = doc.lines[s.line()].tokens;
      if (s.first() == 0 || !t.isWord(s.first() - 1) || !(PLACE_WORDS.contains(t.key(s.first() - 1))
          || t.key(s.first() - 1).equals("from") || t.key(s.first() - 1).equals("to"))) {
        continue;
      }
      int e = a;
      boolean towns = true;
      while (towns && e + 1 < spans.size() && !countryOrRegion(spans.get(e), t)) {
        NerTagger.Span next = spans.get(e + 1);
        NerTagger.Span cur = spans.get(e);
        towns = next.line() == s.line() && next.first() == cur.last() + 2 && t.punct(cur.last() + 1) == ','
            && (cur.group() == 2 || cur.group() == 3 && townName(t, cur.first(), cur.last()));
        e++;
      }
      if (!towns || e == a || !countryOrRegion(spans.get(e), t)) {
        continue;
      }
      int after = spans.get(e).last() + 1;
      if (after < t.size && (t.isWord(after) || t.punct(after) == '-')) {
        continue; // "in Leeds, England captain" or "Yorkshire-based": the name goes on
      }
      for (int i = a; i < e; i++) {
        chained[i] = true;
      }
      a = e;
    }
    return chained;
  }

  /** A span the tagger typed a place and the gazetteer knows as a country or a first-level region. */
  private boolean countryOrRegion(NerTagger.Span s, Tokens t) {
    if (s.group() != 2) {
      return false;
    }
    Gazetteer.Place p = data.gazetteer().find(nameKey(t, s.first(), s.last()));
    return p != null && p.kind() != Gazetteer.Kind.CITY;
  }

  /** A town or county written alone: the gazetteer's own name of a place, or an English shire; not a curated name. */
  private boolean townName(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (t.kind[i] != Tokens.WORD || !t.has(i, Tokens.UPPER) || t.has(i, Tokens.ALL_CAPS)) {
        return false;
      }
    }
    if (curated(t, first, last)) {
      return false;
    }
    String key = nameKey(t, first, last);
    Gazetteer.Place place = data.gazetteer().find(key);
    return key.endsWith("shire") || place != null && !place.alternate();
  }

  /**
   * The word right before the name is a common noun for an organisation (`org-nouns` in the lexicon), in lower case
   * and not a possessive ("the company's Tim Cook" is someone at the company).
   */
  private boolean orgNounBefore(NerTagger.Span s) {
    Tokens t = doc.lines[s.line()].tokens;
    int before = s.first() - 1;
    return before >= 0 && t.kind[before] == Tokens.WORD && lowerWord(t, before) && !t.has(before, Tokens.POSSESSIVE)
        && data.lexicon().in(Lexicon.Section.ORG_NOUNS, t.key(before));
  }

  /** Right before the name: "of", and before it a common noun for a place in lower case (`place-nouns`, lexicon). */
  private boolean placeNounOfBefore(NerTagger.Span s) {
    Tokens t = doc.lines[s.line()].tokens;
    int of = s.first() - 1;
    return of >= 1 && t.kind[of] == Tokens.WORD && t.word(of).equals("of") && t.kind[of - 1] == Tokens.WORD
        && lowerWord(t, of - 1) && data.lexicon().in(Lexicon.Section.PLACE_NOUNS, t.key(of - 1));
  }

  /** A person's span that starts with a given name or that the curated aliases know: someone, wherever written. */
  private boolean givenNameOrKnown(NerTagger.Span s) {
    Tokens t = doc.lines[s.line()].tokens;
    return data.lexicon().isGivenName(t.key(s.first())) || curated(t, s.first(), s.last());
  }

  /** Prepositions of place, before a town written with its country ("in Davos, Switzerland"). */
  private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "over", "off", "of", "outside",
      "around", "across", "into", "toward", "towards", "through", "via", "and");

  /** An initial: one capital letter and a full stop ("A.", "H."). */
  private static boolean initial(Tokens t, int i) {
    String w = t.word(i);
    return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
  }

  /** Suffixes that make a modifier of a name without being words of their own ("Frank-esque", "Trump-ism"). */
  private static final Set<String> MODIFIER_ENDS = Set.of("esque", "ish", "ism", "isms", "ist", "ists", "ite",
      "ites", "like", "wise", "ward", "wards");

  /** What ends the noun phrase of a definition: "a village [in] ...", "a chain [of] ...", "a band [based] in ...". */
  private static final Set<String> PHRASE_END = Set.of("of", "in", "on", "at", "from", "with", "by", "that", "which",
      "who", "whose", "for", "to", "near", "between", "within", "under", "where", "since");

  /**
   * A sentence that says what a name is types it in the whole article: "Aisby is a village in Lincolnshire",
   * "Bilka is a Danish chain of hypermarkets", "Dark Room Notes are a four-piece electro / synthpop band based in
   * Dublin". The name opens the sentence (after "The", or with a parenthesis after it), then "is", "was", "are" or
   * "were", "a", "an" or "the", and the noun phrase's last word (before "of", "in", a comma or a participle) is one
   * the lexicon lists as a kind of place or organisation. A name the data already knows as something else keeps
   * its type ("Russia is a party to the treaty"), and so does a person whose name starts with a given name.
   */
  private List<Mention> defined(List<Mention> mentions) {
    Map<String, EntityType> said = null;
    for (Mention m : mentions) {
      Tokens t = doc.lines[m.paragraph() + 1].tokens;
      int first = 0;
      while (first < t.size && t.start[first] < m.start()) {
        first++;
      }
      int last = first;
      while (last < t.size && t.nameEnd(last) < m.end()) {
        last++;
      }
      if (first >= t.size || last >= t.size || t.start[first] != m.start() || t.nameEnd(last) != m.end()
          || t.has(last, Tokens.POSSESSIVE) || !opensSentence(t, first)) {
        continue;
      }
      EntityType type = definedAs(t, last + 1);
      String key = Fold.key(m.text());
      boolean person = m.type() == EntityType.PERSON && key.indexOf(' ') > 0
          && data.lexicon().isGivenName(key.substring(0, key.indexOf(' ')));
      if (type != null && type != m.type() && !person && !knownAsOther(key, type)) { // "Scott Rasmussen is the ..."
        if (said == null) {
          said = new HashMap<>();
        }
        said.putIfAbsent(key, type);
      }
    }
    List<Mention> added = untaggedSubjects(mentions);
    added.addAll(countriesInCapitals(mentions));
    if (said == null && added.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size() + added.size());
    for (Mention m : mentions) {
      EntityType type = said == null ? null : said.get(Fold.key(m.text()));
      out.add(type == null ? m : new Mention(type, m.text(), m.paragraph(), m.start(), m.end()));
    }
    if (!added.isEmpty()) {
      out.addAll(added);
      out.sort(java.util.Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start));
    }
    return out;
  }

  /**
   * Names the tagger left out that a definition names: "Dark Room Notes are a four-piece electro / synthpop band",
   * "Bilje is a village and municipality". The capitalised words that open a sentence (after "The"), one to six of
   * them, a single one not an ordinary word.
   */
  private List<Mention> untaggedSubjects(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    Lexicon lex = data.lexicon();
    for (int line = 0; line < doc.lines.length; line++) {
      if (doc.lines[line].caps) {
        continue;
      }
      Tokens t = doc.lines[line].tokens;
      for (int i = 0; i < t.size; i++) {
        if (!(i == 0 || t.has(i, Tokens.SENTENCE_START))) {
          continue;
        }
        int first = t.isWord(i) && t.key(i).equals("the") ? i + 1 : i;
        int last = first;
        while (last < t.size && last - first < 6 && t.isWord(last) && t.has(last, Tokens.UPPER)
            && !t.has(last, Tokens.POSSESSIVE) && !lex.in(Lexicon.Section.FUNCTION_WORDS, t.key(last))) {
          last++;
        }
        last--;
        // the definition first: most sentences have none, and the other checks look up words and scan mentions
        EntityType type = last < first ? null : definedAs(t, last + 1);
        if (type == null || last == first && (lex.isCommon(t.key(first))
            || lex.in(Lexicon.Section.DEMONYMS, t.key(first)) || lex.in(Lexicon.Section.TITLES, t.key(first)))
            || covered(mentions, line - 1, t, first, last)) {
          continue;
        }
        String text = t.text.substring(t.start[first], t.nameEnd(last));
        if (!knownAsOther(Fold.key(text), type)) {
          out.add(new Mention(type, text, line - 1, t.start[first], t.nameEnd(last)));
        }
      }
    }
    return out;
  }

  /**
   * Countries the tagger left out of a line in capitals ("GOALS GIVE JAPAN WIN OVER SYRIA", where "JAPAN WIN" read as
   * one word of the sentence): a headline's words give the tagger no case to go by, and a country's name there is the
   * country (or its national team, which news and the benchmarks type as the place). Not a name that is also a given
   * name or an ordinary word ("JORDAN SCORES 40", "TURKEY PRICES").
   */
  private List<Mention> countriesInCapitals(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (int line = 0; line < doc.lines.length; line++) {
      if (!doc.lines[line].caps) {
        continue;
      }
      Tokens t = doc.lines[line].tokens;
      for (int i = 0; i < t.size; i++) {
        for (int last = Math.min(t.size - 1, i + 2); last >= i; last--) {
          if (!country(t, i, last) || covered(mentions, line - 1, t, i, last)) {
            continue;
          }
          out.add(new Mention(EntityType.PLACE, t.text.substring(t.start[i], t.nameEnd(last)), line - 1, t.start[i],
              t.nameEnd(last)));
          i = last;
          break;
        }
      }
    }
    return out;
  }

  private boolean country(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!t.isWord(i) || !t.has(i, Tokens.ALL_CAPS)) {
        return false;
      }
    }
    String key = nameKey(t, first, last);
    if (data.lexicon().isCommon(key) || data.lexicon().isGivenName(key)) {
      return false;
    }
    Gazetteer.Place p = data.gazetteer().find(key);
    return p != null && p.kind() == Gazetteer.Kind.COUNTRY && !p.alternate();
  }

  private static boolean covered(List<Mention> mentions, int paragraph, Tokens t, int first, int last) {
    for (Mention m : mentions) {
      if (m.paragraph() == paragraph && m.start() < t.nameEnd(last) && m.end() > t.start[first]) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensSentence(Tokens t, int i) {
    return i == 0 || t.has(i, Tokens.SENTENCE_START) || i == 1 && t.key(0).equals("the")
        || i > 1 && t.has(i - 1, Tokens.SENTENCE_START) && t.key(i - 1).equals("the");
  }

  /** PLACE or ORG when the tokens from {@code i} say "is a village ...", "was a kitplane manufacturer ..."; or null. */
  private EntityType definedAs(Tokens t, int i) {
    if (i < t.size && t.punct(i) == '(') { // "Ervenik ( Serbian Cyrillic : Ервеник ) is a village"
      int close = i + 1;
      while (close < t.size && close - i < 40 && t.punct(close) != ')') {
        close++;
      }
      i = close + 1;
    }
    if (i + 2 >= t.size || !t.isWord(i) || !t.isWord(i + 1)) {
      return null;
    }
    String verb = t.key(i);
    String article = t.key(i + 1);
    if (!(verb.equals("is") || verb.equals("was") || verb.equals("are") || verb.equals("were"))
        || !(article.equals("a") || article.equals("an") || article.equals("the"))) {
      return null;
    }
    int head = -1;
    for (int j = i + 2; j < t.size && j < i + 12; j++) {
      char p = t.punct(j);
      if (p != 0 && p != '/' && p != '-' && p != '&') {
        break;
      }
      if (p != 0) {
        continue;
      }
      String k = t.key(j);
      if (PHRASE_END.contains(k) || j > i + 2 && k.length() > 4 && k.endsWith("ed") && !t.has(j, Tokens.UPPER)) {
        break;
      }
      head = t.has(j, Tokens.POSSESSIVE) ? -1 : j; // "the company's chief": the phrase is about someone else
    }
    if (head < 0) {
      return null;
    }
    Lexicon lex = data.lexicon();
    String k = t.key(head);
    return lex.in(Lexicon.Section.DEFINED_PLACES, k) ? EntityType.PLACE
        : lex.in(Lexicon.Section.DEFINED_ORGS, k) ? EntityType.ORG : null;
  }

  /** The curated aliases or the gazetteer know the name as another kind of entity. */
  private boolean knownAsOther(String key, EntityType type) {
    AliasTable.Entry e = data.aliases().find(key);
    if (e != null) {
      return e.type() != type;
    }
    Gazetteer.Place p = data.gazetteer().find(key);
    return p != null && !p.alternate() && type != EntityType.PLACE;
  }

  /**
   * Two places written as a pair with a slash between ("Leipzig / Halle", "Ulsan / Yosu": an airport's or a route's
   * two ends), which the tagger took for one name: two places, when the gazetteer knows each.
   */
  private List<NerTagger.Span> placePairs(List<NerTagger.Span> spans) {
    List<NerTagger.Span> out = null;
    for (int k = 0; k < spans.size(); k++) {
      NerTagger.Span s = spans.get(k);
      Tokens t = doc.lines[s.line()].tokens;
      int slash = -1;
      for (int i = s.first() + 1; i < s.last() && slash < 0; i++) {
        if (t.kind[i] == Tokens.PUNCT && t.punct(i) == '/') {
          slash = i;
        }
      }
      if (slash > 0 && data.gazetteer().find(nameKey(t, s.first(), slash - 1)) != null
          && data.gazetteer().find(nameKey(t, slash + 1, s.last())) != null) {
        if (out == null) {
          out = new ArrayList<>(spans.subList(0, k));
        }
        out.add(new NerTagger.Span(s.line(), s.first(), slash - 1, 2));
        out.add(new NerTagger.Span(s.line(), slash + 1, s.last(), 2));
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out;
  }

  /**
   * A name that a lower-case particle before it makes a curated name ("al Qaeda", "al Shabaab"): the tagger leaves the
   * particle out, as it does for a person's ("Bashar al-Assad" written "al-Assad"), and reads what is left as a
   * surname. The whole is the name, of the type the curated aliases give it. Only the particles of names count, not
   * any lower-case word the aliases know a name with ("the Atlantic" is the ocean, not the magazine; "eastern
   * Europe", "liberal Democrats").
   */
  private List<NerTagger.Span> withCuratedParticle(List<NerTagger.Span> spans) {
    List<NerTagger.Span> out = null;
    for (int k = 0; k < spans.size(); k++) {
      NerTagger.Span s = spans.get(k);
      Tokens t = doc.lines[s.line()].tokens;
      int before = s.first() - 1;
      AliasTable.Entry e = before >= 0 && t.kind[before] == Tokens.WORD && !t.has(before, Tokens.CAPITAL)
          && data.lexicon().in(Lexicon.Section.PARTICLES, t.key(before))
          && (k == 0 || spans.get(k - 1).line() != s.line() || spans.get(k - 1).last() < before)
          ? data.aliases().find(nameKey(t, before, s.last())) : null;
      if (e != null && e.type() != null) {
        if (out == null) {
          out = new ArrayList<>(spans.subList(0, k));
        }
        int group = switch (e.type()) {
          case PERSON -> 1;
          case PLACE -> 2;
          case ORG -> 3;
        };
        out.add(new NerTagger.Span(s.line(), before, s.last(), group));
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out;
  }

  /**
   * Two names the tagger put side by side, of any types, that the data knows as one name ("NEW" and "YORK" in a
   * standings row, typed a place and a team): one name, of the type {@link #joinedGroup} gives. And two halves of a
   * curated name of one type with its joining word between them made a name of its own ("House", "of",
   * "Representatives"): the curated name, of that type.
   */
  private List<NerTagger.Span> joinedKnown(List<NerTagger.Span> spans) {
    List<NerTagger.Span> out = null;
    for (int k = 0; k < spans.size(); k++) {
      NerTagger.Span s = spans.get(k);
      NerTagger.Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
      NerTagger.Span third = k + 2 < spans.size() ? spans.get(k + 2) : null;
      if (next != null && third != null && next.line() == s.line() && third.line() == s.line()
          && next.first() == s.last() + 1 && third.first() == next.last() + 1 && next.first() == next.last()
          && s.group() != 0 && s.group() != 4 && third.group() == s.group()
          && data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, doc.lines[s.line()].tokens.key(next.first()))
          && curated(doc.lines[s.line()].tokens, s.first(), third.last())) {
        // "House" "of" "Representatives": the tagger made the joining word a name of its own between two halves of
        // a curated name
        if (out == null) {
          out = new ArrayList<>(spans.subList(0, k));
        }
        out.add(new NerTagger.Span(s.line(), s.first(), third.last(), s.group()));
        k += 2;
      } else if (next != null && next.line() == s.line() && next.first() == s.last() + 1 && s.group() != 0
          && next.group() != 0 && known(doc.lines[s.line()].tokens, s.first(), next.last())
          && !thingsName(s, next)) {
        if (out == null) {
          out = new ArrayList<>(spans.subList(0, k));
        }
        out.add(new NerTagger.Span(s.line(), s.first(), next.last(), joinedGroup(s, next)));
        k++;
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out;
  }

  /**
   * A miscellaneous name and one ordinary word beside it, neither a name the data knows and the two no curated name:
   * a thing's name ("Black Hawk helicopter"), not the place GeoNames lists under the two words ("Islamic" and
   * "State", "Oklahoma" and "City" are joined).
   */
  private boolean thingsName(NerTagger.Span a, NerTagger.Span b) {
    Tokens t = doc.lines[a.line()].tokens;
    boolean ordinary = a.group() == 4 && b.first() == b.last() && data.lexicon().isCommon(t.key(b.first()))
        || b.group() == 4 && a.first() == a.last() && data.lexicon().isCommon(t.key(a.first()));
    return ordinary && data.aliases().find(nameKey(t, a.first(), b.last())) == null
        && !known(t, a.first(), a.last()) && !known(t, b.first(), b.last());
  }

  /**
   * The type of two spans joined into a name the data knows: miscellaneous when both parts were; the curated type
   * when the aliases have the name; an organisation when its first or last word says so ("University of" and
   * "Texas", a GeoNames place too); else a place, since the rest of what the data knows is GeoNames ("NEW" and
   * "YORK", "South" and "Carolina").
   */
  private int joinedGroup(NerTagger.Span a, NerTagger.Span b) {
    if (a.group() == 4 && b.group() == 4) {
      return 4; // "Black" and "Hawk" of a "Black Hawk helicopter": neither part was a name of ours
    }
    Tokens t = doc.lines[a.line()].tokens;
    AliasTable.Entry alias = data.aliases().find(nameKey(t, a.first(), b.last()));
    if (alias != null && alias.type() != null) {
      return switch (alias.type()) {
        case PERSON -> 1;
        case PLACE -> 2;
        case ORG -> 3;
      };
    }
    Lexicon lex = data.lexicon();
    boolean body = lex.in(Lexicon.Section.ORG_PREFIX_HEADS, t.key(a.first()))
        || lex.in(Lexicon.Section.ORG_HEADS, t.key(b.last()));
    return body ? 3 : 2;
  }

  /**
   * A person's nickname in quotes inside the name is part of it: 'William "Cowboy" Cowley', 'Roberto "Hands of Stone"
   * Duran' (the tagger, seeing a quote, tends to end the name there and to type the nickname and the surname apart).
   * Before the opening quote a person's name or a given name the data knows; inside, one to four words, the first and
   * last in capitals; right after the closing quote a word in capitals: one person, from the start of the name before
   * to the end of the name the word after starts.
   */
  private List<NerTagger.Span> withNicknames(List<NerTagger.Span> spans) {
    List<NerTagger.Span> out = null;
    for (int k = 0; k < spans.size(); k++) {
      NerTagger.Span s = spans.get(k);
      Tokens t = doc.lines[s.line()].tokens;
      // the tagger sometimes takes the opening quote, even the nickname, into the name before it
      int open = s.first() + 1;
      while (open <= s.last() && !quote(t, open)) {
        open++;
      }
      int name = open - 1;
      int close = nicknameEnd(t, open);
      boolean person = s.group() == 1 || data.lexicon().isGivenName(t.key(name));
      boolean quoted = s.first() > 0 && quote(t, s.first() - 1); // the quote after it closes, not opens
      NerTagger.Span next = k + 1 < spans.size() && spans.get(k + 1).line() == s.line() ? spans.get(k + 1) : null;
      if (!person || quoted || close < 0 || !t.isWord(close + 1) || !t.has(close + 1, Tokens.UPPER)
          || doc.lines[s.line()].caps || FacetPolicy.titleCase(t)
          || !surname(t, close + 1, next)) {
        if (out != null) {
          out.add(s);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans.subList(0, k));
      }
      int last = close + 1;
      int skip = k + 1;
      // the spans the tagger made of the nickname and the surname are part of the person now
      while (skip < spans.size() && spans.get(skip).line() == s.line() && spans.get(skip).first() <= last) {
        last = Math.max(last, spans.get(skip).last());
        skip++;
      }
      int from = s.first();
      if (s.group() != 1 && name > s.first()) {
        // a name the tagger typed otherwise keeps its words before the given name: 'Navy SEAL William "Ryan" Owens'
        out.add(new NerTagger.Span(s.line(), s.first(), name - 1, s.group()));
        from = name;
      }
      out.add(new NerTagger.Span(s.line(), from, last, 1));
      k = skip - 1;
    }
    return out == null ? spans : out;
  }

  /**
   * A name, then a comma or an "&", then a legal form the tagger took for a name of its own ("Verb8tm" read as a person
   * and "Inc." as an organisation in "Verb8tm, Inc."): one organisation. After an "&" only an organisation takes it
   * ("Goldman Sachs & Co"): "Obama & Co." is the man and his people, and the legal form alone is then dropped.
   */
  private List<NerTagger.Span> withCompanySuffix(List<NerTagger.Span> spans) {
    return merged(spans, (a, b) -> {
      if (a.line() != b.line() || b.first() > a.last() + 2) {
        return null;
      }
      Tokens t = doc.lines[a.line()].tokens;
      boolean comma = false;
      boolean and = t.punct(b.first()) == '&';
      for (int i = a.last() + 1; i < b.first(); i++) {
        comma |= t.punct(i) == ',';
        and |= t.punct(i) == '&';
      }
      boolean org = a.group() == EntityType.ORG.ordinal() + 1;
      return (comma || and && org) && suffixOnly(t, b.first(), b.last())
          ? new NerTagger.Span(a.line(), a.first(), b.last(), EntityType.ORG.ordinal() + 1) : null;
    });
  }

  /**
   * An institution's head word alone, then "on", "for" or "of" and a name the tagger read apart ("the Commission on"
   * and "Presidential Debates" as a miscellaneous name, "the University of" and "Texas" as a place): one organisation,
   * as "the Commission on Presidential Debates" and "the University of Texas" are.
   */
  private List<NerTagger.Span> headOfName(List<NerTagger.Span> spans) {
    int org = EntityType.ORG.ordinal() + 1;
    return merged(spans, (a, b) -> {
      if (a.line() != b.line() || a.group() != org || a.first() != a.last() || b.first() != a.last() + 2) {
        return null;
      }
      Tokens t = doc.lines[a.line()].tokens;
      String link = t.key(a.last() + 1);
      return data.lexicon().in(Lexicon.Section.ORG_PREFIX_HEADS, t.key(a.first()))
          && (link.equals("on") || link.equals("for") || link.equals("of"))
          ? new NerTagger.Span(a.line(), a.first(), b.last(), org) : null;
    });
  }

  /**
   * A fixture the tagger read as one miscellaneous name, "United States at Netherlands", "Spain v Belgium": two names
   * the data knows, joined by "at", "v" or "vs", are the two sides, each of its known type. (The tagger learnt such
   * lines from results tables, where the word between is a score.)
   */
  private List<NerTagger.Span> fixtures(List<NerTagger.Span> spans) {
    List<NerTagger.Span> out = spans;
    for (int k = 0; k < out.size(); k++) {
      NerTagger.Span s = out.get(k);
      if (s.group() != 4 || s.last() - s.first() < 2) {
        continue;
      }
      Tokens t = doc.lines[s.line()].tokens;
      for (int i = s.first() + 1; i < s.last(); i++) {
        if (!t.isWord(i) || !FIXTURE_WORDS.contains(t.word(i))) {
          continue;
        }
        EntityType home = knownType(t, s.first(), i - 1);
        EntityType away = knownType(t, i + 1, s.last());
        if (home != null && away != null) {
          if (out == spans) {
            out = new ArrayList<>(spans);
          }
          out.set(k, new NerTagger.Span(s.line(), s.first(), i - 1, home.ordinal() + 1));
          out.add(k + 1, new NerTagger.Span(s.line(), i + 1, s.last(), away.ordinal() + 1));
          k++;
        }
        break;
      }
    }
    return out;
  }

  private static final Set<String> FIXTURE_WORDS = Set.of("at", "v", "v.", "vs", "vs.");

  /** Tokens first..last are legal forms ("Inc.", "Co", "LLC"), perhaps after an "&", and nothing else. */
  private boolean suffixOnly(Tokens t, int first, int last) {
    boolean suffix = false;
    for (int i = first; i <= last; i++) {
      if (t.kind[i] == Tokens.PUNCT && t.punct(i) == '&') {
        continue;
      }
      if (!t.isWord(i) || !data.lexicon().in(Lexicon.Section.CORPORATE_SUFFIXES, t.key(i))) {
        return false;
      }
      suffix = true;
    }
    return suffix;
  }

  /**
   * Names joined by "and" or "or" that end in the same word name the same kind of thing: "the Pew Research Center and
   * the Miller Center", "the Reading Railroad and the West Jersey Railroad". Where the tagger typed them apart, the
   * longer name (more of it read in context) gives its type to the other; a tie keeps the first one's.
   */
  /**
   * Two names the tagger split at an "and" that the data knows as one ("Bosnia and Herzegovina", "House Ways and
   * Means Committee"): one span, of the type the data gives it.
   */
  private List<NerTagger.Span> joinedByAnd(List<NerTagger.Span> spans) {
    return merged(spans, (a, b) -> {
      if (a.line() != b.line() || b.first() != a.last() + 2) {
        return null;
      }
      Tokens t = doc.lines[a.line()].tokens;
      String between = t.word(a.last() + 1);
      if (a.group() == 2 && b.group() == 2 && t.kind[a.last() + 1] == Tokens.WORD && lowerWord(t, a.last() + 1)
          && !between.equals("of") && knownType(t, a.first(), b.last()) == EntityType.PLACE) {
        // "Newcastle upon Tyne", "Frankfurt am Main": a place the gazetteer knows, which the tagger cut at its
        // lower-case word into two ("United States of America" keeps its canonical name by the rules for "of")
        return new NerTagger.Span(a.line(), a.first(), b.last(), 2);
      }
      if (!between.equals("and") && !between.equals("&")) {
        return null;
      }
      // the whole of both, or all but a place before it ("U.S. Food" and "Drug Administration"); "American Center
      // for Law" and "Justice" is no "Law and Justice"
      int from = a.first();
      EntityType type = knownType(t, from, b.last());
      for (int f = a.first() + 1; type == null && f <= a.last(); f++) {
        if (knownType(t, a.first(), f - 1) == EntityType.PLACE) {
          type = knownType(t, f, b.last());
          from = f;
        }
      }
      return type == null ? null : new NerTagger.Span(a.line(), from, b.last(), type.ordinal() + 1);
    });
  }

  /**
   * The spans with each pair of neighbours that {@code join} makes one span (non-null) replaced by it; a merged span
   * is not offered for a second merge with the span after it.
   */
  private static List<NerTagger.Span> merged(List<NerTagger.Span> spans,
      java.util.function.BinaryOperator<NerTagger.Span> join) {
    List<NerTagger.Span> out = spans;
    for (int k = 0; k + 1 < out.size(); k++) {
      NerTagger.Span one = join.apply(out.get(k), out.get(k + 1));
      if (one == null) {
        continue;
      }
      if (out == spans) {
        out = new ArrayList<>(spans);
      }
      out.set(k, one);
      out.remove(k + 1);
    }
    return out;
  }

  /**
   * Tokens first..last as two or more places the data knows, one after another ("Somalia South Africa Spain", a
   * page's country menu; "Fort Worth Texas"), longest first, with an "and" or a comma between them allowed; null when
   * some word is no part of a known place ("Los Angeles County" stays one name).
   */
  private List<int[]> placesInARow(Tokens t, int first, int last) {
    List<int[]> out = new ArrayList<>();
    int i = first;
    while (i <= last) {
      if (t.kind[i] != Tokens.WORD || t.word(i).equals("and")) {
        i++;
        continue;
      }
      int end = -1;
      for (int j = Math.min(last, i + 4); j >= i && end < 0; j--) {
        if (t.kind[j] == Tokens.WORD && listedPlace(t, i, j)) {
          end = j;
        }
      }
      if (end < 0) {
        return null;
      }
      out.add(new int[] {i, end});
      i = end + 1;
    }
    return out.size() >= 2 ? out : null;
  }

  /**
   * A place a list of places names: a curated one, a country, a first-level region or a city of 100,000 people or
   * more, never an ordinary word ("Bay", "Valley" and "Southern" are towns somewhere too).
   */
  private boolean listedPlace(Tokens t, int first, int last) {
    String key = nameKey(t, first, last);
    if (data.lexicon().isCommon(key) || DIRECTIONS.contains(key) || FEATURE_HEADS.contains(key)
        || data.lexicon().in(Lexicon.Section.PLACE_HEADS, key)) {
      return false; // "Guantanamo Bay" is no "Bay" (a region of Somalia) after "Guantanamo"
    }
    AliasTable.Entry e = data.aliases().find(key);
    if (e != null) {
      return e.type() == EntityType.PLACE;
    }
    Gazetteer.Place p = data.gazetteer().find(key);
    return p != null && !p.alternate() && (p.kind() != Gazetteer.Kind.CITY || p.population() >= 100_000);
  }

  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "central", "northern",
      "southern", "eastern", "western", "upper", "lower", "new", "great", "greater", "mid", "middle", "inner", "outer");

  /** A one-word span of a title word right before a person's name: the person's title, not a name. */
  private boolean titleBeforePerson(List<NerTagger.Span> spans, int at) {
    NerTagger.Span s = spans.get(at);
    if (s.first() != s.last() || s.group() == 1 || at + 1 >= spans.size()) {
      return false;
    }
    NerTagger.Span next = spans.get(at + 1);
    Tokens t = doc.lines[s.line()].tokens;
    return next.line() == s.line() && next.first() == s.last() + 1 && next.group() == 1
        && data.lexicon().in(Lexicon.Section.TITLES, t.key(s.first()));
  }

  /** The spans on either side of a "v." between two names that name a court case rather than its parties. */
  private boolean[] caseParties(List<NerTagger.Span> spans) {
    boolean[] out = new boolean[spans.size()];
    for (int k = 0; k + 1 < spans.size(); k++) {
      NerTagger.Span a = spans.get(k);
      NerTagger.Span b = spans.get(k + 1);
      if (a.line() != b.line()) {
        continue;
      }
      Tokens t = doc.lines[a.line()].tokens;
      int gap = b.first() - a.last() - 1;
      String word = gap >= 1 && gap <= 2 ? t.word(a.last() + 1) : "";
      // "v." as one token or two; "vs." and a bare "v" are how sport writes a match ("France vs. Germany")
      boolean versus = gap == 1 && word.equals("v.") || gap == 2 && word.equals("v") && t.punct(a.last() + 2) == '.';
      if (versus) {
        // a one-word party the data does not know is a surname standing for the case ("Wade", "Burwell"); a
        // state, an organisation or a full name ("Texas", "Planned Parenthood", "Hobby Lobby") is named by it too
        out[k] = a.first() == a.last() && !known(t, a.first(), a.last());
        out[k + 1] = b.first() == b.last() && !known(t, b.first(), b.last());
      }
    }
    // the same word alone elsewhere in an article that names the case is the case too: "overturn Roe", "before
    // Roe" where the article wrote "Roe v. Wade" (whether the tagger took the parties or the whole), unless a person
    // of the article has it for a surname ("Eric Holder" beside "Shelby County v. Holder")
    Set<String> parties = caseWords();
    parties.removeAll(surnames);
    for (int k = 0; k < spans.size() && !parties.isEmpty(); k++) {
      NerTagger.Span s = spans.get(k);
      if (!out[k] && s.first() == s.last() && parties.contains(doc.lines[s.line()].tokens.key(s.first()))) {
        out[k] = true;
      }
    }
    return out;
  }

  /** The one-word parties the data does not know of the court cases the document names ("Roe v. Wade"), folded. */
  private Set<String> caseWords() {
    Set<String> words = new HashSet<>();
    for (NerFeatures.Line line : doc.lines) {
      Tokens t = line.tokens;
      for (int i = 1; i + 1 < t.size; i++) {
        int after = t.word(i).equals("v.") ? i + 1 : t.word(i).equals("v") && t.punct(i + 1) == '.' ? i + 2 : -1;
        if (after > 0 && after < t.size && caseWord(t, i - 1) && caseWord(t, after)
            && (after + 1 >= t.size || !caseWord(t, after + 1)) && (i < 2 || !caseWord(t, i - 2))) {
          words.add(t.key(i - 1));
          words.add(t.key(after));
        }
      }
    }
    return words;
  }

  /** A capitalised word alone that the data does not know: a party of a case, or a surname. */
  private boolean caseWord(Tokens t, int i) {
    return t.kind[i] == Tokens.WORD && t.has(i, Tokens.UPPER) && !t.has(i, Tokens.ALL_CAPS) && !known(t, i, i);
  }

  /** The type the curated aliases or the gazetteer give tokens first..last, or null when they know no such name. */
  private EntityType knownType(Tokens t, int first, int last) {
    String key = nameKey(t, first, last);
    AliasTable.Entry e = data.aliases().find(key);
    if (e != null) {
      return e.type();
    }
    return data.gazetteer().find(key) != null ? EntityType.PLACE : null;
  }

  /**
   * A list of names separated by commas alone ("Newcastle: Srnicek, Barton, Peacock, Albert, Beresford, Lee", a team
   * sheet; "in Birmingham, Stoke, Sheffield, Glasgow") names things of one kind: when at least four names run so and
   * more than half of them, three at least, have one type, the others take it, unless the data knows them as
   * something else or they are a state's abbreviation. The tagger reads each unknown surname of a team sheet on its
   * own, and a club's town as the club.
   */
  private List<NerTagger.Span> listsOfOneKind(List<NerTagger.Span> spans) {
    List<NerTagger.Span> out = spans;
    int i = 0;
    while (i < out.size()) {
      int j = i;
      while (j + 1 < out.size() && listed(out.get(j), out.get(j + 1))) {
        j++;
      }
      int n = j - i + 1;
      if (n >= MIN_LIST_NAMES) {
        int[] count = new int[4];
        for (int k = i; k <= j; k++) {
          if (out.get(k).group() < 4) {
            count[out.get(k).group()]++;
          }
        }
        int major = 1;
        for (int g = 2; g <= 3; g++) {
          major = count[g] > count[major] ? g : major;
        }
        if (count[major] >= 3 && count[major] * 2 > n && count[major] < n) {
          for (int k = i; k <= j; k++) {
            NerTagger.Span s = out.get(k);
            if (s.group() == major || s.group() == 4) {
              continue; // a MISC name in a list of people is more often a nationality or a team than a person
            }
            Tokens t = doc.lines[s.line()].tokens;
            EntityType known = data.stateOf(t.text.substring(t.start[s.first()], t.end[s.last()])) != null
                ? EntityType.PLACE : knownType(t, s.first(), s.last());
            if (known != null && known.ordinal() + 1 != major) { // "Paul Ryan, R-Wis., ...": the state stays
              continue;
            }
            if (out == spans) {
              out = new ArrayList<>(spans);
            }
            out.set(k, new NerTagger.Span(s.line(), s.first(), s.last(), major));
          }
        }
      }
      i = j + 1;
    }
    return out;
  }

  private static final int MIN_LIST_NAMES = 4;

  /** Two names of one line with a comma alone between them. */
  private boolean listed(NerTagger.Span a, NerTagger.Span b) {
    if (a.line() != b.line() || b.first() != a.last() + 2) {
      return false;
    }
    return doc.lines[a.line()].tokens.punct(a.last() + 1) == ',';
  }

  private List<NerTagger.Span> coordinated(List<NerTagger.Span> spans) {
    List<NerTagger.Span> out = spans;
    for (int k = 0; k + 1 < out.size(); k++) {
      NerTagger.Span a = out.get(k);
      NerTagger.Span b = out.get(k + 1);
      if (a.line() != b.line() || a.group() == b.group() || a.group() == 4 || b.group() == 4) {
        continue;
      }
      Tokens t = doc.lines[a.line()].tokens;
      if (!t.key(a.last()).equals(t.key(b.last())) || !joined(t, a.last() + 1, b.first())) {
        continue;
      }
      if (out == spans) {
        out = new ArrayList<>(spans);
      }
      boolean fromA = a.last() - a.first() >= b.last() - b.first();
      int group = fromA ? a.group() : b.group();
      out.set(k, new NerTagger.Span(a.line(), a.first(), a.last(), group));
      out.set(k + 1, new NerTagger.Span(b.line(), b.first(), b.last(), group));
    }
    return out;
  }

  /** Tokens {@code from..to-1} join two names: "and" or "or", with "the" or a comma around it, nothing else. */
  private static boolean joined(Tokens t, int from, int to) {
    boolean conjunction = false;
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String k = t.kind[i] == Tokens.WORD ? t.key(i) : t.kind[i] == Tokens.PUNCT && t.punct(i) == ',' ? "," : null;
      if ("and".equals(k) || "or".equals(k)) {
        conjunction = true;
      } else if (!"the".equals(k) && !",".equals(k)) {
        return false;
      }
    }
    return conjunction;
  }

  /**
   * The word after a nickname's closing quote ends a person's name: a name the tagger found there, or a word in
   * capitals that is not an ordinary English word (not 'Taylor Swift "Anti-Hero" Tops Billboard Chart').
   */
  private boolean surname(Tokens t, int i, NerTagger.Span next) {
    return next != null && next.first() <= i && next.last() >= i || !data.lexicon().isCommon(t.key(i));
  }

  /** The closing quote of a quoted nickname opening at {@code open}, or -1. */
  private static int nicknameEnd(Tokens t, int open) {
    if (!quote(t, open) || t.punct(open) == '”') {
      return -1;
    }
    for (int c = open + 1; c < t.size && c <= open + 5; c++) {
      if (quote(t, c)) {
        return c > open + 1 && t.has(c - 1, Tokens.UPPER) && t.punct(c) != '“' ? c : -1;
      }
      if (!t.isWord(c) || (c == open + 1 && !t.has(c, Tokens.UPPER))) {
        return -1;
      }
    }
    return -1;
  }

  /** Token {@code k} is the only quote of tokens {@code first..last}. */
  private static boolean loneQuote(Tokens t, int first, int last, int k) {
    if (!quote(t, k)) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (i != k && quote(t, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean quote(Tokens t, int i) {
    if (i >= t.size || t.kind[i] != Tokens.PUNCT) {
      return false;
    }
    char c = t.punct(i);
    return c == '"' || c == '“' || c == '”';
  }

  /**
   * A page's label in capitals before a name that is not in capitals ("WATCH", "CLOSE", "VIDEO": words the lexicon
   * lists as never being entities); an ordinary word in capitals may start a name ("SEAL Team", "TIME Magazine").
   */
  private boolean shoutedLabel(Tokens t, int i) {
    return t.kind[i] == Tokens.WORD && t.has(i, Tokens.ALL_CAPS) && !t.has(i + 1, Tokens.ALL_CAPS)
        && data.lexicon().in(Lexicon.Section.NON_ENTITIES, t.key(i));
  }

  /**
   * A title written as a compound or in the plural: "Lieutenant-Colonel", "Co-Premiers", "Vice-President" (every
   * part but a prefix is a title word, the last one possibly plural).
   */
  private boolean titleCompound(Tokens t, int i) {
    if (t.kind[i] != Tokens.WORD) {
      return false;
    }
    String[] parts = t.key(i).split("-");
    String head = parts[parts.length - 1];
    if (head.endsWith("s") && head.length() > 3) {
      head = head.substring(0, head.length() - 1);
    }
    if (parts.length < 2 || !data.lexicon().in(Lexicon.Section.TITLES, head)) {
      return false;
    }
    for (int p = 0; p < parts.length - 1; p++) {
      if (!data.lexicon().in(Lexicon.Section.TITLES, parts[p]) && !TITLE_PREFIXES.contains(parts[p])) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> TITLE_PREFIXES = Set.of("co", "ex", "vice", "deputy", "acting", "sub", "under");

  /**
   * The first word of a person span of three or more words is a description, not a name, when it is an English
   * word, a role ("Businesswoman", "Novelist", "Striker") or a demonym ("Veteran", "Minnesotan", "Queenslander": a
   * place's name with an ending) rather than a first
   * name ({@link EntityData#firstName}; or a word the article writes in lower case and never with a capital inside
   * a sentence: "Winger Lee Sharpe" beside "the winger"), and a first name follows it. Unknown first names ("Billie
   * Jean King") are never cut. A nationality noun ("Swede", "Welshman") is cut before any name.
   */
  private boolean descriptor(Tokens t, int first) {
    Lexicon lex = data.lexicon();
    String k = t.key(first);
    if (t.kind[first] != Tokens.WORD || t.kind[first + 1] != Tokens.WORD || t.has(first, Tokens.ALL_CAPS)
        || data.firstName(k) || lex.in(Lexicon.Section.PARTICLES, k) || KUNYA.contains(k)
        || known(t, first, first + 1)) {
      return false;
    }
    if (lex.in(Lexicon.Section.NATIONALITY_NOUNS, k) || k.endsWith("er") && demonymOfPlace(k)) {
      // "Swede Kennet Andersson", "Queenslander Mitchell Rawlins": a nationality noun or a place's "-er" opens no
      // one's name, whether or not we know the given name after it
      return true;
    }
    String next = t.key(first + 1);
    if (!lex.isGivenName(next) && k.length() < 4) {
      return false; // "Ri Yong Ho": a short word before a first name of the longer list is a surname, not a noun
    }
    return data.firstName(next)
        && (lex.isCommon(k) || doc.lowerCase.contains(k) && !doc.capitalInside.contains(k)
        || lex.in(Lexicon.Section.DEMONYMS, k) || lex.in(Lexicon.Section.ROLE_NOUNS, k) || demonymOfPlace(k));
  }

  /**
   * Whether a given name at {@code i} and a surname after it name someone: the given name one of the lists' and no
   * ordinary word ("Kaiser Family Foundation", "Basque Eusko Alkartasuna"), the surname neither an ordinary word, an organisation's head word ("The Christian Post",
   * "Catalan National Assembly") nor an acronym after a word in lower case ("Stop Hillary PAC").
   */
  private boolean personAfterDescriptor(Tokens t, int i) {
    Lexicon lex = data.lexicon();
    String given = t.key(i);
    String surname = t.key(i + 1);
    if (!lex.isGivenName(given) && (lex.isCommon(given) || !data.firstName(given)) || lex.isCommon(surname)
        || t.has(i + 1, Tokens.ALL_CAPS) && !t.has(i, Tokens.ALL_CAPS)
        || orgWord(lex, t.key(i - 1), ORG_OPENERS)) {
      return false; // nor after an organisation's word ("Bank Julius Baer")
    }
    return !orgWord(lex, surname, ORG_ENDS);
  }

  /** Whether {@code key} is a word of one of {@code sections}. */
  private static boolean orgWord(Lexicon lex, String key, Lexicon.Section[] sections) {
    for (Lexicon.Section s : sections) {
      if (lex.in(s, key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the folded name {@code key} reads as a person's: a given name first, no organisation's or place's word last. */
  static boolean personLike(Lexicon lex, String key) {
    int space = key.indexOf(' ');
    return space > 0 && lex.isGivenName(key.substring(0, space))
        && !orgWord(lex, key.substring(key.lastIndexOf(' ') + 1), ORG_ENDS);
  }

  /** Sections whose words open organisations' names ("Bank Julius Baer"). */
  private static final Lexicon.Section[] ORG_OPENERS = {Lexicon.Section.ORG_HEADS, Lexicon.Section.ORG_NOUNS,
      Lexicon.Section.ORG_PREFIX_HEADS};

  /** Sections whose words end organisations' names, never a person's. */
  private static final Lexicon.Section[] ORG_ENDS = {Lexicon.Section.ORG_HEADS, Lexicon.Section.ORG_NOUNS,
      Lexicon.Section.MEDIA_NOUNS, Lexicon.Section.CORPORATE_SUFFIXES, Lexicon.Section.PLACE_HEADS,
      Lexicon.Section.VENUE_HEADS};

  /**
   * "former Oriole Jamie Moyer", "fellow Democrat Joe Manchin": after "former" or "fellow" (in lower case, or
   * opening a sentence), a capitalised word that is no first name, before one, names what the person was or is one
   * of (a team's player, a party's member), not the person.
   */
  private boolean formerMember(Tokens t, int first) {
    return first > 0 && t.kind[first - 1] == Tokens.WORD
        && (!t.has(first - 1, Tokens.UPPER) || t.has(first - 1, Tokens.SENTENCE_START))
        && MEMBER_BEFORE.contains(t.key(first - 1)) && t.kind[first] == Tokens.WORD
        && !data.firstName(t.key(first)) && data.firstName(t.key(first + 1));
  }

  private static final Set<String> MEMBER_BEFORE = Set.of("former", "fellow", "onetime", "ex");

  /** "queenslander" (Queensland), "minnesotan" (Minnesota), "londoner": a place the gazetteer knows, with an ending. */
  private boolean demonymOfPlace(String key) {
    for (String ending : DEMONYM_ENDINGS) {
      if (key.length() > ending.length() + 3 && key.endsWith(ending)
          && data.gazetteer().find(key.substring(0, key.length() - ending.length())) != null) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> DEMONYM_ENDINGS = List.of("er", "n", "ian", "ite");

  /**
   * Last words of places that are nobody's surname, unlike "Lake" (Ricki Lake), "Bay" (Michael Bay), "Hill",
   * "Street", "Beach", "Brook" or "Marsh": a name the tagger read as a person that ends in one is a place.
   */
  private static final Set<String> FEATURE_HEADS = Set.of("creek", "pond", "valley", "canyon", "gorge",
      "peninsula", "canal", "harbour", "harbor", "heights", "hills", "mountains", "islands", "oblast", "province",
      "county", "parish", "district", "avenue", "ave", "ave.", "boulevard", "blvd", "road", "rd", "square", "plaza",
      "dock", "docks", "quay", "playfield", "airport", "strait", "gulf", "ocean", "fjord", "glacier",
      "reservoir", "wetlands", "swamp", "lagoon", "estuary", "waterfall", "falls", "springs");

  /** Honorifics that only a person's name follows. */
  private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "mr", "mrs", "ms", "messrs.");
  /** Titles of people whom the press names by the title and a first name alone ("Pope Francis", "Queen Elizabeth"). */
  private static final Set<String> SOVEREIGNS = Set.of("pope", "king", "queen", "prince", "princess", "emperor",
      "empress");

  /**
   * Last words that make a name an institution even when it starts with a place, the tagger's reading: never a
   * place's or a building's own (unlike "House", "Court" or "Bank", as in the West Bank).
   */
  private static final Set<String> INSTITUTION_HEADS = Set.of("institute", "institution", "university", "college",
      "colleges", "school", "academy", "foundation", "association", "corporation", "company", "agency", "commission",
      "committee", "council", "ministry", "society", "federation", "inc.", "inc", "llc", "ltd", "ltd.", "corp.");

  /** Last words of a military unit, whose number before it is part of its name. */
  private static final Set<String> UNITS = Set.of("corps", "division", "brigade", "battalion", "regiment", "wing",
      "squadron", "fleet", "army", "flotilla", "infantry", "cavalry", "artillery", "airborne");

  private static final java.util.regex.Pattern UNIT_NUMBER = java.util.regex.Pattern.compile(
      "\\d{1,3}(st|nd|rd|th|d)?|[IVXL]{1,6}|(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)");

  /** "65", "82nd", "IV", "Fourth": a unit's number (a roman numeral only in capitals, a spelled one capitalised). */
  private static boolean unitNumber(Tokens t, int i) {
    return t.kind[i] == Tokens.WORD && UNIT_NUMBER.matcher(t.word(i)).matches();
  }

  /** Arabic name parts that come before a given name and belong to the name ("Abu Mohammed al-Julani"). */
  private static final Set<String> KUNYA = Set.of("abu", "abou", "umm", "ibn", "bin", "bint", "ben");

  /** Abbreviated titles that the title list does not hold as written ("Cmdr. Jane Smith", "Brig. Gen. X"). */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.of("cmdr", "cdr", "brig", "pres", "amb", "supt");

  /** "Sen.", "Gov.", "Rep.", "Cmdr.": an abbreviated title word. */
  private boolean abbreviatedTitle(Tokens t, int i) {
    String k = t.key(i);
    if (t.kind[i] == Tokens.WORD && i + 1 < t.size && t.punct(i + 1) == '.' && t.end[i] == t.start[i + 1]) {
      // the tokeniser keeps the dot of the titles it knows ("Gen."); of others it makes a sentence's end ("Cmdr.")
      return TITLE_ABBREVIATIONS.contains(k);
    }
    return t.kind[i] == Tokens.WORD && k.endsWith(".") && k.length() > 2
        && data.lexicon().in(Lexicon.Section.TITLES, k.substring(0, k.length() - 1));
  }

  /**
   * The token is followed by the span's first word in brackets: a legal given name with the nickname the span began
   * with ("Mitch McConnell Addison (Mitch) Mitchell McConnell").
   */
  private static boolean nicknameAfter(Tokens t, int i, int first) {
    return i + 3 < t.size && t.punct(i + 1) == '(' && t.kind[i + 2] == Tokens.WORD && t.punct(i + 3) == ')'
        && t.key(i + 2).equals(t.key(first));
  }

  /** The lower-case-ending part of a glued word before its capital: "trump" of "TrumpKamala". */
  private static String gluedAfter(Tokens t, int k) {
    String w = t.name(k);
    return Fold.key(w.substring(0, glueCut(w)));
  }

  /**
   * Where the second word starts in a word run together from two: the first capital or digit after two lower-case
   * letters ("Schumer|How", "McConnell|GOP", not "Mc|Connell"), else the end.
   */
  private static int glueCut(String w) {
    int cut = 2;
    while (cut < w.length() && !((Character.isUpperCase(w.charAt(cut)) || Character.isDigit(w.charAt(cut)))
        && Character.isLowerCase(w.charAt(cut - 1)) && Character.isLowerCase(w.charAt(cut - 2)))) {
      cut++;
    }
    return cut;
  }

  /**
   * A name the tagger left untyped (MISC) that the curated aliases list as a place, word for word ("NYC", "L.A.",
   * "across the Mediterranean from"): the place. Not in a line in capitals, nor one word before a noun.
   */
  private boolean curatedPlace(NerTagger.Span s) {
    if (s.group() != 4 || doc.lines[s.line()].caps) {
      return false;
    }
    Tokens t = doc.lines[s.line()].tokens;
    int next = s.last() + 1;
    if (s.first() == s.last() && t.isWord(next) && !t.has(next, Tokens.UPPER)
        && !data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, t.key(next))) {
      return false; // "this tiny Arctic town", "Mediterranean beaches": a word of a place used as an adjective
    }
    AliasTable.Entry e = data.aliases().find(nameKey(t, s.first(), s.last()));
    return e != null && e.type() == EntityType.PLACE;
  }

  /**
   * A name of two words or more that the tagger left untyped (MISC) and the curated aliases list as a person, word for
   * word ("Rex Tillerson", "Brett Kavanaugh"): the person. One word may be an adjective ("the Trump administration").
   */
  private boolean curatedPerson(NerTagger.Span s) {
    if (s.group() != 4 || doc.lines[s.line()].caps || s.first() == s.last()) {
      return false;
    }
    AliasTable.Entry e = data.aliases().find(nameKey(doc.lines[s.line()].tokens, s.first(), s.last()));
    return e != null && e.type() == EntityType.PERSON;
  }

  /**
   * A curated organisation whose name has an organisation's head word in it ("House of Representatives", "Federal
   * Reserve"): an institution, whatever the tagger made of it. Not a curated organisation's single name, which the
   * tagger leaves untyped for its products and indexes as the benchmarks do ("Airbus" of an Airbus A300, "Dow Jones").
   */
  private boolean curatedInstitution(NerTagger.Span s) {
    Tokens t = doc.lines[s.line()].tokens;
    AliasTable.Entry e = data.aliases().find(nameKey(t, s.first(), s.last()));
    if (e == null || e.type() != EntityType.ORG || s.first() == s.last()) {
      return false;
    }
    for (int i = s.first(); i <= s.last(); i++) {
      if (data.lexicon().in(Lexicon.Section.ORG_HEADS, t.key(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name of two words or more that the curated aliases know as an organisation, whole ("Mother Jones", "Morgan
   * Stanley", an outlet of the source registry): the tagger reads a given name and a surname in it, the data says what
   * the name is. One word ("Ford", "Bloomberg") is left to the tagger, since surnames are written alone.
   */
  private boolean curatedOrganisation(NerTagger.Span s) {
    if (s.first() == s.last()) {
      return false;
    }
    AliasTable.Entry e = data.aliases().find(nameKey(doc.lines[s.line()].tokens, s.first(), s.last()));
    return e != null && e.type() == EntityType.ORG;
  }

  private boolean placeHead(String key) {
    return FEATURE_HEADS.contains(key) || data.lexicon().in(Lexicon.Section.PLACE_HEADS, key);
  }

  /** Emits first..last, split after a possessive and, for people, at a repeated word or a new given name. */
  private void emit(EntityType type, Tokens t, int line, int first, int last, List<Mention> out) {
    Set<String> seen = new HashSet<>();
    int start = first;
    EntityType part = type;
    for (int k = first; k <= last; k++) {
      char p = t.punct(k);
      if (p == '.' || p == '!' || p == '?') {
        // a sentence ends inside ("Conservative Political Action Conference. Shares"): the name ends with it
        add(part, t, line, start, k - 1, out);
        return;
      }
      // a possessive ends a name ("NASA's Artemis II"), unless it is a common word that is part of the name
      // ("People's Republic of China", "Children's Hospital", "Women's World Cup") or a place's head word alone
      // follows it
      boolean cut = k == last || t.has(k, Tokens.POSSESSIVE) && !data.lexicon().isCommon(t.key(k))
          && !(k + 1 == last && placeHead(t.key(last))) // "Prince George's County" is one county
          && !(k == start && known(t, start, last)); // "Martha's Vineyard" is one island
      if (k < last && repeatedAcronym(t, k)) {
        // "AP AP", "NPR NPR": a photo credit or a logo's text beside the name, not a longer name
        add(part, t, line, start, k, out);
        part = type;
        start = k + 2;
        k++;
        seen.clear();
        continue;
      }
      if (type == EntityType.PERSON && k < last && t.kind[k + 1] == Tokens.WORD) {
        seen.add(t.key(k));
        String next = t.key(k + 1);
        if (seen.contains(next)) { // "Charles Schumer Charles": the name ends before the repeat
          add(type, t, line, start, k, out);
          return;
        }
        boolean newPerson = k > start && data.lexicon().isGivenName(next) && !data.lexicon().isGivenName(t.key(k))
            && k + 2 <= last && (t.kind[k] == Tokens.WORD || loneQuote(t, start, last, k)
                || k > start && quote(t, k) && quote(t, start));
        // not at a bracket or a quote of a nickname ("Zhenjun (Richard) Zhang", 'William "Ryan" Owens'), but after
        // a nickname whose opening quote the name left out ('“Gopher” Fred Grandy')
        cut |= newPerson;
      }
      if (cut) {
        add(part, t, line, start, k, out);
        boolean person = k < last && t.has(k, Tokens.POSSESSIVE) && personAfterPossessive(type, t, k + 1, last);
        part = person ? EntityType.PERSON : type;
        if (type == EntityType.PERSON && k < last && t.has(k, Tokens.POSSESSIVE)) {
          part = afterPersonsPossessive(t, k + 1, last);
          if (part == null) {
            return; // "Trump's Tower": what someone has is no one, and no name the data knows
          }
        }
        start = k + 1;
        seen.clear();
      }
    }
  }

  /**
   * What the words after a person's possessive name, read by the tagger as part of the person ("Trump's Cabinet",
   * "Obama's Justice Department"): someone else when they open with a first name, else what the data knows them as,
   * else a body when they end in a body's head word, else nothing (null) when they are one ordinary word or a
   * number ("Clinton's State", "Trump's 2016"), else someone (the tagger also reads an outlet as someone: "MSNBC's
   * Maddow").
   */
  private EntityType afterPersonsPossessive(Tokens t, int from, int last) {
    if (t.kind[from] == Tokens.WORD && data.firstName(t.key(from))) {
      return EntityType.PERSON;
    }
    EntityType known = knownType(t, from, last);
    if (known != null) {
      return known;
    }
    if (data.lexicon().in(Lexicon.Section.ORG_HEADS, t.key(last))) {
      return EntityType.ORG;
    }
    boolean word = from == last && t.kind[from] == Tokens.WORD;
    return word && (data.lexicon().isCommon(t.key(from)) || !Character.isLetter(t.text.charAt(t.start[from])))
        ? null : EntityType.PERSON; // a surname after an outlet the tagger read as someone ("MSNBC's Maddow")
  }

  /**
   * The words after an organisation's or a place's possessive name a person ("CNN's Wolf Blitzer", "Germany's Angela
   * Merkel"): two to four capitalised words (a particle aside), a given name first, none a function word or a head
   * word of an organisation, a place, an event or a thing, and after three words or more no ordinary word last
   * ("Disney's Walt Disney World", "the church's Paul VI Hall", "Harvard's John F. Kennedy School of Government"
   * stay what they were).
   */
  private boolean personAfterPossessive(EntityType type, Tokens t, int from, int last) {
    Lexicon lex = data.lexicon();
    if (type == EntityType.PERSON || last <= from || last - from > 3 || t.kind[from] != Tokens.WORD
        || !lex.isGivenName(t.key(from)) || known(t, from, last)
        || last - from >= 2 && lex.isCommon(t.key(last))) {
      return false;
    }
    for (int i = from; i <= last; i++) {
      String k = t.key(i);
      if (t.kind[i] != Tokens.WORD || !t.has(i, Tokens.UPPER) && !lex.in(Lexicon.Section.PARTICLES, k)
          || lex.in(Lexicon.Section.FUNCTION_WORDS, k) || lex.in(Lexicon.Section.ORG_HEADS, k)
          || lex.in(Lexicon.Section.ORG_PREFIX_HEADS, k) || lex.in(Lexicon.Section.PLACE_HEADS, k)
          || lex.in(Lexicon.Section.EVENT_HEADS, k) || lex.in(Lexicon.Section.THING_HEADS, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A capitalised function word ("Since", "Unlike", "To"), not an initial ("A. Philip Randolph"): before a person's
   * name it opens the sentence. Only people are cut so: "In These Times" and "By Any Means Necessary" are names.
   */
  private boolean connective(Tokens t, int i) {
    return t.isWord(i) && t.end[i] - t.start[i] >= 2 && Character.isUpperCase(t.text.charAt(t.start[i]))
        && Character.isLowerCase(t.text.charAt(t.start[i] + 1))
        && data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, t.key(i));
  }

  /** A short word in capitals written twice in a row. */
  private static boolean repeatedAcronym(Tokens t, int k) {
    return t.kind[k] == Tokens.WORD && t.kind[k + 1] == Tokens.WORD && t.has(k, Tokens.ALL_CAPS)
        && t.end[k] - t.start[k] <= 5 && t.key(k).equals(t.key(k + 1));
  }

  private void add(EntityType type, Tokens t, int line, int first, int last, List<Mention> out) {
    if (last < first || !(t.has(first, Tokens.UPPER) || Character.isDigit(t.text.charAt(t.start[first]))
        || first < last && curated(t, first, last))) { // a curated name may open with a particle ("al Qaeda")
      return;
    }
    int start = t.start[first];
    int end = t.nameEnd(last);
    String text = t.text.substring(start, end);
    if (type == EntityType.PERSON && BRACKET.matcher(text).find()) {
      // a nickname in brackets inside the name is not part of it ("Zhenjun (Richard) Zhang"), as a quoted one is not
      // in the facet; the words of a bracket that opens or closes outside it are an editor's, and the name ("[John]
      // Kerry", "John (Kelly)")
      text = SPACES.matcher(BRACKET.matcher(NICKNAME_IN_BRACKETS.matcher(text).replaceAll(" ")).replaceAll(""))
          .replaceAll(" ").strip();
    }
    out.add(new Mention(type, text, line - 1, start, end));
  }

  private static final Pattern NICKNAME_IN_BRACKETS = Pattern.compile("\\(\\s*[^()\\s]+\\s*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern BRACKET = Pattern.compile("[\\[\\]()]");

  /**
   * The span before span {@code at}, on its line and right before it, is a person whose last word is {@code surname}:
   * the words of span {@code at}, up to that surname run into the next text, are a hover card's legal name.
   */
  private boolean hoverCardAfter(List<NerTagger.Span> all, int at, String surname) {
    if (at == 0) {
      return false;
    }
    NerTagger.Span s = all.get(at);
    NerTagger.Span before = all.get(at - 1);
    return before.line() == s.line() && before.group() == 1 && before.last() == s.first() - 1
        && doc.lines[s.line()].tokens.key(before.last()).equals(surname);
  }

  /**
   * Span {@code at} follows a person of two words or more with no word or mark between and names that person's
   * surname again after its first word: a hover card's legal name and what ran into it ("Speaker Paul Ryan Paul Davis
   * Ryan Retirees should say ...").
   */
  private boolean legalNameAfter(List<NerTagger.Span> all, int at) {
    if (at == 0) {
      return false;
    }
    NerTagger.Span s = all.get(at);
    NerTagger.Span before = all.get(at - 1);
    if (before.line() != s.line() || before.group() != 1 || before.last() != s.first() - 1
        || before.last() == before.first()) {
      return false;
    }
    Tokens t = doc.lines[s.line()].tokens;
    String surname = t.key(before.last());
    for (int k = s.first() + 1; k <= s.last(); k++) {
      if (t.isWord(k) && t.key(k).equals(surname)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a round bracket is among the tokens {@code first..last}. */
  private static boolean bracketInside(Tokens t, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (t.punct(k) == '(' || t.punct(k) == ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * Brackets in and around the tagger's names. Square brackets around a word or two before or after a person's name
   * are an editor's, who wrote out whom a quotation means: "[John] Kerry", "Jeb [Bush]", "[Sen. Chuck] Schumer" name
   * one person each, brackets and all (the tagger ends the name at a bracket or takes the closing one into it: "John]
   * Kerry" was a facet value). A first name in round brackets between two names is a nickname inside one person's
   * name ("Zhenjun (Richard) Zhang"; "Robert (Rob) Jones Portman" of a hover card, which the rules drop as such). A
   * name never runs across a bracket that opens or closes outside it ("Rob) Jones", "Williams (Del"): it is cut
   * there, except where the tagger only left out the bracket that closes it ("Buducnost ( V )" of a table); and a
   * state abbreviated in brackets after someone is the state ("Williams (Del.)").
   */
  private List<NerTagger.Span> bracketed(List<NerTagger.Span> spans) {
    return perLine(spans, (t, mine) -> hasBracket(t) ? bracketed(t, new ArrayList<>(mine)) : mine);
  }

  /**
   * The spans with {@code fix} applied to those of each line (with the line's tokens); the same list when no line's
   * spans changed (a fix returns the list it was given to say so).
   */
  private List<NerTagger.Span> perLine(List<NerTagger.Span> spans,
      java.util.function.BiFunction<Tokens, List<NerTagger.Span>, List<NerTagger.Span>> fix) {
    List<NerTagger.Span> out = null;
    for (int at = 0; at < spans.size(); ) {
      int line = spans.get(at).line();
      int end = at;
      while (end < spans.size() && spans.get(end).line() == line) {
        end++;
      }
      List<NerTagger.Span> mine = spans.subList(at, end);
      List<NerTagger.Span> fixed = fix.apply(doc.lines[line].tokens, mine);
      if (fixed != mine && out == null) {
        out = new ArrayList<>(spans.subList(0, at));
      }
      if (out != null) {
        out.addAll(fixed);
      }
      at = end;
    }
    return out == null ? spans : out;
  }

  private static boolean hasBracket(Tokens t) {
    for (int k = 0; k < t.size; k++) {
      char c = t.punct(k);
      if (c == '(' || c == ')' || c == '[' || c == ']') {
        return true;
      }
    }
    return false;
  }

  /**
   * A scraper's hover card: after a person's name, the legal name again, its surname run into the next text ("Rex
   * Tillerson Rex Wayne TillersonSteve Schmidt: ...", "Brett Kavanaugh Brett Michael KavanaughChristine Blasey Ford pens
   * ..."). Whatever the tagger made of the card's words is dropped, the name before it stays: the card's given names
   * were people of their own ("Wayne", "Michael") or ran the person into an organisation.
   */
  private List<NerTagger.Span> hoverCards(List<NerTagger.Span> spans) {
    return perLine(spans, this::hoverCards);
  }

  /** {@link #hoverCards(List)} on the spans of one line; returns the list given when there is no card. */
  private List<NerTagger.Span> hoverCards(Tokens t, List<NerTagger.Span> mine) {
    List<NerTagger.Span> fixed = mine;
    for (int g = 3; g < t.size; g++) {
      int card = cardStart(t, g);
      while (card >= 0 && card < g && data.lexicon().in(Lexicon.Section.NAME_SUFFIXES, t.key(card))) {
        card++; // "Donald Trump Jr. Donald (Don) John TrumpTrump Jr's ...": the suffix ends the name before the card
      }
      if (card >= 0) {
        fixed = withoutCard(fixed == mine ? new ArrayList<>(mine) : fixed, displayStart(t, card, fixed), card, g);
      }
    }
    return fixed;
  }

  /**
   * Where the hover card that ends in the glued word {@code g} starts: right after the earlier word, two to six words
   * back, that the glued word's first part repeats ("Tillerson" of "Rex Tillerson Rex Wayne TillersonSteve"), with
   * names only between (words in capitals, initials, a nickname in brackets); else -1.
   */
  private int cardStart(Tokens t, int g) {
    if (t.kind[g] != Tokens.WORD || !t.has(g, Tokens.UPPER) || t.end[g] - t.start[g] < 5
        || !(capitalWord(t, g - 1) || t.punct(g - 1) == ')') || !GLUED.matcher(t.name(g)).matches()) {
      return -1; // most words: no capital to start with, or no name right before
    }
    String head = gluedAfter(t, g);
    for (int d = g - 2; d >= Math.max(0, g - 7); d--) {
      if (t.isWord(d) && t.key(d).equals(head)) {
        for (int k = d + 1; k < g; k++) {
          char c = t.punct(k);
          if (!(capitalWord(t, k) || c == '(' || c == ')')) {
            return -1;
          }
        }
        return d + 1;
      }
      if (!(capitalWord(t, d) || t.punct(d) == '(' || t.punct(d) == ')')) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the name a hover card follows starts: at the first name the card repeats ("Shelley Moore Capito Shelley
   * Wellons Moore Capito..."), else where the tagger's person that ends the name starts, up to three words back ("Will
   * Hurd William Ballard Hurd...", "Debbie Wasserman Schultz Deborah ..."), else at a first name the data knows two
   * words before it ("Charlie Dent Charles (Charlie) Wieder Dent..."), else at its surname.
   */
  private int displayStart(Tokens t, int card, List<NerTagger.Span> spans) {
    String first = t.key(card);
    for (int k = card - 2; k >= Math.max(0, card - 4) && capitalWord(t, k); k--) {
      if (t.key(k).equals(first)) {
        return k;
      }
    }
    for (NerTagger.Span s : spans) {
      if (s.group() == 1 && s.first() < card && s.last() >= card - 1 && s.first() >= card - 4) {
        int k = s.first();
        while (k < card - 1 && !capitalWord(t, k)) {
          k++;
        }
        return k;
      }
    }
    // any listed first name: beside a hover card "Nikki" is no town in Benin
    return card >= 2 && capitalWord(t, card - 2) && data.lexicon().isListedFirstName(t.key(card - 2))
        ? card - 2 : card - 1;
  }

  /**
   * The spans of a line without a hover card (tokens {@code card..glued}) and what the tagger ran into it after the
   * glued word (the start of a headline: "Hillicon Valley", "Overnight Health Care"); the name before the card, from
   * {@code display}, one person whatever the tagger made of it.
   */
  private static List<NerTagger.Span> withoutCard(List<NerTagger.Span> spans, int display, int card, int glued) {
    List<NerTagger.Span> out = new ArrayList<>(spans.size());
    int line = spans.get(0).line();
    boolean added = false;
    for (NerTagger.Span s : spans) {
      if (s.last() < display || s.first() > glued) {
        if (!added && s.first() > glued) {
          out.add(new NerTagger.Span(line, display, card - 1, 1));
          added = true;
        }
        out.add(s);
        continue;
      }
      if (s.first() < display) {
        out.add(new NerTagger.Span(line, s.first(), display - 1, s.group()));
      }
    }
    if (!added) {
      out.add(new NerTagger.Span(line, display, card - 1, 1));
    }
    return out;
  }

  /**
   * An organisation or a place the tagger ran over an "and" between two names that the data knows or the article
   * gives alone, and that is no name of its own: "the Senate and House" are the Senate and the House (a facet value of
   * 99 AllSides articles), "Maryland and Virginia" two states; "Bosnia and Herzegovina", "Procter and Gamble" and
   * "House Energy and Commerce Committee" stay.
   */
  private List<NerTagger.Span> splitAtAnd(List<NerTagger.Span> spans) {
    Set<String> alone = null;
    List<NerTagger.Span> out = null;
    for (int i = 0; i < spans.size(); i++) {
      NerTagger.Span s = spans.get(i);
      Tokens t = doc.lines[s.line()].tokens;
      int and = -1;
      if ((s.group() == 2 || s.group() == 3) && s.last() - s.first() >= 2 && s.last() - s.first() <= 6) {
        for (int k = s.first() + 1; k < s.last(); k++) {
          if (t.isWord(k) && t.key(k).equals("and")) {
            and = and < 0 ? k : Integer.MAX_VALUE; // one "and" only
          }
        }
      }
      boolean split = false;
      if (and > 0 && and < s.last() && and - s.first() <= 3 && s.last() - and <= 3
          && capitalsOnly(t, s.first(), and - 1) && capitalsOnly(t, and + 1, s.last())
          && !known(t, s.first(), s.last())) {
        if (alone == null) {
          alone = new HashSet<>();
          for (NerTagger.Span o : spans) {
            alone.add(nameKey(doc.lines[o.line()].tokens, o.first(), o.last()));
          }
        }
        // before an organisation's head word the first part must be a name the data knows: "FBI and Justice
        // Department" are two, "House Energy and Commerce Committee" one committee
        boolean head = data.lexicon().in(Lexicon.Section.ORG_HEADS, t.key(s.last()))
            && !data.lexicon().in(Lexicon.Section.ORG_HEADS, t.key(and - 1)); // "House and Senate" are two
        split = (known(t, s.first(), and - 1) || !head && alone.contains(nameKey(t, s.first(), and - 1))
                || headAlone(t, s.first(), and - 1))
            && (known(t, and + 1, s.last()) || alone.contains(nameKey(t, and + 1, s.last()))
                || headAlone(t, and + 1, s.last()));
      }
      if (split && out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      if (split) {
        out.add(new NerTagger.Span(s.line(), s.first(), and - 1, s.group()));
        out.add(new NerTagger.Span(s.line(), and + 1, s.last(), s.group()));
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out;
  }

  /** A body's head word alone, a name by itself: "House", "Senate", "Congress", "Army". */
  private boolean headAlone(Tokens t, int from, int to) {
    return from == to && data.lexicon().in(Lexicon.Section.ORG_HEADS, t.key(from));
  }

  private static boolean capitalsOnly(Tokens t, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!capitalWord(t, i)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #bracketed(List)} on the spans of one line, in order; returns them changed. */
  private List<NerTagger.Span> bracketed(Tokens t, List<NerTagger.Span> spans) {
    // first no name may cross a bracket whose partner is outside it
    List<NerTagger.Span> out = new ArrayList<>(spans.size());
    for (NerTagger.Span s : spans) {
      if (s.group() != 1 && s.last() + 1 < t.size && t.punct(s.last() + 1) == ')'
          && partnerInside(t, s.last() + 1, s.first(), s.last())) {
        // the tagger left out the bracket that closes the name: "Buducnost ( V )" of a results table
        s = new NerTagger.Span(s.line(), s.first(), s.last() + 1, s.group());
      }
      int from = s.first();
      for (int k = s.first(); k <= s.last(); k++) {
        char c = t.punct(k);
        if ((c == '(' || c == ')' || c == '[' || c == ']') && (!partnerInside(t, k, s.first(), s.last())
            || s.group() == 1 && !nicknameBrackets(t, k))) {
          if (k > from) {
            out.add(new NerTagger.Span(s.line(), from, k - 1, s.group()));
          }
          from = k + 1;
        }
      }
      if (from <= s.last()) {
        out.add(from == s.first() ? s : new NerTagger.Span(s.line(), from, s.last(), s.group()));
      }
    }
    // a state in brackets after a person is where they come from, no one's name: "John J. Williams (Del.)", also
    // after the party's initial: "Jerrold Nadler (D., N.Y.)"
    out.replaceAll(s -> s.group() == 1 && s.first() == s.last() && data.stateOf(t.word(s.first())) != null
        && (s.first() > 0 && t.punct(s.first() - 1) == '(' || partyBefore(t, s.first()))
        ? new NerTagger.Span(s.line(), s.first(), s.last(), 2) : s);
    // then the editor's brackets and the nicknames join what they cut
    for (int o = 0; o < t.size; o++) {
      char open = t.punct(o);
      if (open == '(' && o + 3 < t.size && o > 0 && t.punct(o + 2) == ')' && nameWord(t, o - 1)
          && capitalWord(t, o + 1) && capitalWord(t, o + 3) && data.firstName(t.key(o + 1))
          && person(out, o - 1, o + 3)) {
        join(out, nameStart(t, out, o - 1, t.key(o + 1)), o + 3);
      } else if (open == '[' || open == '(') {
        int c = o + 1;
        while (c < t.size && c <= o + 8 && t.isWord(c)) {
          c++;
        }
        if (c > o + 1 && c < t.size && t.punct(c) == (open == '[' ? ']' : ')')) {
          editorial(t, o, c, spans, out);
        }
      }
    }
    // a first name alone in round brackets after a name is a nickname inside it: "Alexander (Al) N. Green" of a hover
    // card, whose words around it the rules cut as such
    out.removeIf(s -> s.group() == 1 && s.first() == s.last() && s.first() >= 2 && t.punct(s.first() - 1) == '('
        && s.last() + 1 < t.size && t.punct(s.last() + 1) == ')' && capitalWord(t, s.first() - 2));
    return out;
  }

  /**
   * Where the name with a nickname after its word {@code i} starts: where the span that holds the word starts ("James
   * Leander (Leo) Nichols"), unless the nickname or the word is in that span already, which is then another name
   * before it: a hover card's "Rob Portman Robert (Rob) Jones Portman" and "Jerrold Nadler Jerrold (Jerry) Lewis
   * Nadler" name the person, then their legal name.
   */
  private static int nameStart(Tokens t, List<NerTagger.Span> spans, int i, String nickname) {
    for (NerTagger.Span s : spans) {
      if (s.first() <= i && s.last() >= i) {
        for (int k = s.first(); k < i; k++) {
          if (t.isWord(k) && (t.key(k).equals(nickname) || t.key(k).equals(t.key(i)))) {
            return i;
          }
        }
        return s.first();
      }
    }
    return i;
  }

  /** Whether one span of the tagger's runs from {@code from} to {@code to} or beyond. */
  private static boolean covered(List<NerTagger.Span> spans, int from, int to) {
    for (NerTagger.Span s : spans) {
      if (s.first() <= from && s.last() >= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words in brackets that an editor put into a quotation to say whom it means, with the name they complete outside
   * them, one person: a first name before a surname ("[John] Kerry", "(Bernie) Sanders", "Justice [Clarence] Thomas",
   * "[Senate Minority Leader Charles] Schumer", where the words before the first name stay out) or a surname after a
   * first name ("Jeb [Bush]", "John (Kelly) did"). Not "So [Obama]", "[APPLAUSE] Klobuchar" or "Hatch [R-Utah]".
   */
  private void editorial(Tokens t, int o, int c, List<NerTagger.Span> tagged, List<NerTagger.Span> out) {
    boolean square = t.punct(o) == '[';
    boolean wordBefore = nameWord(t, o - 1);
    if (capitalWord(t, c + 1) && !wordBefore) {
      int name = c - 1; // the first name ends the brackets, or comes before an initial there ("[Keith B.]")
      if (!firstNameWord(t, name) && name - 1 > o && t.isWord(name) && initial(t, name)) {
        name--;
      }
      int opens = o + 1;
      while (opens < c - 1 && abbreviatedTitle(t, opens)) {
        opens++;
      }
      if (!firstNameWord(t, name)) {
        name = opens;
        if (!square || !covered(tagged, name, c + 1)) {
          return; // round brackets only around a first name the data knows
        }
      } else if (!square && name != opens && (!t.isWord(name - 1)
          || data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, t.key(name - 1)))) {
        return; // "(at least in Mark) Jesus made": a remark in round brackets, not "(chief of staff Mick) Mulvaney"
      }
      if (namesOnly(t, name, c - 1) && person(out, name, c + 1)) {
        join(out, name, c + 1);
      }
    } else if (wordBefore && !capitalWord(t, c + 1) && c == o + 2 && namesOnly(t, o + 1, c - 1)
        && !typedOtherwise(tagged, o - 1)
        && (firstNameWord(t, o - 1) || square && covered(tagged, o - 1, o + 1) && namesOnly(t, o - 1, o - 1))
        && !inLongerName(out, o - 1) && person(out, o - 1, c - 1)) {
      // the first name alone before the brackets and a surname alone in them: "Ted Cruz (R-Texas)" is a name and
      // its party, "from Georgia (Newt Gingrich)" a place and a name
      join(out, o - 1, c - 1);
    }
  }

  /** A country or a region (a state, a province) of the gazetteer: "Bennett (Utah)" names a senator and his state. */
  private boolean region(String key) {
    Gazetteer.Place p = data.gazetteer().find(key);
    return p != null && p.kind() != Gazetteer.Kind.CITY;
  }

  /** Whether the tagger typed token {@code i} as something other than a person. */
  private static boolean typedOtherwise(List<NerTagger.Span> spans, int i) {
    for (NerTagger.Span s : spans) {
      if (s.first() <= i && s.last() >= i && s.group() != 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether a span of {@code spans} covers token {@code i} and another word before it. */
  private static boolean inLongerName(List<NerTagger.Span> spans, int i) {
    for (NerTagger.Span s : spans) {
      if (s.first() < i && s.last() >= i) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalised word that can be part of a person's name: no title, function word ("Not (Bernie) Sanders") or
   * common word unless it is a first name too.
   */
  private boolean nameWord(Tokens t, int i) {
    if (!capitalWord(t, i) || title(t, i)) {
      return false;
    }
    String k = t.key(i);
    return !data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, k) && (!data.lexicon().isCommon(k) || data.firstName(k));
  }

  private boolean title(Tokens t, int i) {
    return abbreviatedTitle(t, i) || t.isWord(i) && data.lexicon().in(Lexicon.Section.TITLES, t.key(i));
  }

  /**
   * A first name the data knows that is no place or curated name, written as a name ("Chuck", not "CHUCK" of a
   * caption, "So" of a sentence or "France" of "Jean Alesi (France) Benetton").
   */
  private boolean firstNameWord(Tokens t, int i) {
    return capitalWord(t, i) && !t.has(i, Tokens.ALL_CAPS) && data.firstName(t.key(i));
  }

  /**
   * Tokens {@code from..to} are words written as names or initials: none in capitals, a function word, a state or
   * its abbreviation, a country or a party's "R-Utah".
   */
  private boolean namesOnly(Tokens t, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!capitalWord(t, i) || t.has(i, Tokens.ALL_CAPS) && t.end[i] - t.start[i] > 2
          || data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, t.key(i)) || data.stateOf(t.word(i)) != null
          || t.word(i).indexOf('-') > 0 || region(t.key(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalWord(Tokens t, int i) {
    return t.isWord(i) && t.has(i, Tokens.UPPER);
  }

  /** Whether a person's span of the tagger's covers a token of {@code from..to}. */
  private static boolean person(List<NerTagger.Span> spans, int from, int to) {
    for (NerTagger.Span s : spans) {
      if (s.group() == 1 && s.first() <= to && s.last() >= from) {
        return true;
      }
    }
    return false;
  }

  /**
   * Makes tokens {@code from..to} one person, with the rest of the spans they touch: a span that starts before
   * {@code from} keeps its words before it ("Rob Portman" of "Rob Portman Robert (Rob) Jones"), one that ends after
   * {@code to} gives them to the person ("[John] Kerry Jr").
   */
  private static void join(List<NerTagger.Span> spans, int from, int to) {
    int line = spans.get(0).line();
    int last = to;
    for (int i = 0; i < spans.size(); i++) {
      NerTagger.Span s = spans.get(i);
      if (s.last() < from || s.first() > to) {
        continue;
      }
      last = Math.max(last, s.last());
      if (s.first() < from) {
        spans.set(i, new NerTagger.Span(line, s.first(), from - 1, s.group()));
      } else {
        spans.remove(i--);
      }
    }
    NerTagger.Span joined = new NerTagger.Span(line, from, last, 1);
    int i = 0;
    while (i < spans.size() && spans.get(i).first() < from) {
      i++;
    }
    spans.add(i, joined);
  }

  /**
   * The bracket at {@code k} is one of a single word's in round brackets, the only kind a person's name holds (a
   * nickname): "Georgia (Newt Gingrich)", "Nate (Jon Voight)" are two names.
   */
  private static boolean nicknameBrackets(Tokens t, int k) {
    return t.punct(k) == '(' ? k + 2 < t.size && t.isWord(k + 1) && t.punct(k + 2) == ')'
        : t.punct(k) == ')' && k >= 2 && t.isWord(k - 1) && t.punct(k - 2) == '(';
  }

  /** Whether the bracket at {@code k} has its partner within {@code first..last}. */
  private static boolean partnerInside(Tokens t, int k, int first, int last) {
    char c = t.punct(k);
    char partner = switch (c) {
      case '(' -> ')';
      case ')' -> '(';
      case '[' -> ']';
      default -> '[';
    };
    boolean forward = c == '(' || c == '[';
    for (int j = forward ? k + 1 : k - 1; forward ? j <= last : j >= first; j += forward ? 1 : -1) {
      if (t.punct(j) == partner) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name's first word run together from two, which is scraper text only when its first half is the surname of a
   * person named in full on the page: a hover card glues a surname to whatever follows it ("Mitt RomneyTo win",
   * "Jerry MoranMicrosoft embraces"), while a company's name is often written in two capitalised parts whose halves are
   * words of the page too ("NationsBank" in an article about banks, "YouTube", "SpaceX", "FedEx").
   */
  private boolean gluedAlone(Tokens t, int k) {
    String w = t.name(k);
    if (!GLUED.matcher(w).matches()) {
      return false;
    }
    int cut = glueCut(w);
    String head = Fold.key(w.substring(0, cut));
    return cut < w.length() && Character.isDigit(w.charAt(cut)) || surnames.contains(head)
        || data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, head); // "TheWashington Post"
  }

  /** The words after the first of the people the tagger named with two words or more ("Moran" of "Jerry Moran"). */
  private static Set<String> surnamesOf(NerFeatures.Doc doc, List<NerTagger.Span> spans) {
    Set<String> out = new HashSet<>();
    for (NerTagger.Span s : spans) {
      for (int i = s.first() + 1; s.group() == 1 && i <= s.last(); i++) {
        out.add(doc.lines[s.line()].tokens.key(i));
      }
    }
    return out;
  }

  /** The span's first word follows an "@" with no space: a handle ("@SenJohnMcCain"), no one's name as written. */
  private static boolean handle(Tokens t, int first) {
    int at = t.start[first];
    return at > 0 && t.text.charAt(at - 1) == '@';
  }

  /** "MurkowskiSchumer" where "Murkowski" or "Schumer" stands alone elsewhere on the page; "Clinton2020". */
  private boolean glued(Tokens t, int k) {
    String w = t.name(k);
    if (!GLUED.matcher(w).matches()) {
      return false;
    }
    int cut = glueCut(w);
    if (cut < w.length() && Character.isDigit(w.charAt(cut))) {
      return true;
    }
    Set<String> all = words();
    return all.contains(Fold.key(w.substring(0, cut))) || all.contains(Fold.key(w.substring(cut)));
  }

  /**
   * The word at {@code pos} of line {@code line} ends a name somewhere else on the page: it stands there with no
   * capitalised word after it ("Schumer said", "Sen. Schumer.").
   */
  private boolean endsNameElsewhere(int line, int pos) {
    String key = doc.lines[line].tokens.key(pos);
    for (int l = 0; l < doc.lines.length; l++) {
      Tokens t = doc.lines[l].tokens;
      for (int i = 0; i < t.size; i++) {
        if ((l != line || i != pos) && t.kind[i] == Tokens.WORD && t.key(i).equals(key)
            && (i + 1 == t.size || t.kind[i + 1] != Tokens.WORD || !t.has(i + 1, Tokens.UPPER))) {
          return true;
        }
      }
    }
    return false;
  }

  private Set<String> words() {
    if (words == null) {
      words = new HashSet<>();
      for (NerFeatures.Line l : doc.lines) {
        for (int i = 0; i < l.tokens.size; i++) {
          if (l.tokens.kind[i] == Tokens.WORD) {
            words.add(l.tokens.key(i));
          }
        }
      }
    }
    return words;
  }

  /** The word at {@code i} is a capitalised office ({@code office-words} in {@code lexicon.txt}: "CEO", "Governor"). */
  private boolean office(Tokens t, int i) {
    return t.kind[i] == Tokens.WORD && t.has(i, Tokens.UPPER)
        && data.lexicon().in(Lexicon.Section.OFFICE_WORDS, t.key(i));
  }

  /**
   * The word at {@code i} names a person's office ({@code office-words} in {@code lexicon.txt}: "Governor", "CEO",
   * "Spokesman") and follows a capitalised word of the name, where no organisation's name ends ("Office of the
   * Governor" has it after "the").
   */
  private boolean roleAtEnd(Tokens t, int i) {
    return office(t, i) && t.kind[i - 1] == Tokens.WORD && t.has(i - 1, Tokens.UPPER)
        && !data.lexicon().in(Lexicon.Section.FUNCTION_WORDS, t.key(i - 1));
  }

  /** The span before {@code all.get(at)} ends at token {@code i} of the same line. */
  private static boolean spanEndsAt(List<NerTagger.Span> all, int at, int i) {
    return at > 0 && all.get(at - 1).line() == all.get(at).line() && all.get(at - 1).last() >= i;
  }

  /**
   * The span ends in a day or an abbreviated month ({@code date-words} in {@code lexicon.txt}) that is no part of the
   * name: a day other than a surname after a given name ("Joe Friday") or a team's name before its score, a month
   * before its day's number or at the end of the line; never in a name the data knows.
   */
  private boolean trailingDate(Tokens t, int first, int last, EntityType type) {
    Lexicon lex = data.lexicon();
    if (!lex.in(Lexicon.Section.DATE_WORDS, t.key(last)) || known(t, first, last)) {
      return false; // a name the data knows with its day or month
    }
    if (t.key(last).length() <= 5) { // an abbreviated month: a date only with its day ("Natalie Sept. In 2008" is her)
      int next = last + 1 < t.size && t.word(last + 1).equals(".") ? last + 2 : last + 1;
      return next >= t.size || Character.isDigit(t.text.charAt(t.start[next]));
    }
    if (last + 1 < t.size && t.kind[last + 1] == Tokens.WORD && Character.isDigit(t.text.charAt(t.start[last + 1]))) {
      return false; // a day before a score or a standings row's figures names a team: "Sheffield Wednesday 2"
    }
    return !(type == EntityType.PERSON && last == first + 1 && lex.isGivenName(t.key(first)));
  }

  /** A word in lower case throughout: "al-Saadani" and "bin" in "bin Laden" are part of names, "region" is not. */
  private static boolean lowerWord(Tokens t, int i) {
    return t.kind[i] == Tokens.WORD && Character.isLowerCase(t.text.charAt(t.start[i]))
        && !NerTagger.mayStartName(t, i);
  }

  /** Every word of the span, at least one, in capitals ("FOX NEWS", "NEW YORK"). */
  private static boolean allCaps(Tokens t, int first, int last) {
    boolean any = false;
    for (int i = first; i <= last; i++) {
      if (t.kind[i] == Tokens.WORD) {
        if (!t.has(i, Tokens.ALL_CAPS)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** A verb or an adverb that no name contains: the span in capitals is a sentence ("DO NOTHING DEMOCRATS"). */
  private static boolean sentenceWord(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (t.kind[i] == Tokens.WORD && SENTENCE_WORDS.contains(t.key(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SENTENCE_WORDS = Set.of("is", "are", "was", "were", "be", "been", "being", "do",
      "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "must", "very", "not", "isn't",
      "aren't", "don't", "doesn't", "didn't", "won't", "can't");

  /** A name of the curated aliases (not the gazetteer, whose towns are named by many words: "Rugby", "Union"). */
  private boolean curated(Tokens t, int first, int last) {
    return data.aliases().find(nameKey(t, first, last)) != null;
  }

  /** A party's initial and a comma in a bracket before word {@code i}: "(D., N.Y.)", "(R, Tex.)". */
  private static boolean partyBefore(Tokens t, int i) {
    return i >= 3 && t.punct(i - 1) == ',' && t.punct(i - 3) == '(' && t.isWord(i - 2)
        && PARTY_INITIALS.contains(t.word(i - 2));
  }

  /**
   * A state written as news style abbreviates it, with its dot, that the tagger read as someone: after a party's
   * initial and a dash, where a lawmaker's state is ("Thomas Massie (R–Ky.)"), or after a town and its comma, whose
   * state it is ("Pikeville, Ky.", "Tucson, Ariz."). A place. Without the dot it may be a name ("Rep. Mo Brooks").
   */
  private List<NerTagger.Span> abbreviatedStates(List<NerTagger.Span> spans) {
    return perLine(spans, (t, mine) -> {
      List<NerTagger.Span> out = null;
      for (int k = 0; k < mine.size(); k++) {
        NerTagger.Span s = mine.get(k);
        int i = s.first();
        if (s.group() == 1 && i == s.last() && data.stateOf(t.word(i)) != null && abbreviated(t, i)
            && (partyDashBefore(t, i) || townBefore(t, i))) {
          if (out == null) {
            out = new ArrayList<>(mine);
          }
          out.set(k, new NerTagger.Span(s.line(), i, i, 2));
        }
      }
      return out == null ? mine : out;
    });
  }

  /** A party's initial and a dash the tokeniser split from word {@code i}: "(R–Ky.)", "D— N.Y.". */
  private static boolean partyDashBefore(Tokens t, int i) {
    char dash = i >= 2 ? t.punct(i - 1) : 0;
    return (dash == '–' || dash == '—' || dash == '-') && t.isWord(i - 2) && PARTY_INITIALS.contains(t.word(i - 2));
  }

  /** A capitalised word and a comma before word {@code i}: "Pikeville, Ky.". */
  private static boolean townBefore(Tokens t, int i) {
    return i >= 2 && t.punct(i - 1) == ',' && t.isWord(i - 2) && t.has(i - 2, Tokens.UPPER);
  }

  /** Word {@code i} is written with its abbreviation's dot ("N.Y.", or "Ky" and a dot the tokeniser split off). */
  private static boolean abbreviated(Tokens t, int i) {
    return t.word(i).endsWith(".") || i + 1 < t.size && t.punct(i + 1) == '.' && t.end[i] == t.start[i + 1];
  }

  private static final Set<String> PARTY_INITIALS = Set.of("D", "R", "I", "D.", "R.", "I.");

  /** The lookup key of tokens first..last as written, possessive cut ("Hancock Pond's" -> "hancock pond"). */
  private static String nameKey(Tokens t, int first, int last) {
    // one word's key is folded once per line (most spans are one word)
    return first == last ? t.key(first) : Fold.key(t.text.substring(t.start[first], t.nameEnd(last)));
  }

  private boolean known(Tokens t, int first, int last) {
    String key = nameKey(t, first, last);
    return data.aliases().find(key) != null || data.gazetteer().find(key) != null;
  }

  /**
   * A capital "The" inside a sentence, first word of a longer span: part of the name as written ("at The Hague",
   * "a band called The Used", "The Oval"), which a sentence's own first word never shows.
   */
  private static boolean capitalThe(Tokens t, int first, int last) {
    return first < last && t.word(first).equals("The") && !t.has(first, Tokens.SENTENCE_START);
  }

  /**
   * Punctuation, a joining word, or a modifier such as "Ukraine-appointed": never the first or last word. After the
   * first word of a name ({@code afterName}), a hyphenated word with a lower-case end is a modifier only when that end
   * is an English word or suffix ("-backed", "-led", "-esque"): "Kim Jong-un", "Moon Jae-in", "Lee Jae-myung" end in
   * a given name whose second syllable is written in lower case.
   */
  private boolean edge(Tokens t, int i, boolean afterName) {
    if (t.kind[i] == Tokens.PUNCT) {
      return true;
    }
    int dash = t.text.lastIndexOf('-', t.end[i] - 1);
    if (dash > t.start[i] && dash + 1 < t.end[i] && Character.isLowerCase(t.text.charAt(dash + 1))) {
      String after = t.text.substring(dash + 1, t.end[i]);
      // a two-letter end ("-in", "-un") is as likely a syllable of a name as a word
      return !afterName || !after.chars().allMatch(Character::isLetter) || MODIFIER_ENDS.contains(after)
          || after.length() > 2 && data.lexicon().isCommon(Fold.key(after));
    }
    return switch (t.word(i)) {
      case "and", "of", "the", "for", "in", "at", "on", "to", "a", "an", "The", "A", "An" -> true;
      // in a line in capitals ("THE FOX NEWS", "FOR CBN NEWS"); "THE HAGUE" is put back when the data knows it
      case "THE", "FOR", "AND", "OF", "TO", "AT", "ON" -> true;
      default -> false;
    };
  }
}
