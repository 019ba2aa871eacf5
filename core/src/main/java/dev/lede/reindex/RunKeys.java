package dev.lede.reindex;

/** The commit user-data a reindex run writes (the index writer adds schema version, time and doc count). */
final class RunKeys {
  static final String RUN_ID = "lede.run.id";
  static final String STARTED_AT = "lede.run.started_at";
  static final String MODE = "lede.run.mode";
  static final String INPUTS = "lede.run.inputs";
  static final String ADDED = "lede.run.added";
  static final String UPDATED = "lede.run.updated";
  static final String DELETED = "lede.run.deleted";
  static final String UNCHANGED = "lede.run.unchanged";
  static final String FAILED = "lede.run.failed";
  /** {@link ReindexOptions#entityConfig()} of the run that wrote the commit (carried over when a run has none). */
  static final String ENTITY_CONFIG = "lede.entity_config";
  /** {@link dev.lede.extract.Extractor#configuration()} of the build that wrote the commit. */
  static final String EXTRACT_CONFIG = "lede.extract_config";

  private RunKeys() {}
}
