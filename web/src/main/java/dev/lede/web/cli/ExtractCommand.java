package dev.lede.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.dedup.DedupOptions;
import dev.lede.dedup.StoryClusterer;
import dev.lede.index.IndexedArticle;
import dev.lede.ingest.IngestOptions;
import dev.lede.reindex.ArticlePipeline;
import dev.lede.reindex.ArticleSink;
import dev.lede.reindex.DocumentFailure;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code lede extract PATH...}: prints one JSON object per article (JSON Lines, UTF-8, in ingest order) and each
 * unreadable file to stderr as {@code path: reason}.
 *
 * <p>Streams: articles are extracted once, written to a temporary JSON Lines file without their story id, and
 * printed with it after the whole batch has been clustered; memory holds only each article's id, date and MinHash
 * signature (about 1.5 KB per article).
 */
public final class ExtractCommand implements Command {
  static final String USAGE = """
      usage: lede extract PATH...

      Extracts the articles of files and directories (text, HTML, JSON Lines, WARC) and prints one JSON object
      per article (JSON Lines, UTF-8, in input order) with the keys id, path, url (when known), title,
      standfirst (when known), source, wire, authors, published, language, body, notes, entities
      {people, places, orgs} (as the article writes each name in full), facets {people, places, orgs} (the
      same entities as facet values: spellings merged across the archive) and story (articles that are
      versions of the same story share it).
      Unreadable files are listed on stderr as 'path: reason'.

      Exit codes: 0 articles printed (some files may have failed), 1 nothing could be read, 2 usage error.
      """;

  private final ObjectMapper json = new ObjectMapper();

  public ExtractCommand() {}

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public String summary() {
    return "print the articles of files or directories as JSON Lines";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    if (args.contains("-h") || args.contains("--help")) {
      out.print(USAGE);
      return 0;
    }
    List<Path> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("-")) {
        err.println("lede extract: unknown option '" + CliText.printable(arg) + "'");
        err.print(USAGE);
        return 2;
      }
      inputs.add(Path.of(arg));
    }
    if (inputs.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    Path spill = Files.createTempFile("lede-extract-", ".jsonl");
    try {
      StoryClusterer.Batch stories = new StoryClusterer(DedupOptions.DEFAULTS).batch();
      long articles = extract(inputs, spill, stories, err);
      if (articles == 0) {
        err.println("lede extract: no article could be read from the given paths");
        return 1;
      }
      print(spill, stories.assign(), out);
      return 0;
    } finally {
      Files.deleteIfExists(spill);
    }
  }

  private long extract(List<Path> inputs, Path spill, StoryClusterer.Batch stories, PrintStream err)
      throws IOException {
    long[] count = {0};
    try (BufferedWriter writer = Files.newBufferedWriter(spill, StandardCharsets.UTF_8)) {
      ArticlePipeline pipeline = new ArticlePipeline(Pipelines.entities(), Pipelines.workers());
      pipeline.run(inputs, IngestOptions.defaults(), new ArticleSink() {
        @Override
        public void article(IndexedArticle article) throws IOException {
          stories.add(article.article());
          writer.write(json.writeValueAsString(ArticleJson.of(json, article)));
          writer.write('\n');
          count[0]++;
        }

        @Override
        public void failure(DocumentFailure failure) {
          err.println(CliText.printable(failure.toString(), 2000));
        }
      });
    }
    return count[0];
  }

  private void print(Path spill, Map<String, String> stories, PrintStream out) throws IOException {
    PrintStream utf8 = new PrintStream(out, false, StandardCharsets.UTF_8);
    try (BufferedReader reader = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        ObjectNode node = (ObjectNode) json.readTree(line);
        node.put(ArticleJson.STORY, stories.get(node.get(ArticleJson.ID).asText()));
        utf8.print(json.writeValueAsString(node));
        utf8.print('\n');
      }
    }
    utf8.flush();
  }
}
