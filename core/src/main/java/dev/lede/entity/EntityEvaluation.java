package dev.lede.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.extract.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores an {@link EntityAnnotator} against hand-labelled articles at document level: for each article and
 * type, the set of canonical names found is compared with the gold set (case- and accent-insensitively).
 *
 * <p>Gold files are JSON lines: {@code {"id", "title"?, "text" (paragraphs separated by blank lines),
 * "people": [...], "places": [...], "orgs": [...], "split"?}}.
 */
public final class EntityEvaluation {
  private EntityEvaluation() {}

  /** One labelled article; {@code split} is a free label such as "sample", "dev" or "heldout" (may be null). */
  public record GoldArticle(String id, String title, List<String> paragraphs, Entities expected, String split) {
    public GoldArticle {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(expected, "expected");
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** Counts for one type (or all types) and the usual ratios; a ratio over nothing is 1. */
  public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 1 : (double) truePositives / d;
    }

    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 1 : (double) truePositives / d;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }
  }

  /** One disagreement with the gold: a name found but not expected (spurious) or expected but missed. */
  public record Difference(String articleId, EntityType type, String name, boolean spurious) {}

  /** Per-type scores, their micro-average, and every disagreement. */
  public record Report(int articles, Map<EntityType, Score> byType, Score micro, List<Difference> differences) {
    public Report {
      byType = Map.copyOf(byType);
      differences = List.copyOf(differences);
    }
  }

  /** Reads a gold file; a bad line fails with its line number. */
  public static List<GoldArticle> readGold(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(lines.get(i));
        if (!n.hasNonNull("id") || !n.hasNonNull("text")) {
          throw new IllegalArgumentException("needs \"id\" and \"text\"");
        }
        List<String> paragraphs = Arrays.stream(n.get("text").asText().split("\\n\\s*\\n"))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Entities expected = new Entities(strings(n, "people"), strings(n, "places"), strings(n, "orgs"));
        String title = n.hasNonNull("title") ? n.get("title").asText() : null;
        String split = n.hasNonNull("split") ? n.get("split").asText() : null;
        out.add(new GoldArticle(n.get("id").asText(), title, paragraphs, expected, split));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The article the annotator sees for a gold entry. */
  public static Article article(GoldArticle g) {
    return new Article(g.id(), g.id(), null, g.title(), null, null, null, List.of(), null, "en",
        g.paragraphs(), List.of(), "gold:" + g.id());
  }

  public static Report evaluate(EntityAnnotator annotator, List<GoldArticle> gold) {
    Map<EntityType, Score> byType = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      byType.put(t, new Score(0, 0, 0));
    }
    List<Difference> differences = new ArrayList<>();
    for (GoldArticle g : gold) {
      Entities found = annotator.annotate(article(g));
      for (EntityType t : EntityType.values()) {
        byType.put(t, byType.get(t).plus(compare(g.id(), t, found.of(t), g.expected().of(t), differences)));
      }
    }
    Score micro = new Score(0, 0, 0);
    for (Score s : byType.values()) {
      micro = micro.plus(s);
    }
    return new Report(gold.size(), byType, micro, differences);
  }

  private static Score compare(String id, EntityType type, List<String> found, List<String> expected,
      List<Difference> differences) {
    Set<String> want = keys(expected);
    Set<String> got = keys(found);
    int tp = 0;
    for (String f : found) {
      if (want.contains(Fold.key(f))) {
        tp++;
      } else {
        differences.add(new Difference(id, type, f, true));
      }
    }
    for (String e : expected) {
      if (!got.contains(Fold.key(e))) {
        differences.add(new Difference(id, type, e, false));
      }
    }
    return new Score(tp, got.size() - tp, want.size() - tp);
  }

  private static Set<String> keys(List<String> names) {
    Set<String> out = new HashSet<>();
    names.forEach(n -> out.add(Fold.key(n)));
    return out;
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    if (n.has(field)) {
      if (!n.get(field).isArray()) {
        throw new IllegalArgumentException("\"" + field + "\" must be an array");
      }
      n.get(field).forEach(v -> out.add(v.asText()));
    }
    return out;
  }
}
