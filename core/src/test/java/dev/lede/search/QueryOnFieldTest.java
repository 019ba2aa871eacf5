package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.index.IndexSchema;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** A query carried over from one text field to another equals the query analysis builds for that field. */
class QueryOnFieldTest {
  private static final List<String> TEXTS = List.of("grain", "Grain ships", "Sergei Surovikin's forces",
      "covid-19 vaccine", "Zürich", "the U.S. Senate", "9:30", "");

  @Test
  void aQueryCarriedOverToAnotherTextFieldEqualsTheQueryAnalysedForIt() {
    Analyzer analyzer = IndexSchema.analyzer();
    QueryBuilder builder = new QueryBuilder(analyzer);
    List<String> fields = List.of(IndexSchema.STANDFIRST, IndexSchema.BODY, IndexSchema.ENTITY_TEXT);
    for (String text : TEXTS) {
      Query words = builder.createBooleanQuery(IndexSchema.TITLE, text, BooleanClause.Occur.MUST);
      Query phrase = builder.createPhraseQuery(IndexSchema.TITLE, text, 1);
      for (String field : fields) {
        assertEquals(builder.createBooleanQuery(field, text, BooleanClause.Occur.MUST),
            words == null ? null : LedeQueryParser.onField(words, field), text + " in " + field);
        assertEquals(builder.createPhraseQuery(field, text, 1),
            phrase == null ? null : LedeQueryParser.onField(phrase, field), "\"" + text + "\" in " + field);
      }
    }
  }

  @Test
  void otherKindsOfQueryAreNotCarriedOver() {
    assertNull(LedeQueryParser.onField(new WildcardQuery(new org.apache.lucene.index.Term("title", "gra*")), "body"));
  }
}
