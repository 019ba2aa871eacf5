package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.dedup.DedupOptions;
import dev.lede.dedup.MinHasher;
import dev.lede.extract.Article;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class IndexSchemaTest {
  @Test
  void theFieldListNamesEveryFieldTheLuceneDocumentHas() {
    Article a = IndexFixtures.article("a1", "Grain deal", "Valley Post", "Reuters", "2022-11-14",
        List.of("Ann Reporter"), List.of("Ships loaded with grain left the port of Odesa on Monday under the corridor deal.",
            "More ships followed on Tuesday, and insurers said cover would be renewed for another month."));
    a = new Article(a.id(), a.path(), a.url(), a.title(), "A standfirst", a.source(), a.wire(), a.authors(),
        a.published(), a.language(), a.paragraphs(), List.of("a note"), a.contentHash());
    IndexedArticle indexed = new IndexedArticle(a,
        IndexFixtures.entities(List.of("Olena Marchenko"), List.of("Odesa"), List.of("United Nations")));
    Document doc = IndexSchema.document(indexed, "a1",
        new MinHasher(DedupOptions.DEFAULTS).signature(String.join("\n", a.paragraphs())), Instant.EPOCH);
    Set<String> written = new TreeSet<>();
    for (IndexableField f : doc) {
      // facet fields carry their dimension, not a field name, until FacetsConfig.build indexes them
      written.add(f instanceof SortedSetDocValuesFacetField facet ? facet.dim : f.name());
    }
    assertEquals(IndexSchema.FIELDS.stream().map(IndexSchema.FieldSpec::name).collect(Collectors.toCollection(TreeSet::new)),
        written);
  }

  @Test
  void copiesGoOnlyToTextCopyFieldsAndEveryTextCopyIsFilled() {
    Set<String> copies = IndexSchema.FIELDS.stream().filter(f -> f.kind() == IndexSchema.FieldKind.TEXT_COPY)
        .map(IndexSchema.FieldSpec::name).collect(Collectors.toSet());
    Set<String> targets = IndexSchema.FIELDS.stream().flatMap(f -> f.copyTo().stream()).collect(Collectors.toSet());
    assertEquals(copies, targets);
    assertEquals(IndexSchema.FIELDS.size(),
        IndexSchema.FIELDS.stream().map(IndexSchema.FieldSpec::name).distinct().count(), "each name once");
  }
}
