package dev.lede.index;

import dev.lede.dedup.MinHasher;
import dev.lede.dedup.Signature;
import dev.lede.index.StoryState.Member;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/** The implementation behind {@link ArticleIndexWriter}. */
final class WriterCore {
  /** Overlay size after which the near-real-time reader is reopened (bounds the memory of pending articles). */
  private static final int MAX_PENDING = 5_000;
  /** Candidates confirmed per article (most shared LSH bands first). */
  private static final int MAX_CANDIDATES = 50;
  /**
   * Largest story re-clustered exactly. A near-duplicate of a bigger story (templated texts) joins no story, and
   * an update or delete in one leaves the other members' ids as they are: bounded work per article.
   */
  static final int MAX_STORY = 200;

  private final Path dir;
  private final Directory directory;
  private final Analyzer analyzer;
  private final FacetsConfig facets = IndexSchema.facetsConfig();
  private final WriterOptions options;
  private final MinHasher hasher;
  private final Clock clock = Clock.systemUTC();
  private final IndexLanes lanes;
  private IndexWriter writer;
  private StoryState state;

  private WriterCore(Path dir, Directory directory, Analyzer analyzer, WriterOptions options) {
    this.dir = dir;
    this.directory = directory;
    this.analyzer = analyzer;
    this.options = options;
    this.hasher = new MinHasher(options.dedup());
    this.lanes = new IndexLanes(options.indexThreads(), "lede-index");
  }

  static WriterCore open(Path dir, WriterOptions options) throws IOException {
    Objects.requireNonNull(options, "options");
    java.nio.file.Files.createDirectories(dir);
    Directory directory = Objects.requireNonNull(options.directory().apply(FSDirectory.open(dir)),
        "the directory wrapper returned null");
    Analyzer analyzer = IndexSchema.analyzer();
    WriterCore core = new WriterCore(dir, directory, analyzer, options);
    try {
      core.openWriter();
      return core;
    } catch (IOException | RuntimeException e) {
      core.lanes.close();
      IOUtils.closeWhileHandlingException(analyzer, directory);
      throw e;
    }
  }

  private void openWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(options.ramBufferMb());
    writer = new IndexWriter(directory, config);
    state = new StoryState(hasher, DirectoryReader.open(writer));
  }

  String upsert(IndexedArticle article, Signature precomputed) throws IOException {
    Objects.requireNonNull(article, "article");
    IndexSchema.check(article);
    Signature signature = precomputed == null ? hasher.signature(article.article().body()) : precomputed;
    if (!hasher.accepts(signature)) {
      throw new IllegalArgumentException("signature was not made with this writer's dedup options");
    }
    maybeReopen();
    String id = article.id();
    Member old = state.get(id);
    state.remove(id);
    Member self = Member.of(article, signature, id, clock.instant());
    List<String> stories = new ArrayList<>();
    if (old != null) {
      stories.add(old.storyId());
    }
    if (options.dedup().enabled() && !signature.tooShort()) {
      for (String candidate : state.candidates(signature, MAX_CANDIDATES)) {
        Member m = state.get(candidate);
        if (m != null && hasher.isNearDuplicate(signature, m.signature()) && !stories.contains(m.storyId())) {
          stories.add(m.storyId());
        }
      }
    }
    if (old == null || state.members(old.storyId()).isEmpty()) {
      String story = join(self, stories);
      if (story != null) {
        return story;
      }
    }
    Map<String, Member> nodes = new LinkedHashMap<>();
    nodes.put(id, self);
    collectMembers(stories, nodes);
    return recluster(nodes, id);
  }

  /**
   * Fast path for an article that leaves no story behind: adding it keeps every component connected, so the
   * joined story's canonical member is the earliest of the article and the stories' canonical members (whose ids
   * are the story ids). Only members of stories whose id changes are rewritten. Null when the fast path does not
   * apply (a story's canonical member is missing), so the caller re-clusters.
   */
  private String join(Member self, List<String> stories) throws IOException {
    Member best = self;
    List<String> joined = new ArrayList<>();
    int size = 1;
    for (String story : stories) {
      java.util.Set<String> ids = state.members(story);
      Member canonical = state.get(story);
      if (canonical == null || !story.equals(canonical.storyId())) {
        return null;
      }
      if (size + ids.size() > MAX_STORY) {
        continue;
      }
      size += ids.size();
      joined.add(story);
      if (Member.CANONICAL_FIRST.compare(canonical, best) < 0) {
        best = canonical;
      }
    }
    String story = best.id();
    for (String other : joined) {
      if (!other.equals(story)) {
        for (String memberId : state.members(other)) {
          Member m = state.get(memberId);
          if (m != null) {
            write(m.withStory(story));
          }
        }
      }
    }
    write(self.withStory(story));
    return story;
  }

  boolean delete(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    maybeReopen();
    Member old = state.get(id);
    IndexWriter w = writer;
    lanes.submit(id, () -> w.deleteDocuments(new Term(IndexSchema.ID, id)));
    state.remove(id);
    if (old == null) {
      return false;
    }
    Map<String, Member> nodes = new LinkedHashMap<>();
    collectMembers(List.of(old.storyId()), nodes);
    recluster(nodes, null);
    return true;
  }

  private void collectMembers(List<String> stories, Map<String, Member> nodes) throws IOException {
    for (String story : stories) {
      java.util.Set<String> ids = state.members(story);
      if (nodes.size() + ids.size() > MAX_STORY) {
        continue;
      }
      for (String memberId : ids) {
        if (!nodes.containsKey(memberId)) {
          Member m = state.get(memberId);
          if (m != null) {
            nodes.put(memberId, m);
          }
        }
      }
    }
  }

  /**
   * Re-clusters the affected articles (single link over estimated similarity), gives each component the id of
   * its canonical member, and rewrites every article whose story changed (always the one being upserted).
   */
  private String recluster(Map<String, Member> nodes, String upserted) throws IOException {
    List<Member> list = new ArrayList<>(nodes.values());
    int[] parent = new int[list.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    if (options.dedup().enabled()) {
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          if (find(parent, i) != find(parent, j)
              && hasher.isNearDuplicate(list.get(i).signature(), list.get(j).signature())) {
            parent[find(parent, i)] = find(parent, j);
          }
        }
      }
    }
    Map<Integer, Member> canonical = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      canonical.merge(find(parent, i), list.get(i), (a, b) ->
          Member.CANONICAL_FIRST.compare(a, b) <= 0 ? a : b);
    }
    String result = null;
    for (int i = 0; i < list.size(); i++) {
      Member m = list.get(i);
      String story = canonical.get(find(parent, i)).id();
      if (m.id().equals(upserted)) {
        result = story;
      }
      if (m.id().equals(upserted) || !story.equals(m.storyId())) {
        write(m.withStory(story));
      }
    }
    return result;
  }

  /** Records the member in the overlay at once; its Lucene document is built and indexed on a lane. */
  private void write(Member member) throws IOException {
    Member m = state.full(member);
    state.put(m);
    IndexWriter w = writer;
    lanes.submit(m.id(), () -> w.updateDocument(new Term(IndexSchema.ID, m.id()),
        facets.build(ArticleDocuments.build(m.indexed(), m.storyId(), m.signature(), m.indexedAt()))));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void maybeReopen() throws IOException {
    if (state.pendingSize() >= MAX_PENDING) {
      reopen();
    }
  }

  /** Makes every change visible to the writer's own reader and clears the overlay. */
  private DirectoryReader reopen() throws IOException {
    lanes.drain();
    DirectoryReader current = state.reader();
    DirectoryReader fresh = DirectoryReader.openIfChanged(current, writer);
    if (fresh != null) {
      state.reset(fresh);
      current.close();
      return fresh;
    }
    state.reset(current);
    return current;
  }

  Map<String, String> contentHashes() throws IOException {
    DirectoryReader reader = reopen();
    return IndexSchema.contentHashes(reader, new HashMap<>(Math.max(16, reader.numDocs() * 2)));
  }

  int docCount() throws IOException {
    return reopen().numDocs();
  }

  /**
   * Merges the segments into as few as hold {@code maxSegmentBytes} each, when there are more; returns the number
   * of segments asked for, or 0 when nothing was merged.
   */
  int mergeSegments(long maxSegmentBytes, long usableBytes) throws IOException {
    DirectoryReader reader = reopen();
    long bytes = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      if (FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment) {
        bytes += segment.getSegmentInfo().sizeInBytes();
      }
    }
    int target = (int) Math.max(1, (bytes + maxSegmentBytes - 1) / maxSegmentBytes);
    // a merge writes the merged segments before it lets go of the old ones: without room for a second copy, the
    // build would fail where it could have been committed unmerged
    if (reader.leaves().size() <= target || usableBytes < bytes + bytes / 10) {
      return 0;
    }
    writer.forceMerge(target);
    return target;
  }

  /** Free bytes on the index folder's file store, for this process. */
  long usableSpace() throws IOException {
    return java.nio.file.Files.getFileStore(dir).getUsableSpace();
  }

  CommitInfo commit(Map<String, String> userData) throws IOException {
    Map<String, String> data = new LinkedHashMap<>();
    if (userData != null) {
      userData.forEach((k, v) -> data.put(Objects.requireNonNull(k, "user-data key"),
          Objects.requireNonNull(v, "user-data value of " + k)));
    }
    Instant now = clock.instant();
    data.put(IndexSchema.SCHEMA_VERSION_KEY, String.valueOf(IndexSchema.SCHEMA_VERSION));
    data.put(IndexSchema.COMMITTED_AT, now.toString());
    data.put(IndexSchema.DOC_COUNT_KEY, String.valueOf(docCount()));
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    return Commits.read(dir).orElseThrow(() -> new IOException("commit not found after committing in " + dir));
  }

  void rollback() throws IOException {
    DirectoryReader reader = state.reader();
    try {
      lanes.drain();
    } catch (IOException e) {
      // the failed changes are being discarded with the rest
    }
    lanes.clearFailure();
    try {
      writer.rollback();
    } finally {
      reader.close();
    }
    // IndexWriter.rollback closes the writer; open a fresh one on the last commit.
    openWriter();
  }

  Optional<CommitInfo> lastCommit() throws IOException {
    return Commits.read(dir);
  }

  Path directory() {
    return dir;
  }

  void close() throws IOException {
    lanes.close();
    IOUtils.close(state.reader(), writer, analyzer, directory);
  }
}
