package dev.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.index.IndexHome;
import dev.lede.index.IndexSchema;
import dev.lede.index.StoredDocument;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Publishes a Lede index home (what {@code lede reindex} built: extraction, entities, stories, content hashes) to an
 * OpenSearch cluster, behind an alias the web app searches.
 *
 * <ul>
 *   <li><b>Full</b> (asked for, no alias yet, or the alias's index has another schema version): a new index
 *       {@code ALIAS-gen-N} is created from {@link OpenSearchMapping}, loaded with the bulk API (refresh off and no
 *       replicas while loading), given its replicas, refreshed, and counted; only when it is green and its count
 *       equals the local index's is the alias moved to it, in one atomic {@code _aliases} call. Older generations
 *       are deleted after. A failure deletes the new index and leaves the alias where it was.
 *   <li><b>Incremental</b> otherwise: the cluster's {@code id -> (content hash, story, indexing time)} is read with
 *       {@code search_after} on doc values, and only documents that differ are written, and only those gone from
 *       the local index deleted. The changes become visible as they are written (as in any OpenSearch index); a
 *       failed run leaves some of them applied, and the next run finishes the job, since it compares everything.
 * </ul>
 *
 * <p>Bulk requests are bounded ({@value #BATCH_DOCS} documents or {@value #BATCH_BYTES} bytes) and sent one at a
 * time, so a slow cluster slows the publish down instead of filling memory; 429s are retried with back-off, for the
 * whole request and for the refused items.
 */
public final class OpenSearchPublisher implements Closeable {
  static final int BATCH_DOCS = 1_000;
  static final int BATCH_BYTES = 8 * 1024 * 1024;
  private static final int PAGE = 5_000;
  private static final String GREEN_TIMEOUT = "120s";

  private final OpenSearchTarget target;
  private final Cluster cluster;

  public OpenSearchPublisher(OpenSearchTarget target) {
    this(target, new Cluster(target));
  }

  OpenSearchPublisher(OpenSearchTarget target, Cluster cluster) {
    this.target = target;
    this.cluster = cluster;
  }

  /**
   * Publishes the active generation of {@code indexHome}.
   *
   * @param full build a new generation even when the alias's index could be updated in place
   * @throws OpenSearchFailedException if the publish failed as a whole; the alias was not moved
   * @throws IOException if the local index cannot be read
   */
  public PublishReport publish(Path indexHome, boolean full) throws IOException {
    long t0 = System.nanoTime();
    Path generation = IndexHome.open(indexHome).current()
        .orElseThrow(() -> new IOException("there is no index to publish in " + indexHome));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation))) {
      List<String> holders = aliasHolders();
      String reason = full ? "full publish requested"
          : holders.isEmpty() ? "the alias does not exist yet"
          : holders.size() > 1 ? "the alias points to " + holders.size() + " indices"
          : schemaOf(holders.get(0)) != IndexSchema.SCHEMA_VERSION ? "the cluster's index has another schema version"
          : null;
      PublishReport report = reason != null ? fullPublish(reader, holders, reason, t0)
          : incremental(reader, holders.get(0), t0);
      // what the searchers show as the state searched: the local commit this publish brought over
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put(OpenSearchMapping.SCHEMA_VERSION_META, IndexSchema.SCHEMA_VERSION);
      meta.put(OpenSearchMapping.COMMIT_META, reader.getIndexCommit().getUserData());
      cluster.expect("recording the published commit in " + report.index(), "PUT", "/" + report.index()
          + "/_mapping", Map.of("_meta", meta));
      return report;
    }
  }

  // ---- full -----------------------------------------------------------------------------------------------

  private PublishReport fullPublish(DirectoryReader reader, List<String> holders, String reason, long t0) {
    List<String> generations = cluster.indices(target.alias() + "-gen-*");
    long next = generations.stream().mapToLong(this::generationNumber).max().orElse(0) + 1;
    String index = target.generation(next);
    Map<String, Object> body = new LinkedHashMap<>(OpenSearchMapping.createIndexBody(target.shards(), 0));
    @SuppressWarnings("unchecked")
    Map<String, Object> settings = new LinkedHashMap<>((Map<String, Object>) body.get("settings"));
    settings.put("refresh_interval", "-1"); // loading: no refreshes, no replicas; both restored before the switch
    body.put("settings", settings);
    cluster.expect("creating the index " + index, "PUT", "/" + index, body);
    try {
      Writes writes = new Writes(index);
      forEachLocal(reader, (id, doc) -> writes.index(id, doc));
      writes.flush();
      if (!writes.failures.isEmpty()) {
        throw new OpenSearchFailedException("OpenSearch refused " + writes.failures.size() + " documents, first "
            + writes.failures.get(0));
      }
      cluster.expect("setting the replicas of " + index, "PUT", "/" + index + "/_settings",
          Map.of("index", Map.of("number_of_replicas", target.replicas(), "refresh_interval", "1s")));
      cluster.expect("refreshing " + index, "POST", "/" + index + "/_refresh", null);
      Cluster.Reply health = cluster.call("GET", "/_cluster/health/" + index,
          Map.of("wait_for_status", "green", "timeout", GREEN_TIMEOUT), null);
      if (!health.ok() || health.body().path("timed_out").asBoolean(false)) {
        throw new OpenSearchFailedException("the new index " + index + " did not become green within "
            + GREEN_TIMEOUT + " (" + target.replicas() + " replicas need " + (target.replicas() + 1)
            + " data nodes)");
      }
      long count = count(index);
      if (count != reader.numDocs()) {
        throw new OpenSearchFailedException("the new index " + index + " holds " + count + " documents, the local"
            + " index " + reader.numDocs());
      }
      moveAlias(holders, index);
      List<String> removed = new ArrayList<>();
      for (String old : generations) {
        if (!old.equals(index) && cluster.call("DELETE", "/" + old, null).ok()) {
          removed.add(old);
        }
      }
      return new PublishReport(target.alias(), index, true, reason, writes.written, 0, 0, count, List.of(), removed,
          Duration.ofNanos(System.nanoTime() - t0));
    } catch (RuntimeException | IOException e) {
      cluster.call("DELETE", "/" + index, null); // best effort; the alias never pointed to it
      if (e instanceof OpenSearchFailedException f) {
        throw f;
      }
      throw new OpenSearchFailedException("publishing to " + index + " failed: " + e, e);
    }
  }

  private void moveAlias(List<String> holders, String index) {
    ArrayNode actions = cluster.json().createArrayNode();
    for (String old : holders) {
      actions.addObject().putObject("remove").put("index", old).put("alias", target.alias());
    }
    actions.addObject().putObject("add").put("index", index).put("alias", target.alias());
    cluster.expect("moving the alias " + target.alias() + " to " + index, "POST", "/_aliases",
        Map.of("actions", actions));
  }

  private long generationNumber(String index) {
    String suffix = index.substring(target.alias().length() + "-gen-".length());
    try {
      return Long.parseLong(suffix);
    } catch (NumberFormatException e) {
      return 0; // another index that happens to match the pattern
    }
  }

  // ---- incremental ----------------------------------------------------------------------------------------

  private PublishReport incremental(DirectoryReader reader, String index, long t0) throws IOException {
    Map<String, String> remote = remoteVersions(index);
    Writes writes = new Writes(index);
    long[] unchanged = {0};
    forEachLocal(reader, (id, doc) -> {
      String version = DocumentJson.version(doc.indexed().article().contentHash(), doc.storyId(),
          doc.indexedAt().toEpochMilli());
      if (version.equals(remote.remove(id))) {
        unchanged[0]++;
      } else {
        writes.index(id, doc);
      }
    });
    for (String gone : remote.keySet()) {
      writes.delete(gone);
    }
    writes.flush();
    cluster.expect("refreshing " + index, "POST", "/" + index + "/_refresh", null);
    return new PublishReport(target.alias(), index, false, "index up to date with the code's schema",
        writes.written, writes.deleted, unchanged[0], count(index), writes.failures, List.of(),
        Duration.ofNanos(System.nanoTime() - t0));
  }

  /** {@code id -> version} of every document of the cluster's index, read from doc values page by page. */
  private Map<String, String> remoteVersions(String index) {
    Map<String, String> versions = new HashMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode query = cluster.json().createObjectNode();
      query.put("size", PAGE);
      query.put("_source", false);
      query.put("track_total_hits", false);
      query.putArray("sort").addObject().put(IndexSchema.ID, "asc");
      ArrayNode fields = query.putArray("docvalue_fields");
      fields.add(IndexSchema.ID).add(IndexSchema.CONTENT_HASH).add(IndexSchema.STORY);
      fields.addObject().put("field", IndexSchema.INDEXED_AT).put("format", "epoch_millis");
      if (after != null) {
        query.set("search_after", after);
      }
      JsonNode hits = cluster.expect("reading the ids of " + index, "POST", "/" + index + "/_search", query)
          .path("hits").path("hits");
      for (JsonNode hit : hits) {
        JsonNode f = hit.path("fields");
        versions.put(f.path(IndexSchema.ID).path(0).asText(), DocumentJson.version(
            f.path(IndexSchema.CONTENT_HASH).path(0).asText(), f.path(IndexSchema.STORY).path(0).asText(),
            Long.parseLong(f.path(IndexSchema.INDEXED_AT).path(0).asText("0"))));
        after = hit.path("sort");
      }
      if (hits.size() < PAGE) {
        return versions;
      }
    }
  }

  // ---- shared ---------------------------------------------------------------------------------------------

  /** The indices the alias points to; empty when there is no such alias. A concrete index of that name is an error. */
  private List<String> aliasHolders() {
    Cluster.Reply reply = cluster.call("GET", "/_alias/" + target.alias(), null);
    if (reply.status() == 404) {
      if (cluster.call("HEAD", "/" + target.alias(), null).ok()) {
        throw new OpenSearchFailedException("the cluster has an index named " + target.alias()
            + " that is not an alias; choose another --opensearch-index, or delete or rename that index");
      }
      return List.of();
    }
    if (!reply.ok()) {
      throw new OpenSearchFailedException("reading the alias " + target.alias() + " failed: " + reply.error());
    }
    List<String> holders = new ArrayList<>();
    reply.body().fieldNames().forEachRemaining(holders::add);
    return holders;
  }

  private int schemaOf(String index) {
    JsonNode mapping = cluster.expect("reading the mapping of " + index, "GET", "/" + index + "/_mapping", null);
    return mapping.path(index).path("mappings").path("_meta").path(OpenSearchMapping.SCHEMA_VERSION_META)
        .asInt(-1);
  }

  private long count(String index) {
    return cluster.expect("counting " + index, "GET", "/" + index + "/_count", null).path("count").asLong();
  }

  private interface LocalDocument {
    void accept(String id, StoredDocument doc) throws IOException;
  }

  private static void forEachLocal(DirectoryReader reader, LocalDocument each) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          StoredDocument d = IndexSchema.read(stored.document(doc));
          each.accept(d.indexed().id(), d);
        }
      }
    }
  }

  /** Bounded bulk batches into one index, sent as they fill up; refused items collected, 429s retried. */
  private final class Writes {
    private final String index;
    private final List<String> lines = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private int bytes;
    long written;
    long deleted;
    final List<String> failures = new ArrayList<>();

    Writes(String index) {
      this.index = index;
    }

    void index(String id, StoredDocument doc) throws IOException {
      add(id, action("index", id), cluster.json().writeValueAsString(DocumentJson.of(doc)));
    }

    void delete(String id) throws IOException {
      add(id, action("delete", id), null);
    }

    private String action(String kind, String id) throws IOException {
      return cluster.json().writeValueAsString(Map.of(kind, Map.of("_index", index, "_id", id)));
    }

    private void add(String id, String action, String source) {
      lines.add(source == null ? action : action + "\n" + source);
      ids.add(id);
      bytes += action.length() + (source == null ? 0 : source.length());
      if (lines.size() >= BATCH_DOCS || bytes >= BATCH_BYTES) {
        flush();
      }
    }

    void flush() {
      List<String> pending = new ArrayList<>(lines);
      List<String> pendingIds = new ArrayList<>(ids);
      lines.clear();
      ids.clear();
      bytes = 0;
      long pause = 250;
      for (int attempt = 1; !pending.isEmpty(); attempt++) {
        Cluster.Reply reply = cluster.bulk(String.join("\n", pending) + "\n");
        if (!reply.ok()) {
          throw new OpenSearchFailedException("a bulk request to " + index + " failed: " + reply.error());
        }
        List<String> retry = new ArrayList<>();
        List<String> retryIds = new ArrayList<>();
        JsonNode items = reply.body().path("items");
        for (int i = 0; i < pending.size(); i++) {
          JsonNode item = items.path(i);
          JsonNode result = item.has("delete") ? item.path("delete") : item.path("index");
          int status = result.path("status").asInt(500);
          boolean isDelete = item.has("delete");
          if (status == 429 && attempt < 8) {
            retry.add(pending.get(i));
            retryIds.add(pendingIds.get(i));
          } else if ((status >= 200 && status < 300) || (isDelete && status == 404)) {
            if (isDelete) {
              deleted++;
            } else {
              written++;
            }
          } else {
            JsonNode error = result.path("error");
            failures.add(pendingIds.get(i) + ": " + error.path("type").asText("HTTP " + status)
                + (error.path("reason").isMissingNode() ? "" : " (" + error.path("reason").asText() + ")"));
          }
        }
        pending = retry;
        pendingIds = retryIds;
        if (!pending.isEmpty()) {
          try {
            Thread.sleep(pause);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenSearchFailedException("interrupted while waiting for OpenSearch");
          }
          pause = Math.min(8_000, pause * 2);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }
}
