package dev.lede.search;

import static dev.lede.index.IndexFixtures.article;
import static dev.lede.index.IndexFixtures.entities;

import dev.lede.index.IndexedArticle;
import java.util.ArrayList;
import java.util.List;

/** A small fixed corpus of hand-written articles (fictional outlets) for golden tests. */
final class GoldenCorpus {
  static final String WIRE = "Global Wire Service";
  static final String HARBOR = "Harbor Times";
  static final String VALLEY = "Valley Post";
  static final String LEDGER = "Northern Ledger";
  static final String COAST = "Coast Daily";

  static final List<String> WIRE_STORY = List.of(
      "ODESA, Ukraine (Global Wire Service) - Three ships loaded with grain left the port of Odesa on Wednesday,"
          + " the first departures since the shipping corridor reopened after a week of talks in Istanbul.",
      "The vessels carry about 120,000 tons of corn and wheat bound for Egypt, Spain and Indonesia, according to"
          + " the joint coordination centre that inspects every cargo before it sails.",
      "Maria Kovalenko, who speaks for the port authority, said crews had waited for clearance for nine days and"
          + " that another twelve ships were expected to load by the end of the month.",
      "The United Nations brokered the original agreement in July, and officials said it had kept food prices"
          + " from rising further in countries that depend on imported wheat.",
      "Insurers had refused to cover ships in the area while the talks were suspended, leaving dozens of"
          + " vessels idle at anchor outside the harbour and farmers unable to sell their harvest.",
      "Traders in Chicago said wheat futures fell two percent after the announcement, the largest daily drop"
          + " in three weeks, as buyers expected more supply to reach the market before winter.");

  /** The wire story as a syndicating outlet ran it: boilerplate around it and a few small edits. */
  static List<String> syndicated() {
    List<String> p = new ArrayList<>();
    p.add("Sign up for our morning newsletter to get the day's top stories in your inbox.");
    p.add(WIRE_STORY.get(0).replace("on Wednesday", "on Wednesday morning"));
    p.add(WIRE_STORY.get(1));
    p.add(WIRE_STORY.get(2).replace("nine days", "nearly nine days"));
    p.add(WIRE_STORY.get(3));
    p.add(WIRE_STORY.get(4).replace("harbour", "harbor"));
    p.add(WIRE_STORY.get(5));
    p.add("This story was distributed by Global Wire Service. Copyright all rights reserved.");
    return p;
  }

  static List<IndexedArticle> articles() {
    return List.of(
        new IndexedArticle(article("g01", "Grain Ships Leave Odesa as Corridor Reopens", WIRE, WIRE,
            "2022-11-09", List.of("Lena Ortiz"), WIRE_STORY),
            entities(List.of("Maria Kovalenko"), List.of("Odesa", "Istanbul"), List.of("United Nations"))),
        new IndexedArticle(article("g02", "GRAIN SHIPS LEAVE ODESA AS CORRIDOR REOPENS", HARBOR, WIRE,
            "2022-11-10", List.of("Lena Ortiz"), syndicated()),
            entities(List.of("Maria Kovalenko"), List.of("Odesa", "Istanbul"), List.of("United Nations"))),
        new IndexedArticle(article("g03", "Odesa farmers count losses as the corridor reopens", VALLEY, null,
            "2022-11-12", List.of("Anna Lis"), List.of(
                "Farmers around Odesa say the reopened corridor came too late for much of this year's crop,"
                    + " which rotted in silos while the talks in Istanbul dragged on.",
                "Maria Kovalenko, a spokeswoman for the port, visited a cooperative near the city and promised"
                    + " that loading would be faster now that inspections have resumed.",
                "The United Nations estimates that a fifth of the harvest in the south was lost to storage"
                    + " problems, a figure the cooperative's director called optimistic.",
                "Several families said they would plant sunflowers instead of wheat next spring because the"
                    + " seeds keep better when ports close without warning.")),
            entities(List.of("Maria Kovalenko"), List.of("Odesa", "Istanbul"), List.of("United Nations"))),
        new IndexedArticle(article("g04", "Winter blackouts test Kyiv's power grid", VALLEY, null,
            "2022-11-20", List.of("Anna Lis"), List.of(
                "Engineers in Kyiv worked through the night to restore electricity after another wave of"
                    + " strikes on substations left half of the capital without heat.",
                "Oleh Marchenko of Ukrenergo said the power grid was holding but warned of rolling blackouts"
                    + " for the rest of the winter.")),
            entities(List.of("Oleh Marchenko"), List.of("Kyiv"), List.of("Ukrenergo"))),
        new IndexedArticle(article("g05", "Central bank raises rates again", HARBOR, null, "2022-10-15",
            List.of("Tom Reed"), List.of(
                "The Bank of England raised interest rates for the eighth time in a row, saying inflation"
                    + " would stay high into next year.",
                "Governor Jane Holloway said the decision was not easy and that households would feel it.")),
            entities(List.of("Jane Holloway"), List.of("London"), List.of("Bank of England"))),
        new IndexedArticle(article("g06", "Ceasefire talks stall in Istanbul", LEDGER, null, "2022-11-30",
            List.of(), List.of(
                "Negotiators left Istanbul without an agreement on Tuesday, and the United Nations said it"
                    + " would try again in December.",
                "Maria Kovalenko and Oleh Marchenko attended as observers and declined to comment on the"
                    + " grain corridor.")),
            entities(List.of("Maria Kovalenko", "Oleh Marchenko"), List.of("Istanbul", "Odesa"),
                List.of("United Nations"))),
        new IndexedArticle(article("g07", "Readers write about the grain deal", null, null, null, List.of(),
            List.of("Several readers wrote to ask why grain from Odesa still costs more than before the war.")),
            entities(List.of(), List.of("Odesa"), List.of())),
        new IndexedArticle(article("g08", "Harbour festival returns to Port Alder", COAST, null, "2021-06-01",
            List.of("Tom Reed"), List.of(
                "The harbour festival returned to Port Alder after two quiet years, with tall ships, music and"
                    + " a fish market along the quay.")),
            entities(List.of(), List.of("Port Alder"), List.of())),
        new IndexedArticle(new dev.lede.extract.Article("g09", "fixtures/g09.txt", null,
            "Les navires céréaliers quittent Odessa", null, COAST, null, List.of(),
            dev.lede.extract.Published.of(java.time.LocalDate.parse("2022-11-14")), "fr", List.of(
                "Trois navires chargés de céréales ont quitté le port d'Odessa mercredi, selon l'autorité"
                    + " portuaire."), List.of(), "hash-g09"),
            entities(List.of(), List.of("Odesa"), List.of())),
        new IndexedArticle(article("g10", "Power grid repairs continue in Kyiv", LEDGER, null, "2022-11-09",
            List.of("Anna Lis", "Piotr Nowak"), List.of(
                "Repair crews replaced two transformers in Kyiv, and Ukrenergo said the power grid could"
                    + " handle the cold snap expected this weekend.",
                "Oleh Marchenko thanked the engineers, many of whom have not had a day off since October.")),
            entities(List.of("Oleh Marchenko"), List.of("Kyiv"), List.of("Ukrenergo"))),
        new IndexedArticle(article("g11", "Shipping insurers return to the Black Sea", HARBOR, null, "2022-11-21",
            List.of("Tom Reed"), List.of(
                "Marine insurers in London have started writing policies for ships calling at Odesa again,"
                    + " brokers said, although premiums remain several times higher than before the war.")),
            entities(List.of(), List.of("Odesa", "London"), List.of())),
        new IndexedArticle(article("g12", "Grain prices fall as exports resume", VALLEY, null, "2022-12-02",
            List.of(), List.of(
                "Wheat and corn prices fell for a second week as exports from Odesa resumed, the United"
                    + " Nations food agency said in its monthly report.")),
            entities(List.of(), List.of("Odesa"), List.of("United Nations"))));
  }

  private GoldenCorpus() {}
}
