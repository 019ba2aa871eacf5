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
          EntityData data = EntityData.load();
          SpanFinder rules = new SpanFinder(data);
          l = new Loaded(data, rules, new NerTagger(NerTagger.bundledModel(), new NerFeatures(data, rules)),
              new FacetPolicy(data));
          loaded = l;
        }
      }
    }
    return l;
  }
}
