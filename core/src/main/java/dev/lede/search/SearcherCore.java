package dev.lede.search;

import dev.lede.index.CommitInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

final class SearcherCore {
  static SearcherCore open(Path p, SearcherOptions o) { throw new UnsupportedOperationException(); }
  SearchResult search(SearchRequest r) { throw new UnsupportedOperationException(); }
  long forEach(SearchRequest r, Consumer<Hit> c) { throw new UnsupportedOperationException(); }
  Optional<ArticleView> article(String id) { throw new UnsupportedOperationException(); }
  List<Hit> related(String id, int n) { throw new UnsupportedOperationException(); }
  List<FacetValue> facetValues(Dimension d, String prefix, int limit) { throw new UnsupportedOperationException(); }
  List<Suggestion> suggest(String prefix, int n) { throw new UnsupportedOperationException(); }
  boolean maybeRefresh() { throw new UnsupportedOperationException(); }
  boolean refresh() { throw new UnsupportedOperationException(); }
  CommitInfo commitInfo() { throw new UnsupportedOperationException(); }
  void close() { throw new UnsupportedOperationException(); }
}
