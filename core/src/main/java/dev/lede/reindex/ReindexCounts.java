package dev.lede.reindex;

/**
 * What a reindex run did to the documents. A document is exactly one of added, updated, unchanged or failed;
 * deleted and retained count documents of the previous commit that were not read this time.
 *
 * @param read documents read from the inputs (failures of whole files not included)
 * @param extracted documents that went through extraction (unchanged ones are skipped in an incremental run)
 * @param added documents new to the index
 * @param updated documents whose content hash changed
 * @param deleted documents removed because their file (or record) is gone
 * @param unchanged documents whose content hash is the one indexed (not re-extracted in an incremental run)
 * @param failed documents or files that could not be read, extracted or annotated (see the failures)
 * @param retained previously indexed documents kept because their file failed to read this time
 */
public record ReindexCounts(
    long read, long extracted, long added, long updated, long deleted, long unchanged, long failed, long retained) {
  /** All zero. */
  public static final ReindexCounts ZERO = new ReindexCounts(0, 0, 0, 0, 0, 0, 0, 0);

  public ReindexCounts {
    if (read < 0 || extracted < 0 || added < 0 || updated < 0 || deleted < 0 || unchanged < 0 || failed < 0
        || retained < 0) {
      throw new IllegalArgumentException("counts must not be negative: read " + read + ", extracted " + extracted
          + ", added " + added + ", updated " + updated + ", deleted " + deleted + ", unchanged " + unchanged
          + ", failed " + failed + ", retained " + retained);
    }
  }

  /** Whether the run changed any document of the index. */
  public boolean changedAnything() {
    return added + updated + deleted > 0;
  }
}
