/**
 * Near-duplicates: MinHash signatures over word shingles of the clean body, LSH band keys for finding candidates,
 * and the similarity estimate that decides whether two articles are versions of one story.
 */
package dev.lede.dedup;
