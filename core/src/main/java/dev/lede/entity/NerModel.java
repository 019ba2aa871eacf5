package dev.lede.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of the named-entity tagger: a linear model over hashed features, one weight per (feature bucket,
 * label). Hashing keeps the model a flat array (no feature dictionary to load, no string per feature at tagging
 * time), at the cost of rare collisions that the training absorbs. Weights are 16-bit integers with one scale for
 * the whole model, and only the buckets that have any are kept: scores only need comparing, and the smaller the
 * weights, the fewer cache misses, which is where tagging spends its time.
 *
 * <p>On disk: a small header (magic, format, labels, number of models), then, gzipped, for each model its
 * feature-set version, hash bits and scale, and its non-zero buckets as a delta-coded index with their weights
 * quantised to 16 bits. A file holds the passes of a stacked tagger, applied in order.
 */
final class NerModel {
  /** The labels, IOB2: O, then B- and I- for each type. MISC is learnt (it sharpens the others) but never output. */
  static final String[] LABELS = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
  static final int N = LABELS.length;
  private static final String MAGIC = "lede-ner";
  /**
   * Format 3 adds each pass's softmax temperature. Format 2 is still read (greedy decoding), so that a model of an
   * older release is refused for its feature set with the advice to retrain, not as an unknown file.
   */
  private static final int FORMAT = 3;

  final int bits;
  final int featureVersion;
  /**
   * Which buckets have a weight other than zero, one bit each. Four in five buckets of a trained model are all zero,
   * so the weights are kept only for the others ({@link #packed}), found by rank: a model of 2^20 buckets is then
   * 3.5 MB instead of 19, which stays in the processor's caches where the full array missed them on most lookups
   * (scoring was the tagger's largest cost, nearly all of it waiting for memory).
   */
  private final long[] present;
  /** Per word of {@link #present}: how many buckets before it have weights. */
  private final int[] rankBase;
  /** The weights of the buckets that have any, {@link #N} per bucket in bucket order, then a row of zeros. */
  private final short[] packed;
  final float scale;
  /**
   * Turns scores (in units of {@link #scale}) into log-probabilities for beam decoding: {@code softmax(temperature x
   * scores)}, fitted on annotated text after training ({@link Temperature}). 0 decodes greedily, as models written
   * before format 3 do.
   */
  final float temperature;

  NerModel(int bits, int featureVersion, short[] weights, float scale) {
    this(bits, featureVersion, weights, scale, 0f);
  }

  NerModel(int bits, int featureVersion, short[] weights, float scale, float temperature) {
    this(bits, featureVersion, Packed.of(bits, weights), scale, temperature);
  }

  private NerModel(int bits, int featureVersion, Packed weights, float scale, float temperature) {
    this.bits = bits;
    this.featureVersion = featureVersion;
    this.present = weights.present;
    this.rankBase = weights.rankBase;
    this.packed = weights.packed;
    this.scale = scale;
    if (!(temperature >= 0) || Float.isInfinite(temperature)) {
      throw new IllegalArgumentException("bad temperature " + temperature);
    }
    this.temperature = temperature;
  }

  /** The same weights with the given softmax temperature. */
  NerModel withTemperature(float t) {
    return new NerModel(bits, featureVersion, new Packed(present, rankBase, packed), scale, t);
  }

  /** The weight of a bucket and label. */
  short weight(int bucket, int label) {
    long word = present[bucket >>> 6];
    long bit = 1L << bucket;
    return (word & bit) == 0 ? 0 : packed[(rankBase[bucket >>> 6] + Long.bitCount(word & (bit - 1))) * N + label];
  }

  /** The buckets that have weights, in order. */
  private int[] buckets() {
    int[] out = new int[packed.length / N - 1];
    int k = 0;
    for (int w = 0; w < present.length; w++) {
      for (long word = present[w]; word != 0; word &= word - 1) {
        out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
      }
    }
    return out;
  }

  /** The compact weights: the buckets that have any, and theirs. */
  private record Packed(long[] present, int[] rankBase, short[] packed) {
    static Packed of(int bits, short[] weights) {
      if (bits < 10 || bits > 26 || weights.length != (N << bits)) {
        throw new IllegalArgumentException("bad model shape: bits " + bits + ", weights " + weights.length);
      }
      Builder b = new Builder(bits);
      for (int bucket = 0; bucket < 1 << bits; bucket++) {
        boolean any = false;
        for (int l = 0; l < N && !any; l++) {
          any = weights[bucket * N + l] != 0;
        }
        if (any) {
          b.add(bucket, weights, bucket * N);
        }
      }
      return b.build();
    }
  }

  /** Collects the buckets that have weights, in increasing order. */
  private static final class Builder {
    private final int bits;
    private final long[] present;
    private short[] packed = new short[N * 1024];
    private int count;
    private int last = -1;

    Builder(int bits) {
      this.bits = bits;
      this.present = new long[Math.max(1, (1 << bits) >>> 6)];
    }

    void add(int bucket, short[] from, int offset) {
      if (bucket <= last || bucket >= 1 << bits) {
        throw new IllegalArgumentException("bucket " + bucket + " out of order or range");
      }
      last = bucket;
      present[bucket >>> 6] |= 1L << bucket;
      if ((count + 1) * N > packed.length) {
        packed = java.util.Arrays.copyOf(packed, packed.length * 2);
      }
      System.arraycopy(from, offset, packed, count * N, N);
      count++;
    }

    Packed build() {
      int[] rankBase = new int[present.length];
      int rank = 0;
      for (int w = 0; w < present.length; w++) {
        rankBase[w] = rank;
        rank += Long.bitCount(present[w]);
      }
      // one more row, all zero, for the buckets without weights (see score)
      return new Packed(present, rankBase, java.util.Arrays.copyOf(packed, (count + 1) * N));
    }
  }

  /** The model of trained weights, quantised to 16 bits. */
  static NerModel quantise(int bits, int featureVersion, float[] weights) {
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    short[] q = new short[weights.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = (short) Math.round(weights[i] / scale);
    }
    return new NerModel(bits, featureVersion, q, scale);
  }

  /** Scores labels for one token's features; implemented by the model and by training's live weights. */
  interface Scorer {
    int bits();

    void score(int[] buckets, int count, float[] scores);

    /** The softmax temperature for beam decoding, or 0 to decode greedily. */
    default float temperature() {
      return 0f;
    }
  }

  /** This model as a scorer. */
  Scorer scorer() {
    return new Scorer() {
      @Override
      public int bits() {
        return bits;
      }

      @Override
      public void score(int[] buckets, int count, float[] scores) {
        NerModel.this.score(buckets, count, scores);
      }

      @Override
      public float temperature() {
        return temperature;
      }
    };
  }

  /** The label's entity type, or null for O and MISC. */
  static EntityType type(int label) {
    return switch ((label + 1) / 2) {
      case 1 -> EntityType.PERSON;
      case 2 -> EntityType.PLACE;
      case 3 -> EntityType.ORG;
      default -> null;
    };
  }

  /** 0 for O, else 1..4 for PER, LOC, ORG, MISC. */
  static int group(int label) {
    return (label + 1) / 2;
  }

  static boolean isBegin(int label) {
    return label > 0 && label % 2 == 1;
  }

  static int label(String tag) {
    for (int i = 0; i < N; i++) {
      if (LABELS[i].equals(tag)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown label " + tag);
  }

  /** The scores of every label (length {@link #N}) for the given feature buckets, in units of {@link #scale}. */
  void score(int[] buckets, int count, float[] scores) {
    short[] w = packed;
    long[] bitsOf = present;
    int[] ranks = rankBase;
    int zeroRow = w.length / N - 1;
    int s0 = 0;
    int s1 = 0;
    int s2 = 0;
    int s3 = 0;
    int s4 = 0;
    int s5 = 0;
    int s6 = 0;
    int s7 = 0;
    int s8 = 0;
    for (int f = 0; f < count; f++) {
      int bucket = buckets[f];
      long word = bitsOf[bucket >>> 6];
      // no branch on whether the bucket has weights (half the lookups, unpredictably): one without reads the zero
      // row at the end, and the processor can keep fetching the next buckets' weights meanwhile
      int has = (int) (word >>> bucket) & 1;
      int rank = ranks[bucket >>> 6] + Long.bitCount(word & ((1L << bucket) - 1));
      int b = (has * rank + (1 - has) * zeroRow) * N;
      s0 += w[b];
      s1 += w[b + 1];
      s2 += w[b + 2];
      s3 += w[b + 3];
      s4 += w[b + 4];
      s5 += w[b + 5];
      s6 += w[b + 6];
      s7 += w[b + 7];
      s8 += w[b + 8];
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    scores[7] = s7;
    scores[8] = s8;
  }

  /**
   * Writes models that are applied one after the other (the first pass, then the pass that reads the first one's
   * labels) to one file.
   */
  static void write(java.util.List<NerModel> models, OutputStream out) throws IOException {
    DataOutputStream head = new DataOutputStream(out);
    head.writeUTF(MAGIC);
    head.writeInt(FORMAT);
    head.writeInt(N);
    for (String l : LABELS) {
      head.writeUTF(l);
    }
    head.writeInt(models.size());
    head.flush();
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream body = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    short[] q = new short[N];
    for (NerModel m : models) {
      body.writeInt(m.featureVersion);
      body.writeInt(m.bits);
      body.writeFloat(m.scale);
      body.writeFloat(m.temperature);
      int previous = -1;
      int[] buckets = m.buckets();
      for (int k = 0; k < buckets.length; k++) {
        int b = buckets[k];
        System.arraycopy(m.packed, k * N, q, 0, N);
        writeVarInt(body, b - previous);
        previous = b;
        for (short s : q) {
          body.writeShort(s);
        }
      }
      writeVarInt(body, 0); // end of this model
    }
    body.flush();
    gz.finish();
  }

  /** The models of a file written by {@link #write}, in the order they are applied. */
  static java.util.List<NerModel> read(InputStream in) throws IOException {
    DataInputStream head = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    if (!MAGIC.equals(head.readUTF())) {
      throw new IOException("not a Lede entity model");
    }
    int format = head.readInt();
    if (format != 2 && format != FORMAT) {
      throw new IOException("an entity model of format " + format + ", which this version cannot read");
    }
    int n = head.readInt();
    if (n != N) {
      throw new IOException("model has " + n + " labels, expected " + N);
    }
    for (String l : LABELS) {
      if (!l.equals(head.readUTF())) {
        throw new IOException("model labels differ from " + String.join(",", LABELS));
      }
    }
    int count = head.readInt();
    if (count < 1 || count > 4) {
      throw new IOException("bad number of models " + count);
    }
    DataInputStream body = new DataInputStream(new BufferedInputStream(new GZIPInputStream(head, 1 << 16), 1 << 16));
    java.util.List<NerModel> out = new java.util.ArrayList<>(count);
    for (int m = 0; m < count; m++) {
      int featureVersion = body.readInt();
      int bits = body.readInt();
      float scale = body.readFloat();
      float temperature = format >= 3 ? body.readFloat() : 0f;
      if (bits < 10 || bits > 26) {
        throw new IOException("bad hash size " + bits);
      }
      Builder weights = new Builder(bits);
      short[] q = new short[N];
      int b = -1;
      for (int delta = readVarInt(body); delta != 0; delta = readVarInt(body)) {
        b += delta;
        if (b >= 1 << bits) {
          throw new IOException("corrupt model: bucket " + b);
        }
        for (int l = 0; l < N; l++) {
          q[l] = body.readShort();
        }
        weights.add(b, q, 0);
      }
      try {
        out.add(new NerModel(bits, featureVersion, weights.build(), scale, temperature));
      } catch (IllegalArgumentException e) {
        throw new IOException("a damaged entity model: " + e.getMessage(), e);
      }
    }
    return java.util.List.copyOf(out);
  }

  private static void writeVarInt(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarInt(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("corrupt model: bad number");
  }
}
