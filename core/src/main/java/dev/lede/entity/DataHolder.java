package dev.lede.entity;

/** Loads the entity data on first use, once per owner (no static state), safely across threads. */
final class DataHolder {
  private final java.util.function.Supplier<java.util.List<NerModel>> modelSource;
  private volatile EntityData data;
  private volatile Loaded loaded;

  /** Data with the bundled tagger model. */
  DataHolder() {
    this(NerTagger::bundledModel);
  }

  /** Data with the tagger model this supplier gives (read on a second core while the data files load). */
  DataHolder(java.util.function.Supplier<java.util.List<NerModel>> model) {
    this.modelSource = model;
  }

  /** The data and the span finder built on it. */
  record Loaded(EntityData data, SpanFinder finder, NerTagger tagger, FacetPolicy policy) {}

  /**
   * The data files alone (lexicons, gazetteer, aliases): all that name variants and canonical names read. A server
   * that only searches needs no more, so it does not load the tagger's model and word classes to answer its first
   * query.
   */
  EntityData data() {
    EntityData d = data;
    if (d == null) {
      synchronized (this) {
        d = data;
        if (d == null) {
          d = EntityData.load();
          data = d;
        }
      }
    }
    return d;
  }

  Loaded get() {
    Loaded l = loaded;
    if (l == null) {
      synchronized (this) {
        l = loaded;
        if (l == null) {
          // the model and word classes do not depend on the data files: read them on a second core meanwhile
          Background<java.util.List<NerModel>> model = Background.start("lede-entity-model", modelSource::get);
          Background<WordClusters> clusters = Background.start("lede-word-classes", WordClusters::bundled);
          EntityData data = data();
          SpanFinder rules = new SpanFinder(data);
          NerFeatures features = new NerFeatures(data, rules, clusters.join());
          l = new Loaded(data, rules, new NerTagger(model.join(), features), new FacetPolicy(data));
          loaded = l;
        }
      }
    }
    return l;
  }
}
