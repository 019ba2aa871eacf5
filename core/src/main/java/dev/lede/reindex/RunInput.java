package dev.lede.reindex;

import dev.lede.ingest.ArticleRecord;
import dev.lede.ingest.Ingester;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a run reads, and what that says about the documents it does not read.
 *
 * @param feed the documents
 * @param complete whether the feed is the whole collection, so an indexed document it does not hold is gone (the
 *     files under the input roots; records only when a full replacement is asked for)
 * @param deletions ids to remove although the feed is not complete (records only)
 */
record RunInput(PipelineRun.Feed feed, boolean complete, Set<String> deletions) {
  RunInput {
    deletions = Set.copyOf(deletions);
  }

  /** The files under the options' input roots: a file that is gone is a document that is gone. */
  static RunInput files(ReindexOptions options) {
    return new RunInput(ArticlePipeline.files(options.inputs(), options.ingest()), true, Set.of());
  }

  /** Records from the caller: only the listed ids are removed, unless the options ask for a full replacement. */
  static RunInput records(ReindexOptions options, Stream<ArticleRecord> records, Set<String> deletions) {
    Ingester ingester = new Ingester(options.ingest());
    return new RunInput(sink -> ingester.ingest(records, sink), options.full(), deletions);
  }
}
