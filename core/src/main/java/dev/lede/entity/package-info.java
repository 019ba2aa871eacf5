/**
 * Entities: people, places and organizations mentioned in an {@link dev.lede.extract.Article}, resolved to
 * canonical names (aliases, spelling and transliteration variants merged) that become facet values.
 */
package dev.lede.entity;
