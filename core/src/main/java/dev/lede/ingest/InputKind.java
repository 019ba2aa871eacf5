package dev.lede.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input file the ingester reads, recognised by file-name suffix (case-insensitive). */
enum InputKind {
  PAGE_TEXT(".txt"),
  HTML(".html", ".htm"),
  JSON_LINES(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"),
  WARC(".warc", ".warc.gz");

  /** Appended to a document file's name to name its metadata sidecar: {@code a.txt} -> {@code a.txt.meta.json}. */
  static final String SIDECAR_SUFFIX = ".meta.json";

  private static final String GZIP_SUFFIX = ".gz";

  private final List<String> suffixes;

  InputKind(String... suffixes) {
    this.suffixes = List.of(suffixes);
  }

  /** The kind a file name stands for, or empty for files the ingester does not read (sidecars included). */
  static Optional<InputKind> of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (InputKind kind : values()) {
      for (String suffix : kind.suffixes) {
        if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
          return Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }

  static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
  }

  static boolean isHidden(String fileName) {
    return fileName.startsWith(".");
  }
}
