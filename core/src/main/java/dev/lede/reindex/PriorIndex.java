package dev.lede.reindex;

import dev.lede.index.IndexSchema;
import dev.lede.index.IndexedArticle;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A read-only view of the last commit of the active generation, as it was when the run started: which ids it holds
 * with which content hash, and (for documents of failed files) their stored path and content.
 */
final class PriorIndex implements Closeable {
  private final Directory directory;
  private final DirectoryReader reader;

  private PriorIndex(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
  }

  /** No previous index. */
  static PriorIndex empty() {
    return new PriorIndex(null, null);
  }

  static PriorIndex open(Path generation) throws IOException {
    Directory directory = FSDirectory.open(generation);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        return empty();
      }
      return new PriorIndex(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  int docCount() {
    return reader == null ? 0 : reader.numDocs();
  }

  /** A fresh, concurrent {@code id -> content hash} map of every live document. */
  Map<String, String> contentHashes() throws IOException {
    Map<String, String> hashes = new ConcurrentHashMap<>(Math.max(16, docCount() * 2));
    if (reader == null) {
      return hashes;
    }
    return IndexSchema.contentHashes(reader, hashes);
  }

  /** The stored path of a document, or null when it is not in the index. */
  String path(String id) throws IOException {
    Located at = locate(id);
    return at == null ? null : at.leaf.storedFields().document(at.doc, Set.of(IndexSchema.PATH))
        .get(IndexSchema.PATH);
  }

  /** The stored article and entities of a document, or null when it is not in the index. */
  IndexedArticle article(String id) throws IOException {
    Located at = locate(id);
    return at == null ? null : IndexSchema.read(at.leaf.storedFields().document(at.doc)).indexed();
  }

  private record Located(LeafReader leaf, int doc) {}

  private Located locate(String id) throws IOException {
    if (reader == null) {
      return null;
    }
    Term term = new Term(IndexSchema.ID, id);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(IndexSchema.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(new BytesRef(term.text()))) {
        continue;
      }
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          return new Located(leaf.reader(), doc);
        }
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      org.apache.lucene.util.IOUtils.close(reader, directory);
    }
  }
}
