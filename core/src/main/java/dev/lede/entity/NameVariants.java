package dev.lede.entity;

import java.util.Set;

/**
 * Spelling and transliteration variants of names, used on the query side so that searching one form finds the
 * others ({@code Kiev} finds {@code Kyiv}). Implementations must be thread-safe.
 */
public interface NameVariants {
  /** Knows no variants. */
  NameVariants NONE = name -> Set.of();

  /**
   * Other forms of the given name or word (case-insensitive), not including the name itself; empty when the name
   * has no known variants.
   */
  Set<String> variantsOf(String name);
}
