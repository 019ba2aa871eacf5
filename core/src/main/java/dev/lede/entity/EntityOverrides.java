package dev.lede.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An operator's corrections to entity facets, kept in a tab-separated file next to the index and applied at
 * index time, so they survive every reindex. One rule per line; {@code #} starts a comment:
 *
 * <pre>
 * # action  TYPE    name                  target
 * merge     PERSON  Zelenskyy             Volodymyr Zelensky
 * rename    ORG     Ukrainian Army        Armed Forces of Ukraine
 * retype    ORG     Kherson               PLACE
 * block     PERSON  Twitter Picture
 * </pre>
 *
 * <p>{@code merge} and {@code rename} both map a name (a canonical name or any surface form) to another
 * canonical name: merge says "this is that entity", rename gives an entity a new name. {@code retype} moves an
 * entity to another type; {@code block} removes it. Names match case- and accent-insensitively. A bad line fails
 * the whole file with an {@link InvalidOverridesException} naming the line, so a typo never silently drops rules.
 */
public final class EntityOverrides {
  /** What a rule does. */
  public enum Action {
    MERGE,
    RENAME,
    RETYPE,
    BLOCK
  }

  /**
   * One rule.
   *
   * @param action what to do
   * @param type the type of the entity the rule applies to
   * @param name the name it applies to
   * @param target the new name (merge, rename), or null
   * @param newType the new type (retype), or null
   * @param line where it was written, 1-based (0 when built in code)
   */
  public record Rule(Action action, EntityType type, String name, String target, EntityType newType, int line) {
    public Rule {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(type, "type");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("rule has no name");
      }
      boolean needsTarget = action == Action.MERGE || action == Action.RENAME;
      if (needsTarget && (target == null || target.isBlank())) {
        throw new IllegalArgumentException(action + " rule for " + Fold.quote(name) + " has no target name");
      }
      if (action == Action.RETYPE && newType == null) {
        throw new IllegalArgumentException("retype rule for " + Fold.quote(name) + " has no new type");
      }
    }
  }

  /** No corrections. */
  public static final EntityOverrides NONE = new EntityOverrides(List.of());

  private final List<Rule> rules;
  private final Map<String, Rule> byKey = new HashMap<>();

  private EntityOverrides(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    for (Rule r : this.rules) {
      byKey.put(key(r.type(), r.name()), r);
    }
  }

  /** Reads an overrides file (UTF-8). */
  public static EntityOverrides load(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /**
   * Parses overrides lines.
   *
   * @param sourceName the name used in error messages
   * @throws InvalidOverridesException on the first bad line
   */
  public static EntityOverrides parse(List<String> lines, String sourceName) {
    List<Rule> rules = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Rule rule = parseLine(line, i + 1, sourceName);
      Integer earlier = seen.put(key(rule.type(), rule.name()), i + 1);
      if (earlier != null) {
        throw new InvalidOverridesException(sourceName, i + 1,
            rule.type() + " " + Fold.quote(rule.name()) + " already has a rule on line " + earlier);
      }
      rules.add(rule);
    }
    return new EntityOverrides(rules);
  }

  private static Rule parseLine(String line, int n, String source) {
    String[] f = line.split("\t");
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    Action action = switch (f[0].toLowerCase(java.util.Locale.ROOT)) {
      case "merge" -> Action.MERGE;
      case "rename" -> Action.RENAME;
      case "retype" -> Action.RETYPE;
      case "block" -> Action.BLOCK;
      default -> throw new InvalidOverridesException(source, n,
          "unknown action " + Fold.quote(f[0]) + " (expected merge, rename, retype or block, tab-separated)");
    };
    int expected = action == Action.BLOCK ? 3 : 4;
    if (f.length != expected) {
      String form = action == Action.BLOCK ? "block<TAB>TYPE<TAB>name"
          : action.name().toLowerCase(java.util.Locale.ROOT) + "<TAB>TYPE<TAB>name<TAB>"
              + (action == Action.RETYPE ? "NEWTYPE" : "target name");
      throw new InvalidOverridesException(source, n, "expected " + expected + " tab-separated fields: " + form
          + ", found " + f.length);
    }
    EntityType type = type(f[1], n, source);
    if (f[2].isEmpty()) {
      throw new InvalidOverridesException(source, n, "empty name");
    }
    return switch (action) {
      case BLOCK -> new Rule(action, type, f[2], null, null, n);
      case RETYPE -> new Rule(action, type, f[2], null, type(f[3], n, source), n);
      default -> {
        if (f[3].isEmpty()) {
          throw new InvalidOverridesException(source, n, "empty target name");
        }
        yield new Rule(action, type, f[2], f[3], null, n);
      }
    };
  }

  private static EntityType type(String s, int n, String source) {
    for (EntityType t : EntityType.values()) {
      if (t.name().equalsIgnoreCase(s)) {
        return t;
      }
    }
    throw new InvalidOverridesException(source, n, "unknown type " + Fold.quote(s) + " (expected PERSON, PLACE or ORG)");
  }

  /** The rules, in file order. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * A short fingerprint of what the rules do (not of comments, blank lines or line numbers): equal rules give equal
   * fingerprints. A reindex compares it with the one its last commit used to tell whether corrections changed.
   */
  public String fingerprint() {
    if (rules.isEmpty()) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    for (Rule r : rules) {
      text.append(r.action()).append('\t').append(r.type()).append('\t').append(r.name()).append('\t')
          .append(r.target()).append('\t').append(r.newType()).append('\n');
    }
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The rule for this entity, or null. */
  Rule find(EntityType type, String name) {
    return byKey.get(key(type, name));
  }

  private static String key(EntityType type, String name) {
    return type + "\t" + Fold.key(name);
  }
}
