package dev.lede.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The position after the last hit of a page, as an opaque URL-safe string: the sort values of that hit (score or
 * date, then id), how many hits were delivered before, and a checksum over these and the request's fingerprint,
 * so a tampered cursor, or one from another search, is rejected instead of paging somewhere odd.
 *
 * @param sortValue the score (float bits) or the publication millis of the last hit
 * @param id the last hit's id (the tie-breaker)
 * @param delivered hits delivered up to and including the last one
 */
record Cursor(long sortValue, String id, long delivered) {
  private static final byte VERSION = 1;
  private static final int MAX_LENGTH = 2_000;

  static InvalidQueryException invalid() {
    return new InvalidQueryException("The cursor is not valid for this search; start again from the first page.");
  }

  /** The cursor after a hit of a search sorted as {@code sort}. */
  static Cursor after(FieldDoc doc, SortOrder sort, long delivered) {
    Object first = doc.fields[0];
    long value = sort == SortOrder.RELEVANCE
        ? Float.floatToIntBits((Float) first)
        : (Long) first;
    return new Cursor(value, ((BytesRef) doc.fields[1]).utf8ToString(), delivered);
  }

  /** The FieldDoc to search after. */
  FieldDoc toFieldDoc(SortOrder sort) {
    Object first = sort == SortOrder.RELEVANCE ? (Object) Float.intBitsToFloat((int) sortValue) : (Object) sortValue;
    float score = sort == SortOrder.RELEVANCE ? Float.intBitsToFloat((int) sortValue) : Float.NaN;
    // doc = MAX_VALUE: ids are unique, so the sort values alone place the cursor
    return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {first, new BytesRef(id)});
  }

  String encode(SearchRequest request) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeLong(sortValue);
      out.writeLong(delivered);
      out.writeUTF(id);
      out.writeLong(checksum(request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  static Cursor decode(String text, SearchRequest request) {
    if (text.length() > MAX_LENGTH) {
      throw invalid();
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(text)))) {
      if (in.readByte() != VERSION) {
        throw invalid();
      }
      Cursor c = new Cursor(in.readLong(), "", 0).withRest(in.readLong(), in.readUTF());
      long checksum = in.readLong();
      if (in.available() != 0 || c.delivered < 0 || checksum != c.checksum(request)) {
        throw invalid();
      }
      return c;
    } catch (IOException | IllegalArgumentException e) {
      throw invalid();
    }
  }

  private Cursor withRest(long delivered, String id) {
    return new Cursor(sortValue, id, delivered);
  }

  /** CRC over the cursor's values and everything in the request that determines the order of hits. */
  private long checksum(SearchRequest r) {
    StringBuilder sb = new StringBuilder();
    sb.append(sortValue).append('\u0001').append(id).append('\u0001').append(delivered).append('\u0001');
    sb.append(r.query()).append('\u0001').append(r.sort()).append('\u0001').append(r.collapseStories())
        .append('\u0001').append(r.exact()).append('\u0001').append(r.from()).append('\u0001').append(r.to())
        .append(r.undated() ? "\u0001undated" : "");
    new TreeMap<>(r.filters()).forEach((d, f) -> sb.append('\u0001').append(d).append(new java.util.TreeSet<>(
        f.include())).append(new java.util.TreeSet<>(f.exclude())));
    CRC32 crc = new CRC32();
    crc.update(sb.toString().getBytes(StandardCharsets.UTF_8));
    return crc.getValue() ^ 0x1ede_5eedL;
  }
}
