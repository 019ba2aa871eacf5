package dev.lede.web.reliability;

import dev.lede.entity.Entities;
import dev.lede.extract.Article;
import dev.lede.reindex.ReindexOptions;
import dev.lede.reindex.ReindexReport;
import dev.lede.reindex.Reindexer;
import dev.lede.search.LedeSearcher;
import dev.lede.search.SearcherOptions;
import dev.lede.web.LedeServer;
import dev.lede.web.WebOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A Lede site the way {@code lede serve} runs it, for the reliability tests: an input folder (the sample pages plus
 * generated news pages and whatever a test adds) indexed by the real {@link Reindexer} into an index home, a
 * {@link LedeSearcher} on that home and a {@link LedeServer} on a random loopback port, serving the input folder as
 * its raw-file root. Unlike {@code dev.lede.web.TestSite} (which writes articles directly), everything here goes
 * through ingest, extraction and the reindex job, and the index can be changed underneath the running server.
 */
final class Site implements AutoCloseable {
  static final Path SAMPLES = Path.of("..", "index-data");
  private static final String[] WORDS = ("government officials said the city council would review plans for "
      + "a new bridge across the river after residents raised concerns about traffic noise and costs while "
      + "engineers argued that the project could reduce travel times for thousands of commuters every day "
      + "analysts expect the vote next month although several members remain undecided about funding sources "
      + "schools hospitals farmers markets prices energy water weather storm harbour railway museum budget "
      + "Kherson Kyiv Odesa Istanbul ceasefire talks grain corridor shelling withdrawal convoy").split(" ");
  private static final String[] NAMES = {"Maria Lopez", "John Carter", "Aiko Tanaka", "Peter Novak", "Sara Ahmed"};

  final Path input;
  final Path home;
  final ReindexOptions options;
  final LedeSearcher searcher;
  final LedeServer server;
  final HttpClient http;

  private Site(Path input, Path home, ReindexOptions options) {
    this.input = input;
    this.home = home;
    this.options = options;
    this.searcher = LedeSearcher.open(home, SearcherOptions.DEFAULTS);
    this.server = LedeServer.start(searcher, WebOptions.loopback(List.of(input)));
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Copies the samples and {@code generated} news pages into {@code dir/input}, lets {@code extra} add files, runs
   * one reindex into {@code dir/home} with the given entity annotator, and starts the server.
   */
  static Site start(Path dir, int generated, Function<Article, Entities> entities, FileWriter extra)
      throws IOException {
    Path input = dir.resolve("input");
    Path home = dir.resolve("home");
    Files.createDirectories(input.resolve("samples"));
    try (var files = Files.list(SAMPLES)) {
      for (Path f : files.toList()) {
        Files.copy(f, input.resolve("samples").resolve(f.getFileName()));
      }
    }
    for (int n = 0; n < generated; n++) {
      writePage(input, n, 0);
    }
    extra.write(input);
    ReindexOptions options = ReindexOptions.of(List.of(input), home).withEntities(entities).withWorkers(2);
    ReindexReport report = new Reindexer(options).run();
    if (!report.committed()) {
      throw new IllegalStateException("the fixture's reindex did not commit: " + report.counts());
    }
    return new Site(input, home, options);
  }

  static Site start(Path dir, int generated) throws IOException {
    return start(dir, generated, a -> Entities.NONE, in -> {});
  }

  /** Adds files to the input folder before the first reindex. */
  @FunctionalInterface
  interface FileWriter {
    void write(Path input) throws IOException;
  }

  /** Writes generated page {@code n} in {@code version} as {@code input/gen/dNN/page-N.txt}. */
  static Path writePage(Path input, int n, int version) throws IOException {
    Path file = page(input, n);
    Files.createDirectories(file.getParent());
    Files.writeString(file, pageText(n, version), StandardCharsets.UTF_8);
    return file;
  }

  static Path page(Path input, int n) {
    return input.resolve("gen").resolve("d" + (n % 10)).resolve("page-" + n + ".txt");
  }

  /** A plain-text news page: headline, byline, date and a few paragraphs, with the word {@code zqNmarker}. */
  static String pageText(int n, int version) {
    Random random = new Random(n * 7919L + version);
    StringBuilder text = new StringBuilder();
    text.append("Council ").append(words(random, 6)).append(" zq").append(n).append("marker\n\n");
    text.append("By ").append(NAMES[n % NAMES.length]).append("\n\n");
    text.append("March ").append(1 + n % 28).append(", 2023\n\n");
    for (int p = 0; p < 3 + random.nextInt(3); p++) {
      for (int s = 0; s < 3 + random.nextInt(3); s++) {
        String sentence = words(random, 12 + random.nextInt(8));
        text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1)).append(". ");
      }
      if (p == 0) {
        text.append("The reference zq").append(n).append("marker was version ").append(version).append(". ");
      }
      text.append("\n\n");
    }
    return text.toString();
  }

  static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String words(Random random, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(i == 0 ? "" : " ").append(word(random));
    }
    return s.toString();
  }

  int port() {
    return server.port();
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends bytes as they are over a socket (for requests the JDK client refuses to build). */
  RawHttp.Response raw(String requestTarget) throws IOException {
    return RawHttp.get(port(), requestTarget, "");
  }

  @Override
  public void close() {
    server.close();
    searcher.close();
    http.close();
  }
}
