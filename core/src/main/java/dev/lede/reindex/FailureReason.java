package dev.lede.reindex;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Why a run failed, in words an operator can act on, from the exception that failed it: "the disk is full", not
 * {@code java.io.IOException: No space left on device}. What no rule knows is named by its exception's class and
 * a bounded message, so nothing is lost.
 */
final class FailureReason {
  private static final int MAX_DETAIL = 200;

  private FailureReason() {}

  static String of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String known = known(t);
      if (known != null) {
        return known;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root && !(root instanceof IOException)) {
      root = root.getCause();
    }
    return "unexpected error (" + root.getClass().getSimpleName() + ")" + detail(root);
  }

  private static String known(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage();
    if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
      return "the disk is full (no space left where the index is written)";
    }
    if (t instanceof FileAlreadyExistsException || t instanceof NotDirectoryException
        || (t instanceof FileSystemException fs && "Not a directory".equals(fs.getReason()))) {
      return "the index path is a file, not a folder" + file(t);
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied: this user cannot write there" + file(t);
    }
    if (t instanceof ReadOnlyFileSystemException || message.contains("Read-only file system")) {
      return "the index folder is on a read-only file system";
    }
    if (t instanceof LockObtainFailedException || t instanceof ReindexLockedException) {
      return "another reindex is running on this index";
    }
    if (t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException) {
      return "the index was written by an incompatible version of Lucene; run with --full to rebuild it";
    }
    if (t instanceof CorruptIndexException) {
      return "the current index is damaged; run with --full to rebuild it";
    }
    if (t instanceof NoSuchFileException) {
      return "a file of the index disappeared during the run (deleted by something else?)";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory; give the JVM more heap (LEDE_JAVA_OPTS=-Xmx...)";
    }
    return null;
  }

  /** The file a file-system error names (the index folder or a file in it: a path the operator gave). */
  private static String file(Throwable t) {
    return t instanceof FileSystemException fs && fs.getFile() != null ? " (" + bounded(fs.getFile()) + ")" : "";
  }

  private static String bounded(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < MAX_DETAIL; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }

  private static String detail(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return "";
    }
    return ": " + bounded(message);
  }
}
