package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelTest {
  private static final int BITS = 12;

  /** Weights where most buckets are all zero, as in a trained model, and some have a single non-zero label. */
  private static short[] sparseWeights(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    short[] w = new short[NerModel.N << BITS];
    for (int b = 0; b < 1 << BITS; b++) {
      int kind = random.nextInt(10);
      if (kind < 7) {
        continue;
      }
      for (int l = 0; l < NerModel.N; l++) {
        if (kind == 9 || l == b % NerModel.N) {
          w[b * NerModel.N + l] = (short) random.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
        }
      }
    }
    return w;
  }

  @Test
  void keepingOnlyTheBucketsWithWeightsScoresExactlyAsTheFullTable() {
    short[] full = sparseWeights(7);
    NerModel model = new NerModel(BITS, NerFeatures.VERSION, full, 0.5f, 1.5f);
    SplittableRandom random = new SplittableRandom(11);
    int[] buckets = new int[40];
    float[] scores = new float[NerModel.N];
    for (int round = 0; round < 2_000; round++) {
      int count = random.nextInt(buckets.length + 1);
      int[] expected = new int[NerModel.N];
      for (int f = 0; f < count; f++) {
        buckets[f] = random.nextInt(1 << BITS);
        for (int l = 0; l < NerModel.N; l++) {
          expected[l] += full[buckets[f] * NerModel.N + l];
        }
      }
      model.score(buckets, count, scores);
      for (int l = 0; l < NerModel.N; l++) {
        assertEquals(expected[l], scores[l], 0f, "label " + l + " of round " + round);
      }
    }
    for (int b = 0; b < 1 << BITS; b++) {
      for (int l = 0; l < NerModel.N; l++) {
        assertEquals(full[b * NerModel.N + l], model.weight(b, l));
      }
    }
  }

  @Test
  void aModelWrittenAndReadBackHasEveryWeightScaleAndTemperature() throws Exception {
    short[] full = sparseWeights(3);
    NerModel first = new NerModel(BITS, NerFeatures.VERSION, full, 0.25f, 2f);
    NerModel second = new NerModel(BITS, NerFeatures.VERSION, sparseWeights(5), 0.125f, 0f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NerModel.write(List.of(first, second), out);
    List<NerModel> read = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(2, read.size());
    for (int m = 0; m < 2; m++) {
      NerModel was = m == 0 ? first : second;
      NerModel now = read.get(m);
      assertEquals(was.bits, now.bits);
      assertEquals(was.scale, now.scale);
      assertEquals(was.temperature, now.temperature);
      for (int b = 0; b < 1 << BITS; b++) {
        for (int l = 0; l < NerModel.N; l++) {
          assertEquals(was.weight(b, l), now.weight(b, l));
        }
      }
    }
  }

  @Test
  void theBundledModelWritesBackToTheSameBytes() throws Exception {
    byte[] bundled;
    try (InputStream in = NerTagger.class.getResourceAsStream(NerTagger.BUNDLED)) {
      bundled = in.readAllBytes();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NerModel.write(NerModel.read(new ByteArrayInputStream(bundled)), out);
    assertArrayEquals(bundled, out.toByteArray());
  }

  @Test
  void anExtractorWithAnotherModelHasAnotherFingerprintAndTheSameModelTheSame(@TempDir Path dir) throws Exception {
    Path same = dir.resolve("same.model");
    try (InputStream in = NerTagger.class.getResourceAsStream(NerTagger.BUNDLED)) {
      Files.copy(in, same);
    }
    Path other = dir.resolve("other.model");
    try (var o = Files.newOutputStream(other)) {
      NerModel.write(List.of(new NerModel(BITS, NerFeatures.VERSION, sparseWeights(3), 0.5f, 1f)), o);
    }
    String bundled = new DefaultEntityExtractor().fingerprint();
    assertEquals(bundled, DefaultEntityExtractor.withModel(same).fingerprint());
    assertNotEquals(bundled, DefaultEntityExtractor.withModel(other).fingerprint(), "an index of it is rebuilt");

    Path old = dir.resolve("old.model");
    try (var o = Files.newOutputStream(old)) {
      NerModel.write(List.of(new NerModel(BITS, NerFeatures.VERSION - 1, sparseWeights(3), 0.5f, 1f)), o);
    }
    assertThrows(java.io.IOException.class, () -> DefaultEntityExtractor.withModel(old), "another feature set");
  }
}
