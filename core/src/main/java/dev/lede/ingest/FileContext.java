package dev.lede.ingest;

import java.nio.file.Path;

/**
 * One input file about to be read.
 *
 * @param file the file, as found under its root
 * @param id the file's id: its path relative to the root with {@code /} separators
 * @param size the size on disk, from the directory walk
 * @param sidecar its metadata sidecar, or {@link Sidecar#NONE}
 */
record FileContext(Path file, String id, long size, Sidecar sidecar) {
  /** The id of the {@code n}th record of a container file that has no id of its own. */
  String recordId(long n) {
    return id + "#" + n;
  }
}
