package dev.lede.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a document's bytes followed by its sidecar's bytes. Without a sidecar this equals {@code sha256sum} of
 * the file, so an operator can check it by hand; with one, editing the sidecar changes the hash too.
 */
final class ContentHash {
  private ContentHash() {}

  static String of(byte[] document, Sidecar sidecar) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
    digest.update(document);
    digest.update(sidecar.bytes());
    return HexFormat.of().formatHex(digest.digest());
  }
}
