package dev.lede.search;

import dev.lede.index.IndexSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Classic syntax mapped onto the Lede schema: query fields become index fields, unfielded terms search several
 * fields, {@code date:} becomes a day range, and text terms are widened with name variants. One instance per query
 * (QueryParser is not thread-safe).
 */
final class LedeQueryParser extends QueryParser {
  /** Fields analysed by the same chain (IndexSchema's text analyzer), so that a query over one carries over. */
  private static final Set<String> SAME_ANALYSIS =
      Set.of(IndexSchema.TITLE, IndexSchema.STANDFIRST, IndexSchema.BODY, IndexSchema.ENTITY_TEXT);
  private static final int MAX_VARIANTS = 8;
  /**
   * Fuzzy and regular-expression terms in one query. Each one builds a costly automaton per field (a fuzzy term with
   * two edits takes tens of ms), so a 1 KB query of 300 of them kept a server thread busy for 12 to 18 seconds.
   * Prefix and wildcard terms are cheap and not counted.
   */
  static final int MAX_PATTERN_TERMS = 5;

  /** Builds a query for one index field; may throw the parser's checked exception. */
  private interface PerField {
    Query build(String field) throws ParseException;
  }

  private final SearcherOptions options;
  private final boolean exact;
  private final Map<String, Set<String>> variantsUsed = new LinkedHashMap<>();
  /** The longer names typed in the query being parsed, whose words are not widened into other names. */
  private NameRuns runs = NameRuns.NONE;
  private int patternTerms;

  LedeQueryParser(Analyzer analyzer, SearcherOptions options, boolean exact) {
    super(QueryFields.DEFAULT, analyzer);
    this.options = options;
    this.exact = exact;
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(true); // our own policy in checkWildcard gives a clearer message
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true); // "covid-19" or "U.S." typed unquoted is still one phrase
    setDeterminizeWorkLimit(options.limits().determinizeWorkLimit());
  }

  @Override
  public Query parse(String query) throws ParseException {
    runs = NameRuns.of(query);
    return super.parse(query);
  }

  /** Name variants that were added, per typed text. */
  Map<String, Set<String>> variantsUsed() {
    return variantsUsed;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    return text(field, queryText, quoted, getPhraseSlop());
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return text(field, queryText, true, slop);
  }

  private Query text(String field, String written, boolean quoted, int slop) throws ParseException {
    // wire:AP is wire:"Associated Press": an outlet filter accepts any name the source registry knows
    boolean outlet = Dimension.SOURCE.param().equalsIgnoreCase(field) || Dimension.WIRE.param().equalsIgnoreCase(field);
    String queryText = outlet ? options.outlet(written.strip()) : written;
    if (QueryFields.isDate(field)) {
      return DateQueries.period(queryText);
    }
    if (QueryFields.isLanguage(field)) {
      return new TermQuery(new Term(IndexSchema.LANGUAGE, queryText.strip().toLowerCase(Locale.ROOT)));
    }
    List<String> fields = QueryFields.indexFields(field);
    BooleanClause.Occur occur =
        getDefaultOperator() == Operator.AND ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
    Query query = across(fields,
        f -> createFieldQuery(getAnalyzer(), occur, f, queryText, quoted || getAutoGeneratePhraseQueries(), slop));
    if (query == null || exact || !QueryFields.takesVariants(field)) {
      return query;
    }
    Set<String> variants = new TreeSet<>(options.nameVariants().variantsOf(queryText.strip()));
    variants.removeIf(v -> v.equalsIgnoreCase(queryText.strip()) || v.isBlank()
        || (!quoted && !runs.allows(queryText.strip(), v)));
    if (variants.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
    Set<String> used = new TreeSet<>();
    for (String variant : variants) {
      if (used.size() == MAX_VARIANTS) {
        break;
      }
      Query v = across(fields, f -> createFieldQuery(getAnalyzer(), occur, f, variant, true, slop));
      if (v != null) {
        any.add(v, BooleanClause.Occur.SHOULD);
        used.add(variant);
      }
    }
    if (!used.isEmpty()) {
      variantsUsed.computeIfAbsent(queryText.strip(), k -> new TreeSet<>()).addAll(used);
    }
    return any.build();
  }

  /**
   * The same query over another field, for the term, phrase and boolean queries analysis builds; null for any
   * other kind (the caller builds that one for the field).
   */
  static Query onField(Query query, String field) {
    switch (query) {
      case TermQuery t -> {
        return new TermQuery(new Term(field, t.getTerm().bytes()));
      }
      case PhraseQuery p -> {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        for (int i = 0; i < terms.length; i++) {
          b.add(new Term(field, terms[i].bytes()), positions[i]);
        }
        return b.build();
      }
      case BooleanQuery bq -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        for (BooleanClause c : bq.clauses()) {
          Query q = onField(c.query(), field);
          if (q == null) {
            return null;
          }
          b.add(q, c.occur());
        }
        return b.build();
      }
      default -> {
        return null;
      }
    }
  }

  /** The query over each field, OR-ed, with the title boosted. Null when no field yields a query. */
  private Query across(List<String> fields, PerField perField) throws ParseException {
    List<Query> queries = new ArrayList<>();
    Query first = null;
    boolean sameAnalysis = SAME_ANALYSIS.containsAll(fields);
    for (String f : fields) {
      // the text fields share one analysis chain: the query over one is the query over another with its field
      // changed, which saves analysing the words (and their variants) once per field
      Query q = sameAnalysis && first != null ? onField(first, f) : null;
      if (q == null) {
        q = perField.build(f);
        first = first == null ? q : first;
      }
      if (q != null) {
        queries.add(f.equals(IndexSchema.TITLE) && fields.size() > 1
            ? new BoostQuery(q, options.titleBoost()) : q);
      }
    }
    if (queries.isEmpty()) {
      return null;
    }
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    queries.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    return b.build();
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(termStr) && (QueryFields.DEFAULT.equals(field) || "*".equals(field))) {
      return new MatchAllDocsQuery();
    }
    if ("*".equals(field)) {
      throw QueryFields.unknown(field);
    }
    checkWildcard(termStr);
    if (QueryFields.isLanguage(field)) {
      return new WildcardQuery(new Term(IndexSchema.LANGUAGE, termStr.toLowerCase(Locale.ROOT)),
          options.limits().determinizeWorkLimit());
    }
    return across(multiTermFields(field), f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    checkWildcard(termStr + "*");
    return across(multiTermFields(field), f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    countPatternTerm();
    checkWildcard(termStr);
    return across(multiTermFields(field), f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    countPatternTerm();
    return across(multiTermFields(field), f -> super.getRegexpQuery(f, termStr));
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    if (QueryFields.isDate(field)) {
      return DateQueries.range(part1, part2, startInclusive, endInclusive);
    }
    return across(multiTermFields(field),
        f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
  }

  /** Index fields for wildcard, fuzzy, regex and range terms (entity text fields are left out of unfielded). */
  private static List<String> multiTermFields(String field) {
    if (QueryFields.DEFAULT.equals(field)) {
      return List.of(IndexSchema.TITLE, IndexSchema.BODY);
    }
    if (QueryFields.isDate(field) || QueryFields.isLanguage(field)) {
      throw new InvalidQueryException("Patterns are not supported in " + Notices.quote(field + ":")
          + "; use date:2022-11 or date:[2022-11-01 TO 2022-11-30], and lang:en.");
    }
    return QueryFields.indexFields(field);
  }

  private void countPatternTerm() {
    if (++patternTerms > MAX_PATTERN_TERMS) {
      throw new InvalidQueryException("The query has too many fuzzy (~) or pattern (/.../) terms (more than "
          + MAX_PATTERN_TERMS + "); narrow it down.");
    }
  }

  private void checkWildcard(String term) {
    int min = options.limits().minWildcardPrefix();
    int firstWildcard = indexOfWildcard(term);
    if (firstWildcard >= 0 && firstWildcard < min) {
      throw new InvalidQueryException("Wildcards need at least " + min + " letter" + (min == 1 ? "" : "s")
          + " before the first * or ? (in " + Notices.quote(term) + ").");
    }
  }

  private static int indexOfWildcard(String term) {
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?') {
        return i;
      }
    }
    return -1;
  }
}
