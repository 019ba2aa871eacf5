package dev.lede.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchesFileTest {
  @Test
  void skipsCommentsAndBlankLinesAndNamesAnUnnamedSearchByItself() {
    SearchesFile f = SearchesFile.parse(List.of("\uFEFF# saved by the desk", "", "   # indented comment",
        "  kherson  \tq=kherson", "q=odesa&source=AP  ", "\tq=odesa", "\t"));
    assertEquals(List.of("kherson@4", "q=odesa&source=AP@5"),
        f.searches().stream().map(s -> s.name() + "@" + s.line()).toList());
    assertEquals(List.of("6: the name before the tab is empty"),
        f.problems().stream().map(p -> p.line() + ": " + p.reason()).toList());
  }

  @Test
  void aSearchWithoutANameMayBeLongButANameMayNot() {
    String longSearch = "q=" + "kherson+".repeat(100);
    SearchesFile f = SearchesFile.parse(List.of(longSearch, "x".repeat(201) + "\tq=kherson"));
    assertEquals(1, f.searches().size());
    assertEquals("the name is over 200 characters", f.problems().get(0).reason());
  }

  @Test
  void searchesPastTheLimitAreReportedNotRun() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < SearchesFile.MAX_SEARCHES + 2; i++) {
      lines.add("s" + i + "\tq=w" + i);
    }
    SearchesFile f = SearchesFile.parse(lines);
    assertEquals(SearchesFile.MAX_SEARCHES, f.searches().size());
    assertEquals(List.of(1_001, 1_002), f.problems().stream().map(SearchesFile.Problem::line).toList());
    assertEquals(SearchesFile.MAX_SEARCHES + 2, f.names().size(), "their state is kept");
  }
}
