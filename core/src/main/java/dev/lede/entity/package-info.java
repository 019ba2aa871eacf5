/**
 * Entities: people, places and organizations mentioned in an {@link dev.lede.extract.Article}, resolved to
 * canonical names (aliases, spelling and transliteration variants merged) that become facet values.
 *
 * <p>Entry point: {@link dev.lede.entity.EntityAnnotator}. Mentions come from an
 * {@link dev.lede.entity.EntityExtractor}; the bundled {@link dev.lede.entity.DefaultEntityExtractor} uses
 * capitalisation, sentence and headline handling, the GeoNames gazetteer, curated aliases, title and context
 * cues and organisation/place patterns, and no statistical model (fast, small, Apache-2.0 compatible). To plug in
 * another tagger, implement {@code EntityExtractor} (thread-safe, article in, typed mentions with offsets out) and
 * pass it to {@link dev.lede.entity.EntityAnnotator#create(EntityExtractor, java.nio.file.Path)}: alias merging,
 * canonical names, {@link dev.lede.entity.EntityOverrides} and {@link dev.lede.entity.NameVariants} work the same.
 *
 * <p>Data files (dev/lede/entity/*.txt, *.tsv) carry their source and licence in their headers; the gazetteer is
 * GeoNames (CC BY 4.0) from opensextant-xponents-core.
 */
package dev.lede.entity;
