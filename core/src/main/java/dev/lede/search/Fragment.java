package dev.lede.search;

import java.util.Objects;

/**
 * A piece of a snippet or title: plain text, and whether it matched the query. Templates escape the text and mark
 * matched pieces; no HTML is ever built in Java.
 *
 * @param text the characters, unescaped
 * @param matched whether this piece matched a query term
 */
public record Fragment(String text, boolean matched) {
  public Fragment {
    Objects.requireNonNull(text, "text");
  }
}
