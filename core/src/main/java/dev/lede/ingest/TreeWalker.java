package dev.lede.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Walks an input root depth-first with each directory's entries sorted by name, so files always come out in the
 * same order whatever the file system returns and whatever the locale. Hidden entries (name starting with '.') are not visited. Symbolic
 * links are followed or skipped as configured; a link back to a directory that is being walked is reported as a
 * loop and not entered. Problems are reported to the visitor and the walk goes on.
 */
final class TreeWalker {
  /** What the walker finds. */
  interface Visitor {
    /**
     * A regular file; {@code siblings} are the entries of its directory by name (decoded as UTF-8, see
     * {@link FileNames}), for finding its sidecar.
     */
    void file(Path file, String relativeId, BasicFileAttributes attributes, Map<String, Path> siblings);

    /** A symlink that is not read because links are not followed. */
    void skipped(Path path);

    void failure(Path path, String reason);
  }

  static final String NOT_A_FILE = "not a regular file (a named pipe, device or socket): not read";

  private record Ancestor(Path dir, Object key) {}

  private record Entry(Path path, String name) {}

  private final boolean followSymlinks;
  private final LinkOption[] linkOptions;

  TreeWalker(boolean followSymlinks) {
    this.followSymlinks = followSymlinks;
    this.linkOptions = followSymlinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
  }

  void walk(Path root, Visitor visitor) {
    BasicFileAttributes attributes;
    try {
      // A root is followed even when links are not: the caller named it explicitly.
      attributes = Files.readAttributes(root, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      visitor.failure(root, "input root does not exist");
      return;
    } catch (IOException e) {
      visitor.failure(root, Reasons.of(e));
      return;
    }
    if (attributes.isDirectory()) {
      Deque<Ancestor> ancestors = new ArrayDeque<>();
      ancestors.push(new Ancestor(root, attributes.fileKey()));
      walkDirectory(root, "", ancestors, visitor);
    } else if (attributes.isRegularFile()) {
      String name = FileNames.name(root);
      visitor.file(root, name, attributes, sidecarOfRoot(root, name));
    } else {
      visitor.failure(root, "input root is neither a directory nor a regular file");
    }
  }

  private void walkDirectory(Path dir, String prefix, Deque<Ancestor> ancestors, Visitor visitor) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException e) {
      visitor.failure(dir, "cannot list directory: " + Reasons.of(e));
      return;
    } catch (DirectoryIteratorException e) {
      visitor.failure(dir, "cannot list directory: " + Reasons.of(e.getCause()));
      return;
    }
    // Names decoded from their bytes, not by the locale: ids, order and sidecars must not depend on LANG.
    List<Entry> named = new ArrayList<>(entries.size());
    Map<String, Path> siblings = new HashMap<>();
    for (Path entry : entries) {
      String name = FileNames.name(entry);
      named.add(new Entry(entry, name));
      siblings.put(name, entry);
    }
    named.sort(Comparator.comparing(Entry::name));
    for (Entry entry : named) {
      if (!InputKind.isHidden(entry.name())) {
        try {
          visit(entry.path(), prefix + entry.name(), siblings, ancestors, visitor);
        } catch (InvalidPathException e) {
          // Not expected since names are decoded from bytes; if it happens, it costs this entry, not the run.
          visitor.failure(entry.path(), "file name cannot be read: " + Reasons.detail(e.getReason()));
        }
      }
    }
  }

  /** The sidecar of a root that is a single file, looked up beside it. */
  private static Map<String, Path> sidecarOfRoot(Path root, String name) {
    String sidecarName = name + InputKind.SIDECAR_SUFFIX;
    if (!FileNames.needsBytes(root.getFileName().toString())) {
      Path sidecar = root.resolveSibling(sidecarName);
      return Files.isRegularFile(sidecar) ? Map.of(sidecarName, sidecar) : Map.of();
    }
    Path dir = root.getParent();
    if (dir == null) {
      return Map.of();
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        String sibling = FileNames.name(entry);
        if (sibling.equals(sidecarName) && Files.isRegularFile(entry)) {
          return Map.of(sibling, entry);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // No listing, no sidecar: the file itself is still read.
    }
    return Map.of();
  }

  private void visit(Path entry, String id, Map<String, Path> siblings, Deque<Ancestor> ancestors, Visitor visitor) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(entry, BasicFileAttributes.class, linkOptions);
    } catch (NoSuchFileException e) {
      visitor.failure(entry, Files.isSymbolicLink(entry) ? "broken symbolic link" : "vanished during the walk");
      return;
    } catch (IOException e) {
      visitor.failure(entry, Reasons.of(e));
      return;
    }
    if (attributes.isDirectory()) {
      Ancestor loop = findAncestor(entry, attributes.fileKey(), ancestors);
      if (loop != null) {
        visitor.failure(entry, "symlink loop: leads back to " + loop.dir());
        return;
      }
      ancestors.push(new Ancestor(entry, attributes.fileKey()));
      walkDirectory(entry, id + "/", ancestors, visitor);
      ancestors.pop();
    } else if (attributes.isRegularFile()) {
      visitor.file(entry, id, attributes, siblings);
    } else if (attributes.isSymbolicLink()) {
      visitor.skipped(entry); // links are not followed: the configuration says so, nothing to report
    } else {
      // FIFOs (reading one would block forever), devices, sockets, also behind a followed link: not read, but said,
      // since an archive should not hold them and the operator may expect a document there.
      visitor.failure(entry, NOT_A_FILE);
    }
  }

  private static Ancestor findAncestor(Path dir, Object key, Deque<Ancestor> ancestors) {
    for (Ancestor ancestor : ancestors) {
      if (key != null && ancestor.key() != null ? Objects.equals(key, ancestor.key()) : isSameFile(dir, ancestor.dir())) {
        return ancestor;
      }
    }
    return null;
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
