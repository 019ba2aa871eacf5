/**
 * Index: the Lucene schema (every field and facet name defined once), and writing articles with their entities and
 * story ids into an on-disk index with atomic, crash-safe commits.
 */
package dev.lede.index;
