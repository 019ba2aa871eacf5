/**
 * Scale-out to an OpenSearch 3 cluster: the Lede schema as an OpenSearch mapping ({@link
 * dev.lede.opensearch.OpenSearchMapping}) and publishing an index home to the cluster behind an alias ({@link
 * dev.lede.opensearch.OpenSearchPublisher}). OpenSearch 3 is built on Lucene 10 like lede-core, so the same analysis
 * chain is declared with OpenSearch's own filters.
 */
package dev.lede.opensearch;
