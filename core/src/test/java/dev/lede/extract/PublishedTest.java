package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Published values read back from their text form, as the index stores them. */
class PublishedTest {
  @Test
  void everyDayOfALeapAndACommonYearReadsBackAsItself() {
    for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2025, 1, 1)); d = d.plusDays(1)) {
      assertEquals(Published.of(d), Published.parse(d.toString()));
    }
  }

  @Test
  void aDateTimeKeepsItsOffset() {
    OffsetDateTime t = OffsetDateTime.parse("2022-11-09T15:36-05:00");
    assertEquals(Published.of(t), Published.parse(Published.of(t).toString()));
    assertNull(Published.parse(null));
  }

  @Test
  void impossibleOrMalformedDatesAreRefusedAsParseErrors() {
    for (String bad : new String[] {"2023-02-29", "2022-13-01", "2022-00-10", "2022-04-31", "2022/04/01",
        "20x2-04-01", "2022-4-011"}) {
      assertThrows(DateTimeParseException.class, () -> Published.parse(bad), bad);
    }
  }
}
