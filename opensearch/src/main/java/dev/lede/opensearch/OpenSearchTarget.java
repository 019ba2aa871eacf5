package dev.lede.opensearch;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an archive lives in OpenSearch: the cluster's addresses, the alias the web app searches, and how new
 * generations are laid out. The password is never part of {@link #toString()}, messages or reports.
 *
 * @param urls one or more node addresses ({@code http://host:9200}, {@code https://...}); requests are spread over
 *     them and fail over between them
 * @param alias the name searched; each full rebuild creates {@code ALIAS-gen-N} and moves the alias to it
 * @param user basic-auth user, or null
 * @param password basic-auth password, or null
 * @param shards primary shards of a new generation
 * @param replicas replicas of a new generation (0 on a single node)
 */
public record OpenSearchTarget(List<URI> urls, String alias, String user, String password, int shards,
    int replicas) {
  /** Environment variable with the basic-auth user (so it stays off command lines and out of shell history). */
  public static final String USER_ENV = "LEDE_OPENSEARCH_USER";
  /** Environment variable with the basic-auth password. */
  public static final String PASSWORD_ENV = "LEDE_OPENSEARCH_PASSWORD";

  // OpenSearch index names: lower case, no leading '_', '-' or '+', none of \/*?"<>| , # or space; the suffix
  // "-gen-N" is added to it, so it stays well under the 255-byte limit.
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");

  public OpenSearchTarget {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("at least one OpenSearch address is needed");
    }
    for (URI url : urls) {
      if (url.getScheme() == null || !List.of("http", "https").contains(url.getScheme().toLowerCase(
          java.util.Locale.ROOT)) || url.getHost() == null) {
        throw new IllegalArgumentException("an OpenSearch address must look like http://host:9200 or https://host:9200");
      }
      if (url.getUserInfo() != null) {
        throw new IllegalArgumentException("put OpenSearch credentials in " + USER_ENV + " and " + PASSWORD_ENV
            + ", not in the address");
      }
    }
    Objects.requireNonNull(alias, "alias");
    if (!NAME.matcher(alias).matches() || alias.equals(".") || alias.equals("..")) {
      throw new IllegalArgumentException("an OpenSearch index name must be lower case letters, digits, '.', '_' or"
          + " '-', start with a letter or digit, and be at most 200 characters");
    }
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException("an OpenSearch user needs a password and a password a user");
    }
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("shards must be at least 1 and replicas at least 0");
    }
  }

  /**
   * A target from a comma-separated list of addresses and an alias, with one shard and one replica, and the
   * credentials from {@link #USER_ENV} and {@link #PASSWORD_ENV} when both are set in {@code env}.
   */
  public static OpenSearchTarget of(String urls, String alias, Map<String, String> env) {
    List<URI> list = new java.util.ArrayList<>();
    for (String part : urls.split(",")) {
      if (!part.isBlank()) {
        try {
          list.add(URI.create(part.strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("an OpenSearch address must look like http://host:9200");
        }
      }
    }
    String user = env.get(USER_ENV);
    String password = env.get(PASSWORD_ENV);
    boolean both = user != null && !user.isEmpty() && password != null;
    return new OpenSearchTarget(list, alias, both ? user : null, both ? password : null, 1, 1);
  }

  /** The same target with another shard and replica layout for new generations. */
  public OpenSearchTarget withLayout(int shards, int replicas) {
    return new OpenSearchTarget(urls, alias, user, password, shards, replicas);
  }

  /** The concrete index of generation {@code n}. */
  public String generation(long n) {
    return alias + "-gen-" + n;
  }

  @Override
  public String toString() {
    return "OpenSearchTarget[urls=" + urls + ", alias=" + alias + ", user=" + (user == null ? "none" : user)
        + ", shards=" + shards + ", replicas=" + replicas + "]";
  }
}
