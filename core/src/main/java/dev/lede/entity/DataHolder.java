package dev.lede.entity;

/** Loads the entity data on first use, once per owner (no static state), safely across threads. */
final class DataHolder {
  private volatile Loaded loaded;

  /** The data and the span finder built on it. */
  record Loaded(EntityData data, SpanFinder finder, NerTagger tagger, FacetPolicy policy) {}

  Loaded get() {
    Loaded l = loaded;
    if (l == null) {
      synchronized (this) {
        l = loaded;
        if (l == null) {
          // the model does not depend on the data files: read it on a second core meanwhile
          Background<java.util.List<NerModel>> model = Background.start("lede-entity-model", NerTagger::bundledModel);
          EntityData data = EntityData.load();
          SpanFinder rules = new SpanFinder(data);
          NerFeatures features = new NerFeatures(data, rules);
          l = new Loaded(data, rules, new NerTagger(model.join(), features), new FacetPolicy(data));
          loaded = l;
        }
      }
    }
    return l;
  }
}
