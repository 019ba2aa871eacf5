package dev.lede.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/** Failure reasons in words an operator can act on, with any text taken from the input bounded and cleaned. */
final class Reasons {
  static final String EMPTY_FILE = "empty file";
  static final String NO_TEXT = "no text";
  static final String PERMISSION_DENIED = "permission denied";

  private static final int MAX_DETAIL_CHARS = 200;
  private static final int MAX_QUOTED_CHARS = 80;

  private Reasons() {}

  /** The reason for an I/O problem with an input. */
  static String of(IOException e) {
    if (e instanceof AccessDeniedException) {
      return PERMISSION_DENIED;
    }
    if (e instanceof NoSuchFileException) {
      return "file not found (removed while reading?)";
    }
    if (e instanceof FileSystemLoopException) {
      return "symlink loop";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data: " + detail(e);
    }
    if (e instanceof EOFException) {
      return "unexpected end of file";
    }
    return "read error: " + detail(e);
  }

  /** The class and message of an unexpected exception, bounded. */
  static String unexpected(RuntimeException e) {
    return "unexpected error: " + e.getClass().getSimpleName() + ": " + detail(e);
  }

  /** A message, bounded and with control characters replaced, for embedding in a reason. */
  static String detail(Throwable e) {
    String message = e.getMessage();
    return detail(message == null ? e.getClass().getSimpleName() : message);
  }

  /** A message from a parser, bounded and with control characters replaced. */
  static String detail(String message) {
    return bounded(message == null ? "" : message, MAX_DETAIL_CHARS);
  }

  /** A value from the input in single quotes, bounded, so reports cannot be flooded or forged by it. */
  static String quoted(String value) {
    return "'" + bounded(value, MAX_QUOTED_CHARS) + "'";
  }

  static String sizeOverLimit(String what, long size, long limit) {
    return what + " is " + size + " bytes, over the limit of " + limit + " bytes per document";
  }

  private static String bounded(String value, int maxChars) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), maxChars + 1));
    for (int i = 0; i < value.length() && out.length() < maxChars; i++) {
      char c = value.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (value.length() > maxChars) {
      out.append('…');
    }
    return out.toString();
  }
}
