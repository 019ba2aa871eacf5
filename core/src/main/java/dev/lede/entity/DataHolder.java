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
          java.util.concurrent.FutureTask<java.util.List<NerModel>> model =
              new java.util.concurrent.FutureTask<>(NerTagger::bundledModel);
          Thread reader = new Thread(model, "lede-entity-model");
          reader.setDaemon(true);
          reader.start();
          EntityData data = EntityData.load();
          SpanFinder rules = new SpanFinder(data);
          NerFeatures features = new NerFeatures(data, rules);
          l = new Loaded(data, rules, new NerTagger(join(model), features), new FacetPolicy(data));
          loaded = l;
        }
      }
    }
    return l;
  }

  private static <T> T join(java.util.concurrent.FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // loading is short: finish it, then restore the flag
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException("cannot load the entity model", e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
