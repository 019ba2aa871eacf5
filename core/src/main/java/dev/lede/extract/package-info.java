/**
 * Extract: turn a {@link dev.lede.ingest.SourceDocument} into an {@link dev.lede.extract.Article}: the clean story
 * (boilerplate removed by general rules), title, standfirst, outlet, wire agency, authors, publication date and
 * language, with notes that explain every uncertain decision.
 *
 * <p>Knowledge about outlets lives in the source registry data file, never in code.
 */
package dev.lede.extract;
