package dev.lede.entity;

import dev.lede.extract.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  /** The tagger model's file when it is not the bundled one (its bytes go into the fingerprint), else null. */
  private final byte[] model;

  /** An extractor over the bundled data, loaded on first use. */
  public DefaultEntityExtractor() {
    this(new DataHolder());
  }

  DefaultEntityExtractor(DataHolder holder) {
    this(holder, null);
  }

  private DefaultEntityExtractor(DataHolder holder, byte[] model) {
    this.holder = holder;
    this.model = model;
  }

  /**
   * The same extractor with a tagger model written by {@code lede train-entities} (or
   * {@link EntityModelTraining#train}) instead of the bundled one: to measure a retrained model before it ships, or
   * to run one trained on an archive's own annotated articles. The file is read and checked now; the rest of the
   * data loads on first use as usual. The {@link #fingerprint()} covers the file, so an index built with another
   * model is rebuilt.
   *
   * @throws IOException when the file cannot be read or is not a model of this release's feature set
   */
  public static DefaultEntityExtractor withModel(Path modelFile) throws IOException {
    byte[] bytes = Files.readAllBytes(modelFile);
    List<NerModel> models = NerModel.read(new ByteArrayInputStream(bytes));
    for (NerModel m : models) {
      if (m.featureVersion != NerFeatures.VERSION) {
        throw new IOException("the entity model " + modelFile.getFileName() + " was trained on feature set "
            + m.featureVersion + ", this version computes set " + NerFeatures.VERSION
            + ": retrain it with lede train-entities");
      }
    }
    return new DefaultEntityExtractor(new DataHolder(() -> models), bytes);
  }

  DataHolder holder() {
    return holder;
  }

  /** The bundled files whose content decides what this extractor finds. */
  private static final List<String> DATA = List.of(
      NerTagger.BUNDLED, WordClusters.BUNDLED, "aliases.tsv", "lexicon.txt", "given-names.txt", "common-words.txt",
      "first-names.txt", EntityData.STATE_ABBREVIATIONS,
      "/dev/lede/extract/sources.tsv", "/geonames.org/countryInfo.txt", "/geonames.org/admin1CodesASCII.txt",
      "/geonames.org/cities15000.txt");

  private volatile String fingerprint;

  /**
   * A short digest of the model and every bundled data file it reads (gazetteer, aliases, word lists, outlets), of
   * the feature set and of the rules that keep or drop mentions: when it changes, articles indexed before would get
   * other entities now, so an index records it and {@code lede reindex} rebuilds everything when it differs.
   */
  public String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      try {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(("features " + NerFeatures.VERSION + " rules " + FacetPolicy.RULES_VERSION + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] buffer = new byte[1 << 16];
        for (String resource : DATA) {
          try (java.io.InputStream in = model != null && resource.equals(NerTagger.BUNDLED)
              ? new ByteArrayInputStream(model) : DefaultEntityExtractor.class.getResourceAsStream(resource)) {
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
    List<Mention> found =
        loaded.policy().apply(new NameSpans(loaded.data(), doc).mentions(loaded.tagger().spans(doc)), lines, doc);
    return loaded.policy().ownOutlet(found, article.source());
  }
}
