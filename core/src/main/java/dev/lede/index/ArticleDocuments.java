package dev.lede.index;

import dev.lede.dedup.Signature;
import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.Published;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/** Article + entities + story <-> Lucene document, following {@link IndexSchema}. */
final class ArticleDocuments {
  /** Stored text with positions and offsets in postings, for phrases and the UnifiedHighlighter. */
  static final FieldType TEXT_WITH_OFFSETS = textType();

  private ArticleDocuments() {}

  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The document before facet processing (pass it through {@link IndexSchema#facetsConfig()}'s build). */
  static Document build(IndexedArticle indexed, String storyId, Signature signature, Instant indexedAt) {
    Article a = indexed.article();
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(a.id())));
    addText(doc, IndexSchema.TITLE, a.title());
    addText(doc, IndexSchema.STANDFIRST, a.standfirst());
    for (String paragraph : a.paragraphs()) {
      doc.add(new Field(IndexSchema.BODY, paragraph, TEXT_WITH_OFFSETS));
    }
    addKeywords(doc, IndexSchema.SOURCE, IndexSchema.SOURCE_TEXT, listOf(a.source()));
    addKeywords(doc, IndexSchema.WIRE, IndexSchema.WIRE_TEXT, listOf(a.wire()));
    addKeywords(doc, IndexSchema.AUTHOR, IndexSchema.AUTHOR_TEXT, a.authors());
    Entities e = indexed.entities();
    addKeywords(doc, IndexSchema.PERSON, IndexSchema.PERSON_TEXT, e.people());
    addKeywords(doc, IndexSchema.PLACE, IndexSchema.PLACE_TEXT, e.places());
    addKeywords(doc, IndexSchema.ORG, IndexSchema.ORG_TEXT, e.orgs());
    for (List<String> names : List.of(e.people(), e.places(), e.orgs())) {
      for (String name : names) {
        doc.add(new TextField(IndexSchema.ENTITY_TEXT, name, Field.Store.NO));
      }
    }
    addKeywords(doc, IndexSchema.LANGUAGE, null, listOf(a.language()));
    addPublished(doc, a.published());
    addStored(doc, IndexSchema.URL, a.url());
    addStored(doc, IndexSchema.PATH, a.path());
    for (String note : a.notes()) {
      addStored(doc, IndexSchema.NOTES, note);
    }
    doc.add(new StoredField(IndexSchema.CONTENT_HASH, a.contentHash()));
    doc.add(new SortedDocValuesField(IndexSchema.CONTENT_HASH, new BytesRef(a.contentHash())));
    doc.add(new StoredField(IndexSchema.INDEXED_AT, indexedAt.toEpochMilli()));
    doc.add(new NumericDocValuesField(IndexSchema.INDEXED_AT, indexedAt.toEpochMilli()));
    doc.add(new StringField(IndexSchema.STORY, storyId, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.STORY, new BytesRef(storyId)));
    byte[] sig = signature.toBytes();
    doc.add(new StoredField(IndexSchema.STORY_SIGNATURE, sig));
    doc.add(new BinaryDocValuesField(IndexSchema.STORY_SIGNATURE, new BytesRef(sig)));
    doc.add(new BinaryDocValuesField(IndexSchema.STORY_MEMBER, IndexSchema.memberValue(a)));
    for (String key : signature.bandKeys()) {
      doc.add(new StringField(IndexSchema.STORY_BAND, key, Field.Store.NO));
    }
    return doc;
  }

  static void checkKeywords(IndexedArticle indexed) {
    Article a = indexed.article();
    Entities e = indexed.entities();
    checkKeywords(IndexSchema.ID, listOf(a.id()));
    checkKeywords(IndexSchema.SOURCE, listOf(a.source()));
    checkKeywords(IndexSchema.WIRE, listOf(a.wire()));
    checkKeywords(IndexSchema.AUTHOR, a.authors());
    checkKeywords(IndexSchema.PERSON, e.people());
    checkKeywords(IndexSchema.PLACE, e.places());
    checkKeywords(IndexSchema.ORG, e.orgs());
    checkKeywords(IndexSchema.LANGUAGE, listOf(a.language()));
  }

  private static void checkKeywords(String field, List<String> values) {
    for (String value : values) {
      // A UTF-16 unit takes at most 3 UTF-8 bytes: most values need no counting.
      if (value != null && value.length() * 3L > IndexSchema.MAX_KEYWORD_BYTES) {
        int bytes = UnicodeUtil.calcUTF16toUTF8Length(value, 0, value.length());
        if (bytes > IndexSchema.MAX_KEYWORD_BYTES) {
          throw new IllegalArgumentException("the " + field + " value is " + bytes
              + " bytes long; the index takes at most " + IndexSchema.MAX_KEYWORD_BYTES);
        }
      }
    }
  }

  private static List<String> listOf(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }

  private static void addText(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new Field(field, value, TEXT_WITH_OFFSETS));
    }
  }

  private static void addStored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  /** Exact value (filter), stored, facet; plus an analyzed copy for the query language. */
  private static void addKeywords(Document doc, String field, String textField, List<String> values) {
    List<String> seen = new ArrayList<>();
    for (String value : values) {
      if (value == null || value.isBlank() || seen.contains(value)) {
        continue;
      }
      seen.add(value);
      doc.add(new StringField(field, value, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(field, value));
      if (textField != null) {
        doc.add(new TextField(textField, value, Field.Store.NO));
      }
    }
  }

  private static void addPublished(Document doc, Published published) {
    if (published == null) {
      return;
    }
    long millis = published.epochMillis();
    doc.add(new LongPoint(IndexSchema.PUBLISHED, millis));
    doc.add(new NumericDocValuesField(IndexSchema.PUBLISHED, millis));
    doc.add(new StoredField(IndexSchema.PUBLISHED, published.toString()));
    LocalDate day = published.date();
    doc.add(new LongPoint(IndexSchema.DAY, day.toEpochDay()));
    doc.add(new NumericDocValuesField(IndexSchema.DAY, day.toEpochDay()));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.DATE_FACET, String.valueOf(day.getYear()),
        twoDigits(day.getMonthValue()), twoDigits(day.getDayOfMonth())));
  }

  static String twoDigits(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  static StoredDocument read(Document d) {
    Article article = new Article(
        d.get(IndexSchema.ID),
        d.get(IndexSchema.PATH),
        d.get(IndexSchema.URL),
        d.get(IndexSchema.TITLE),
        d.get(IndexSchema.STANDFIRST),
        d.get(IndexSchema.SOURCE),
        d.get(IndexSchema.WIRE),
        List.of(d.getValues(IndexSchema.AUTHOR)),
        Published.parse(d.get(IndexSchema.PUBLISHED)),
        d.get(IndexSchema.LANGUAGE),
        List.of(d.getValues(IndexSchema.BODY)),
        List.of(d.getValues(IndexSchema.NOTES)),
        d.get(IndexSchema.CONTENT_HASH));
    Entities entities = new Entities(
        List.of(d.getValues(IndexSchema.PERSON)),
        List.of(d.getValues(IndexSchema.PLACE)),
        List.of(d.getValues(IndexSchema.ORG)));
    IndexableField at = d.getField(IndexSchema.INDEXED_AT);
    Instant indexedAt = at == null ? Instant.EPOCH : Instant.ofEpochMilli(at.numericValue().longValue());
    return new StoredDocument(new IndexedArticle(article, entities), d.get(IndexSchema.STORY), indexedAt);
  }
}
