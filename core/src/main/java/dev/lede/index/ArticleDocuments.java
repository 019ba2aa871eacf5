package dev.lede.index;

import org.apache.lucene.document.Document;

final class ArticleDocuments {
  static StoredDocument read(Document d) { throw new UnsupportedOperationException(); }
}
