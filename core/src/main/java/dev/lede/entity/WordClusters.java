package dev.lede.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word classes: words that occur in similar contexts in unlabelled news share a class ("Feyenoord"
 * and "Udinese", "Tuesday" and "Friday", "minister" and "spokesman"). They let the tagger generalise from the
 * words it saw annotated to words it never saw, which is what holds it up on text from other years and places.
 * Built by {@code lede train-clusters} ({@link ClusterTraining}); each word has a fine and a coarse class.
 */
final class WordClusters {
  static final String BUNDLED = "word-clusters.tsv.gz";
  static final WordClusters NONE = new WordClusters(Map.of());

  private final Map<String, Integer> classes;

  private WordClusters(Map<String, Integer> classes) {
    this.classes = classes;
  }

  /** The bundled classes; none when the resource is missing (a model trained without them still loads). */
  static WordClusters bundled() {
    InputStream in = WordClusters.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      return NONE;
    }
    try (in) {
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource dev/lede/entity/" + BUNDLED, e);
    }
  }

  /** Lines "word TAB fine TAB coarse"; '#' lines are comments. */
  static WordClusters read(InputStream in) throws IOException {
    Map<String, Integer> classes = new HashMap<>(1 << 16);
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IOException("bad word class line: expected word, fine class, coarse class");
      }
      classes.put(f[0], (Integer.parseInt(f[1]) << 12) | Integer.parseInt(f[2]));
    }
    return new WordClusters(classes); // private, never modified after this point
  }

  /** Fine class << 12 | coarse class of a folded word, or -1 when unknown. */
  int classes(String key) {
    Integer c = classes.get(key);
    return c == null ? -1 : c;
  }

  /** Fine class of a folded word, or -1 when unknown. */
  int fine(String key) {
    Integer c = classes.get(key);
    return c == null ? -1 : c >>> 12;
  }

  /** Coarse class of a folded word, or -1 when unknown. */
  int coarse(String key) {
    Integer c = classes.get(key);
    return c == null ? -1 : c & 0xFFF;
  }

  /** Every word with its classes (as {@link #classes} gives them). */
  void forEach(java.util.function.ObjIntConsumer<String> action) {
    classes.forEach(action::accept);
  }

  int size() {
    return classes.size();
  }
}
