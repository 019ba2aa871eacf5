package dev.lede.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The {@code <file>.meta.json} next to an input file: metadata stated by whoever archived the file. Its bytes go
 * into the content hash of every document of the file, so editing it counts as a change.
 */
final class Sidecar {
  /** No sidecar: no bytes, no metadata. */
  static final Sidecar NONE = new Sidecar(new byte[0], DocumentMeta.NONE);

  /** Sidecars are a handful of fields; anything bigger is a mistake, not metadata. */
  static final int MAX_BYTES = 1 << 20;

  static final String WHERE = "sidecar";

  private final byte[] bytes;
  private final DocumentMeta meta;

  private Sidecar(byte[] bytes, DocumentMeta meta) {
    this.bytes = bytes;
    this.meta = meta;
  }

  /** The raw bytes (not copied: only the content hash reads them). */
  byte[] bytes() {
    return bytes;
  }

  DocumentMeta meta() {
    return meta;
  }

  /**
   * Reads and validates a sidecar. Any problem is a {@link BadInputException} with {@code where = "sidecar"}: the
   * document is then not read at all, since reading it without its stated metadata would index wrong facts.
   */
  static Sidecar read(Path path, ObjectMapper json, IngestRun run) throws BadInputException {
    byte[] bytes;
    try (InputStream in = run.open(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new BadInputException(WHERE, "cannot read " + path.getFileName() + ": " + Reasons.of(e));
    }
    if (bytes.length > MAX_BYTES) {
      throw new BadInputException(WHERE, "sidecar is over the limit of " + MAX_BYTES + " bytes");
    }
    JsonNode node;
    try {
      node = json.readTree(TextDecoder.decodeText(bytes).text());
    } catch (JacksonException e) {
      throw new BadInputException(WHERE, "invalid JSON in sidecar: " + Reasons.detail(e.getOriginalMessage()));
    }
    if (node == null || node.isMissingNode()) {
      throw new BadInputException(WHERE, "sidecar is empty");
    }
    if (!node.isObject()) {
      throw new BadInputException(WHERE, "sidecar is not a JSON object");
    }
    try {
      return new Sidecar(bytes, MetaFields.read(node));
    } catch (BadInputException e) {
      throw new BadInputException(WHERE, e.reason());
    }
  }
}
