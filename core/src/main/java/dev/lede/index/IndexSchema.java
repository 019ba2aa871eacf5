package dev.lede.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The Lucene schema of a Lede index: every field name, the facet dimensions, the analysis chain and the schema
 * version, defined once.
 *
 * <h2>Fields</h2>
 * <table>
 *   <caption>fields and how they map to Solr</caption>
 *   <tr><th>name</th><th>Lucene</th><th>Solr equivalent</th></tr>
 *   <tr><td>{@value #ID}</td><td>StringField, stored, sorted doc values</td><td>string, uniqueKey, docValues</td></tr>
 *   <tr><td>{@value #TITLE}, {@value #STANDFIRST}</td><td>text, stored, offsets in postings</td>
 *       <td>text_lede (storeOffsetsWithPositions)</td></tr>
 *   <tr><td>{@value #BODY}</td><td>text, one value per paragraph, stored, offsets in postings</td>
 *       <td>text_lede multiValued, positionIncrementGap=100</td></tr>
 *   <tr><td>{@value #SOURCE}, {@value #WIRE}, {@value #AUTHOR}, {@value #PERSON}, {@value #PLACE}, {@value #ORG},
 *       {@value #LANGUAGE}</td><td>StringField (exact filter), stored, SortedSetDocValuesFacetField</td>
 *       <td>string multiValued docValues (facet.field)</td></tr>
 *   <tr><td>{@value #SOURCE_TEXT}, {@value #WIRE_TEXT}, {@value #AUTHOR_TEXT}, {@value #PERSON_TEXT},
 *       {@value #PLACE_TEXT}, {@value #ORG_TEXT}, {@value #ENTITY_TEXT}</td><td>text, not stored</td>
 *       <td>copyField into text_lede</td></tr>
 *   <tr><td>{@value #PUBLISHED}</td><td>LongPoint + NumericDocValues (epoch ms) + stored ISO string</td>
 *       <td>pdate docValues stored</td></tr>
 *   <tr><td>{@value #DAY}</td><td>LongPoint + NumericDocValues: the local publication date as epoch day</td>
 *       <td>plong docValues</td></tr>
 *   <tr><td>{@value #DATE_FACET}</td><td>hierarchical facet year/month/day</td><td>facet.range on DAY</td></tr>
 *   <tr><td>{@value #STORY}</td><td>StringField, stored, sorted doc values</td><td>string docValues (collapse)</td></tr>
 *   <tr><td>{@value #STORY_MEMBER}</td><td>binary doc values: title, source, publication time</td>
 *       <td>(read from stored fields)</td></tr>
 *   <tr><td>{@value #STORY_BAND}</td><td>StringField, not stored: MinHash LSH band keys</td><td>string</td></tr>
 *   <tr><td>{@value #CONTENT_HASH}, {@value #INDEXED_AT}</td><td>stored + doc values</td><td>string/plong docValues</td></tr>
 *   <tr><td>{@value #URL}, {@value #PATH}, {@value #NOTES}</td><td>stored only</td><td>string indexed=false</td></tr>
 * </table>
 *
 * <h2>Analysis ("text_lede")</h2>
 * StandardTokenizer, EnglishPossessiveFilter, LowerCaseFilter, ASCIIFoldingFilter, EnglishMinimalStemFilter. No
 * stop words: news queries are full of meaningful short words ("The Who", "to be or not to be", "US") and BM25
 * already discounts frequent terms, so phrases match exactly what was written. Only the minimal (plural) stemmer:
 * "missiles" finds "missile", but "organization" does not find "organ", which journalists searching for exact
 * wording would not expect. ASCII folding makes "Zelenskyy"/"Zelénskyy" and typographic variants meet.
 * Positions and offsets are indexed so phrases, proximity and the UnifiedHighlighter work without re-analysis.
 *
 * <p>Facets are {@code SortedSetDocValuesFacetField}s in the main index (no taxonomy index), so one commit is
 * atomic. The schema version is written into every commit's user-data under {@link #SCHEMA_VERSION_KEY}; a
 * reader or the reindex job rebuilds from scratch when it differs from {@link #SCHEMA_VERSION}.
 */
public final class IndexSchema {
  /** Bump whenever a field, its analysis or the story rule changes incompatibly: a full rebuild is needed. */
  public static final int SCHEMA_VERSION = 2;

  /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
  public static final String SCHEMA_VERSION_KEY = "lede.schema_version";
  /** Commit user-data key holding the number of live documents at commit time. */
  public static final String DOC_COUNT_KEY = "lede.doc_count";
  /** Commit user-data key holding the commit time (ISO-8601 instant). */
  public static final String COMMITTED_AT = "lede.committed_at";

  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String STANDFIRST = "standfirst";
  public static final String BODY = "body";
  public static final String SOURCE = "source";
  public static final String WIRE = "wire";
  public static final String AUTHOR = "author";
  public static final String PERSON = "person";
  public static final String PLACE = "place";
  public static final String ORG = "org";
  public static final String LANGUAGE = "language";
  public static final String SOURCE_TEXT = "source_text";
  public static final String WIRE_TEXT = "wire_text";
  public static final String AUTHOR_TEXT = "author_text";
  public static final String PERSON_TEXT = "person_text";
  public static final String PLACE_TEXT = "place_text";
  public static final String ORG_TEXT = "org_text";
  /** All entity names of the article, analyzed, so unfielded queries also match entities. */
  public static final String ENTITY_TEXT = "entity_text";
  public static final String PUBLISHED = "published";
  public static final String DAY = "day";
  /** Hierarchical facet dimension year / month / day of the local publication date. */
  public static final String DATE_FACET = "date";
  public static final String STORY = "story";
  public static final String STORY_BAND = "story_band";
  /**
   * MinHash signature, stored and as binary doc values, so story clusters can be re-evaluated without re-hashing
   * bodies or loading stored documents.
   */
  public static final String STORY_SIGNATURE = "story_signature";
  /**
   * Binary doc values: title, source and publication time as stored ({@link #memberValue}), so that the other
   * versions of a story are listed without decompressing a stored document per member.
   */
  public static final String STORY_MEMBER = "story_member";
  public static final String CONTENT_HASH = "content_hash";
  public static final String INDEXED_AT = "indexed_at";
  public static final String URL = "url";
  public static final String PATH = "path";
  public static final String NOTES = "notes";

  /** The keyword facet dimensions (their facet dimension name equals the field name). */
  public static final java.util.List<String> FACET_FIELDS =
      java.util.List.of(SOURCE, WIRE, AUTHOR, PERSON, PLACE, ORG, LANGUAGE);

  /**
   * How a field is indexed, in terms another engine can reproduce (the OpenSearch mapping is generated from
   * {@link #FIELDS}).
   */
  public enum FieldKind {
    /** An exact value: filters, facets, sorting, collapsing (Lucene StringField + doc values). */
    KEYWORD,
    /** Analysed with "text_lede", stored, with offsets for highlighting. */
    TEXT,
    /** Analysed with "text_lede", not stored: a searchable copy of keyword fields ({@link FieldSpec#copyTo()}). */
    TEXT_COPY,
    /** The publication time, as written ({@code 2022-11-14} or {@code 2022-11-09T15:36-05:00}). */
    PUBLISHED,
    /** The local publication date ({@code 2022-11-14}); epoch day in Lucene. */
    DAY,
    /** An instant in epoch milliseconds. */
    EPOCH_MILLIS,
    /** Kept with the document, not searchable. */
    STORED,
    /** Lucene-specific machinery (facet ordinals, near-duplicate bands, signatures) another engine does not need. */
    LUCENE_ONLY
  }

  /**
   * One field of the schema.
   *
   * @param name the field name
   * @param kind how it is indexed
   * @param copyTo {@link FieldKind#TEXT_COPY} fields that also receive its values
   */
  public record FieldSpec(String name, FieldKind kind, java.util.List<String> copyTo) {
    public FieldSpec {
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(kind, "kind");
      copyTo = java.util.List.copyOf(copyTo);
    }

    static FieldSpec of(String name, FieldKind kind, String... copyTo) {
      return new FieldSpec(name, kind, java.util.List.of(copyTo));
    }
  }

  /** Every field of a Lede document, once: the Lucene writer and the OpenSearch mapping follow this list. */
  public static final java.util.List<FieldSpec> FIELDS = java.util.List.of(
      FieldSpec.of(ID, FieldKind.KEYWORD),
      FieldSpec.of(TITLE, FieldKind.TEXT),
      FieldSpec.of(STANDFIRST, FieldKind.TEXT),
      FieldSpec.of(BODY, FieldKind.TEXT),
      FieldSpec.of(SOURCE, FieldKind.KEYWORD, SOURCE_TEXT),
      FieldSpec.of(WIRE, FieldKind.KEYWORD, WIRE_TEXT),
      FieldSpec.of(AUTHOR, FieldKind.KEYWORD, AUTHOR_TEXT),
      FieldSpec.of(PERSON, FieldKind.KEYWORD, PERSON_TEXT, ENTITY_TEXT),
      FieldSpec.of(PLACE, FieldKind.KEYWORD, PLACE_TEXT, ENTITY_TEXT),
      FieldSpec.of(ORG, FieldKind.KEYWORD, ORG_TEXT, ENTITY_TEXT),
      FieldSpec.of(LANGUAGE, FieldKind.KEYWORD),
      FieldSpec.of(SOURCE_TEXT, FieldKind.TEXT_COPY),
      FieldSpec.of(WIRE_TEXT, FieldKind.TEXT_COPY),
      FieldSpec.of(AUTHOR_TEXT, FieldKind.TEXT_COPY),
      FieldSpec.of(PERSON_TEXT, FieldKind.TEXT_COPY),
      FieldSpec.of(PLACE_TEXT, FieldKind.TEXT_COPY),
      FieldSpec.of(ORG_TEXT, FieldKind.TEXT_COPY),
      FieldSpec.of(ENTITY_TEXT, FieldKind.TEXT_COPY),
      FieldSpec.of(PUBLISHED, FieldKind.PUBLISHED),
      FieldSpec.of(DAY, FieldKind.DAY),
      FieldSpec.of(DATE_FACET, FieldKind.LUCENE_ONLY),
      FieldSpec.of(STORY, FieldKind.KEYWORD),
      FieldSpec.of(STORY_BAND, FieldKind.LUCENE_ONLY),
      FieldSpec.of(STORY_SIGNATURE, FieldKind.LUCENE_ONLY),
      FieldSpec.of(STORY_MEMBER, FieldKind.LUCENE_ONLY),
      FieldSpec.of(CONTENT_HASH, FieldKind.KEYWORD),
      FieldSpec.of(INDEXED_AT, FieldKind.EPOCH_MILLIS),
      FieldSpec.of(URL, FieldKind.STORED),
      FieldSpec.of(PATH, FieldKind.STORED),
      FieldSpec.of(NOTES, FieldKind.STORED));

  /**
   * The longest keyword value (id, source, wire, author, entity name, language) the index takes, in UTF-8 bytes. Lucene
   * refuses terms over 32,766 bytes, and such a term would fail the whole indexing run at commit rather than the one
   * document; no real name comes near this bound, so a value over it is broken input.
   */
  public static final int MAX_KEYWORD_BYTES = 4096;

  private IndexSchema() {}

  /**
   * Checks that the article fits the schema's limits, before anything is indexed.
   *
   * @throws IllegalArgumentException naming the field (not its value) when a keyword value is longer than
   *     {@link #MAX_KEYWORD_BYTES}
   */
  public static void check(IndexedArticle article) {
    ArticleDocuments.checkKeywords(article);
  }

  /**
   * The analyzer for writing and querying: text fields use the analysis above, keyword fields are untouched. Create
   * one per writer or searcher and close it with them.
   */
  public static Analyzer analyzer() {
    Analyzer text = new TextAnalyzer();
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (String f : java.util.List.of(ID, SOURCE, WIRE, AUTHOR, PERSON, PLACE, ORG, LANGUAGE, STORY, STORY_BAND)) {
      perField.put(f, new KeywordAnalyzer());
    }
    return new PerFieldAnalyzerWrapper(text, perField);
  }

  /** The facets configuration: multi-valued keyword dimensions and the hierarchical date dimension. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACET_FIELDS) {
      config.setMultiValued(dim, true);
    }
    config.setHierarchical(DATE_FACET, true);
    return config;
  }

  /** The {@link #STORY_MEMBER} value of an article: title, source and publication time, NUL-separated. */
  public static org.apache.lucene.util.BytesRef memberValue(dev.lede.extract.Article a) {
    return new org.apache.lucene.util.BytesRef(part(a.title()) + MEMBER_SEPARATOR + part(a.source())
        + MEMBER_SEPARATOR + (a.published() == null ? "" : a.published().toString()));
  }

  /** The title, source and stored publication time of a {@link #STORY_MEMBER} value; each null when absent. */
  public static String[] memberParts(org.apache.lucene.util.BytesRef value) {
    String[] parts = value.utf8ToString().split(String.valueOf(MEMBER_SEPARATOR), -1);
    String[] out = new String[3];
    for (int i = 0; i < out.length && i < parts.length; i++) {
      out[i] = parts[i].isEmpty() ? null : parts[i];
    }
    return out;
  }

  private static final char MEMBER_SEPARATOR = '\u0000';

  private static String part(String value) {
    return value == null ? "" : value.replace(MEMBER_SEPARATOR, ' ');
  }

  /** Rebuilds the article, entities and story id from a stored document of this schema. */
  public static StoredDocument read(Document document) {
    return ArticleDocuments.read(document);
  }

  /**
   * Puts {@code id -> content hash} of every live document of {@code reader} into {@code into}, read from doc
   * values (no stored fields), and returns {@code into}. What incremental reindexing compares against.
   */
  public static <M extends Map<String, String>> M contentHashes(IndexReader reader, M into) throws java.io.IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues ids = leaf.reader().getSortedDocValues(ID);
      SortedDocValues hashes = leaf.reader().getSortedDocValues(CONTENT_HASH);
      if (ids == null || hashes == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if ((live == null || live.get(doc)) && hashes.advanceExact(doc)) {
          into.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashes.lookupOrd(hashes.ordValue()).utf8ToString());
        }
      }
    }
    return into;
  }

  /**
   * The Lucene document (before {@link #facetsConfig()}{@code .build}) that the index writer makes for an article
   * with a given story id, signature and indexing time. For tools that must index exactly our schema without our
   * writer, such as the plain-Lucene baseline of the benchmark.
   */
  public static Document document(IndexedArticle article, String storyId, dev.lede.dedup.Signature signature,
      java.time.Instant indexedAt) {
    return ArticleDocuments.build(article, storyId, signature, indexedAt);
  }
}
