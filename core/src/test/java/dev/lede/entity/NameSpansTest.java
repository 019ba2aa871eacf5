package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The span rules on labels given by hand, so that they hold whatever a retrained tagger makes of a text: corpora
 * disagree on some names (CoNLL-2003 leaves many military units untyped, CrossNER some institutions), and the rules
 * must not depend on which way one training run went.
 */
class NameSpansTest {
  private static final EntityData DATA = EntityData.load();
  private static final NerFeatures FEATURES =
      new NerFeatures(DATA, new SpanFinder(DATA), WordClusters.bundled());

  /** The mentions of {@code line} (title empty) when the tagger gives {@code group} to tokens first..last. */
  private static List<Mention> mentions(String line, int first, int last, int group) {
    return mentions(line, new NerTagger.Span(1, first, last, group));
  }

  @Test
  void anUntypedNumberedMilitaryUnitIsAnOrganisation() {
    // "The regiment later joined the VI Corps ." : tokens 5-6 tagged MISC (group 4)
    List<Mention> unit = mentions("The regiment later joined the VI Corps.", 5, 6, 4);
    assertEquals(List.of(EntityType.ORG), unit.stream().map(Mention::type).toList());
    assertEquals("VI Corps", unit.get(0).text());
    // a number alone does not make a unit ("Second Amendment" stays untyped), nor does a unit word without one
    assertEquals(List.of(), mentions("He cited the Second Amendment today.", 3, 4, 4));
    assertEquals(List.of(), mentions("They fought the Red Army there.", 3, 4, 4));
  }

  @Test
  void aLeadersTitleIsCutFromTheChamberItFollows() {
    // "Senate Majority Leader Mitch McConnell spoke ." with "Senate Majority" tagged ORG (group 3)
    assertEquals(List.of("Senate"), texts(mentions("Senate Majority Leader Mitch McConnell spoke.", 0, 1, 3)));
    assertEquals(List.of("Senate"), texts(mentions("Senate Democratic Leader Chuck Schumer spoke.", 0, 1, 3)));
    // no title after it, or a place or a word would be left: the name stays as tagged
    assertEquals(List.of("Senate Majority PAC"), texts(mentions("The Senate Majority PAC spent more.", 1, 3, 3)));
    assertEquals(List.of("Iowa Democratic"), texts(mentions("Iowa Democratic Chairman Ross Wilburn spoke.", 0, 1, 3)));
    assertEquals(List.of("Penn State"), texts(mentions("Penn State Coach James Franklin spoke.", 0, 1, 3)));
  }

  @Test
  void anOfficeRunIntoAnOrganisationIsCutFromIt() {
    assertEquals(List.of("Reserve Bank of India"), texts(mentions(
        "Reserve Bank of India Governor Chakravarty Rangarajan said on Thursday .", 0, 4, 3)));
    assertEquals(List.of("Office of the Governor"), texts(mentions("The bill went to the Office of the Governor .",
        5, 8, 3)), "after \"the\" the office is the name's");
    // an office before the organisation or the person, read by the tagger as part of a company's name
    assertEquals(List.of("Bain Capital"), texts(mentions("Romney , the former CEO of Bain Capital , spoke .", 4, 7, 3)));
    List<Mention> person = mentions("Cambridge Analytica CEO Alexander Nix spoke .", 2, 4, 3);
    assertEquals(List.of("Alexander Nix"), texts(person));
    assertEquals(EntityType.PERSON, person.get(0).type());
    assertEquals(List.of(EntityType.ORG), mentions("the Governor's Association met .", 1, 2, 3).stream()
        .map(Mention::type).toList(), "a possessive office names the body");
  }

  @Test
  void twoPlacesWithASlashBetweenAreTwoPlaces() {
    List<Mention> pair = mentions("Leipzig / Halle 1,806 up 45.6", 0, 2, 3);
    assertEquals(List.of("Leipzig", "Halle"), texts(pair));
    assertEquals(List.of(EntityType.PLACE, EntityType.PLACE), pair.stream().map(Mention::type).toList());
    assertEquals(1, mentions("Major clients include KaVo / Gendex and Shure .", 3, 5, 3).size(),
        "not two places: one name");
  }

  @Test
  void aDayIsCutFromANameButNotFromATeamBeforeItsScore() {
    assertEquals(List.of("Department of Homeland Security"), texts(mentions(
        "The Department of Homeland Security Tuesday approved it .", 1, 5, 3)));
    assertEquals(List.of("Sheffield Wednesday"), texts(mentions("Newcastle 1 Sheffield Wednesday 2", 2, 3, 3)));
  }

  @Test
  void aPlaceAndATeamSideBySideThatTheGazetteerKnowsAsOneAreOneName() {
    List<Mention> m = mentions("NEW YORK 72 54 .571 -", new NerTagger.Span(1, 0, 0, 2), new NerTagger.Span(1, 1, 1, 3));
    assertEquals(List.of("NEW YORK"), texts(m));
    // a miscellaneous word and an ordinary one make a thing's name, not the GeoNames town of the same words
    List<Mention> thing = mentions("She flew Black Hawk helicopters in Iraq .", new NerTagger.Span(1, 2, 2, 4),
        new NerTagger.Span(1, 3, 3, 2));
    assertEquals(List.of(), thing.stream().filter(x -> x.text().equals("Black Hawk")).toList());
  }

  @Test
  void aPersonAfterAnOrganisationsPossessiveIsAPerson() {
    // "told CNN's Christine Romans on Sunday ." with the whole of "CNN's Christine Romans" tagged ORG
    List<Mention> m = mentions("He told CNN's Christine Romans on Sunday .", 2, 4, 3);
    assertEquals(List.of("CNN", "Christine Romans"), texts(m));
    assertEquals(List.of(EntityType.ORG, EntityType.PERSON), m.stream().map(Mention::type).toList());
    // a building or a school named after someone stays what the tagger read
    List<Mention> school = mentions("He studied at Harvard's John F. Kennedy School of Government .", 3, 10, 3);
    assertEquals(EntityType.ORG, school.get(school.size() - 1).type(), school.toString());
  }

  @Test
  void aLegislaturesChamberIsAnOrganisationNotAPlace() {
    // "House" (token 6) read as a place, as the tagger now and then reads it
    assertEquals(List.of("ORG:House"), policy("He won nothing better in the House , the aide said .", 6, 6));
    assertEquals(List.of("ORG:Georgia House"), policy("He spoke in the Georgia House on Monday .", 4, 5),
        "a state's chamber");
    assertEquals(List.of("PLACE:Blair House"), policy("He stayed at Blair House .", 3, 4),
        "a house named after a person is a building");
  }

  @Test
  void aPlaceThenAPluralReadAsAPlaceIsItsTeam() {
    // the span read as a place, as the tagger reads "Vancouver Canucks" and "Dallas Cowboys"
    assertEquals(List.of("ORG:Vancouver Canucks"), policy("He signed with the Vancouver Canucks last year .", 4, 5));
    assertEquals(List.of("ORG:Dallas Cowboys"), policy("Fans of the Dallas Cowboys cheered .", 3, 4));
    assertEquals(List.of("PLACE:Florida Keys"), policy("They sailed to the Florida Keys in May .", 4, 5),
        "a plural that names a place of its own");
    assertEquals(List.of("PLACE:Puerto Ricans"), policy("Many Puerto Ricans left the island .", 1, 2),
        "a place's people are no team (nor a place, but that is another rule's to say)");
    assertEquals(List.of("PLACE:Brooklyn Jews"), policy("He met Brooklyn Jews at the rally .", 2, 3),
        "a place's people");
  }

  @Test
  void aCuratedOrganisationOfTwoWordsReadAsSomeoneIsTheOrganisation() {
    // "Kevin Drum , Mother Jones" with "Mother Jones" (tokens 3-4) tagged PER (group 1), as the tagger reads it
    List<Mention> outlet = mentions("Kevin Drum , Mother Jones", 3, 4, 1);
    assertEquals(List.of("ORG:Mother Jones"), typed(outlet));
    List<Mention> bank = mentions("Morgan Stanley Chief Financial Officer Jonathan Pruzen cited trade .", 0, 1, 1);
    assertEquals(List.of("ORG:Morgan Stanley"), typed(bank));
    // one word is left to the tagger: a surname is written alone ("Ford" of Christine Blasey Ford)
    assertEquals(List.of(EntityType.PERSON), mentions("Ford testified on Thursday .", 0, 0, 1).stream()
        .map(Mention::type).toList());
    // and a person the aliases do not know stays one
    assertEquals(List.of(EntityType.PERSON), mentions("Kevin Drum wrote it .", 0, 1, 1).stream()
        .map(Mention::type).toList());
  }

  @Test
  void aParticleTheTaggerLeftOutOfACuratedNameIsPartOfIt() {
    // "ISIS and al Qaeda remain dangerous ." with "Qaeda" (token 3) read as a surname (group 1)
    List<Mention> group = mentions("ISIS and al Qaeda remain dangerous .", 3, 3, 1);
    assertEquals(List.of("ORG:al Qaeda"), typed(group));
    // an ordinary lower-case word is no particle, even where the aliases know a name with it: "the Atlantic" (tagged
    // a place) is the ocean, not the magazine
    List<Mention> ocean = mentions("They sailed across the Atlantic last year .", 4, 4, 2);
    assertEquals(List.of("PLACE:Atlantic"), typed(ocean));
    // and a particle before a name the aliases do not know with it stays out ("the de Blasio administration")
    assertEquals(List.of("PERSON:Blasio"), typed(mentions("the de Blasio administration said .", 2, 2, 1)));
  }

  @Test
  void anAbbreviatedTitleWhoseDotTheTokeniserSplitNamesNoOne() {
    // "Cmdr . John Smith said so ." with "Cmdr" (token 0) and "John Smith" (tokens 2-3) read as people
    List<Mention> m = mentions("Cmdr. John Smith said so.", new NerTagger.Span(1, 0, 0, 1),
        new NerTagger.Span(1, 2, 3, 1));
    assertEquals(List.of("PERSON:John Smith"), typed(m));
    // run into the body it is the title of, read as one person: the body is what is left
    List<Mention> navy = mentions("Navy Cmdr. John Smith said so.", new NerTagger.Span(1, 0, 1, 1),
        new NerTagger.Span(1, 3, 4, 1));
    assertEquals(List.of("ORG:Navy", "PERSON:John Smith"), typed(navy));
    // a name that ends a sentence in a title's word stays someone's ("Hun Sen.")
    List<Mention> pm = mentions("He met Prime Minister Hun Sen.", new NerTagger.Span(1, 4, 5, 1));
    assertEquals(List.of(EntityType.PERSON), pm.stream().map(Mention::type).toList());
  }

  @Test
  void whatAPersonsPossessiveIsOfIsNotThatPerson() {
    // "He joined Trump's Cabinet in 2017 ." with "Trump's Cabinet" (tokens 2-3) read as one person
    assertEquals(List.of("PERSON:Trump", "ORG:Cabinet"), typed(mentions("He joined Trump's Cabinet in 2017.", 2, 3, 1)));
    assertEquals(List.of("PERSON:Obama", "PLACE:Chicago"), typed(mentions("He went to Obama's Chicago then.", 3, 4, 1)),
        "a name the data knows is what the data knows it as");
    assertEquals(List.of("PERSON:Trump"), typed(mentions("It was Trump's 2016 campaign.", 2, 3, 1)),
        "a number or an ordinary word names nothing");
    // someone after the possessive stays someone: a first name, or a surname after an outlet read as a person
    assertEquals(List.of("PERSON:Trump", "PERSON:Jared Kushner"),
        typed(mentions("Trump's Jared Kushner spoke.", 0, 2, 1)));
    assertEquals("PERSON:Maddow", typed(mentions("MSNBC's Maddow said so.", 0, 1, 1)).get(1));
  }

  @Test
  void aStateAbbreviatedAfterATownOrAPartysInitialIsAPlaceAndSoIsTheTown() {
    assertEquals(List.of("PLACE:Pikeville", "PLACE:Ky"), typed(mentions("My friends in Pikeville, Ky., see it.",
        new NerTagger.Span(1, 3, 3, 1), new NerTagger.Span(1, 5, 5, 1))));
    assertEquals(List.of("PERSON:Thomas Massie", "PLACE:Ky"), typed(mentions("Rep. Thomas Massie (R–Ky.) spoke.",
        new NerTagger.Span(1, 1, 2, 1), new NerTagger.Span(1, 6, 6, 1))));
    // without its dot the word may be a name, and a person of two words before a state stays one
    assertEquals(List.of("PERSON:Mo Brooks"), typed(mentions("Rep. Mo Brooks spoke.", 1, 2, 1)));
    assertEquals(List.of("PERSON:Rand Paul", "PLACE:Ky"), typed(mentions("Sens. Rand Paul, Ky., spoke.",
        new NerTagger.Span(1, 1, 2, 1), new NerTagger.Span(1, 4, 4, 1))));
  }

  private static List<String> typed(List<Mention> mentions) {
    return mentions.stream().map(m -> m.type() + ":" + m.text()).toList();
  }

  /** The mentions after the policy when the tagger reads tokens {@code first..last} of the line as a place. */
  private static List<String> policy(String line, int first, int last) {
    return policy(line, new NerTagger.Span(1, first, last, 2));
  }

  /** The typed facet values of {@code line} (title empty) when the tagger gives the spans (their line is 1). */
  private static List<String> policy(String line, NerTagger.Span... spans) {
    List<String> lines = Arrays.asList("", line);
    NerFeatures.Doc doc = FEATURES.document(lines);
    return new FacetPolicy(DATA).apply(new NameSpans(DATA, doc).mentions(List.of(spans)), lines, doc)
        .stream().map(x -> x.type() + ":" + x.text()).toList();
  }

  @Test
  void anUntypedNameTheCuratedAliasesListAsAPlaceOrAPersonIsIt() {
    // "NYC" (token 5) left untyped (MISC, group 4), as the tagger leaves it in a list of places
    assertEquals(List.of("PLACE:NYC"), typed(mentions("Events from Miami to L.A. , NYC and beyond .",
        new NerTagger.Span(1, 6, 6, 4))));
    assertEquals(List.of("PLACE:Mediterranean", "PLACE:Libya"),
        typed(mentions("Migrants crossed the Mediterranean from Libya .", new NerTagger.Span(1, 3, 3, 4))));
    assertEquals(List.of("PERSON:Rex Tillerson"), typed(mentions("He met Rex Tillerson on Monday .",
        new NerTagger.Span(1, 2, 3, 4))), "a person the curated aliases know");
    assertEquals(List.of(), typed(mentions("The streets of this tiny Arctic town are deserted .",
        new NerTagger.Span(1, 5, 5, 4))), "a word of a place used as an adjective");
  }

  @Test
  void aDescriptorAFirstNameAndASurnameReadAsAnOrganisationAreThePerson() {
    // the three words tagged ORG (group 3), as the tagger reads "Senior Kory Lichtensteiger"
    assertEquals(List.of("PERSON:Kory Lichtensteiger"),
        typed(mentions("Senior Kory Lichtensteiger was named a finalist .", new NerTagger.Span(1, 0, 2, 3))));
    assertEquals(List.of("PERSON:Jovita Carranza"),
        typed(mentions("Administrator Jovita Carranza said loans resumed .", new NerTagger.Span(1, 0, 2, 3))));
    assertEquals(List.of("ORG:Kaiser Family Foundation"),
        typed(mentions("The Kaiser Family Foundation said so .", new NerTagger.Span(1, 1, 3, 3))), "no given name");
    assertEquals(List.of("ORG:Catalan National Assembly"),
        typed(mentions("The Catalan National Assembly said so .", new NerTagger.Span(1, 1, 3, 3))),
        "an organisation's head word");
    assertEquals(List.of("ORG:Bank Julius Baer"),
        typed(mentions("Clients of Bank Julius Baer were told .", new NerTagger.Span(1, 2, 4, 3))),
        "an organisation's word first");
    assertEquals(List.of("ORG:Stop Hillary PAC"),
        typed(mentions("The Stop Hillary PAC said so .", new NerTagger.Span(1, 1, 3, 3))), "an acronym");
  }

  @Test
  void aLoneNameBeforeACommaAndItsStateIsATownReadAsSomeone() {
    // "Murdock" (token 5) tagged PER (group 1), as the tagger reads it
    assertEquals(List.of("PLACE:Murdock", "PLACE:Minnesota"),
        policy("She is a reporter from Murdock , Minnesota , counts herself among them .",
            new NerTagger.Span(1, 5, 5, 1)));
    assertEquals(List.of("PERSON:Clinton"),
        policy("Senators urge Barr to probe Clinton , Ukraine GOP aides say .", new NerTagger.Span(1, 5, 5, 1)),
        "a list goes on with another name");
    assertEquals(List.of("PERSON:Clinton", "PLACE:Ukraine"),
        policy("Senators urge Barr to probe Clinton , Ukraine , and the whistleblower .",
            new NerTagger.Span(1, 5, 5, 1)),
        "a list goes on after a comma and \"and\"");
    assertEquals(List.of("PLACE:Murdock", "PLACE:Minnesota"),
        policy("She is a reporter from Murdock, Minnesota.", new NerTagger.Span(1, 5, 5, 1)),
        "the sentence's stop after the state");
    assertEquals(List.of("PERSON:Tom Murdock", "PERSON:Murdock", "PLACE:Minnesota"),
        policy("Tom Murdock spoke . Murdock , Minnesota , is his home .", new NerTagger.Span(1, 0, 1, 1),
            new NerTagger.Span(1, 4, 4, 1)),
        "the surname of a person the article names in full");
  }

  @Test
  void namesJoinedByAnAmpersandReadAsSomeoneAreAFirm() {
    // "Simon & Schuster" (tokens 5-7) tagged PER (group 1), as the tagger reads it
    assertEquals(List.of("ORG:Simon & Schuster"),
        policy("The book is published by Simon & Schuster next month .", new NerTagger.Span(1, 5, 7, 1)));
    assertEquals(List.of("PERSON:Ilhan Omar", "PERSON:Omar & Tlaib", "PERSON:Rashida Tlaib"),
        policy("Ilhan Omar met Omar & Tlaib staff , Rashida Tlaib said .", new NerTagger.Span(1, 0, 1, 1),
            new NerTagger.Span(1, 3, 5, 1), new NerTagger.Span(1, 8, 9, 1)),
        "two people the article names apart stay people");
    assertEquals(List.of("PERSON:Toni & Gary"), policy("Toni & Gary moved here .", new NerTagger.Span(1, 0, 2, 1)),
        "two given names are two people");
  }

  /** The mentions of {@code line} (title empty) when the tagger gives the spans (their line is 1). */
  private static List<Mention> mentions(String line, NerTagger.Span... spans) {
    return new NameSpans(DATA, FEATURES.document(Arrays.asList("", line))).mentions(List.of(spans));
  }

  @Test
  void aPersonWithAFirstNameOfTheLongerListIsSplitOffTheOrganisationBeforeIt() {
    // "Minister of Foreign Affairs Lloyd Axworthy said ." with tokens 3-6 tagged ORG (group 3)
    List<Mention> m = mentions("Minister of Foreign Affairs Lloyd Axworthy said .", 2, 5, 3);
    assertEquals(List.of("Foreign Affairs", "Lloyd Axworthy"), texts(m));
    assertEquals(EntityType.PERSON, m.get(1).type());
    // a first name before a common word or a place is no person there
    assertEquals(List.of("Institute for Human Gene Therapy"),
        texts(mentions("The Institute for Human Gene Therapy said .", 1, 5, 3)));
    assertEquals(List.of("University of California Santa Barbara"),
        texts(mentions("The University of California Santa Barbara said .", 1, 5, 3)));
    assertEquals(List.of("Bank of America Merrill Lynch"),
        texts(mentions("The Bank of America Merrill Lynch survey said .", 1, 5, 3)), "a company after a place");
    assertEquals(List.of("United States Marine Corps"),
        texts(mentions("The United States Marine Corps said .", 1, 4, 3)), "a place's name runs on");
    assertFalse(texts(mentions("Uruguay Uzbekistan Vanuatu Venezuela Viet Nam Wallis", 0, 6, 3)).contains("Nam Wallis"),
        "a list of places is no organisation before a person");
    assertEquals(List.of("San Diego Union-Tribune"),
        texts(mentions("The San Diego Union-Tribune said .", 0, 3, 3)));
    // a short word before such a first name is a surname, not a description ("Ri Yong Ho", tokens 0-2 PER)
    assertEquals(List.of("Ri Yong Ho"), texts(mentions("Ri Yong Ho met the minister .", 0, 2, 1)));
  }

  @Test
  void whatAPersonFormerlyWasOrIsOneOfIsNoPartOfTheName() {
    assertEquals(List.of("Jamie Moyer"), texts(mentions("Former Oriole Jamie Moyer allowed two hits .", 1, 3, 1)));
    assertEquals(List.of("Ted Cruz"), texts(mentions("He praised fellow Texan Ted Cruz today .", 3, 5, 1)));
    assertEquals(List.of("Jean Claude Juncker"),
        texts(mentions("He met former EU chief Jean Claude Juncker .", 5, 7, 1)), "a first name is kept");
  }

  @Test
  void aWordTheArticleWritesInLowerCaseIsNoPartOfThePersonAfterIt() {
    // "Winger Lee Sharpe crossed ." with tokens 0-2 tagged PER (group 1)
    List<String> lines = Arrays.asList("", "Winger Lee Sharpe crossed .", "The winger had been dropped .");
    NerTagger.Span span = new NerTagger.Span(1, 0, 2, 1);
    assertEquals(List.of("Lee Sharpe"), texts(new NameSpans(DATA, FEATURES.document(lines)).mentions(List.of(span))));
    // the same word with a capital inside a sentence is a name the article uses ("Trump Donald John Trump")
    List<String> named = Arrays.asList("", "Winger Lee Sharpe crossed .", "The winger passed to Winger .");
    assertEquals(List.of("Winger Lee Sharpe"),
        texts(new NameSpans(DATA, FEATURES.document(named)).mentions(List.of(span))));
    assertEquals(List.of("Winger Lee Sharpe"), texts(mentions("Winger Lee Sharpe crossed .", 0, 2, 1)),
        "no lower-case use, no evidence");
  }

  private static List<String> texts(List<Mention> mentions) {
    return mentions.stream().map(Mention::text).toList();
  }

  @Test
  void aPersonTheTaggerRanIntoAnOrganisationIsSplitOff() {
    List<Mention> m = mentions("He was named Director of National Intelligence James Clapper today.", 5, 8, 3);
    // the words before him are an office's ("Director of National Intelligence", a listed phrase), no organisation
    assertEquals(List.of("James Clapper"), texts(m));
    assertEquals(List.of(EntityType.PERSON), m.stream().map(Mention::type).toList());
    List<Mention> agency = mentions("The Justice Department Inspector General Michael Horowitz said so.", 1, 6, 3);
    assertEquals(List.of(EntityType.ORG, EntityType.PERSON), agency.stream().map(Mention::type).toList(),
        texts(agency).toString());
    assertEquals(List.of("Cambridge Analytica", "Alexander Nix"),
        texts(mentions("Cambridge Analytica CEO Alexander Nix resigned.", 0, 4, 3)));
    // a university named after a person keeps its name
    // (the tagger left "Virginia" out in this test, so the rule for untagged regions finds it)
    assertEquals(List.of("University of Mary Washington", "Virginia"),
        texts(mentions("She studied at the University of Mary Washington in Virginia.", 4, 7, 3)));
  }

  @Test
  void aNameThatEndsAListedPhraseIsNone() {
    // "Union" tagged ORG inside "the State of the Union address", "National Intelligence" inside a title
    assertEquals(List.of(), mentions("He gave the State of the Union address.", 6, 6, 3));
    assertEquals(List.of(), mentions("The Director of National Intelligence spoke.", 3, 4, 3));
    assertEquals(List.of("European Union"), texts(mentions("The European Union said no.", 1, 2, 3)));
  }

  @Test
  void aTitleBeforeAPersonIsCutFromTheOrganisation() {
    assertEquals(List.of("Supreme Court"),
        texts(mentions("Supreme Court Justice Ruth Bader Ginsburg wrote the opinion.", 0, 2, 3)));
    assertEquals(List.of(), mentions("Chief Justice John Roberts wrote the opinion.", 1, 1, 3));
    // "of" would end what is left, and no given name follows "Nittany": the names stay
    assertEquals(List.of("Department of Justice"),
        texts(mentions("The Department of Justice Inspector Michael Horowitz spoke.", 1, 3, 3)));
    assertEquals(List.of("Penn State"), texts(mentions("Penn State Nittany Lions won.", 0, 1, 3)));
  }

  @Test
  void aLineInCapitalsGivesNamesNotItsCreditsLabelsOrSentences() {
    // "AP AP" under a photo: the credit written twice is one name
    assertEquals(List.of("AP"), texts(mentions("PHOTO BY AP AP", 2, 3, 3)));
    // an article or a player's label in capitals before the name is not part of it
    assertEquals(List.of("FOX NEWS"), texts(mentions("ON THE FOX NEWS CHANNEL", 1, 3, 3)));
    assertEquals(List.of("FOX NEWS"), texts(mentions("WATCH FOX NEWS TONIGHT", 0, 2, 3)));
    // two curated names run together are two names; a town's name does not split what the data does not know
    assertEquals(List.of("NSA", "REUTERS"), texts(mentions("REUTERS NSA HEADQUARTERS", 0, 1, 3)));
    assertEquals(List.of("RUGBY UNION"), texts(mentions("RUGBY UNION - RESULTS", 0, 1, 3)));
    // a verb makes the run of capitals a sentence, not a name
    assertEquals(List.of(), mentions("PEOPLE ARE SHALLOW", 0, 2, 3));
    assertEquals(List.of(), mentions("THE IMMIGRATION SYSTEM IS BROKEN", 1, 3, 3));
    // in running text the same words are left to the tagger ("The Who" is a band)
    assertEquals(List.of("The Who"), texts(mentions("He saw The Who play.", 2, 3, 3)));
  }

  @Test
  void anHonorificMakesAPersonAndAnInstitutionsHeadAnOrganisation() {
    List<Mention> abbas = mentions("Mr. Abbas said no.", 0, 1, 3); // tagged an organisation
    assertEquals(List.of(EntityType.PERSON), abbas.stream().map(Mention::type).toList());
    assertEquals(List.of("Abbas"), texts(abbas));
    List<Mention> school = mentions("She taught at Edison High School for years.", 3, 5, 2); // tagged a place
    assertEquals(List.of(EntityType.ORG), school.stream().map(Mention::type).toList());
    // a feature of the land that is nobody's surname makes a place of what the tagger read as a person
    assertEquals(List.of(EntityType.PLACE),
        mentions("The farm lies near Hancock Pond.", 4, 5, 1).stream().map(Mention::type).toList());
    assertEquals(List.of(EntityType.PLACE),
        mentions("He was sheriff of Clark County then.", 4, 5, 1).stream().map(Mention::type).toList());
    assertEquals(List.of(EntityType.PERSON), // "Beach" and "Marsh" are surnames too
        mentions("Dustin Beach and Rene Marsh spoke.", 0, 1, 1).stream().map(Mention::type).toList());
    // a hotel is a business, whichever the tagger read it as
    assertEquals(List.of(EntityType.ORG),
        mentions("They stayed at the Mark Hopkins Hotel downtown.", 4, 6, 2).stream().map(Mention::type).toList());
    assertEquals(List.of("Mark Hopkins Hotel"),
        texts(mentions("They stayed at the Mark Hopkins Hotel downtown.", 4, 6, 1)));
    // a curated place keeps its type, and a place's own head word is no institution's
    assertEquals(List.of(EntityType.PLACE),
        mentions("They met at the Hampton Court palace.", 4, 5, 2).stream().map(Mention::type).toList());
  }

  @Test
  void twoNamesSplitAtAnAndThatTheDataKnowsAsOneAreOne() {
    // "House Ways" and "Means Committee" tagged as two organisations (group 3)
    assertEquals(List.of("House Ways and Means Committee"), texts(mentions(
        "He chairs the House Ways and Means Committee now.", new NerTagger.Span(1, 3, 4, 3),
        new NerTagger.Span(1, 6, 7, 3))));
    // a country of GeoNames, whatever the tagger made of its halves
    List<Mention> b = mentions("They flew to Bosnia and Herzegovina today.", new NerTagger.Span(1, 3, 3, 2),
        new NerTagger.Span(1, 5, 5, 2));
    assertEquals(List.of("Bosnia and Herzegovina"), texts(b));
    assertEquals(List.of(EntityType.PLACE), b.stream().map(Mention::type).toList());
    // two names the data does not know together stay two
    assertEquals(List.of("Donetsk", "Luhansk"), texts(mentions("They annexed Donetsk and Luhansk then.",
        new NerTagger.Span(1, 2, 2, 2), new NerTagger.Span(1, 4, 4, 2))));
  }

  @Test
  void aTitleWordTaggedAsAnOrganisationBeforeAPersonIsTheirTitle() {
    assertEquals(List.of("Ruth Bader Ginsburg"), texts(mentions("Justice Ruth Bader Ginsburg noted the time.",
        new NerTagger.Span(1, 0, 0, 3), new NerTagger.Span(1, 1, 3, 1))));
    // the same word alone is left to the tagger ("the Justice and Treasury departments")
    assertEquals(List.of("Justice"), texts(mentions("The Justice and Treasury departments agreed.", 1, 1, 3)));
  }

  @Test
  void placesRunTogetherAreEachAPlaceButAPlaceNamedWithAnOrdinaryWordStaysWhole() {
    // a page's country menu, tagged as one place (group 2)
    assertEquals(List.of("Somalia", "South Africa", "Spain"),
        texts(mentions("Somalia South Africa Spain Sri Lanka", 0, 3, 2)).subList(0, 3));
    assertEquals(List.of("Orlando", "Florida"), texts(mentions("He flew to Orlando Florida today.", 3, 4, 2)));
    // "Bay" and "Southern" are towns somewhere, but not here
    assertEquals(List.of("Guantanamo Bay"), texts(mentions("He was held at Guantanamo Bay for years.", 4, 5, 2)));
    assertEquals(List.of("Southern California"), texts(mentions("Fires hit Southern California again.", 2, 3, 2)));
  }
}
