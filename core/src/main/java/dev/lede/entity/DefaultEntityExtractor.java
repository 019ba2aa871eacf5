package dev.lede.entity;

import dev.lede.extract.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled extractor: a trained tagger (an averaged perceptron over IOB2 labels, {@code lede train-entities})
 * whose features are the words and their shapes, their neighbours, the line they are on, what the same word is
 * elsewhere in the article, distributional word classes learnt from unlabelled news, and the knowledge in the data
 * files: the GeoNames gazetteer, curated aliases and outlets, given names, title and organisation words, and what
 * the hand-written span rules make of the text. The data informs the decision; the weights learnt from annotated
 * news make it, so "Liverpool" in a results line is a club and in a travel story a city.
 *
 * <p>What the tagger finds then passes the {@link FacetPolicy} (dates, storms, laws and page furniture are never
 * facet values). It loads in about a second and tags text at several MB per second per core (run {@code lede
 * bench-entities} for the figures on your machine).
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

  /** The bundled files whose content decides what this extractor finds. */
  private static final List<String> DATA = List.of(
      NerTagger.BUNDLED, WordClusters.BUNDLED, "aliases.tsv", "lexicon.txt", "given-names.txt", "common-words.txt",
      "/dev/lede/extract/sources.tsv", "/geonames.org/countryInfo.txt", "/geonames.org/admin1CodesASCII.txt",
      "/geonames.org/cities15000.txt");

  private volatile String fingerprint;

  /**
   * A short digest of the model and every bundled data file it reads (gazetteer, aliases, word lists, outlets) and
   * of the feature set: when it changes, articles indexed before would get other entities now, so an index records
   * it and {@code lede reindex} rebuilds everything when it differs.
   */
  public String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      try {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(("features " + NerFeatures.VERSION + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] buffer = new byte[1 << 16];
        for (String resource : DATA) {
          try (java.io.InputStream in = DefaultEntityExtractor.class.getResourceAsStream(resource)) {
            digest.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (in != null) {
              for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
              }
            }
          }
        }
        f = java.util.HexFormat.of().formatHex(digest.digest(), 0, 8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read the bundled entity data", e);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every JDK", e);
      }
      fingerprint = f;
    }
    return f;
  }

  @Override
  public List<Mention> mentions(Article article) {
    DataHolder.Loaded loaded = holder.get();
    List<String> lines = new ArrayList<>(article.paragraphs().size() + 1);
    lines.add(article.title());
    lines.addAll(article.paragraphs());
    NerFeatures.Doc doc = loaded.tagger().features().document(lines);
    return loaded.policy().apply(taggedMentions(loaded, doc), lines, doc);
  }

  private static List<Mention> taggedMentions(DataHolder.Loaded loaded, NerFeatures.Doc doc) {
    Lexicon titles = loaded.data().lexicon();
    List<Mention> out = new ArrayList<>();
    for (NerTagger.Span s : loaded.tagger().spans(doc)) {
      EntityType type = NerModel.type(s.group() * 2 - 1);
      if (type == null) {
        continue;
      }
      Tokens t = doc.lines[s.line()].tokens;
      int first = s.first();
      int last = s.last();
      // a name neither starts nor ends with punctuation or a joining word ("House and", "the Kremlin")
      while (first <= last && edge(t, first)) {
        first++;
      }
      while (last >= first && edge(t, last)) {
        last--;
      }
      // "Kherson region": a lower-case word ends no name, unless the data knows the whole ("Dnipro river")
      while (last > first && lowerWord(t, last) && !known(loaded.data(), t, first, last)) {
        last--;
      }
      if (last + 1 < t.size && lowerWord(t, last + 1) && known(loaded.data(), t, first, last + 1)) {
        last++;
      }
      if (type == EntityType.PERSON) { // "Justice Martin Chamberlain" is Martin Chamberlain; "Justice" alone nobody
        while (first <= last && titles.in(Lexicon.Section.TITLES, t.key(first))) {
          first++;
        }
      }
      // "NASA's Artemis II" is NASA, then Artemis II
      for (int k = first; k <= last; k++) {
        if (k == last || t.has(k, Tokens.POSSESSIVE)) {
          if (t.has(first, Tokens.UPPER) || Character.isDigit(t.text.charAt(t.start[first]))) {
            int start = t.start[first];
            int end = t.nameEnd(k);
            out.add(new Mention(type, t.text.substring(start, end), s.line() - 1, start, end));
          }
          first = k + 1;
        }
      }
    }
    return out;
  }

  private static boolean lowerWord(Tokens t, int i) {
    return t.kind[i] == Tokens.WORD && Character.isLowerCase(t.text.charAt(t.start[i]));
  }

  private static boolean known(EntityData data, Tokens t, int first, int last) {
    String key = Fold.key(t.text.substring(t.start[first], t.nameEnd(last)));
    return data.aliases().find(key) != null || data.gazetteer().find(key) != null;
  }

  private static boolean edge(Tokens t, int i) {
    if (t.kind[i] == Tokens.PUNCT) {
      return true;
    }
    int dash = t.text.lastIndexOf('-', t.end[i] - 1);
    if (dash > t.start[i] && dash + 1 < t.end[i] && Character.isLowerCase(t.text.charAt(dash + 1))) {
      return true; // "Ukraine-appointed", "Russian-controlled": a modifier before a name, not part of it
    }
    return switch (t.word(i)) {
      case "and", "of", "the", "for", "in", "at", "on", "to", "a", "an", "The", "A", "An" -> true;
      default -> false;
    };
  }
}
