package dev.lede.opensearch;

import dev.lede.index.IndexSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * A Lucene query, as lede-core's query language produces it ({@link dev.lede.search.SearchPlan}), in OpenSearch's
 * query DSL. Terms arrive analysed already (the two engines share the analysis), so they go as term-level queries
 * and are not analysed again; a phrase goes as {@code match_phrase} with the whitespace analyzer over its terms, which
 * OpenSearch turns back into the same Lucene phrase query. Numeric ranges on the day and publication fields become
 * date ranges in those fields' formats.
 */
public final class QueryDsl {
  private QueryDsl() {}

  /**
   * The query as a JSON-ready map.
   *
   * @throws IllegalArgumentException for a kind of query lede-core never produces
   */
  public static Map<String, Object> of(Query query) {
    if (query instanceof TermQuery t) {
      return Map.of("term", Map.of(t.getTerm().field(), Map.of("value", t.getTerm().text())));
    }
    if (query instanceof BooleanQuery b) {
      return bool(b);
    }
    if (query instanceof BoostQuery b) {
      Map<String, Object> bool = new LinkedHashMap<>();
      bool.put("must", List.of(of(b.getQuery())));
      bool.put("boost", b.getBoost());
      return Map.of("bool", bool);
    }
    if (query instanceof PhraseQuery p) {
      return phrase(p);
    }
    if (query instanceof MultiPhraseQuery m) {
      return multiPhrase(m);
    }
    if (query instanceof SynonymQuery s) {
      List<Object> should = new ArrayList<>();
      for (Term t : s.getTerms()) {
        should.add(Map.of("term", Map.of(t.field(), Map.of("value", t.text()))));
      }
      return Map.of("bool", Map.of("should", should, "minimum_should_match", 1));
    }
    if (query instanceof WildcardQuery w) {
      return Map.of("wildcard", Map.of(w.getTerm().field(), Map.of("value", w.getTerm().text())));
    }
    if (query instanceof PrefixQuery p) {
      return Map.of("prefix", Map.of(p.getPrefix().field(), Map.of("value", p.getPrefix().text())));
    }
    if (query instanceof FuzzyQuery f) {
      Map<String, Object> fuzzy = new LinkedHashMap<>();
      fuzzy.put("value", f.getTerm().text());
      fuzzy.put("fuzziness", f.getMaxEdits());
      fuzzy.put("prefix_length", f.getPrefixLength());
      fuzzy.put("transpositions", f.getTranspositions());
      return Map.of("fuzzy", Map.of(f.getTerm().field(), fuzzy));
    }
    if (query instanceof RegexpQuery r) {
      return Map.of("regexp", Map.of(r.getRegexp().field(), Map.of("value", r.getRegexp().text())));
    }
    if (query instanceof TermRangeQuery r) {
      Map<String, Object> range = new LinkedHashMap<>();
      if (r.getLowerTerm() != null) {
        range.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
      }
      if (r.getUpperTerm() != null) {
        range.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
      }
      return Map.of("range", Map.of(r.getField(), range));
    }
    if (query instanceof PointRangeQuery p) {
      return pointRange(p);
    }
    if (query instanceof FieldExistsQuery e) {
      return Map.of("exists", Map.of("field", e.getField()));
    }
    if (query instanceof ConstantScoreQuery c) {
      return Map.of("constant_score", Map.of("filter", of(c.getQuery())));
    }
    if (query instanceof DisjunctionMaxQuery d) {
      List<Object> queries = new ArrayList<>();
      d.getDisjuncts().forEach(q -> queries.add(of(q)));
      return Map.of("dis_max", Map.of("queries", queries, "tie_breaker", d.getTieBreakerMultiplier()));
    }
    if (query instanceof MatchAllDocsQuery) {
      return Map.of("match_all", Map.of());
    }
    if (query instanceof MatchNoDocsQuery) {
      return Map.of("match_none", Map.of());
    }
    throw new IllegalArgumentException("no OpenSearch form for a " + query.getClass().getSimpleName());
  }

  private static Map<String, Object> bool(BooleanQuery b) {
    Map<String, Object> bool = new LinkedHashMap<>();
    for (BooleanClause c : b.clauses()) {
      String key = switch (c.occur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case FILTER -> "filter";
        case MUST_NOT -> "must_not";
      };
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) bool.computeIfAbsent(key, k -> new ArrayList<>());
      list.add(of(c.query()));
    }
    boolean onlyNegative = b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
    if (onlyNegative) {
      // Lucene matches nothing for a purely negative query; OpenSearch would match everything but the negatives
      return Map.of("match_none", Map.of());
    }
    if (b.getMinimumNumberShouldMatch() > 0) {
      bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
    } else if (bool.containsKey("should") && !bool.containsKey("must") && !bool.containsKey("filter")) {
      bool.put("minimum_should_match", 1); // Lucene: a query of optional clauses needs one of them
    } else if (bool.containsKey("should")) {
      bool.put("minimum_should_match", 0); // OpenSearch's default is 1 in a filter context; Lucene's is 0
    }
    return Map.of("bool", bool);
  }

  private static Map<String, Object> phrase(PhraseQuery p) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    if (terms.length == 0) {
      return Map.of("match_none", Map.of());
    }
    boolean consecutive = true;
    for (int i = 0; i < positions.length; i++) {
      consecutive &= positions[i] - positions[0] == i;
    }
    if (consecutive) {
      StringBuilder text = new StringBuilder();
      for (Term t : terms) {
        text.append(text.isEmpty() ? "" : " ").append(t.text());
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("query", text.toString());
      m.put("analyzer", "whitespace");
      m.put("slop", p.getSlop());
      return Map.of("match_phrase", Map.of(terms[0].field(), m));
    }
    List<Object> clauses = new ArrayList<>();
    for (Term t : terms) {
      clauses.add(Map.of("span_term", Map.of(t.field(), t.text())));
    }
    int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
    return Map.of("span_near", Map.of("clauses", clauses, "slop", p.getSlop() + gaps, "in_order", true));
  }

  private static Map<String, Object> multiPhrase(MultiPhraseQuery m) {
    List<Object> clauses = new ArrayList<>();
    for (Term[] alternatives : m.getTermArrays()) {
      List<Object> or = new ArrayList<>();
      for (Term t : alternatives) {
        or.add(Map.of("span_term", Map.of(t.field(), t.text())));
      }
      clauses.add(Map.of("span_or", Map.of("clauses", or)));
    }
    return Map.of("span_near", Map.of("clauses", clauses, "slop", m.getSlop(), "in_order", true));
  }

  private static Map<String, Object> pointRange(PointRangeQuery p) {
    if (p.getNumDims() != 1 || p.getBytesPerDim() != Long.BYTES) {
      throw new IllegalArgumentException("no OpenSearch form for a range over " + p.getField());
    }
    long lo = LongPoint.decodeDimension(p.getLowerPoint(), 0);
    long hi = LongPoint.decodeDimension(p.getUpperPoint(), 0);
    Map<String, Object> range = new LinkedHashMap<>();
    if (p.getField().equals(IndexSchema.DAY)) {
      if (lo != Long.MIN_VALUE) {
        range.put("gte", LocalDate.ofEpochDay(lo).toString());
      }
      if (hi != Long.MAX_VALUE) {
        range.put("lte", LocalDate.ofEpochDay(hi).toString());
      }
      range.put("format", "strict_date");
    } else if (p.getField().equals(IndexSchema.PUBLISHED) || p.getField().equals(IndexSchema.INDEXED_AT)) {
      if (lo != Long.MIN_VALUE) {
        range.put("gte", Instant.ofEpochMilli(lo).toEpochMilli());
      }
      if (hi != Long.MAX_VALUE) {
        range.put("lte", Instant.ofEpochMilli(hi).toEpochMilli());
      }
      range.put("format", "epoch_millis");
    } else {
      throw new IllegalArgumentException("no OpenSearch form for a range over " + p.getField());
    }
    return Map.of("range", Map.of(p.getField(), range));
  }
}
