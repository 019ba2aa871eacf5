package dev.lede.entity;

/**
 * Everything the default extractor and the alias resolution read from data files, loaded once per
 * {@link EntityAnnotator} or {@link DefaultEntityExtractor} (never into static fields) and immutable after.
 */
record EntityData(Lexicon lexicon, Gazetteer gazetteer, AliasTable aliases, PersonNames persons) {
  static EntityData load() {
    Lexicon lexicon = Lexicon.load();
    AliasTable aliases = AliasTable.load("aliases.tsv");
    // Alternate spellings that are ordinary words or first names ("Nice" is fine as a primary name, but an
    // alternate name "Victoria" of a small town would turn people into places).
    Gazetteer gazetteer = Gazetteer.load(k -> lexicon.isCommon(k) || lexicon.isGivenName(k));
    return new EntityData(lexicon, gazetteer, aliases, new PersonNames(lexicon, aliases));
  }
}
