package dev.lede.search;

import dev.lede.extract.Published;
import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A story's members read from the story term's postings and doc values, never from stored documents: listing the
 * other versions of twenty hits used to decompress a stored-fields block per member (the largest item of a results
 * page's profile), and deciding whether a hit heads its story used to run the whole query once per hit, repeating
 * every segment's set-up. Here the members of many stories are checked against one {@link Weight}, segment by
 * segment, in document order.
 */
final class StoryMembers {
  private StoryMembers() {}

  /** The live documents of the story (global doc ids, ascending). */
  static List<Integer> docs(IndexSearcher searcher, String story) throws IOException {
    List<Integer> docs = new ArrayList<>();
    BytesRef term = new BytesRef(story);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(IndexSchema.STORY);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) {
          docs.add(leaf.docBase + d);
        }
      }
    }
    return docs;
  }

  /**
   * The live members of a story that may have others (global doc ids, ascending); empty for a story of one, which
   * the term's document frequency tells without reading its postings.
   */
  private static List<Integer> members(IndexSearcher searcher, String story) throws IOException {
    return story == null || searcher.getIndexReader().docFreq(new Term(IndexSchema.STORY, story)) <= 1
        ? List.of() : docs(searcher, story);
  }

  /** The story's members other than {@code exceptId}, oldest first (undated last), at most {@code max}. */
  static List<StoryMember> others(IndexSearcher searcher, String story, String exceptId, int max)
      throws IOException {
    List<Integer> docs = members(searcher, story);
    if (docs.size() <= 1) {
      return List.of();
    }
    // ids compared as the index sorts them (UTF-8 bytes), not as Java strings
    record Read(long published, BytesRef id, StoryMember member) {}
    List<Read> read = new ArrayList<>(docs.size());
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    SortedDocValues ids = null;
    NumericDocValues published = null;
    BinaryDocValues members = null;
    for (int doc : docs) { // ascending, so each leaf's doc values are read forwards
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
        published = leaf.reader().getNumericDocValues(IndexSchema.PUBLISHED);
        members = leaf.reader().getBinaryDocValues(IndexSchema.STORY_MEMBER);
      }
      int d = doc - leaf.docBase;
      BytesRef idBytes = ids != null && ids.advanceExact(d) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()))
          : new BytesRef();
      String id = idBytes.utf8ToString();
      long millis = published != null && published.advanceExact(d) ? published.longValue() : Long.MAX_VALUE;
      StoryMember member = members != null && members.advanceExact(d)
          ? member(id, IndexSchema.memberParts(members.binaryValue()))
          : stored(searcher, doc); // an index written before members had doc values
      read.add(new Read(millis, idBytes, member));
    }
    read.sort(Comparator.comparingLong(Read::published).thenComparing(Read::id));
    List<StoryMember> out = new ArrayList<>();
    for (Read r : read.subList(0, Math.min(max, read.size()))) {
      if (!r.member().id().equals(exceptId)) {
        out.add(r.member());
      }
    }
    return out;
  }

  private static StoryMember member(String id, String[] parts) {
    return new StoryMember(id, parts[0], parts[1], Published.parse(parts[2]));
  }

  private static StoryMember stored(IndexSearcher searcher, int doc) throws IOException {
    Document d = searcher.storedFields().document(doc, java.util.Set.of(IndexSchema.ID, IndexSchema.TITLE,
        IndexSchema.SOURCE, IndexSchema.PUBLISHED));
    return new StoryMember(d.get(IndexSchema.ID), d.get(IndexSchema.TITLE), d.get(IndexSchema.SOURCE),
        Published.parse(d.get(IndexSchema.PUBLISHED)));
  }

  /**
   * For each hit, whether it is the first member of its story among the query's matches in the request's order
   * (a hit alone in its story always is). {@code stories} are the hits' story ids, as the caller read them. One
   * weight for all hits; each segment that holds members is visited once.
   */
  static boolean[] heads(IndexSearcher searcher, Query query, SortOrder order, List<FieldDoc> hits,
      List<String> stories) throws IOException {
    boolean[] heads = new boolean[hits.size()];
    List<List<Integer>> members = new ArrayList<>(hits.size());
    TreeSet<Integer> all = new TreeSet<>();
    for (int i = 0; i < hits.size(); i++) {
      List<Integer> docs = members(searcher, stories.get(i));
      heads[i] = docs.size() <= 1;
      members.add(docs);
      if (!heads[i]) {
        all.addAll(docs);
      }
    }
    if (all.isEmpty()) {
      return heads;
    }
    Map<Integer, Key> matching = matching(searcher, query, order, all);
    for (int i = 0; i < hits.size(); i++) {
      if (heads[i]) {
        continue;
      }
      int self = hits.get(i).doc;
      Key own = matching.get(self);
      boolean first = true;
      for (int doc : members.get(i)) {
        Key other = matching.get(doc);
        if (doc != self && other != null && (own == null || other.before(own, order))) {
          first = false;
          break;
        }
      }
      heads[i] = first;
    }
    return heads;
  }

  /** A member's place in the request's order: score or publication time, then id. */
  private record Key(float score, long published, BytesRef id) {
    boolean before(Key o, SortOrder order) {
      int c = switch (order) {
        case RELEVANCE -> Float.compare(o.score, score);
        case NEWEST -> Long.compare(o.published, published);
        case OLDEST -> Long.compare(published, o.published);
      };
      return c != 0 ? c < 0 : id.compareTo(o.id) < 0;
    }
  }

  /** The keys of those docs (global ids, ascending) that match the query. */
  private static Map<Integer, Key> matching(IndexSearcher searcher, Query query, SortOrder order,
      TreeSet<Integer> docs) throws IOException {
    boolean scores = order == SortOrder.RELEVANCE;
    Weight weight = searcher.createWeight(searcher.rewrite(query),
        scores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1f);
    // undated articles come last in either date order, as the pager's sort puts them
    long missing = order == SortOrder.NEWEST ? Long.MIN_VALUE : Long.MAX_VALUE;
    Map<Integer, Key> keys = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int at = 0;
    Integer[] sorted = docs.toArray(new Integer[0]);
    while (at < sorted.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[at], leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      Scorer scorer = weight.scorer(leaf);
      SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
      NumericDocValues published = scores ? null : leaf.reader().getNumericDocValues(IndexSchema.PUBLISHED);
      TwoPhaseIterator twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
      DocIdSetIterator it = scorer == null ? null : twoPhase != null ? twoPhase.approximation() : scorer.iterator();
      for (; at < sorted.length && sorted[at] < end; at++) {
        int d = sorted[at] - leaf.docBase;
        if (it == null || (it.docID() < d && it.advance(d) != d) || it.docID() != d
            || (twoPhase != null && !twoPhase.matches())) {
          continue;
        }
        float score = scores ? scorer.score() : 0f;
        long millis = published != null && published.advanceExact(d) ? published.longValue() : missing;
        BytesRef id = ids != null && ids.advanceExact(d) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()))
            : new BytesRef();
        keys.put(sorted[at], new Key(score, millis, id));
      }
    }
    return keys;
  }
}
