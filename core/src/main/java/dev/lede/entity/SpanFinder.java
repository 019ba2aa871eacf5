package dev.lede.entity;

import dev.lede.entity.Lexicon.Section;
import java.util.List;

/**
 * Finds runs of capitalised words in a paragraph and hands each to the {@link SpanClassifier}. Handles what
 * capitalisation alone gets wrong: sentence-initial and headline words that are ordinary words ("Last",
 * "Residents", "Cautious Over"), inner particles ("Lula da Silva"), "of"/"and" inside names ("University of
 * Cambridge", "Bosnia and Herzegovina") and hyphenated compounds ("Russia-Ukraine", "Ukraine-appointed").
 */
final class SpanFinder {
  private final EntityData data;
  private final Lexicon lex;
  private final SpanClassifier classifier;

  SpanFinder(EntityData data) {
    this.data = data;
    this.lex = data.lexicon();
    this.classifier = new SpanClassifier(data);
  }

  void find(String paragraph, List<SpanClassifier.Found> out) {
    find(Tokens.of(paragraph), out);
  }

  /** The same for a paragraph already split into tokens (read only). */
  void find(Tokens t, List<SpanClassifier.Found> out) {
    boolean headline = isHeadline(t);
    int i = 0;
    while (i < t.size) {
      if (!spanWord(t, i, headline)) {
        i++;
        continue;
      }
      if (compound(t, i, out)) {
        i++;
        continue;
      }
      int j = extend(t, i, headline);
      classifier.classify(t, i, j, headline, out);
      i = j + 1;
    }
  }

  private int extend(Tokens t, int i, boolean headline) {
    int j = i;
    while (j + 1 < t.size && !t.has(j, Tokens.POSSESSIVE) && t.isWord(j + 1) && t.start[j + 1] - t.end[j] <= 1) {
      int next = j + 1;
      if (isCompound(t, next)) {
        break;
      }
      if (t.has(next, Tokens.UPPER) && spanWord(t, next, headline)) {
        j = next;
        continue;
      }
      String k = Fold.key(t.word(next));
      boolean joined = next + 1 < t.size && t.isWord(next + 1) && t.has(next + 1, Tokens.UPPER);
      if (joined && lex.in(Section.PARTICLES, k) && !t.has(next, Tokens.UPPER)) {
        j = next + 1;
        continue;
      }
      if (joined && (k.equals("of") || k.equals("and") || k.equals("&"))) {
        int right = run(t, next + 1, headline);
        if (acceptsConnector(t, i, j, k, right)) {
          j = right;
          continue;
        }
        int known = classifier.longestKnown(t, i, right - 1);
        if (known > next) { // "Office of Management and Budget Director Mick Mulvaney": the name ends the span
          j = known;
        }
      }
      break;
    }
    return lowerCaseHead(t, i, j);
  }

  /** "Dnipro river": a lower-case place word that makes a known name with the span. */
  private int lowerCaseHead(Tokens t, int i, int j) {
    int next = j + 1;
    if (next < t.size && t.isWord(next) && !t.has(j, Tokens.POSSESSIVE) && !t.has(next, Tokens.UPPER)
        && lex.in(Section.PLACE_HEADS, t.key(next))
        && classifier.known(SpanClassifier.text(t, i, next)) != null) {
      return next;
    }
    return j;
  }

  /** "University of Cambridge", "Securities and Exchange Commission", "Bill &amp; Melinda Gates Foundation". */
  private boolean acceptsConnector(Tokens t, int i, int j, String connector, int right) {
    if (classifier.known(SpanClassifier.text(t, i, right)) != null) {
      return true;
    }
    if (t.has(j, Tokens.POSSESSIVE)) {
      return false;
    }
    String leftLast = Fold.key(t.word(j));
    String rightLast = t.key(right);
    if (connector.equals("of")) {
      return lex.in(Section.ORG_PREFIX_HEADS, leftLast) || lex.in(Section.ORG_HEADS, leftLast)
          || lex.in(Section.PLACE_PREFIXES, leftLast) || lex.in(Section.ORG_HEADS, rightLast);
    }
    if (connector.equals("and") && andSeparatesNames(t, i, j, right)) {
      return false;
    }
    return lex.in(Section.ORG_HEADS, rightLast);
  }

  /**
   * "House and Senate", "White House and Congress", "FBI and U.S. Justice Department", "Jonathan Wachtel and The
   * Associated Press", "Delta and American Airlines": two names joined by "and", not one ("England and Wales Cricket
   * Board", "Food and Drug Administration").
   */
  private boolean andSeparatesNames(Tokens t, int i, int j, int right) {
    int first = j + 2;
    if (t.key(first).equals("the") || j > i && lex.isGivenName(t.key(i))) {
      return true;
    }
    if (i == j && !lex.isCommon(t.key(i)) && !(isPlace(t.name(i)) && isPlace(t.name(first)))) {
      return true; // a proper name before "and": "Delta and American Airlines" ("Food and Drug ...": one)
    }
    boolean leftKnown = classifier.known(SpanClassifier.text(t, i, j)) != null;
    boolean rightKnown = classifier.known(SpanClassifier.text(t, first, right)) != null;
    return right == first && (i == j || leftKnown) || leftKnown && rightKnown;
  }

  private boolean isPlace(String name) {
    SpanClassifier.Found f = classifier.known(name);
    return f != null && f.type() == EntityType.PLACE;
  }

  /** The last index of the run of capitalised words starting at {@code i}. */
  private int run(Tokens t, int i, boolean headline) {
    int j = i;
    while (j + 1 < t.size && !t.has(j, Tokens.POSSESSIVE) && t.isWord(j + 1) && t.has(j + 1, Tokens.UPPER)
        && spanWord(t, j + 1, headline) && t.start[j + 1] - t.end[j] <= 1) {
      j++;
    }
    return j;
  }

  /** Whether a capitalised word may be part of a name here. */
  private boolean spanWord(Tokens t, int i, boolean headline) {
    if (t.kind[i] != Tokens.WORD || !t.has(i, Tokens.UPPER)) {
      return false;
    }
    if (!headline && !t.has(i, Tokens.SENTENCE_START)) {
      return true;
    }
    String k = t.key(i);
    if (!lex.isCommon(k)) {
      return true;
    }
    // "Bill Gates said" at a sentence start: a first name that is also a word, followed by a name
    if (lex.isGivenName(k) && i + 1 < t.size && t.isWord(i + 1) && t.has(i + 1, Tokens.UPPER)
        && !lex.isCommon(t.key(i + 1))) {
      return true;
    }
    if (startsKnownName(t, i)) {
      return true; // "New Jersey Gov. ...", "United States officials ..." at a sentence start
    }
    // "Office of Management and Budget Director ...": an organisation's first word, then "of" and a name
    return lex.in(Section.ORG_PREFIX_HEADS, k) && i + 2 < t.size && t.isWord(i + 1) && t.key(i + 1).equals("of")
        && t.isWord(i + 2) && t.has(i + 2, Tokens.UPPER);
  }

  /** Whether the words from {@code i} on (two or three, all capitalised) are a curated or gazetteer name. */
  private boolean startsKnownName(Tokens t, int i) {
    for (int end = i + 1; end <= i + 2 && end < t.size; end++) {
      if (!t.isWord(end) || !t.has(end, Tokens.UPPER) || t.start[end] - t.end[end - 1] > 1) {
        return false;
      }
      if (classifier.known(SpanClassifier.text(t, i, end)) != null) {
        return true;
      }
    }
    return false;
  }

  private boolean isCompound(Tokens t, int i) {
    String w = t.word(i);
    int dash = w.indexOf('-');
    return dash > 0 && (hasLowerPart(w) || allPlaces(w));
  }

  /**
   * "Russia-Ukraine" and "Moscow-Beijing" name two places; "Ukraine-appointed" names one. Reports them and
   * returns true; other hyphenated words ("Bankman-Fried") are ordinary name words.
   */
  private boolean compound(Tokens t, int i, List<SpanClassifier.Found> out) {
    if (!isCompound(t, i)) {
      return false;
    }
    String w = t.name(i);
    int offset = t.start[i];
    for (String part : w.split("-")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        SpanClassifier.Found f = classifier.known(part);
        if (f != null) {
          out.add(new SpanClassifier.Found(f.type(), part, offset, offset + part.length(), f.weakPlace(), false));
        }
      }
      offset += part.length() + 1;
    }
    return true;
  }

  private static boolean hasLowerPart(String w) {
    String[] parts = w.split("-");
    for (int p = 1; p < parts.length; p++) {
      if (!parts[p].isEmpty() && Character.isLowerCase(parts[p].charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private boolean allPlaces(String w) {
    if (classifier.known(w) != null) {
      return false; // "Ivano-Frankivsk", "al-Qaeda": one name
    }
    for (String part : w.split("-")) {
      SpanClassifier.Found f = part.isEmpty() ? null : classifier.known(part);
      if (f == null || f.type() != EntityType.PLACE) {
        return false;
      }
    }
    return true;
  }

  /** A title-case line ("Ukraine Cautious Over Russia's Kherson Exit"): every capital is suspect. */
  private static boolean isHeadline(Tokens t) {
    String text = t.text.strip();
    if (text.endsWith(".") || text.endsWith(".”") || text.endsWith(".\"")) {
      return false; // a sentence, however many capitals it has
    }
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] == Tokens.WORD && t.end[i] - t.start[i] >= 4) {
        words++;
        if (t.has(i, Tokens.UPPER)) {
          capitalised++;
        }
      }
    }
    return words >= 3 && words <= 25 && capitalised * 10 >= words * 7;
  }
}
