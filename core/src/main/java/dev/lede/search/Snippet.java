package dev.lede.search;

import java.util.List;

/**
 * One passage of an article shown under a hit, as fragments.
 *
 * @param fragments the passage's text in order; concatenated texts give the passage
 */
public record Snippet(List<Fragment> fragments) {
  public Snippet {
    fragments = List.copyOf(fragments);
  }

  /** The article's opening sentences as one unmatched snippet (what a hit shows when browsing without a query). */
  public static List<Snippet> lead(List<String> paragraphs) {
    return Snippets.lead(paragraphs);
  }

  /** The passage as plain text. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Fragment f : fragments) {
      sb.append(f.text());
    }
    return sb.toString();
  }
}
