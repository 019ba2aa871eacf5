package dev.lede.web.bench;

import dev.lede.dedup.DedupOptions;
import dev.lede.dedup.MinHasher;
import dev.lede.dedup.Signature;
import dev.lede.index.IndexSchema;
import dev.lede.index.StoredDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The plain-Lucene baseline: the articles the pipeline extracted (read back from its index) indexed again with a bare
 * {@link IndexWriter}, the same schema, analyzer and RAM buffer, on one thread, then committed. Reading the stored
 * documents back is timed separately and not charged to Lucene. The signatures are read back too, so the baseline
 * does no near-duplicate work.
 */
final class BaselineIndexer {
  /** Times in nanoseconds. */
  record Result(long documents, long readNanos, long indexNanos, long commitNanos) {
    long luceneNanos() {
      return indexNanos + commitNanos;
    }
  }

  private BaselineIndexer() {}

  static Result run(Path pipelineIndex, Path target, double ramBufferMb) throws IOException {
    MinHasher hasher = new MinHasher(DedupOptions.DEFAULTS);
    FacetsConfig facets = IndexSchema.facetsConfig();
    long read = 0;
    long index = 0;
    long docs = 0;
    try (Directory source = FSDirectory.open(pipelineIndex);
        DirectoryReader reader = DirectoryReader.open(source);
        Directory dir = FSDirectory.open(target);
        Analyzer analyzer = IndexSchema.analyzer();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(ramBufferMb)
            .setCommitOnClose(false))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          long t0 = System.nanoTime();
          Document doc = stored.document(d);
          StoredDocument s = IndexSchema.read(doc);
          BytesRef bytes = doc.getBinaryValue(IndexSchema.STORY_SIGNATURE);
          Signature signature = hasher.fromBytes(
              Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
          long t1 = System.nanoTime();
          writer.addDocument(facets.build(IndexSchema.document(s.indexed(), s.storyId(), signature, s.indexedAt())));
          long t2 = System.nanoTime();
          read += t1 - t0;
          index += t2 - t1;
          docs++;
        }
      }
      long c0 = System.nanoTime();
      writer.commit();
      return new Result(docs, read, index, System.nanoTime() - c0);
    }
  }
}
