package dev.lede.web.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The state file of {@code lede alert}: per saved search (by name), the search it was, when it last ran and which
 * articles it matched then. The index has no "added at" to compare against ({@code indexed_at} is rewritten when an
 * article changes or the index is rebuilt, and publication dates are not indexing dates), so an article is new to a
 * search when it matches now and was not among its matches at the last run.
 *
 * <pre>{@code
 * {
 *   "format": "lede-alert-state",
 *   "version": 1,
 *   "searches": {
 *     "kherson": {
 *       "search": "/?q=kherson&place=Kherson",
 *       "last_run": "2024-03-01T06:00:00Z",
 *       "matches": 412,
 *       "seen": "base64 of the sorted first 8 bytes of SHA-256 of each matching id"
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Ids are kept as 64-bit digests (8 bytes an article, whatever its id's length). A new article is missed only if
 * its digest equals one of the search's followed ids: with 10,000 of them, about one chance in 10^15. A file that
 * cannot be read as this format is an error, never an empty state: starting again would silently skip the night's
 * news.
 */
final class AlertState {
  static final String FORMAT = "lede-alert-state";
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A state file that exists but is not one this version can read. */
  static final class CorruptException extends Exception {
    private static final long serialVersionUID = 1L;

    CorruptException(String message) {
      super(message);
    }
  }

  /** One search's state: its canonical search page, its last run and the ids it matched then. */
  record Entry(String search, Instant lastRun, long matches, Seen seen) {
    Entry {
      Objects.requireNonNull(search, "search");
      Objects.requireNonNull(lastRun, "lastRun");
      Objects.requireNonNull(seen, "seen");
    }
  }

  /** A set of article ids as sorted 64-bit digests. */
  static final class Seen {
    private final long[] digests;

    private Seen(long[] sorted) {
      this.digests = sorted;
    }

    static Seen of(Collection<String> ids) {
      return new Seen(ids.stream().mapToLong(Seen::digest).sorted().distinct().toArray());
    }

    boolean contains(String id) {
      return Arrays.binarySearch(digests, digest(id)) >= 0;
    }

    int size() {
      return digests.length;
    }

    String encode() {
      ByteBuffer bytes = ByteBuffer.allocate(digests.length * Long.BYTES);
      for (long d : digests) {
        bytes.putLong(d);
      }
      return Base64.getEncoder().encodeToString(bytes.array());
    }

    static Seen decode(String text) {
      byte[] bytes = Base64.getDecoder().decode(text);
      if (bytes.length % Long.BYTES != 0) {
        throw new IllegalArgumentException("not a whole number of digests");
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      long[] digests = new long[bytes.length / Long.BYTES];
      for (int i = 0; i < digests.length; i++) {
        digests[i] = buffer.getLong();
      }
      for (int i = 1; i < digests.length; i++) {
        if (digests[i - 1] >= digests[i]) {
          throw new IllegalArgumentException("digests out of order");
        }
      }
      return new Seen(digests);
    }

    private static long digest(String id) {
      try {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(sha, 0, Long.BYTES).getLong();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
  }

  private final Map<String, Entry> searches;

  private AlertState(Map<String, Entry> searches) {
    this.searches = searches;
  }

  static AlertState empty() {
    return new AlertState(new TreeMap<>());
  }

  /**
   * Reads a state file; a missing file is the empty state of a first run.
   *
   * @throws IOException when it exists but cannot be read
   * @throws CorruptException when it is not a state file of this format and version (the message says which part)
   */
  static AlertState read(Path file) throws IOException, CorruptException {
    if (!Files.exists(file)) {
      return empty();
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new CorruptException("it is not valid JSON (line " + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
      throw new CorruptException("it is not a lede alert state file (no \"format\": \"" + FORMAT + "\")");
    }
    if (!root.path("version").isInt() || root.path("version").asInt() != VERSION) {
      throw new CorruptException("it has state format version " + CliText.printable(root.path("version").toString())
          + "; this lede reads version " + VERSION);
    }
    JsonNode list = root.path("searches");
    if (!list.isObject()) {
      throw new CorruptException("it has no \"searches\" object");
    }
    Map<String, Entry> entries = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      entries.put(e.getKey(), entry(e.getKey(), e.getValue()));
    }
    return new AlertState(entries);
  }

  private static Entry entry(String name, JsonNode node) throws CorruptException {
    try {
      String search = node.path("search").asText(null);
      String lastRun = node.path("last_run").asText(null);
      String seen = node.path("seen").asText(null);
      if (search == null || lastRun == null || seen == null || !node.path("matches").canConvertToLong()) {
        throw new IllegalArgumentException("a key is missing");
      }
      return new Entry(search, Instant.parse(lastRun), node.path("matches").asLong(), Seen.decode(seen));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new CorruptException("the search '" + CliText.printable(name) + "' in it is damaged ("
          + CliText.printable(String.valueOf(e.getMessage())) + ")");
    }
  }

  Entry get(String name) {
    return searches.get(name);
  }

  void put(String name, Entry entry) {
    searches.put(name, entry);
  }

  /** Forgets the searches no longer in the searches file, so the state does not grow with every rename. */
  void retainOnly(List<String> names) {
    searches.keySet().retainAll(new java.util.HashSet<>(names));
  }

  /** Writes the state atomically (a reader sees the old state or the new one). */
  void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ObjectNode list = root.putObject("searches");
    searches.forEach((name, e) -> {
      ObjectNode node = list.putObject(name);
      node.put("search", e.search());
      node.put("last_run", e.lastRun().toString());
      node.put("matches", e.matches());
      node.put("seen", e.seen().encode());
    });
    AtomicFile.write(file, JSON.writeValueAsString(root));
  }
}
