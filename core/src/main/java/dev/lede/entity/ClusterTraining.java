package dev.lede.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@link WordClusters} from unlabelled text: each frequent word is described by the words seen right before
 * and right after it (positive pointwise mutual information), projected to a few dense dimensions, and grouped by
 * spherical k-means into fine classes, whose centres are grouped again into coarse ones. Deterministic for a given
 * corpus and seed (one thread, seeded initialisation, a fixed number of iterations).
 */
final class ClusterTraining {
  static final int VOCABULARY = 40_000;
  static final int CONTEXTS = 600;
  static final int DIMENSIONS = 128;
  static final int FINE = 256;
  static final int COARSE = 32;
  private static final int ITERATIONS = 12;
  private static final int MIN_COUNT = 5;

  private ClusterTraining() {}

  /** Reads every "title" and "text" of a JSON Lines file (gzipped when it ends in .gz). */
  interface Corpus {
    void forEachText(Consumer<String> text) throws IOException;
  }

  static Corpus jsonLines(Path file) {
    return consumer -> {
      ObjectMapper json = new ObjectMapper();
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = json.readTree(line);
          for (String field : new String[] {"title", "text"}) {
            if (n.hasNonNull(field)) {
              for (String paragraph : n.get(field).asText().split("\n")) {
                consumer.accept(paragraph);
              }
            }
          }
        }
      }
    };
  }

  static void build(Corpus corpus, long seed, OutputStream out, Consumer<String> progress) throws IOException {
    Map<String, int[]> counts = new HashMap<>(1 << 20);
    corpus.forEachText(text -> {
      Tokens t = Tokens.of(text);
      for (int i = 0; i < t.size; i++) {
        counts.computeIfAbsent(t.key(i), k -> new int[1])[0]++;
      }
    });
    List<Map.Entry<String, int[]>> byCount = new ArrayList<>(counts.entrySet());
    byCount.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
        : a.getKey().compareTo(b.getKey()));
    int vocabSize = 0;
    Map<String, Integer> vocab = new HashMap<>();
    for (Map.Entry<String, int[]> e : byCount) {
      if (vocabSize == VOCABULARY || e.getValue()[0] < MIN_COUNT) {
        break;
      }
      vocab.put(e.getKey(), vocabSize++);
    }
    String[] words = new String[vocabSize];
    vocab.forEach((w, i) -> words[i] = w);
    progress.accept(String.format(Locale.ROOT, "%,d distinct words; %,d kept (seen %d+ times)", counts.size(),
        vocabSize, MIN_COUNT));
    counts.clear();
    // co-occurrence with the most frequent words, left and right: words x (2 x CONTEXTS)
    int width = 2 * CONTEXTS;
    int[] cooc = new int[vocabSize * width];
    corpus.forEachText(text -> {
      Tokens t = Tokens.of(text);
      int[] ids = new int[t.size];
      for (int i = 0; i < t.size; i++) {
        ids[i] = vocab.getOrDefault(t.key(i), -1);
      }
      for (int i = 0; i < t.size; i++) {
        int w = ids[i];
        if (w < 0) {
          continue;
        }
        if (i > 0 && ids[i - 1] >= 0 && ids[i - 1] < CONTEXTS) {
          cooc[w * width + ids[i - 1]]++;
        }
        if (i + 1 < t.size && ids[i + 1] >= 0 && ids[i + 1] < CONTEXTS) {
          cooc[w * width + CONTEXTS + ids[i + 1]]++;
        }
      }
    });
    float[][] vectors = project(cooc, vocabSize, width, seed);
    progress.accept("context vectors projected to " + DIMENSIONS + " dimensions");
    Random random = new Random(seed);
    int[] fine = kmeans(vectors, FINE, random);
    float[][] centres = centres(vectors, fine, FINE);
    int[] coarse = kmeans(centres, COARSE, random);
    progress.accept(FINE + " fine and " + COARSE + " coarse classes");
    Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8);
    w.write("# word classes for the Lede entity tagger, built by lede train-clusters; word TAB fine TAB coarse\n");
    for (int i = 0; i < vocabSize; i++) {
      if (words[i].indexOf('\t') < 0 && words[i].indexOf('\n') < 0) {
        w.write(words[i] + "\t" + fine[i] + "\t" + coarse[fine[i]] + "\n");
      }
    }
    w.flush();
    w.close();
  }

  /** PPMI weights, random projection (a seeded +-1 matrix), unit length. */
  private static float[][] project(int[] cooc, int words, int width, long seed) {
    double[] colSum = new double[width];
    double total = 0;
    double[] rowSum = new double[words];
    for (int w = 0; w < words; w++) {
      for (int c = 0; c < width; c++) {
        int n = cooc[w * width + c];
        colSum[c] += n;
        rowSum[w] += n;
        total += n;
      }
    }
    Random random = new Random(seed ^ 0x5DEECE66DL);
    float[][] r = new float[width][DIMENSIONS];
    for (float[] row : r) {
      for (int d = 0; d < DIMENSIONS; d++) {
        row[d] = random.nextBoolean() ? 1f : -1f;
      }
    }
    float[][] out = new float[words][DIMENSIONS];
    for (int w = 0; w < words; w++) {
      float[] v = out[w];
      for (int c = 0; c < width; c++) {
        int n = cooc[w * width + c];
        if (n == 0) {
          continue;
        }
        double pmi = Math.log(n * total / (rowSum[w] * colSum[c]));
        if (pmi > 0) {
          float x = (float) pmi;
          float[] rc = r[c];
          for (int d = 0; d < DIMENSIONS; d++) {
            v[d] += x * rc[d];
          }
        }
      }
      normalise(v);
    }
    return out;
  }

  private static void normalise(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    if (s > 0) {
      float inv = (float) (1 / Math.sqrt(s));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inv;
      }
    }
  }

  /** Spherical k-means with seeded farthest-point-ish initialisation (k-means++). */
  static int[] kmeans(float[][] x, int k, Random random) {
    int n = x.length;
    int dims = x[0].length;
    float[][] c = new float[k][];
    c[0] = x[random.nextInt(n)].clone();
    double[] best = new double[n];
    Arrays.fill(best, Double.MAX_VALUE);
    for (int j = 1; j < k; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        best[i] = Math.min(best[i], 1 - dot(x[i], c[j - 1]));
        sum += Math.max(0, best[i]);
      }
      double pick = random.nextDouble() * sum;
      int chosen = n - 1;
      for (int i = 0; i < n; i++) {
        pick -= Math.max(0, best[i]);
        if (pick <= 0) {
          chosen = i;
          break;
        }
      }
      c[j] = x[chosen].clone();
    }
    int[] assign = new int[n];
    for (int it = 0; it < ITERATIONS; it++) {
      for (int i = 0; i < n; i++) {
        int arg = 0;
        float max = -2;
        for (int j = 0; j < k; j++) {
          float d = dot(x[i], c[j]);
          if (d > max) {
            max = d;
            arg = j;
          }
        }
        assign[i] = arg;
      }
      float[][] next = new float[k][dims];
      for (int i = 0; i < n; i++) {
        float[] s = next[assign[i]];
        for (int d = 0; d < dims; d++) {
          s[d] += x[i][d];
        }
      }
      for (int j = 0; j < k; j++) {
        normalise(next[j]);
        boolean empty = true;
        for (float v : next[j]) {
          empty &= v == 0;
        }
        c[j] = empty ? c[j] : next[j];
      }
    }
    return assign;
  }

  private static float[][] centres(float[][] x, int[] assign, int k) {
    float[][] c = new float[k][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int d = 0; d < x[i].length; d++) {
        c[assign[i]][d] += x[i][d];
      }
    }
    for (float[] v : c) {
      normalise(v);
    }
    return c;
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int d = 0; d < a.length; d++) {
      s += a[d] * b[d];
    }
    return s;
  }
}
