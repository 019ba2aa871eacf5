package dev.lede.web.bench;

import dev.lede.dedup.Signature;
import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.Published;
import dev.lede.index.IndexSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene document of an article in Lede's schema, for the plain-Lucene baseline. It mirrors the field list of
 * {@link IndexSchema} (field names come from there) because core does not expose its document builder; a core hook
 * ({@code IndexSchema.document(...)}) would let the baseline use the very same code.
 */
final class BaselineDocuments {
  private static final FieldType TEXT_WITH_OFFSETS = textType();

  private BaselineDocuments() {}

  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  static Document build(Article a, Entities e, String storyId, Signature signature, long indexedAtMillis) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(a.id())));
    text(doc, IndexSchema.TITLE, a.title());
    text(doc, IndexSchema.STANDFIRST, a.standfirst());
    for (String paragraph : a.paragraphs()) {
      doc.add(new Field(IndexSchema.BODY, paragraph, TEXT_WITH_OFFSETS));
    }
    keywords(doc, IndexSchema.SOURCE, IndexSchema.SOURCE_TEXT, one(a.source()));
    keywords(doc, IndexSchema.WIRE, IndexSchema.WIRE_TEXT, one(a.wire()));
    keywords(doc, IndexSchema.AUTHOR, IndexSchema.AUTHOR_TEXT, a.authors());
    keywords(doc, IndexSchema.PERSON, IndexSchema.PERSON_TEXT, e.people());
    keywords(doc, IndexSchema.PLACE, IndexSchema.PLACE_TEXT, e.places());
    keywords(doc, IndexSchema.ORG, IndexSchema.ORG_TEXT, e.orgs());
    for (List<String> names : List.of(e.people(), e.places(), e.orgs())) {
      for (String name : names) {
        doc.add(new TextField(IndexSchema.ENTITY_TEXT, name, Field.Store.NO));
      }
    }
    keywords(doc, IndexSchema.LANGUAGE, null, one(a.language()));
    published(doc, a.published());
    stored(doc, IndexSchema.URL, a.url());
    stored(doc, IndexSchema.PATH, a.path());
    for (String note : a.notes()) {
      stored(doc, IndexSchema.NOTES, note);
    }
    doc.add(new StoredField(IndexSchema.CONTENT_HASH, a.contentHash()));
    doc.add(new SortedDocValuesField(IndexSchema.CONTENT_HASH, new BytesRef(a.contentHash())));
    doc.add(new StoredField(IndexSchema.INDEXED_AT, indexedAtMillis));
    doc.add(new NumericDocValuesField(IndexSchema.INDEXED_AT, indexedAtMillis));
    doc.add(new StringField(IndexSchema.STORY, storyId, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.STORY, new BytesRef(storyId)));
    doc.add(new StoredField(IndexSchema.STORY_SIGNATURE, signature.toBytes()));
    for (String key : signature.bandKeys()) {
      doc.add(new StringField(IndexSchema.STORY_BAND, key, Field.Store.NO));
    }
    return doc;
  }

  private static List<String> one(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }

  private static void text(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new Field(field, value, TEXT_WITH_OFFSETS));
    }
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  private static void keywords(Document doc, String field, String textField, List<String> values) {
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

  private static void published(Document doc, Published published) {
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
        two(day.getMonthValue()), two(day.getDayOfMonth())));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
