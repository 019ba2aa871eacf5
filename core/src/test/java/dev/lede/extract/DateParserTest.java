package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  @Test
  void monthNamesInEightLanguages() {
    assertEquals(Published.of(LocalDate.of(2022, 2, 1)), only("1. Februar 2022, Daniel Muster"));
    assertEquals(Published.of(LocalDate.of(2020, 3, 1)), only("Publié le 1er mars 2020"));
    assertEquals(Published.of(LocalDate.of(2022, 5, 3)), only("3 de mayo de 2022"));
    assertEquals(Published.of(LocalDate.of(2021, 12, 24)), only("24 dicembre 2021"));
    assertEquals(Published.of(LocalDate.of(2019, 6, 7)), only("7 de junho de 2019"));
    assertEquals(Published.of(LocalDate.of(2018, 10, 26)), only("26 okt 2018"));
    assertEquals(Published.of(LocalDate.of(2023, 5, 17)), only("17 mei 2023"));
    assertEquals(Published.of(LocalDate.of(2022, 3, 9)), only("9 марта 2022 г."));
    assertEquals(Published.of(LocalDate.of(2020, 3, 4)), only("4. März 2020"));
  }

  @Test
  void numericDatesAreDayFirstUnlessTheDayShowsOtherwise() {
    assertEquals(Published.of(LocalDate.of(2020, 4, 27)), only("27.04.2020 - 18:50 Uhr"));
    assertEquals(Published.of(LocalDate.of(2020, 4, 27)), only("am 27/04/2020"));
    assertEquals(Published.of(LocalDate.of(2020, 12, 25)), only("12/25/2020"));
    assertTrue(DateParser.findAll("04/05/2020").isEmpty());
    assertTrue(DateParser.findAll("version 1.27.04.2020").isEmpty());
  }

  @Test
  void statedValuesInASitesOwnFormat() {
    assertEquals(Published.of(OffsetDateTime.parse("2020-01-28T15:28+01:00")),
        DateParser.parseIso("Tue Jan 28 15:28:56 CET 2020"));
    assertEquals(Published.of(LocalDate.of(2020, 4, 27)), DateParser.parseIso("27.04.2020 - 18:50 Uhr"));
  }

  @Test
  void aBlogEnginesGluedDatesAreBothRead() {
    var found = DateParser.findAll("Published on 19. Juni 201619. Juni 2016 von Jane");
    assertEquals(LocalDate.of(2016, 6, 19), found.get(0).published().date());
    assertEquals(LocalDate.of(2016, 4, 15), DateParser.findAll("Posted on Freitag, 15. April 2016Samstag").get(0)
        .published().date());
    assertTrue(DateParser.findAll("1. April 201612").isEmpty());
  }

  @Test
  void weekdayNamesInOtherLanguagesOpenTheDate() {
    var spanish = DateParser.findAll("Miércoles, 4 de Mayo de 2022 a las 07:46hrs.");
    assertEquals(Published.of(LocalDate.of(2022, 5, 4)), spanish.get(0).published());
    assertTrue(spanish.get(0).weekday());
    assertTrue(DateParser.findAll("Mittwoch, 8. Juli 2020").get(0).weekday());
    assertTrue(DateParser.findAll("vendredi 3 mars 2023").get(0).weekday());
  }

  @Test
  void aTwoDigitDayGluedToTheBylinesNameIsStillADate() {
    assertEquals(Published.of(LocalDate.of(2022, 5, 4)), only("Por Rodrigo Mejías04 de mayo 2022 a las 09:01 hrs."));
    assertEquals(Published.of(LocalDate.of(2020, 5, 3)), only("Simon 3 May 2020"));
    assertTrue(DateParser.findAll("Model X3 May 2020").isEmpty(), "one digit after a capital is a model's name");
  }

  @Test
  void aDottedDateWithATwoDigitYearIsOfThisCenturyButAVersionNumberIsNoDate() {
    assertEquals(Published.of(LocalDate.of(2023, 10, 31)), only("Von: Björn Jahner | 31.10.23"));
    assertEquals(Published.of(LocalDate.of(2023, 1, 1)), only("Erstellt am 01.01.23 um 08:35"));
    assertTrue(DateParser.findAll("Update auf v1.10.23 verfügbar").isEmpty());
    assertTrue(DateParser.findAll("Build 1.10.23.4").isEmpty());
    assertTrue(DateParser.findAll("Jetzt mit Version 2.10.20 verfügbar").isEmpty());
    assertTrue(DateParser.findAll("31.13.23").isEmpty());
  }

  @Test
  void aSlashDateBothOfWhoseOrdersAreDatesIsReadDayFirstOnlyWhenTheLanguageSaysSo() {
    assertTrue(DateParser.findAll("Ariel Melgar Cabrera 3/5/2022 22:41").isEmpty());
    assertEquals(Published.of(LocalDate.of(2022, 5, 3)),
        DateParser.findAll("Ariel Melgar Cabrera 3/5/2022 22:41", true).get(0).published());
    assertEquals(Published.of(LocalDate.of(2020, 12, 25)), only("12/25/2020"));
    assertEquals(Published.of(LocalDate.of(2020, 12, 25)), DateParser.findAll("12/25/2020", true).get(0).published());
  }

  @Test
  void aDateLineMayCarryClockTimesAndASlashDateInEitherOrder() {
    assertTrue(LineClassifier.dateLine("07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17"));
    assertTrue(LineClassifier.dateLine("27.04.2020 - 18:50 Uhr 3 Kommentare"));
    assertTrue(LineClassifier.dateLine("Updated 9:30 AM ET, Mon March 4, 2019"));
    assertFalse(LineClassifier.dateLine("The council met on 12 May 2022 at 18:30 to vote on the budget"));
  }
}
