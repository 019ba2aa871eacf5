package dev.lede.entity;

import dev.lede.extract.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Document-level entity scores on CoNLL-format benchmarks (CoNLL-2003, WikiGold), the way public NER benchmarks
 * are scored for a search index: per document, the set of distinct people, places and organisations found is
 * compared with the gold set, then counts are summed over documents (micro average).
 *
 * <p>The rules are those of the evaluation scripts shipped with the development data: a mention is a maximal run
 * of one type (IOB1 "B-" splits two adjacent ones); names are compared after folding case and accents and dropping
 * possessives and punctuation ("U.S." = "us", "AL-AIN" = "al ain"); a gold surname alone is dropped when the same
 * document has a longer name ending in it; a predicted person matches a gold one with the same last word and first
 * initial ("George W. Bush" ~ "George Bush"), or when one side is a lone surname of the other. MISC is not scored.
 *
 * <pre>{@code
 * List<ConllEvaluation.Document> docs = ConllEvaluation.read(Path.of("conll2003-dev.conll"));
 * Map<String, Entities> found = new HashMap<>();
 * for (ConllEvaluation.Document d : docs) {
 *   found.put(d.id(), annotator.annotate(ConllEvaluation.article(d)).asWritten());
 * }
 * EntityEvaluation.Report report = ConllEvaluation.score(docs, found);
 * }</pre>
 */
public final class ConllEvaluation {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b|(?<=s)['\u2019](?=\\s|$)",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern DROP = Pattern.compile("['\u2019\u2018`.]");
  private static final Pattern SPACE = Pattern.compile("[^\\w\\s]|_", Pattern.UNICODE_CHARACTER_CLASS);

  private ConllEvaluation() {}

  /**
   * One document of the benchmark.
   *
   * @param id "conll-001" for the first document of the file, and so on
   * @param lines its sentences, tokens joined by single spaces (how the held-out records present the text)
   * @param gold the distinct people, places and organisations it names
   */
  public record Document(String id, List<String> lines, Entities gold) {
    public Document {
      Objects.requireNonNull(id, "id");
      lines = List.copyOf(lines);
      Objects.requireNonNull(gold, "gold");
    }

    /** The text as a JSON Lines record would carry it: one sentence a line. */
    public String text() {
      return String.join("\n", lines);
    }
  }

  /** Reads a CoNLL file (IOB1 or IO tags in the last column) into documents with their gold entity sets. */
  public static List<Document> read(Path conll) throws IOException {
    List<Document> out = new ArrayList<>();
    for (ConllCorpus.Doc d : ConllCorpus.read(conll)) {
      Map<String, List<String>> surfaces = new HashMap<>();
      for (ConllCorpus.Sentence s : d.sentences()) {
        mentions(s, surfaces);
      }
      out.add(new Document(d.id(), d.lines(), new Entities(
          collapseSurnames(distinct(surfaces.getOrDefault("PER", List.of()))),
          distinct(surfaces.getOrDefault("LOC", List.of())),
          distinct(surfaces.getOrDefault("ORG", List.of())))));
    }
    return out;
  }

  /** The document as the tagger alone sees it: every sentence a paragraph, no title, nothing removed. */
  public static Article article(Document d) {
    return new Article(d.id(), d.id(), null, null, null, null, null, List.of(), null, "en", d.lines(), List.of(),
        "conll:" + d.id());
  }

  /** Scores predictions (document id to entities; a missing document counts as finding nothing). */
  public static EntityEvaluation.Report score(List<Document> docs, Map<String, Entities> predicted) {
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    List<EntityEvaluation.Difference> differences = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
    for (Document d : docs) {
      Entities found = predicted.getOrDefault(d.id(), Entities.NONE);
      for (EntityType t : EntityType.values()) {
        Map<String, String> gold = keyed(d.gold().of(t));
        Map<String, String> got = keyed(found.of(t));
        Set<String> matchedGold = new HashSet<>();
        Set<String> matchedGot = new HashSet<>();
        match(gold, got, t == EntityType.PERSON, matchedGold, matchedGot);
        int[] c = counts.get(t);
        c[0] += matchedGold.size();
        c[1] += got.size() - matchedGot.size();
        c[2] += gold.size() - matchedGold.size();
        got.forEach((k, name) -> {
          if (!matchedGot.contains(k)) {
            differences.add(new EntityEvaluation.Difference(d.id(), t, name, true));
          }
        });
        gold.forEach((k, name) -> {
          if (!matchedGold.contains(k)) {
            differences.add(new EntityEvaluation.Difference(d.id(), t, name, false));
          }
        });
      }
    }
    Map<EntityType, EntityEvaluation.Score> byType = new EnumMap<>(EntityType.class);
    EntityEvaluation.Score micro = new EntityEvaluation.Score(0, 0, 0);
    for (EntityType t : EntityType.values()) {
      int[] c = counts.get(t);
      EntityEvaluation.Score s = new EntityEvaluation.Score(c[0], c[1], c[2]);
      byType.put(t, s);
      micro = micro.plus(s);
    }
    return new EntityEvaluation.Report(docs.size(), byType, micro, differences);
  }

  /** Case, accents, possessive and punctuation folded away: "Clinton's" = "clinton", "U.S." = "us". */
  static String norm(String s) {
    String t = MARKS.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD)).replaceAll("");
    t = t.toLowerCase(Locale.ROOT);
    t = POSSESSIVE.matcher(t).replaceAll("");
    t = DROP.matcher(t).replaceAll("");
    t = SPACE.matcher(t).replaceAll(" ");
    return String.join(" ", t.strip().split("\\s+"));
  }

  private static void mentions(ConllCorpus.Sentence s, Map<String, List<String>> out) {
    String type = null;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i <= s.tokens().size(); i++) {
      String tag = i < s.tokens().size() ? s.tags().get(i) : "O";
      String kind = ConllCorpus.type(tag);
      boolean starts = kind != null && (ConllCorpus.begins(tag) || !kind.equals(type));
      if (cur.length() > 0 && (kind == null || starts)) {
        out.computeIfAbsent(type, k -> new ArrayList<>()).add(cur.toString());
        cur.setLength(0);
        type = null;
      }
      if (kind != null) {
        if (cur.length() > 0) {
          cur.append(' ');
        }
        cur.append(s.tokens().get(i));
        type = kind;
      }
    }
  }

  /** Distinct by {@link #norm}, keeping the first form not in capitals (headlines are), else the first seen. */
  private static List<String> distinct(List<String> names) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String n : names) {
      String k = norm(n);
      if (k.isEmpty()) {
        continue;
      }
      String had = chosen.putIfAbsent(k, n);
      if (had != null && had.equals(had.toUpperCase(Locale.ROOT)) && !n.equals(n.toUpperCase(Locale.ROOT))) {
        chosen.put(k, n);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  /** A lone word equal to the last word of a longer person name in the same document is that person. */
  private static List<String> collapseSurnames(List<String> names) {
    Set<String> surnames = new HashSet<>();
    for (String n : names) {
      List<String> t = nameTokens(n);
      if (t.size() > 1) {
        surnames.add(t.get(t.size() - 1));
      }
    }
    List<String> kept = new ArrayList<>();
    for (String n : names) {
      List<String> t = nameTokens(n);
      if (!(t.size() == 1 && surnames.contains(t.get(0)))) {
        kept.add(n);
      }
    }
    return kept;
  }

  private static List<String> nameTokens(String s) {
    List<String> out = new ArrayList<>();
    for (String w : (s == null ? "" : s).split("\\s+")) {
      String n = norm(w);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  static boolean personMatch(String a, String b) {
    List<String> ta = nameTokens(a);
    List<String> tb = nameTokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    if (ta.equals(tb)) {
      return true;
    }
    boolean sameLast = ta.get(ta.size() - 1).equals(tb.get(tb.size() - 1));
    if (ta.size() == 1 || tb.size() == 1) {
      return sameLast;
    }
    return sameLast && ta.get(0).charAt(0) == tb.get(0).charAt(0);
  }

  private static Map<String, String> keyed(List<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : names) {
      String k = norm(n);
      if (!k.isEmpty()) {
        out.putIfAbsent(k, n);
      }
    }
    return out;
  }

  /** Exact keys first, then (people) a maximum one-to-one matching of the rest by {@link #personMatch}. */
  private static void match(Map<String, String> gold, Map<String, String> got, boolean lenient,
      Set<String> matchedGold, Set<String> matchedGot) {
    for (String k : gold.keySet()) {
      if (got.containsKey(k)) {
        matchedGold.add(k);
        matchedGot.add(k);
      }
    }
    if (!lenient) {
      return;
    }
    List<String> restGold = gold.keySet().stream().filter(k -> !matchedGold.contains(k)).toList();
    List<String> restGot = got.keySet().stream().filter(k -> !matchedGot.contains(k)).toList();
    Map<String, List<String>> adjacent = new HashMap<>();
    for (String g : restGold) {
      adjacent.put(g, restGot.stream().filter(p -> personMatch(gold.get(g), got.get(p))).toList());
    }
    Map<String, String> owner = new HashMap<>();
    for (String g : restGold) {
      augment(g, adjacent, owner, new HashSet<>());
    }
    owner.forEach((p, g) -> {
      matchedGot.add(p);
      matchedGold.add(g);
    });
  }

  private static boolean augment(String g, Map<String, List<String>> adjacent, Map<String, String> owner,
      Set<String> seen) {
    for (String p : adjacent.get(g)) {
      if (seen.add(p) && (!owner.containsKey(p) || augment(owner.get(p), adjacent, owner, seen))) {
        owner.put(p, g);
        return true;
      }
    }
    return false;
  }
}
