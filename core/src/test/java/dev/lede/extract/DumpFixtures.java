package dev.lede.extract;

import dev.lede.ingest.Format;

/** A plain-text dump's story and the extractor, shared by the dump header tests. */
final class DumpFixtures {
  static final Extractor EXTRACTOR = new Extractor();

  /** Three paragraphs of a made-up story, as a dump shows them below its header. */
  static final String STORY = """
      The harbour authority approved a new ferry terminal on Monday, after a review of the tides, the traffic and \
      the costs that took most of the past year.

      Residents of the old town had asked for a quieter site, but the board said the eastern pier was the only one \
      deep enough for the larger ferry boats.

      Construction of the terminal is expected to begin in the autumn, and it should open two years later, the \
      authority said in a statement.
      """;

  private DumpFixtures() {}

  /** The article extracted from a plain-text page dump. */
  static Article page(String text) {
    return EXTRACTOR.extract(Docs.text("dump.txt", Format.PAGE_TEXT, text));
  }
}
