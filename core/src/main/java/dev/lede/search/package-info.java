/**
 * Search: forgiving query parsing, multi-select facets, date histograms, structured snippets, story collapsing,
 * deep paging with cursors, export, and related articles, over an index built by {@link dev.lede.index}.
 */
package dev.lede.search;
