package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BandFilterTest {
  @TempDir Path dir;

  @Test
  void everyKeyOfTheSegmentPassesAndFewOthersDo() throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      for (int doc = 0; doc < 2_000; doc++) {
        Document document = new Document();
        for (int band = 0; band < 32; band++) {
          document.add(new StringField(IndexSchema.STORY_BAND, key(band, doc), Field.Store.NO));
        }
        w.addDocument(document);
      }
      w.forceMerge(1);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(d)) {
        BandFilter filter = BandFilter.of(r.leaves().get(0).reader());
        for (int doc = 0; doc < 2_000; doc++) {
          for (int band = 0; band < 32; band++) {
            assertTrue(filter.mayContain(BandFilter.hash(new BytesRef(key(band, doc)))), key(band, doc));
          }
        }
        int passed = 0;
        int tried = 100_000;
        for (int doc = 2_000; doc < 2_000 + tried / 32; doc++) {
          for (int band = 0; band < 32; band++) {
            passed += filter.mayContain(BandFilter.hash(new BytesRef(key(band, doc)))) ? 1 : 0;
          }
        }
        assertTrue(passed < tried * 0.03, "false positives: " + passed + " of " + tried);
      }
    }
  }

  @Test
  void aSegmentWithoutBandKeysHasNoFilter() throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document document = new Document();
      document.add(new StringField(IndexSchema.ID, "a", Field.Store.NO));
      w.addDocument(document);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertNull(BandFilter.of(r.leaves().get(0).reader()));
      }
    }
  }

  /** Shaped like the signature's keys: band number, colon, 16 hex digits. */
  private static String key(int band, int doc) {
    return band + ":" + String.format("%016x", (doc * 0x9E3779B97F4A7C15L) ^ ((long) band << 40));
  }
}
