package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static Published only(String text) {
    var found = DateParser.findAll(text);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    return found.get(0).published();
  }

  @Test
  void zoneAbbreviationBecomesOffset() {
    assertEquals(Published.of(OffsetDateTime.parse("2022-11-09T15:36-05:00")),
        only("Wednesday 09 November 2022 15:36 EST"));
    assertEquals(Published.of(OffsetDateTime.parse("2023-06-01T21:05+01:00")),
        only("Published June 1, 2023 at 9:05 p.m. BST"));
  }

  @Test
  void dateWithoutZoneIsADate() {
    assertEquals(Published.of(LocalDate.of(2022, 11, 14)), only("November 14, 2022"));
    assertEquals(Published.of(LocalDate.of(2025, 6, 22)), only("Sunday, 22 Jun 2025"));
    assertEquals(Published.of(LocalDate.of(2022, 11, 9)), only("Updated: Nov. 9, 2022 10:15"));
    assertTrue(DateParser.findAll("Sunday, 22 Jun 2025").get(0).weekday());
  }

  @Test
  void impossibleDatesAreNotDates() {
    assertTrue(DateParser.findAll("February 30, 2022").isEmpty());
    assertNull(DateParser.parseIso("yesterday"));
  }

  @Test
  void statedIsoValues() {
    assertEquals(Published.of(OffsetDateTime.parse("2023-03-02T09:30+01:00")),
        DateParser.parseIso("2023-03-02T09:30:00+01:00"));
    assertEquals(Published.of(LocalDate.of(2016, 9, 20)), DateParser.parseIso("2016-09-20"));
    assertEquals(Published.of(OffsetDateTime.parse("2023-03-01T08:00Z")), DateParser.parseIso("2023-03-01T08:00:00Z"));
  }
}
