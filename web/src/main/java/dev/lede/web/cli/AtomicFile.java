package dev.lede.web.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files the commands rewrite whole (the reindex report, the alert state): written to a temporary file beside the
 * target and renamed over it, so a reader, or the next run after a crash, finds the old content or the new, never
 * half of one.
 */
final class AtomicFile {
  private AtomicFile() {}

  static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(parent, ".lede-", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Why a file could not be written or read, in our words, for stderr. */
  static String reason(IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("No space left on device")) {
      return "the disk is full";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "its folder does not exist";
    }
    return CliText.printable(message.isEmpty() ? e.getClass().getSimpleName() : message);
  }
}
