package dev.lede.reindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The JSON form of a {@link ReindexReport} (keys in snake_case, times in milliseconds, paths as strings):
 *
 * <pre>{@code
 * {"run_id": "...", "started_at": "2024-03-01T02:00:00Z", "inputs": ["/archive"], "index": "/srv/lede/index",
 *  "mode": "incremental", "mode_reason": "...", "dry_run": false, "committed": true,
 *  "counts": {"read": 0, "extracted": 0, "added": 0, "updated": 0, "deleted": 0, "unchanged": 0, "failed": 0,
 *             "retained": 0},
 *  "failures": [{"path": "/archive/x.txt", "where": null, "reason": "binary content (NUL bytes)"}],
 *  "stages_ms": {"read": 0, "extract": 0, "entities": 0, "dedup": 0, "index": 0, "commit": 0, "total": 0},
 *  "documents_in_index": 0, "index_size_bytes": 0, "generation": "gen-1", "commit_generation": 2}
 * }</pre>
 */
final class ReportJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  static String write(ReindexReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("run_id", r.runId());
    root.put("started_at", r.startedAt().toString());
    ArrayNode inputs = root.putArray("inputs");
    r.inputs().forEach(p -> inputs.add(p.toString()));
    root.put("index", r.home().toString());
    root.put("mode", r.mode().name().toLowerCase(java.util.Locale.ROOT));
    root.put("mode_reason", r.modeReason());
    root.put("dry_run", r.dryRun());
    root.put("committed", r.committed());
    ReindexCounts c = r.counts();
    ObjectNode counts = root.putObject("counts");
    counts.put("read", c.read());
    counts.put("extracted", c.extracted());
    counts.put("added", c.added());
    counts.put("updated", c.updated());
    counts.put("deleted", c.deleted());
    counts.put("unchanged", c.unchanged());
    counts.put("failed", c.failed());
    counts.put("retained", c.retained());
    ArrayNode failures = root.putArray("failures");
    for (DocumentFailure f : r.failures()) {
      ObjectNode node = failures.addObject();
      node.put("path", f.path().toString());
      node.put("where", f.where());
      node.put("reason", f.reason());
    }
    StageTimes t = r.times();
    ObjectNode stages = root.putObject("stages_ms");
    stages.put("read", millis(t.read()));
    stages.put("extract", millis(t.extract()));
    stages.put("entities", millis(t.entities()));
    stages.put("dedup", millis(t.dedup()));
    stages.put("index", millis(t.index()));
    stages.put("commit", millis(t.commit()));
    stages.put("total", millis(t.total()));
    root.put("documents_in_index", r.documentsInIndex());
    root.put("index_size_bytes", r.indexSizeBytes());
    Path gen = r.generation();
    root.put("generation", gen == null ? null : gen.getFileName().toString());
    root.put("commit_generation", r.commitGeneration());
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long millis(Duration d) {
    return d.toMillis();
  }
}
