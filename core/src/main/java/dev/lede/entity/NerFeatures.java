package dev.lede.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of the named-entity tagger, hashed into buckets of a {@link NerModel}. The data files are features
 * here, not decisions: a GeoNames match, a curated alias, a given name or a title word is evidence that the
 * weights learnt from annotated news combine with the word itself, its shape, its neighbours, the line it is on
 * (a capitals headline, a results line) and what the same word is elsewhere in the document. That is how
 * "Liverpool" in "Liverpool 2 Leeds 0" becomes a club and in "a flight to Liverpool" a city.
 *
 * <p>Bump {@link #VERSION} whenever a feature changes: a model trained on other features is refused.
 */
final class NerFeatures {
  static final int VERSION = 9;
  /** More than one token can have (the lexicon bits are the only variable part): the size of a bucket buffer. */
  static final int MAX_FEATURES = 96;
  private static final int MAX_SPAN = 5;

  // gazetteer and alias codes (0 = none)
  private static final int COUNTRY = 1;
  private static final int REGION = 2;
  private static final int CITY = 3;
  private static final int CITY_ALT = 4;
  private static final int ALIAS = 5; // + type ordinal

  private static final Lexicon.Section[] LEX = {
    Lexicon.Section.TITLES, Lexicon.Section.ROLE_NOUNS, Lexicon.Section.DEMONYMS, Lexicon.Section.ORG_HEADS,
    Lexicon.Section.CORPORATE_SUFFIXES, Lexicon.Section.PLACE_HEADS, Lexicon.Section.NAME_SUFFIXES,
    Lexicon.Section.PARTICLES, Lexicon.Section.ORG_PREFIX_HEADS, Lexicon.Section.PLACE_PREFIXES,
    Lexicon.Section.EVENT_HEADS, Lexicon.Section.GENERIC_ADJECTIVES
  };
  private static final int GIVEN_BIT = 1 << LEX.length;
  private static final int COMMON_BIT = GIVEN_BIT << 1;

  private final SpanFinder rules;
  /**
   * What the data files say about a folded word or name, in one table: a token costs one lookup instead of one per
   * file (lexicon lists, word classes, gazetteer, aliases, name starts), and the lookups are most of what preparing
   * a line costs.
   */
  private final Map<String, Known> known = new HashMap<>(1 << 19);

  /** One entry of {@link #known}. */
  private static final class Known {
    /** Lexicon bits: one per {@link #LEX} section, given name, common word. */
    int lexicon;
    /** Distributional word classes learnt from unlabelled news ({@link WordClusters#classes}), -1 for none. */
    int classes = -1;
    Gazetteer.Place place;
    AliasTable.Entry alias;
    /** Starts a longer gazetteer or alias name ("new", "new york" for "New York City"). */
    boolean namePrefix;
  }

  /**
   * @param rules the hand-written span finder, whose decisions are features too: what the rules say about a span
   *     ("President X", "University of ...", a curated name) is evidence, and training learns how far to trust it
   */
  NerFeatures(EntityData data, SpanFinder rules, WordClusters clusters) {
    this.rules = rules;
    for (int s = 0; s < LEX.length; s++) {
      for (String w : data.lexicon().words(LEX[s])) {
        known(w).lexicon |= 1 << s;
      }
    }
    data.lexicon().givenNames().forEach(w -> known(w).lexicon |= GIVEN_BIT);
    data.lexicon().commonWords().forEach(w -> known(w).lexicon |= COMMON_BIT);
    clusters.forEach((w, c) -> known(w).classes = c);
    for (String name : data.gazetteer().keys()) {
      known(name).place = data.gazetteer().find(name);
    }
    for (String name : data.aliases().keys()) {
      known(name).alias = data.aliases().find(name);
    }
    for (Set<String> names : List.of(data.gazetteer().keys(), data.aliases().keys())) {
      for (String name : names) {
        for (int sp = name.indexOf(' '); sp > 0; sp = name.indexOf(' ', sp + 1)) {
          known(name.substring(0, sp)).namePrefix = true;
        }
      }
    }
  }

  private Known known(String key) {
    return known.computeIfAbsent(key, k -> new Known());
  }

  /** One paragraph (or line) with what the features need about each token, computed once. */
  static final class Line {
    final Tokens tokens;
    final boolean caps;
    final boolean numeric;
    final int[] keyHash;
    final int[] shapeHash;
    final int[] formHash;
    /**
     * Word classes and lexicon bits of each token: a capitalised word's looked up with its other data, the others'
     * ({@link #UNSET} until then) when first asked. Only the words next to a possible name are asked for, and the
     * lookups were a third of preparing a line.
     */
    private final int[] classes;
    private final int[] lexicon;
    private final java.util.function.Function<String, Known> lookup;
    final int[] gazetteer;
    final int[] alias;
    /** What the rules made of the token: type code * 4 + position, 0 when no span of theirs covers it. */
    final int[] rule;
    /** For a capitalised word outside capitals lines: the last word of its run of capitalised words, else -1. */
    final int[] runEnd;
    final int[] runStart;

    Line(Tokens tokens, boolean caps, boolean numeric, int[] gazetteer, int[] alias, int[] lexicon, int[] rule,
        int[] classes, java.util.function.Function<String, Known> lookup) {
      this.tokens = tokens;
      this.caps = caps;
      this.numeric = numeric;
      int n = tokens.size;
      keyHash = new int[n];
      shapeHash = new int[n];
      formHash = new int[n];
      this.classes = classes;
      this.lookup = lookup;
      for (int i = 0; i < n; i++) {
        String key = tokens.key(i);
        keyHash[i] = key.hashCode();
        formHash[i] = hash(tokens.text, tokens.start[i], tokens.nameEnd(i));
        shapeHash[i] = shape(tokens.text, tokens.start[i], tokens.nameEnd(i));
      }
      this.gazetteer = gazetteer;
      this.alias = alias;
      this.lexicon = lexicon;
      this.rule = rule;
      runEnd = new int[n];
      runStart = new int[n];
      java.util.Arrays.fill(runEnd, -1);
      java.util.Arrays.fill(runStart, -1);
      if (!caps) {
        runs(tokens, runStart, runEnd);
      }
    }

    static final int UNSET = Integer.MIN_VALUE;

    /** The token's fine word class, or -1 for a word without one. */
    int fine(int i) {
      int c = classes(i);
      return c < 0 ? -1 : c >>> 12;
    }

    /** The token's coarse word class, or -1 for a word without one. */
    int coarse(int i) {
      int c = classes(i);
      return c < 0 ? -1 : c & 0xFFF;
    }

    private int classes(int i) {
      if (classes[i] == UNSET) {
        resolve(i);
      }
      return classes[i];
    }

    /** The token's lexicon bits (0 for none, and for anything but a word). */
    int lexicon(int i) {
      if (lexicon[i] == UNSET) {
        resolve(i);
      }
      return lexicon[i];
    }

    private void resolve(int i) {
      String key = tokens.key(i);
      Known k = lookup.apply(key);
      classes[i] = k == null ? -1 : k.classes;
      lexicon[i] = tokens.kind[i] != Tokens.WORD ? 0 : lexiconOf(k, key, lookup);
    }

    /**
     * Runs of capitalised words, joined by "of", "the", "and", "for", "de" or "&amp;" between two of them ("Bowling
     * Green State University", "Bank of England"): the run's last word says much about what it names.
     */
    private static void runs(Tokens t, int[] runStart, int[] runEnd) {
      int i = 0;
      while (i < t.size) {
        if (!capitalWord(t, i)) {
          i++;
          continue;
        }
        int end = i;
        int j = i + 1;
        while (j < t.size) {
          if (capitalWord(t, j)) {
            end = j;
            j++;
          } else if (j + 1 < t.size && connector(t, j) && capitalWord(t, j + 1)) {
            j++;
          } else {
            break;
          }
        }
        for (int k = i; k <= end; k++) {
          runStart[k] = i;
          runEnd[k] = end;
        }
        i = end + 1;
      }
    }

    private static boolean capitalWord(Tokens t, int i) {
      return t.kind[i] == Tokens.WORD && t.has(i, Tokens.UPPER);
    }

    private static boolean connector(Tokens t, int i) {
      if (t.kind[i] == Tokens.PUNCT) {
        return t.punct(i) == '&';
      }
      String k = t.key(i);
      return k.equals("of") || k.equals("the") || k.equals("and") || k.equals("for") || k.equals("de");
    }
  }

  /** A document: its lines, and the words it writes with a capital inside a sentence and in lower case. */
  static final class Doc {
    final Line[] lines;
    final Set<String> capitalInside = new HashSet<>();
    final Set<String> lowerCase = new HashSet<>();

    Doc(Line[] lines) {
      this.lines = lines;
      for (int p = 0; p < lines.length; p++) {
        Line l = lines[p];
        Tokens t = l.tokens;
        if (p == 0 && FacetPolicy.titleCase(t)) {
          continue; // a title-case headline capitalises every word: no evidence of a name
        }
        for (int i = 0; i < t.size; i++) {
          if (t.kind[i] != Tokens.WORD || !Character.isLetter(t.text.charAt(t.start[i]))) {
            continue;
          }
          if (!t.has(i, Tokens.UPPER)) {
            lowerCase.add(t.key(i));
          } else if (!l.caps && !t.has(i, Tokens.SENTENCE_START) && !t.has(i, Tokens.ALL_CAPS)) {
            capitalInside.add(t.key(i));
          }
        }
      }
    }
  }

  Doc document(List<String> paragraphs) {
    Line[] lines = new Line[paragraphs.size()];
    for (int p = 0; p < lines.length; p++) {
      lines[p] = line(paragraphs.get(p) == null ? "" : paragraphs.get(p));
    }
    return new Doc(lines);
  }

  Line line(String text) {
    Tokens t = Tokens.of(text);
    int words = 0;
    int caps = 0;
    int numbers = 0;
    int[] lexicon = new int[t.size];
    int[] classes = new int[t.size];
    Known[] info = new Known[t.size];
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] != Tokens.WORD) {
        classes[i] = Line.UNSET;
        lexicon[i] = Line.UNSET;
        continue;
      }
      words++;
      char c = t.text.charAt(t.start[i]);
      if (Character.isDigit(c)) {
        numbers++;
      } else if (t.has(i, Tokens.ALL_CAPS) || !Character.isLetter(c)) {
        caps++;
      }
      if (!Character.isUpperCase(c)) {
        classes[i] = Line.UNSET; // looked up when a feature asks (see Line#classes)
        lexicon[i] = Line.UNSET;
        continue;
      }
      String key = t.key(i);
      Known k = known.get(key);
      info[i] = k; // names are matched from capitalised words
      classes[i] = k == null ? -1 : k.classes;
      lexicon[i] = lexiconOf(k, key, known::get);
    }
    boolean capsLine = words >= 2 && caps >= 0.8 * (words - numbers) && words > numbers;
    boolean numeric = words >= 2 && numbers * 4 >= words;
    int[] gazetteer = new int[t.size];
    int[] alias = new int[t.size];
    matchNames(t, info, gazetteer, alias);
    return new Line(t, capsLine, numeric, gazetteer, alias, lexicon, ruleCodes(t), classes, known::get);
  }

  private int[] ruleCodes(Tokens t) {
    int[] codes = new int[t.size];
    if (rules == null || t.size == 0) {
      return codes;
    }
    List<SpanClassifier.Found> found = new java.util.ArrayList<>();
    rules.find(t, found);
    int i = 0;
    for (SpanClassifier.Found f : found) {
      int code = f.type() == null ? (f.personCue() ? 4 : 5) : f.type().ordinal() + 1 + (f.weakPlace() ? 5 : 0);
      while (i > 0 && t.start[i - 1] >= f.start()) {
        i--;
      }
      while (i < t.size && t.start[i] < f.start()) {
        i++;
      }
      int first = i;
      int last = -1;
      for (int k = i; k < t.size && t.start[k] < f.end(); k++) {
        last = k;
      }
      if (last >= first) {
        mark(codes, first, last, code);
      }
    }
    return codes;
  }

  /** A word's lexicon bits; a word that has none under its own key has those without its full stop ("Gen."). */
  private static int lexiconOf(Known k, String key, java.util.function.Function<String, Known> lookup) {
    if (k != null && k.lexicon != 0) {
      return k.lexicon;
    }
    if (key.length() > 1 && key.endsWith(".")) {
      Known bare = lookup.apply(key.substring(0, key.length() - 1));
      return bare == null ? 0 : bare.lexicon;
    }
    return 0;
  }

  /**
   * Marks the longest gazetteer and alias matches starting at each capitalised word: code * 4 + position (0 a
   * one-word match, 1 first, 2 inside, 3 last word of a longer one).
   */
  private void matchNames(Tokens t, Known[] info, int[] gazetteer, int[] alias) {
    int gazEnd = -1;
    int aliasEnd = -1;
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] != Tokens.WORD || !Character.isUpperCase(t.text.charAt(t.start[i]))) {
        continue;
      }
      int bestGaz = -1;
      int gazCode = 0;
      int bestAlias = -1;
      int aliasCode = 0;
      int j = i;
      for (int span = 0; span < MAX_SPAN && j < t.size && (i > gazEnd || i > aliasEnd); span++) {
        Known k = span == 0 ? info[i] : known.get(Fold.key(t.text.substring(t.start[i], t.nameEnd(j))));
        if (k == null) {
          break; // neither a name nor the start of a longer one
        }
        Gazetteer.Place place = k.place;
        if (place != null) {
          bestGaz = j;
          gazCode = place.alternate() ? CITY_ALT : switch (place.kind()) {
            case COUNTRY -> COUNTRY;
            case REGION -> REGION;
            case CITY -> CITY;
          };
        }
        AliasTable.Entry entry = k.alias;
        if (entry != null) {
          bestAlias = j;
          aliasCode = ALIAS + entry.type().ordinal();
        }
        if (!k.namePrefix) {
          break; // no longer name starts with these words
        }
        j = nextWord(t, j);
        if (j < 0) {
          break;
        }
      }
      if (bestGaz >= 0 && i > gazEnd) {
        mark(gazetteer, i, bestGaz, gazCode);
        gazEnd = bestGaz;
      }
      if (bestAlias >= 0 && i > aliasEnd) {
        mark(alias, i, bestAlias, aliasCode);
        aliasEnd = bestAlias;
      }
    }
  }

  /** The next word of a name: a word right after, or after one joining dot/ampersand/hyphen; else -1. */
  private static int nextWord(Tokens t, int j) {
    int k = j + 1;
    if (k < t.size && t.kind[k] == Tokens.PUNCT) {
      char c = t.punct(k);
      if (c != '&' && c != '-' && c != '.') {
        return -1;
      }
      k++;
    }
    return k < t.size && t.kind[k] == Tokens.WORD && t.start[k] - t.end[k - 1] <= 1 ? k : -1;
  }

  private static void mark(int[] codes, int from, int to, int code) {
    if (from == to) {
      codes[from] = code * 4;
      return;
    }
    for (int k = from; k <= to; k++) {
      codes[k] = code * 4 + (k == from ? 1 : k == to ? 3 : 2);
    }
  }

  /**
   * What the first pass of the tagger made of a document, as features of the second: for every token its label,
   * the document's vote on the same word, on the same name, and on the longer names that contain it. Counts are
   * over the whole document, later lines included, which the first pass's left-to-right history cannot see.
   */
  static final class FirstPass {
    final int[][] labels;
    /** Per token: the vote of the first-pass labels of every occurrence of the same word (see {@link #vote}). */
    final int[][] word;
    /** Per token inside a first-pass name: the vote on that name's text, times 4, plus the position in it. */
    final int[][] name;
    /** Per token: the vote of longer first-pass names that contain its name (or, outside names, the word). */
    final int[][] outer;

    FirstPass(int[][] labels, int[][] word, int[][] name, int[][] outer) {
      this.labels = labels;
      this.word = word;
      this.name = name;
      this.outer = outer;
    }
  }

  FirstPass firstPass(Doc doc, int[][] labels) {
    Map<String, int[]> words = new HashMap<>();
    Map<String, int[]> names = new HashMap<>();
    Map<String, int[]> outers = new HashMap<>();
    List<NerTagger.Span> spans = NerTagger.spans(labels);
    String[] spanText = new String[spans.size()];
    for (int s = 0; s < spans.size(); s++) {
      NerTagger.Span sp = spans.get(s);
      Tokens t = doc.lines[sp.line()].tokens;
      String[] keys = new String[sp.last() - sp.first() + 1];
      for (int i = sp.first(); i <= sp.last(); i++) {
        keys[i - sp.first()] = t.key(i);
      }
      spanText[s] = String.join(" ", keys);
      names.computeIfAbsent(spanText[s], k -> new int[5])[sp.group()]++;
      Set<String> parts = new HashSet<>();
      for (int a = 0; a < keys.length; a++) {
        for (int b = a + 1; b <= keys.length; b++) {
          if (b - a < keys.length) {
            parts.add(String.join(" ", java.util.Arrays.asList(keys).subList(a, b)));
          }
        }
      }
      for (String part : parts) {
        outers.computeIfAbsent(part, k -> new int[5])[sp.group()]++;
      }
    }
    for (int p = 0; p < labels.length; p++) {
      Tokens t = doc.lines[p].tokens;
      for (int i = 0; i < t.size; i++) {
        int g = NerModel.group(labels[p][i]);
        if (g != 0 && t.kind[i] == Tokens.WORD) {
          words.computeIfAbsent(t.key(i), k -> new int[5])[g]++;
        }
      }
    }
    int[][] word = new int[labels.length][];
    int[][] name = new int[labels.length][];
    int[][] outer = new int[labels.length][];
    for (int p = 0; p < labels.length; p++) {
      Tokens t = doc.lines[p].tokens;
      word[p] = new int[t.size];
      name[p] = new int[t.size];
      outer[p] = new int[t.size];
      for (int i = 0; i < t.size; i++) {
        if (t.kind[i] == Tokens.WORD) {
          String k = t.key(i);
          word[p][i] = vote(words.get(k));
          outer[p][i] = vote(outers.get(k));
        }
      }
    }
    for (int s = 0; s < spans.size(); s++) {
      NerTagger.Span sp = spans.get(s);
      int v = vote(names.get(spanText[s]));
      int o = vote(outers.get(spanText[s]));
      for (int i = sp.first(); i <= sp.last(); i++) {
        int pos = sp.first() == sp.last() ? 0 : i == sp.first() ? 1 : i == sp.last() ? 3 : 2;
        name[sp.line()][i] = v * 4 + pos;
        outer[sp.line()][i] = o;
      }
    }
    return new FirstPass(labels, word, name, outer);
  }

  /**
   * A vote as a small code: 0 for none, else the winning group (1 PER .. 4 MISC) times 3 plus 0 for a single
   * occurrence, 1 for several that agree, 2 for a majority.
   */
  static int vote(int[] counts) {
    if (counts == null) {
      return 0;
    }
    int best = 1;
    int total = 0;
    for (int g = 1; g < counts.length; g++) {
      total += counts[g];
      if (counts[g] > counts[best]) {
        best = g;
      }
    }
    return best * 3 + (total == 1 ? 0 : counts[best] == total ? 1 : 2);
  }

  /**
   * The feature buckets of token {@code i} of line {@code p}, given the two labels before it, what the same word
   * was tagged earlier in the document ({@code history}: 0 nothing, else the label group) and, in the second pass,
   * what the first pass made of the document ({@code first}, else null).
   */
  int extract(Doc doc, Line line, int p, int i, int prev1, int prev2, int history, FirstPass first, int bits,
      int[] out) {
    int n = extractFixed(doc, line, p, i, first, bits, out, 0);
    return extractLabels(line, i, prev1, prev2, history, bits, out, n);
  }

  /**
   * The features that depend on the labels decoding gave before this token (the previous two, and what the same
   * word was earlier in the document), written from {@code out[n]}; returns the new count. Beam decoding scores the
   * rest of a token's features once ({@link #extractFixed}) and only these for each partial labelling.
   */
  int extractLabels(Line line, int i, int prev1, int prev2, int history, int bits, int[] out, int n) {
    Tokens t = line.tokens;
    int key = line.keyHash[i];
    int shape = line.shapeHash[i];
    if (t.kind[i] == Tokens.WORD && t.has(i, Tokens.UPPER)) {
      int flags = (t.has(i, Tokens.ALL_CAPS) ? 4 : 0) | (line.caps ? 8 : 0);
      out[n++] = bucket(44, mix(history, flags), bits);
    }
    out[n++] = bucket(50, prev1, bits);
    out[n++] = bucket(51, prev1 * 16 + prev2, bits);
    out[n++] = bucket(52, mix(prev1, key), bits);
    out[n++] = bucket(53, mix(prev1, shape), bits);
    return n;
  }

  /** The features of a token that do not depend on the labels before it, written from {@code out[n]}. */
  int extractFixed(Doc doc, Line line, int p, int i, FirstPass first, int bits, int[] out, int n) {
    Tokens t = line.tokens;
    int key = line.keyHash[i];
    int shape = line.shapeHash[i];
    int flags = (t.has(i, Tokens.SENTENCE_START) ? 1 : 0) | (t.has(i, Tokens.UPPER) ? 2 : 0)
        | (t.has(i, Tokens.ALL_CAPS) ? 4 : 0) | (line.caps ? 8 : 0) | (i == 0 ? 16 : 0) | (line.numeric ? 32 : 0);
    int km1 = i > 0 ? line.keyHash[i - 1] : BOUNDARY;
    int kp1 = i + 1 < t.size ? line.keyHash[i + 1] : BOUNDARY;
    int km2 = i > 1 ? line.keyHash[i - 2] : BOUNDARY;
    int kp2 = i + 2 < t.size ? line.keyHash[i + 2] : BOUNDARY;
    int sm1 = i > 0 ? line.shapeHash[i - 1] : BOUNDARY;
    int sp1 = i + 1 < t.size ? line.shapeHash[i + 1] : BOUNDARY;
    out[n++] = bucket(1, 0, bits);
    out[n++] = bucket(2, key, bits);
    out[n++] = bucket(3, line.formHash[i], bits);
    out[n++] = bucket(4, shape, bits);
    out[n++] = bucket(5, km1, bits);
    out[n++] = bucket(6, kp1, bits);
    out[n++] = bucket(7, km2, bits);
    out[n++] = bucket(8, kp2, bits);
    out[n++] = bucket(9, sm1, bits);
    out[n++] = bucket(10, sp1, bits);
    out[n++] = bucket(11, mix(km1, key), bits);
    out[n++] = bucket(12, mix(key, kp1), bits);
    out[n++] = bucket(13, mix(sm1, shape), bits);
    out[n++] = bucket(14, mix(shape, sp1), bits);
    String k = t.key(i);
    for (int a = 1; a <= 4 && a <= k.length(); a++) {
      out[n++] = bucket(20 + a, hash(k, 0, a), bits);
      out[n++] = bucket(25 + a, hash(k, k.length() - a, k.length()), bits);
    }
    out[n++] = bucket(30, flags, bits);
    out[n++] = bucket(31, mix(flags, shape), bits);
    if (line.caps) {
      out[n++] = bucket(32, key, bits);
    }
    int gaz = line.gazetteer[i];
    int ali = line.alias[i];
    out[n++] = bucket(33, gaz, bits);
    out[n++] = bucket(34, mix(gaz, flags & 7), bits);
    out[n++] = bucket(35, ali, bits);
    out[n++] = bucket(36, mix(i > 0 ? line.gazetteer[i - 1] : -1, i > 0 ? line.alias[i - 1] : -1), bits);
    out[n++] = bucket(37, mix(i + 1 < t.size ? line.gazetteer[i + 1] : -1, i + 1 < t.size ? line.alias[i + 1] : -1),
        bits);
    int lex = line.lexicon(i);
    for (int b = 0; lex != 0 && b < 16; b++) {
      if ((lex & (1 << b)) != 0) {
        out[n++] = bucket(40, mix(b, flags & 3), bits);
        lex &= ~(1 << b);
      }
    }
    int lexBefore = i > 0 ? line.lexicon(i - 1) : 0;
    if (lexBefore != 0) {
      out[n++] = bucket(41, lexBefore, bits);
    }
    int lexAfter = i + 1 < t.size ? line.lexicon(i + 1) : 0;
    if (lexAfter != 0) {
      out[n++] = bucket(42, lexAfter, bits);
    }
    if (t.kind[i] == Tokens.WORD && (flags & 2) != 0) {
      int seen = (doc.capitalInside.contains(k) ? 1 : 0) | (doc.lowerCase.contains(k) ? 2 : 0);
      out[n++] = bucket(43, mix(seen, flags & 13), bits);
    }
    int end = line.runEnd[i];
    if (end >= 0) {
      int start = line.runStart[i];
      int pos = start == end ? 0 : i == start ? 1 : i == end ? 3 : 2;
      out[n++] = bucket(60, mix(line.keyHash[end], pos), bits);
      out[n++] = bucket(61, mix(line.lexicon(end), pos), bits);
      out[n++] = bucket(62, mix(Math.min(end - start, 4), pos), bits);
      out[n++] = bucket(63, mix(line.keyHash[start], pos), bits);
      // the words around the whole run, which the name's inner words do not see in their own window: "the band
      // Cobra Starship", "Avenged Sevenfold released", "at Doyt Perry Stadium"
      int before = start > 0 ? line.keyHash[start - 1] : BOUNDARY;
      int before2 = start > 1 ? line.keyHash[start - 2] : BOUNDARY;
      int after = end + 1 < t.size ? line.keyHash[end + 1] : BOUNDARY;
      out[n++] = bucket(64, before, bits);
      out[n++] = bucket(65, after, bits);
      out[n++] = bucket(66, mix(before2, before), bits);
      out[n++] = bucket(67, mix(before, after), bits);
    }
    int rule = line.rule[i];
    out[n++] = bucket(80, rule, bits);
    out[n++] = bucket(81, mix(rule, flags & 15), bits);
    out[n++] = bucket(82, mix(i > 0 ? line.rule[i - 1] : -1, i + 1 < t.size ? line.rule[i + 1] : -1), bits);
    int up = flags & 2;
    int cm1 = i > 0 ? line.coarse(i - 1) : -2;
    int cp1 = i + 1 < t.size ? line.coarse(i + 1) : -2;
    int coarse = line.coarse(i);
    out[n++] = bucket(70, mix(line.fine(i), up), bits);
    out[n++] = bucket(71, mix(coarse, up), bits);
    out[n++] = bucket(72, i > 0 ? line.fine(i - 1) : -2, bits);
    out[n++] = bucket(73, i + 1 < t.size ? line.fine(i + 1) : -2, bits);
    out[n++] = bucket(74, mix(cm1, coarse), bits);
    out[n++] = bucket(75, mix(coarse, cp1), bits);
    if (first != null) {
      int[] fl = first.labels[p];
      int word = first.word[p][i];
      out[n++] = bucket(90, fl[i], bits);
      out[n++] = bucket(91, mix(i > 0 ? fl[i - 1] : -1, i + 1 < t.size ? fl[i + 1] : -1), bits);
      out[n++] = bucket(92, mix(word, flags & 13), bits);
      out[n++] = bucket(93, first.name[p][i], bits);
      out[n++] = bucket(94, mix(first.outer[p][i], fl[i] == 0 ? 0 : 1), bits);
      out[n++] = bucket(95, mix(word, fl[i]), bits);
    }
    return n;
  }

  private static final int BOUNDARY = 0x5bd1e995;

  /** Hash of chars {@code from..to} of {@code s}, as String.hashCode would give for the substring. */
  static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  /** The word's shape with runs collapsed: "Kherson" Xx, "U.S." X.X., "1996-08-30" d-d-d, "McCain" XxXx. */
  static int shape(String s, int from, int to) {
    int h = 7;
    char last = 0;
    int len = 0;
    for (int i = from; i < to && len < 8; i++) {
      char c = s.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'o' : c;
      if (k != last) {
        h = 31 * h + k;
        last = k;
        len++;
      }
    }
    return h;
  }

  static int mix(int a, int b) {
    return a * 0x9E3779B1 + b * 0x85EBCA77 + 0x27D4EB2F;
  }

  static int bucket(int template, int value, int bits) {
    long h = ((long) template << 32) ^ (value & 0xFFFFFFFFL);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) (h >>> (64 - bits));
  }
}
