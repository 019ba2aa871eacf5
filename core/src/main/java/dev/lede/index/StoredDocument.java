package dev.lede.index;

import java.time.Instant;
import java.util.Objects;

/**
 * One document as stored in the index: what was indexed plus what the index added.
 *
 * @param indexed the article and entities, rebuilt from stored fields
 * @param storyId the near-duplicate cluster it belongs to (the id of the cluster's canonical member)
 * @param indexedAt when this version was written
 */
public record StoredDocument(IndexedArticle indexed, String storyId, Instant indexedAt) {
  public StoredDocument {
    Objects.requireNonNull(indexed, "indexed");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(indexedAt, "indexedAt");
  }
}
