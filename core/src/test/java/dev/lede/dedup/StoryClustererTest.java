package dev.lede.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.extract.Article;
import dev.lede.extract.Published;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  static final List<String> WIRE = List.of(
      "Three ships loaded with grain left the port on Wednesday, the first departures since the shipping"
          + " corridor reopened after a week of talks between the governments involved.",
      "The vessels carry about 120,000 tons of corn and wheat bound for Egypt, Spain and Indonesia, according"
          + " to the joint coordination centre that inspects every cargo before it sails.",
      "A spokeswoman for the port authority said crews had waited for clearance for nine days and that"
          + " another twelve ships were expected to load by the end of the month.",
      "Insurers had refused to cover ships in the area while the talks were suspended, leaving dozens of"
          + " vessels idle at anchor outside the harbour and farmers unable to sell their harvest.");

  static List<String> syndicated() {
    List<String> p = new ArrayList<>();
    p.add("Sign up for our morning newsletter to get the day's top stories in your inbox.");
    p.add(WIRE.get(0).replace("on Wednesday", "on Wednesday morning"));
    p.add(WIRE.get(1));
    p.add(WIRE.get(2).replace("nine days", "nearly nine days"));
    p.add(WIRE.get(3).replace("harbour", "harbor"));
    p.add("This story was distributed by a wire service. Copyright all rights reserved.");
    return p;
  }

  static final List<String> SAME_TOPIC = List.of(
      "Farmers near the port say the reopened shipping corridor came too late for much of this year's crop,"
          + " which rotted in silos while the talks between the governments dragged on.",
      "A spokeswoman for the port authority visited a cooperative and promised that loading of grain and"
          + " wheat would be faster now that inspections of every cargo have resumed.",
      "Several families said they would plant sunflowers instead of wheat next spring because the seeds keep"
          + " better when ports close without warning and insurers refuse to cover ships.");

  static Article article(String id, String date, String title, List<String> body) {
    return new Article(id, null, null, title, null, null, null, List.of(),
        date == null ? null : Published.of(LocalDate.parse(date)), "en", body, List.of(), "h-" + id);
  }

  @Test
  void syndicatedCopyScoresHighAndSameTopicScoresLow() {
    MinHasher hasher = new MinHasher(DedupOptions.DEFAULTS);
    Signature wire = hasher.signature(String.join("\n\n", WIRE));
    double copy = hasher.similarity(wire, hasher.signature(String.join("\n\n", syndicated())));
    double topic = hasher.similarity(wire, hasher.signature(String.join("\n\n", SAME_TOPIC)));
    assertTrue(copy >= 0.6, "syndicated copy similarity " + copy);
    assertTrue(topic <= 0.15, "same-topic similarity " + topic);
    assertEquals(wire, hasher.fromBytes(wire.toBytes()));
  }

  @Test
  void syndicatedVersionsShareTheEarliestMembersStory() {
    Map<String, String> stories = new StoryClusterer(DedupOptions.DEFAULTS).assign(List.of(
        article("copy", "2022-11-10", "GRAIN SHIPS LEAVE PORT", syndicated()),
        article("wire", "2022-11-09", "Grain ships leave port", WIRE),
        article("topic", "2022-11-08", "Farmers count losses", SAME_TOPIC)));
    assertEquals(Map.of("copy", "wire", "wire", "wire", "topic", "topic"), stories);
  }

  @Test
  void undatedMembersNeverBecomeCanonicalAndDisabledMeansSingletons() {
    List<Article> batch = List.of(article("a-undated", null, "x", WIRE), article("b-dated", "2022-01-01", "y",
        syndicated()));
    assertEquals(Map.of("a-undated", "b-dated", "b-dated", "b-dated"),
        new StoryClusterer(DedupOptions.DEFAULTS).assign(batch));
    assertEquals(Map.of("a-undated", "a-undated", "b-dated", "b-dated"),
        new StoryClusterer(DedupOptions.DISABLED).assign(batch));
  }

  @Test
  void shortBodiesAreNeverClustered() {
    List<String> tiny = List.of("Markets closed higher.");
    assertEquals(Map.of("a", "a", "b", "b"), new StoryClusterer(DedupOptions.DEFAULTS).assign(List.of(
        article("a", "2022-01-01", "t", tiny), article("b", "2022-01-02", "t", tiny))));
  }
}
