package dev.lede.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllEvaluationTest {
  private static final Path TINY = Path.of("src/test/resources/entity/tiny.conll");

  @Test
  void readsDocumentsWithDistinctNamesHeadlineCapitalsFoldedAndLoneSurnamesDropped() throws Exception {
    List<ConllEvaluation.Document> docs = ConllEvaluation.read(TINY);
    assertEquals(2, docs.size());
    ConllEvaluation.Document first = docs.get(0);
    assertEquals("conll-001", first.id());
    assertEquals("SOCCER - JAPAN WIN .", first.lines().get(0));
    assertEquals(List.of("Japan", "Syria"), first.gold().places()); // JAPAN and Japan are one, the form not in caps
    assertEquals(List.of("Shu Kamo", "Bill Clinton"), first.gold().people()); // "Kamo", "Clinton" are them
    assertEquals(List.of("Nippon Steel"), first.gold().orgs());
    // IOB1: B-LOC splits two adjacent places
    assertEquals(List.of("Germany", "France", "U.S."), docs.get(1).gold().places());
  }

  @Test
  void scoresPerDocumentWithLenientPersonMatchingAndFoldedNames() throws Exception {
    List<ConllEvaluation.Document> docs = ConllEvaluation.read(TINY);
    Map<String, Entities> found = Map.of(
        "conll-001", new Entities(List.of("Kamo", "William Clinton", "Hillary Clinton"), List.of("JAPAN", "Tokyo"),
            List.of()),
        "conll-002", new Entities(List.of(), List.of("Germany", "France", "US"), List.of()));
    EntityEvaluation.Report r = ConllEvaluation.score(docs, found);
    // people: "Kamo" ~ Shu Kamo (lone surname); "William Clinton" !~ Bill Clinton (other initial); Hillary spurious
    assertEquals(new EntityEvaluation.Score(1, 2, 1), r.byType().get(EntityType.PERSON));
    // places: JAPAN = Japan, US = U.S.; Tokyo spurious; Syria missed
    assertEquals(new EntityEvaluation.Score(4, 1, 1), r.byType().get(EntityType.PLACE));
    assertEquals(new EntityEvaluation.Score(0, 0, 1), r.byType().get(EntityType.ORG));
    assertEquals(new EntityEvaluation.Score(5, 3, 3), r.micro());
  }

  @Test
  void otherCorporaTypesAreMappedAndTheirSentencesAreDocumentsOfTheirOwn(@TempDir Path dir) throws Exception {
    Path crossner = dir.resolve("music.txt");
    Files.writeString(crossner, String.join("\n", "Liam\tB-musicalartist", "joined\tO", "Oasis\tB-band", ".\tO", "",
        "The\tB-album", "Masterplan\tI-album", "sold\tO", "in\tO", "Japan\tB-country", "hip\tO", ""));
    List<ConllCorpus.Doc> docs = ConllCorpus.read(crossner, EntityModelTraining.typeMap());
    assertEquals(2, docs.size(), "no -DOCSTART-: one document per sentence");
    assertEquals(List.of("B-PER", "O", "B-ORG", "O"), docs.get(0).sentences().get(0).tags());
    assertEquals(List.of("B-MISC", "I-MISC", "O", "O", "B-LOC", "O"), docs.get(1).sentences().get(0).tags());

    Path unknown = dir.resolve("unknown.txt");
    Files.writeString(unknown, "Xyz\tB-spaceship\n");
    java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> ConllCorpus.read(unknown, EntityModelTraining.typeMap()));
    assertTrue(e.getMessage().contains("'spaceship'"), e.getMessage());
    // the CoNLL files keep their documents
    assertEquals(2, ConllCorpus.read(TINY, EntityModelTraining.typeMap()).size());
  }

  @Test
  void trainingIsReproducibleAndLearnsItsExamples(@TempDir Path dir) throws Exception {
    EntityModelTraining.Options options = new EntityModelTraining.Options(8, 16, 3);
    List<EntityModelTraining.Epoch> epochs = new ArrayList<>();
    Path a = dir.resolve("a.model");
    Path b = dir.resolve("b.model");
    EntityModelTraining.train(TINY, TINY, options, a, epochs::add);
    EntityModelTraining.train(TINY, null, options, b, e -> { });
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same data, seed and epochs: same model");
    assertEquals(16, epochs.size(), "eight epochs of the first pass, then eight of the second");
    for (EntityModelTraining.Epoch last : List.of(epochs.get(7), epochs.get(15))) {
      assertEquals(0, last.mistakes(), "eight epochs over three sentences leave no mistakes: " + last);
      assertTrue(last.devF1() > 0.99, "it tags its own training text: " + last);
    }
    assertEquals(List.of(1, 2), epochs.stream().map(EntityModelTraining.Epoch::pass).distinct().toList());
  }

  @Test
  void eachPassCarriesAFittedTemperatureAndBeamDecodingTagsItsTrainingText(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("m.model");
    EntityModelTraining.train(TINY, TINY, new EntityModelTraining.Options(8, 16, 3), model, e -> { });
    List<NerModel> passes;
    try (var in = Files.newInputStream(model)) {
      passes = NerModel.read(in);
    }
    assertEquals(2, passes.size());
    for (NerModel m : passes) {
      assertTrue(m.temperature > 0 && Float.isFinite(m.temperature), "a fitted temperature: " + m.temperature);
    }
    EntityData data = EntityData.load();
    NerFeatures features = new NerFeatures(data, new SpanFinder(data), WordClusters.bundled());
    NerTagger beam = new NerTagger(passes, features);
    NerTagger greedy = new NerTagger(passes.stream().map(m -> m.withTemperature(0f)).toList(), features);
    double beamF1 = EntityModelTraining.mentionF1(beam, examples(features));
    assertTrue(beamF1 > 0.99, "the beam tags the training text as well as greedy decoding: " + beamF1);
    assertEquals(EntityModelTraining.mentionF1(greedy, examples(features)), beamF1, 1e-9);
  }

  private static List<NerTrainer.Example> examples(NerFeatures features) throws Exception {
    List<NerTrainer.Example> out = new ArrayList<>();
    for (ConllCorpus.Doc d : ConllCorpus.read(TINY)) {
      out.add(NerTrainer.example(features, d));
    }
    return out;
  }
}
