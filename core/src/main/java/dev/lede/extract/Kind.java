package dev.lede.extract;

/** What a line of a page is, as decided by {@link LineClassifier}. */
enum Kind {
  BLANK,
  /** A sentence-like paragraph: the stuff stories are made of. */
  CONTENT,
  /** A short sentence ("Questions with no easy answers."): story text when surrounded by story. */
  SHORT,
  /** Neither sentence nor furniture: headlines, kickers, subheadings, labels. */
  NEUTRAL,
  /** Navigation, widgets, buttons, legal lines, teasers. */
  FURNITURE,
  /** A widget that follows the story (comments, related lists, author box): furniture and a barrier. */
  END,
  /** A line that is essentially a date. */
  DATE,
  /** An author line. */
  BYLINE,
  /** A photo caption or credit. */
  CAPTION,
  /** The outlet speaking to its readers (subscribe, donate, "our journalism"). */
  PROMO;

  /** Whether a line of this kind can be part of the story body. */
  boolean storyText() {
    return this == CONTENT || this == SHORT;
  }
}
