package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The facet state and sparse counts of the searcher answer as Lucene's own state and counts do. */
class FacetStateTest {
  private static final List<String> DIMS = dims();

  @TempDir
  Path dir;

  private static List<String> dims() {
    List<String> d = new ArrayList<>(IndexSchema.FACET_FIELDS);
    d.add(IndexSchema.DATE_FACET);
    return d;
  }

  @ParameterizedTest(name = "{0} segment(s)")
  @ValueSource(ints = {1, 6})
  void countsEqualLuceneOwnState(int segments) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      write(directory, segments);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(segments, reader.leaves().size());
        assertSameCounts(reader);
      }
    }
  }

  @Test
  void anIndexWithoutFacetValuesHasNoState() throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("id", "1", StringField.Store.NO));
      w.addDocument(doc);
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertNull(FacetState.of(reader, FacetedSearcher.FACETS, DIMS));
      }
    }
  }

  private static void assertSameCounts(DirectoryReader reader) throws IOException {
    SortedSetDocValuesReaderState lucene = new DefaultSortedSetDocValuesReaderState(reader, FacetedSearcher.FACETS);
    SortedSetDocValuesReaderState ours = FacetState.of(reader, FacetedSearcher.FACETS, DIMS);
    assertEquals(lucene.getSize(), ours.getSize());
    assertEquals(lucene.getPrefixToOrdRange(), ours.getPrefixToOrdRange());
    IndexSearcher searcher = new IndexSearcher(reader);
    for (var query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("kind", "odd")),
        new TermQuery(new Term("kind", "rare")))) {
      FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
      var expected = new SortedSetDocValuesFacetCounts(lucene, hits);
      var actual = new SortedSetDocValuesFacetCounts(ours, hits);
      for (String dim : DIMS) {
        if (FacetedSearcher.FACETS.getDimConfig(dim).hierarchical) {
          assertSame(expected.getAllChildren(dim), actual.getAllChildren(dim));
          FacetResult years = expected.getTopChildren(10, dim);
          for (var year : years.labelValues) {
            assertSame(expected.getAllChildren(dim, year.label), actual.getAllChildren(dim, year.label));
            assertSame(expected.getTopChildren(5, dim, year.label), actual.getTopChildren(5, dim, year.label));
          }
        } else {
          assertSame(expected.getTopChildren(7, dim), actual.getTopChildren(7, dim));
          assertSame(expected.getAllChildren(dim), actual.getAllChildren(dim));
        }
      }
      assertEquals(expected.getAllDims(5).toString(), actual.getAllDims(5).toString());
      assertSameCounts(expected, new SparseFacetCounts(ours, hits));
      assertSameCounts(expected, new SparseFacetCounts(lucene, hits));
    }
  }

  /** Every question FacetCounter asks, answered alike by Lucene's counts and the sparse ones. */
  private static void assertSameCounts(Facets expected, Facets actual) throws IOException {
    for (String dim : DIMS) {
      if (FacetedSearcher.FACETS.getDimConfig(dim).hierarchical) {
        assertSame(expected.getAllChildren(dim), actual.getAllChildren(dim));
        assertSame(expected.getTopChildren(3, dim), actual.getTopChildren(3, dim));
        for (var year : expected.getAllChildren(dim).labelValues) {
          assertSame(expected.getAllChildren(dim, year.label), actual.getAllChildren(dim, year.label));
          assertSame(expected.getTopChildren(4, dim, year.label), actual.getTopChildren(4, dim, year.label));
          for (var month : expected.getAllChildren(dim, year.label).labelValues) {
            assertSame(expected.getAllChildren(dim, year.label, month.label),
                actual.getAllChildren(dim, year.label, month.label));
          }
        }
        assertSame(expected.getAllChildren(dim, "1999"), actual.getAllChildren(dim, "1999"));
      } else {
        for (int n : new int[] {1, 3, 10, 100}) {
          assertSame(expected.getTopChildren(n, dim), actual.getTopChildren(n, dim));
        }
        assertSame(expected.getAllChildren(dim), actual.getAllChildren(dim));
        for (String v : List.of(dim + " value 3", dim + " value 39", "no such value")) {
          assertEquals(expected.getSpecificValue(dim, v), actual.getSpecificValue(dim, v), dim + "/" + v);
        }
      }
    }
    assertEquals(expected.getAllDims(4).toString(), actual.getAllDims(4).toString());
  }

  private static void assertSame(FacetResult expected, FacetResult actual) {
    assertEquals(String.valueOf(expected), String.valueOf(actual));
  }

  /** 600 documents over {@code segments} segments, with values of every dimension (dimension names that are prefixes
   * of one another sort next to each other: person, place, ...). */
  private static void write(Directory directory, int segments) throws IOException {
    Random random = new Random(7);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(directory, config)) {
      for (int i = 0; i < 600; i++) {
        Document doc = new Document();
        doc.add(new StringField("kind", i % 2 == 1 ? "odd" : "even", StringField.Store.NO));
        if (i % 50 == 7) {
          doc.add(new StringField("kind", "rare", StringField.Store.NO));
        }
        for (String dim : IndexSchema.FACET_FIELDS) {
          int n = random.nextInt(3);
          for (int k = 0; k < n; k++) {
            doc.add(new SortedSetDocValuesFacetField(dim, dim + " value " + random.nextInt(40)));
          }
        }
        if (random.nextInt(5) > 0) {
          doc.add(new SortedSetDocValuesFacetField(IndexSchema.DATE_FACET, String.valueOf(2015 + random.nextInt(6)),
              String.format("%02d", 1 + random.nextInt(12)), String.format("%02d", 1 + random.nextInt(28))));
        }
        w.addDocument(FacetedSearcher.FACETS.build(doc));
        if ((i + 1) % (600 / segments) == 0) {
          w.commit();
        }
      }
      w.commit();
    }
  }
}
