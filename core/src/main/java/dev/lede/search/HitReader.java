package dev.lede.search;

import dev.lede.extract.Article;
import dev.lede.index.IndexSchema;
import dev.lede.index.StoredDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Stored documents -> {@link Hit}s and story members. */
final class HitReader {
  private static final int MAX_STORY_MEMBERS = 100;
  private static final Set<String> ID_FIELDS = Set.of(IndexSchema.ID, IndexSchema.STORY);

  private HitReader() {}

  /**
   * Hits for docs as the request asks (snippets, ids only, other versions when collapsed); {@code query} null means
   * browsing (lead sentences instead of highlights).
   */
  static List<Hit> hits(IndexSearcher searcher, Analyzer analyzer, Query query, List<? extends ScoreDoc> docs,
      SearchRequest request) throws IOException {
    boolean relevance = request.sort() == SortOrder.RELEVANCE;
    if (request.idsOnly()) {
      return ids(searcher, docs, relevance);
    }
    int[] ids = docs.stream().mapToInt(d -> d.doc).toArray();
    // Each hit's stored document is read once: the highlighter takes its title and body from these.
    StoredFields fields = searcher.storedFields();
    Document[] read = new Document[ids.length];
    for (int i = 0; i < ids.length; i++) {
      read[i] = fields.document(ids[i]);
    }
    List<Snippets.Highlights> highlights = query == null || ids.length == 0 || request.snippets() == 0
        ? null : Snippets.highlight(searcher, analyzer, query, ids, read, request.snippets());
    List<Hit> hits = new ArrayList<>(docs.size());
    for (int i = 0; i < ids.length; i++) {
      StoredDocument stored = IndexSchema.read(read[i]);
      Article a = stored.indexed().article();
      List<Fragment> title = highlights != null && !highlights.get(i).title().isEmpty()
          ? highlights.get(i).title()
          : a.title() == null ? List.of() : List.of(new Fragment(a.title(), false));
      List<Snippet> snippets = highlights != null && !highlights.get(i).body().isEmpty()
          ? highlights.get(i).body()
          : request.snippets() == 0 ? List.of() : Snippets.lead(a.paragraphs());
      List<StoryMember> others = request.collapseStories()
          ? otherMembers(searcher, stored.storyId(), a.id()) : List.of();
      hits.add(new Hit(a.id(), a.title(), title, a.source(), a.wire(), a.authors(), a.published(), a.url(),
          a.language(), stored.indexed().entities(), snippets, stored.storyId(), others,
          score(docs.get(i), relevance)));
    }
    return hits;
  }

  /** Hits with id, story id and score only: two stored fields read per hit instead of the whole article. */
  private static List<Hit> ids(IndexSearcher searcher, List<? extends ScoreDoc> docs, boolean relevance)
      throws IOException {
    List<Hit> hits = new ArrayList<>(docs.size());
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc d : docs) {
      Document doc = fields.document(d.doc, ID_FIELDS);
      hits.add(new Hit(doc.get(IndexSchema.ID), null, List.of(), null, null, List.of(), null, null, null, null,
          List.of(), doc.get(IndexSchema.STORY), List.of(), score(d, relevance)));
    }
    return hits;
  }

  private static float score(ScoreDoc d, boolean relevance) {
    return relevance && d instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : Float.NaN;
  }

  /** The story's members other than {@code exceptId}, oldest first. */
  static List<StoryMember> otherMembers(IndexSearcher searcher, String storyId, String exceptId)
      throws IOException {
    return StoryMembers.others(searcher, storyId, exceptId, MAX_STORY_MEMBERS);
  }
}
