package dev.lede.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.reindex.ReindexReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@code --report} file of {@code lede reindex}, written on every exit so it never keeps describing an earlier
 * run. To the report's own keys it adds what only the command knows:
 *
 * <pre>{@code
 * "exit_code": 1,
 * "failure_reason": "the disk is full (no space left where the index is written)",   (null when nothing failed)
 * "failing_since": "2024-03-01T02:15:00Z"   (null unless the previous report failed for the same reason)
 * }</pre>
 *
 * <p>{@code failing_since} carries over from report to report while a run keeps failing for the same reason, so
 * cron mail can say which failures are new. Written via a temporary file and a rename: a reader never sees half a
 * report.
 */
final class ReportFile {
  static final String EXIT_CODE = "exit_code";
  static final String FAILURE_REASON = "failure_reason";
  static final String FAILING_SINCE = "failing_since";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  ReportFile(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  Path path() {
    return file;
  }

  /**
   * When runs have been failing for {@code reason} since an earlier report: the start of that streak, else null.
   * A missing or unreadable previous report means no streak.
   */
  String failingSince(String reason) {
    if (reason == null || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      JsonNode previous = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (previous == null || previous.path("committed").asBoolean(true)
          || !reason.equals(previous.path(FAILURE_REASON).asText(null))) {
        return null;
      }
      String since = previous.path(FAILING_SINCE).asText(null);
      return since != null ? since : previous.path("started_at").asText(null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Writes the report with the command's outcome.
   *
   * @return null when written, else why not (for stderr)
   */
  String write(ReindexReport report, int exitCode, String failureReason, String failingSince) {
    return write(report, exitCode, failureReason, failingSince, null);
  }

  /** {@link #write(ReindexReport, int, String, String)} with more top-level keys (the OpenSearch publish). */
  String write(ReindexReport report, int exitCode, String failureReason, String failingSince,
      java.util.Map<String, Object> more) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(report.toJson());
      if (more != null) {
        more.forEach((k, v) -> root.set(k, JSON.valueToTree(v)));
      }
      return write(root, exitCode, failureReason, failingSince);
    } catch (IOException e) {
      return "cannot build the report: " + e.getMessage();
    }
  }

  /** The report of a command line that could not be used: no run, only the outcome. */
  String writeUsageError(int exitCode, String reason, String failingSince) {
    ObjectNode root = JSON.createObjectNode();
    root.put("started_at", Instant.now().toString());
    root.put("dry_run", false);
    root.put("committed", false);
    return write(root, exitCode, reason, failingSince);
  }

  private String write(ObjectNode root, int exitCode, String failureReason, String failingSince) {
    root.put(EXIT_CODE, exitCode);
    root.put(FAILURE_REASON, failureReason);
    root.put(FAILING_SINCE, failingSince);
    try {
      AtomicFile.write(file, JSON.writeValueAsString(root));
      return null;
    } catch (IOException e) {
      return AtomicFile.reason(e);
    }
  }
}
