package dev.lede.web;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.extract.ExtractionException;
import dev.lede.extract.Extractor;
import dev.lede.extract.Published;
import dev.lede.index.ArticleIndexWriter;
import dev.lede.index.IndexedArticle;
import dev.lede.index.WriterOptions;
import dev.lede.ingest.DocumentSink;
import dev.lede.ingest.IngestFailure;
import dev.lede.ingest.IngestOptions;
import dev.lede.ingest.Ingester;
import dev.lede.ingest.SourceDocument;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A running Lede site over a real on-disk index: the sample pages of index-data/ through the real extractor, plus
 * generated articles with entities (so entity links exist) and any extra articles a test adds.
 */
final class TestSite implements AutoCloseable {
  static final Path SAMPLES = Path.of("..", "index-data");
  final Path index;
  final LedeSearcher searcher;
  final LedeServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TestSite(Path index, List<Path> roots, SearcherOptions options) {
    this.index = index;
    this.searcher = LedeSearcher.open(index, options);
    this.server = LedeServer.start(searcher, WebOptions.loopback(roots));
  }

  /** Samples + generated articles + extra ones. */
  static TestSite start(Path dir, List<IndexedArticle> extra) throws IOException {
    return start(dir, extra, SearcherOptions.DEFAULTS);
  }

  /** As above, searched with these options. */
  static TestSite start(Path dir, List<IndexedArticle> extra, SearcherOptions options) throws IOException {
    Path index = dir.resolve("index");
    Path samples = dir.resolve("samples");
    Files.createDirectories(samples);
    try (var files = Files.list(SAMPLES)) {
      for (Path f : files.toList()) {
        Files.copy(f, samples.resolve(f.getFileName()));
      }
    }
    try (ArticleIndexWriter writer = ArticleIndexWriter.open(index, WriterOptions.DEFAULTS)) {
      for (IndexedArticle a : extracted(samples)) {
        writer.upsert(a);
      }
      for (IndexedArticle a : generated()) {
        writer.upsert(a);
      }
      for (IndexedArticle a : extra) {
        writer.upsert(a);
      }
      writer.commit(Map.of("run", "test"));
    }
    return new TestSite(index, List.of(samples), options);
  }

  /** The sample pages through the real ingester and extractor (no entities yet: Entities.NONE). */
  static List<IndexedArticle> extracted(Path root) throws IOException {
    Extractor extractor = new Extractor();
    List<IndexedArticle> out = new ArrayList<>();
    new Ingester(IngestOptions.defaults()).ingest(List.of(root), new DocumentSink() {
      @Override
      public void document(SourceDocument doc) {
        try {
          out.add(new IndexedArticle(extractor.extract(doc), Entities.NONE));
        } catch (ExtractionException e) {
          // a page without a story is not indexed, as in a real run
        }
      }

      @Override
      public void failure(IngestFailure failure) {}
    });
    return out;
  }

  /** A few fictional articles with entities, dates and a syndicated pair. */
  static List<IndexedArticle> generated() {
    List<String> story = List.of(
        "KHERSON, Ukraine - Residents of Kherson gathered in the central square on Saturday as the last units"
            + " withdrew across the river, according to officials of the regional administration.",
        "Olena Marchenko, a teacher who stayed through the occupation, said the city had been without power"
            + " for a week and that water was carried from wells in the suburbs.",
        "The Harbor Council said repairs to the bridge would take months and asked for generators.");
    List<IndexedArticle> out = new ArrayList<>();
    out.add(new IndexedArticle(article("gen/kherson-1.txt", "Kherson residents celebrate in the square",
        "Harbor Times", "Global Wire", "2022-11-12", List.of("Lena Ortiz"), story, "https://example.org/k1"),
        new Entities(List.of("Olena Marchenko"), List.of("Kherson", "Ukraine"), List.of("Harbor Council"))));
    out.add(new IndexedArticle(article("gen/kherson-2.txt", "Kherson residents celebrate in the square",
        "Valley Post", "Global Wire", "2022-11-13", List.of("Lena Ortiz"), story, null),
        new Entities(List.of("Olena Marchenko"), List.of("Kherson", "Ukraine"), List.of("Harbor Council"))));
    out.add(new IndexedArticle(article("gen/odesa.jsonl#3", "Grain corridor talks resume in Istanbul",
        "Coast Daily", null, "2022-10-02", List.of("Anna Lis"), List.of(
            "Negotiators met in Istanbul to discuss the grain corridor from Odesa and Kherson ports.",
            "Maria Kovalenko said ships were waiting to load."), "javascript:alert(1)"),
        new Entities(List.of("Maria Kovalenko"), List.of("Istanbul", "Odesa"), List.of("United Nations"))));
    return out;
  }

  static Article article(String id, String title, String source, String wire, String date, List<String> authors,
      List<String> paragraphs, String url) {
    Published published = date == null ? null : Published.of(LocalDate.parse(date));
    return new Article(id, "/nonexistent/" + id, url, title, null, source, wire, authors, published, "en",
        paragraphs, List.of(), Integer.toHexString((id + title + String.join("", paragraphs)).hashCode()));
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends a request whose body the server refuses before reading it. The server answers and closes the connection;
   * a client still writing the body may see the connection closed before it reads the answer (a race of the
   * loaded machine, not of the server), so a closed connection is tried again a few times.
   */
  HttpResponse<String> sendRefusedBody(HttpRequest.Builder request) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return send(request);
      } catch (IOException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  @Override
  public void close() {
    server.close();
    searcher.close();
  }
}
