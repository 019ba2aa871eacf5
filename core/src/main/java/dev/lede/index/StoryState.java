package dev.lede.index;

import dev.lede.dedup.MinHasher;
import dev.lede.dedup.Signature;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import dev.lede.extract.Published;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The writer's view of ids, signatures and stories: the last near-real-time reader plus an overlay of what was
 * written or deleted since it was opened (reopening a reader per article would flush a segment per article).
 */
final class StoryState {
  /**
   * One article as far as clustering is concerned. Members read from the index carry no article ({@code indexed}
   * is null) until one has to be rewritten: deciding stories needs only doc values.
   *
   * @param published the canonical-member key: publication epoch millis, {@link Long#MAX_VALUE} when undated
   */
  record Member(String id, Signature signature, String storyId, long published, Instant indexedAt,
      IndexedArticle indexed) {
    /** Earliest published first, undated last, then by id: {@link dev.lede.dedup.StoryClusterer#CANONICAL_FIRST}. */
    static final java.util.Comparator<Member> CANONICAL_FIRST =
        java.util.Comparator.comparingLong(Member::published).thenComparing(Member::id);

    static Member of(IndexedArticle indexed, Signature signature, String storyId, Instant indexedAt) {
      Published p = indexed.article().published();
      return new Member(indexed.id(), signature, storyId, p == null ? Long.MAX_VALUE : p.epochMillis(), indexedAt,
          indexed);
    }

    Member withStory(String story) {
      return new Member(id, signature, story, published, indexedAt, indexed);
    }
  }

  private final MinHasher hasher;
  private DirectoryReader reader;
  private final Map<String, Member> pending = new HashMap<>();
  private final Set<String> overridden = new HashSet<>();
  private final Map<String, Set<String>> pendingBands = new HashMap<>();
  private final Map<String, Set<String>> pendingStories = new HashMap<>();
  /** Per segment (by its core key, which survives reopening): the band keys it may have. */
  private final Map<Object, Optional<BandFilter>> bandFilters = new HashMap<>();

  StoryState(MinHasher hasher, DirectoryReader reader) {
    this.hasher = hasher;
    this.reader = reader;
  }

  /** Switches to a fresher reader that contains everything in the overlay, and clears the overlay. */
  void reset(DirectoryReader fresh) {
    reader = fresh;
    Set<Object> live = new HashSet<>();
    for (LeafReaderContext leaf : fresh.leaves()) {
      live.add(segmentKey(leaf.reader()));
    }
    bandFilters.keySet().retainAll(live); // merged-away segments
    pending.clear();
    overridden.clear();
    pendingBands.clear();
    pendingStories.clear();
  }

  DirectoryReader reader() {
    return reader;
  }

  int pendingSize() {
    return pending.size() + overridden.size();
  }

  Member get(String id) throws IOException {
    Member m = pending.get(id);
    if (m != null || overridden.contains(id)) {
      return m;
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      int doc = firstLiveDoc(leaf.reader(), IndexSchema.ID, id);
      if (doc >= 0) {
        return fromDocValues(leaf.reader(), doc, id);
      }
    }
    return null;
  }

  /** The member with its article loaded from stored fields when it came from doc values. */
  Member full(Member m) throws IOException {
    if (m.indexed() != null) {
      return m;
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      int doc = firstLiveDoc(leaf.reader(), IndexSchema.ID, m.id());
      if (doc >= 0) {
        return load(leaf.reader(), doc).withStory(m.storyId());
      }
    }
    throw new IllegalStateException("article " + m.id() + " is neither pending nor in the writer's reader");
  }

  void put(Member m) {
    remove(m.id());
    pending.put(m.id(), m);
    for (String key : m.signature().bandKeys()) {
      pendingBands.computeIfAbsent(key, k -> new HashSet<>()).add(m.id());
    }
    pendingStories.computeIfAbsent(m.storyId(), k -> new HashSet<>()).add(m.id());
  }

  void remove(String id) {
    overridden.add(id);
    Member old = pending.remove(id);
    if (old != null) {
      for (String key : old.signature().bandKeys()) {
        pendingBands.getOrDefault(key, new HashSet<>()).remove(id);
      }
      pendingStories.getOrDefault(old.storyId(), new HashSet<>()).remove(id);
    }
  }

  /**
   * Ids of articles sharing LSH band keys with the signature, those sharing most first (more shared bands means
   * a higher similarity), at most {@code limit}.
   */
  List<String> candidates(Signature signature, int limit) throws IOException {
    Map<String, Integer> shared = new HashMap<>();
    List<BytesRef> keys = new ArrayList<>();
    for (String key : signature.bandKeys()) {
      keys.add(new BytesRef(key));
      for (String id : pendingBands.getOrDefault(key, Set.of())) {
        shared.merge(id, 1, Integer::sum);
      }
    }
    keys.sort(null); // one terms enum per segment, walked forward
    long[] hashes = new long[keys.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = BandFilter.hash(keys.get(i));
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      BandFilter filter = bandFilter(r);
      if (filter == null) {
        continue;
      }
      TermsEnum te = null;
      Bits live = r.getLiveDocs();
      PostingsEnum postings = null;
      Map<Integer, Integer> perDoc = new TreeMap<>();
      for (int i = 0; i < hashes.length; i++) {
        if (!filter.mayContain(hashes[i])) {
          continue;
        }
        if (te == null) {
          te = r.terms(IndexSchema.STORY_BAND).iterator();
        }
        BytesRef key = keys.get(i);
        if (te.seekExact(key)) {
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              perDoc.merge(doc, 1, Integer::sum);
            }
          }
        }
      }
      if (perDoc.isEmpty()) {
        continue;
      }
      SortedDocValues ids = r.getSortedDocValues(IndexSchema.ID);
      for (Map.Entry<Integer, Integer> e : perDoc.entrySet()) { // ascending docs: doc values advance forward
        if (ids != null && ids.advanceExact(e.getKey())) {
          String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          if (!overridden.contains(id)) {
            shared.merge(id, e.getValue(), Integer::sum);
          }
        }
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The segment's band filter, built on first use; null when the segment has no band keys. */
  private BandFilter bandFilter(LeafReader r) throws IOException {
    Object key = segmentKey(r);
    Optional<BandFilter> filter = bandFilters.get(key);
    if (filter == null) {
      filter = Optional.ofNullable(BandFilter.of(r));
      bandFilters.put(key, filter);
    }
    return filter.orElse(null);
  }

  /** What identifies a segment's postings across reopens: its core key, else the reader itself. */
  private static Object segmentKey(LeafReader r) {
    LeafReader.CacheHelper helper = r.getCoreCacheHelper();
    return helper == null ? r : helper.getKey();
  }

  /** Ids of the current members of a story. */
  Set<String> members(String storyId) throws IOException {
    Set<String> ids = idsWithTerms(IndexSchema.STORY, List.of(storyId));
    ids.addAll(pendingStories.getOrDefault(storyId, Set.of()));
    return ids;
  }

  private Set<String> idsWithTerms(String field, Collection<String> values) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Terms terms = r.terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      Bits live = r.getLiveDocs();
      PostingsEnum postings = null;
      for (String value : values) {
        if (!te.seekExact(new BytesRef(value))) {
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        SortedDocValues idValues = r.getSortedDocValues(IndexSchema.ID);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          if (idValues.advanceExact(doc)) {
            String id = idValues.lookupOrd(idValues.ordValue()).utf8ToString();
            if (!overridden.contains(id)) {
              ids.add(id);
            }
          }
        }
      }
    }
    return ids;
  }

  private static int firstLiveDoc(LeafReader r, String field, String value) throws IOException {
    Terms terms = r.terms(field);
    if (terms == null) {
      return -1;
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(new BytesRef(value))) {
      return -1;
    }
    PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
    Bits live = r.getLiveDocs();
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      if (live == null || live.get(doc)) {
        return doc;
      }
    }
    return -1;
  }

  /** Story, date, indexing time and signature from doc values; stored fields for segments written without them. */
  private Member fromDocValues(LeafReader r, int doc, String id) throws IOException {
    BinaryDocValues signatures = r.getBinaryDocValues(IndexSchema.STORY_SIGNATURE);
    SortedDocValues stories = r.getSortedDocValues(IndexSchema.STORY);
    if (signatures == null || !signatures.advanceExact(doc) || stories == null || !stories.advanceExact(doc)) {
      return load(r, doc);
    }
    Signature signature;
    try {
      signature = hasher.fromBytes(BytesRef.deepCopyOf(signatures.binaryValue()).bytes);
    } catch (IllegalArgumentException e) {
      return load(r, doc); // written with other dedup options: recompute from the body
    }
    NumericDocValues published = r.getNumericDocValues(IndexSchema.PUBLISHED);
    NumericDocValues indexedAt = r.getNumericDocValues(IndexSchema.INDEXED_AT);
    long when = published != null && published.advanceExact(doc) ? published.longValue() : Long.MAX_VALUE;
    Instant at = indexedAt != null && indexedAt.advanceExact(doc)
        ? Instant.ofEpochMilli(indexedAt.longValue()) : Instant.EPOCH;
    return new Member(id, signature, stories.lookupOrd(stories.ordValue()).utf8ToString(), when, at, null);
  }

  private Member load(LeafReader r, int doc) throws IOException {
    Document document = r.storedFields().document(doc);
    StoredDocument stored = ArticleDocuments.read(document);
    Signature signature;
    try {
      BytesRef bytes = document.getBinaryValue(IndexSchema.STORY_SIGNATURE);
      signature = bytes == null
          ? hasher.signature(stored.indexed().article().body())
          : hasher.fromBytes(BytesRef.deepCopyOf(bytes).bytes);
    } catch (IllegalArgumentException e) {
      // written with other dedup options: recompute
      signature = hasher.signature(stored.indexed().article().body());
    }
    return Member.of(stored.indexed(), signature, stored.storyId(), stored.indexedAt());
  }
}
