package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;

/** A field is highlighted with the clauses that can match in it, each optional, and nothing else. */
class HighlightQueryTest {
  private static TermQuery term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  @Test
  void keepsTheFieldsClausesAsOptionalAndDropsTheOthers() {
    Query gop = new BooleanQuery.Builder()
        .add(new BoostQuery(term("title", "gop"), 2f), Occur.SHOULD)
        .add(term("body", "gop"), Occur.SHOULD)
        .add(new PhraseQuery("body", "republican", "party"), Occur.SHOULD)
        .add(term("entity_text", "gop"), Occur.SHOULD).build();
    Query query = new BooleanQuery.Builder()
        .add(gop, Occur.MUST)
        .add(term("title", "senate"), Occur.MUST)
        .add(term("body", "biden"), Occur.MUST_NOT).build();
    Query body = new BooleanQuery.Builder()
        .add(new BooleanQuery.Builder()
            .add(term("body", "gop"), Occur.SHOULD)
            .add(new PhraseQuery("body", "republican", "party"), Occur.SHOULD).build(), Occur.SHOULD)
        .build();
    assertEquals(body, Snippets.onlyOn(query, "body"));
    Query title = new BooleanQuery.Builder()
        .add(new BooleanQuery.Builder().add(new BoostQuery(term("title", "gop"), 2f), Occur.SHOULD).build(),
            Occur.SHOULD)
        .add(term("title", "senate"), Occur.SHOULD).build();
    assertEquals(title, Snippets.onlyOn(query, "title"));
  }

  @Test
  void nothingIsLeftForAFieldTheQueryDoesNotSearchAndUnknownKindsStayWhole() {
    assertInstanceOf(MatchNoDocsQuery.class, Snippets.onlyOn(term("title", "senate"), "body"));
    Query pattern = new WildcardQuery(new Term("body", "elect*"));
    assertEquals(pattern, Snippets.onlyOn(pattern, "title"));
  }
}
