package dev.lede.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates (with time and zone when written) in English page text and ISO-8601 strings. */
final class DateParser {
  /**
   * A date written somewhere in a line.
   *
   * @param start offset of the first character
   * @param end offset after the last character
   * @param published the value, with a date-time when the time and zone were both given
   * @param weekday whether a weekday name was written with it
   */
  record Found(int start, int end, Published published, boolean weekday) {}

  private static final String WEEKDAY = "(?<wd>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
  private static final String MONTH =
      "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String TIME =
      "(?:,?\\s*(?:at\\s+|[-|]\\s*)?(?<h>\\d{1,2})[:.](?<min>\\d{2})(?::\\d{2})?\\s*(?<ampm>[ap]\\.?m\\.?)?"
          + "\\s*(?<zone>[A-Z]{2,5}\\b|[+-]\\d{2}:?\\d{2}|(?:UTC|GMT)[+-]\\d{1,2})?)?";
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b" + WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})\\b" + TIME,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b" + WEEKDAY + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(?<year>(?:19|20)\\d{2})\\b"
          + TIME,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile(
      "\\b(?<year>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<day>\\d{2})(?:[T ](?<h>\\d{2}):(?<min>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?"
          + "(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?");
  /** Common zone abbreviations in English news pages; ambiguous ones (IST, CST in Asia) take the news-page usage. */
  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("UTC", "Z"), Map.entry("GMT", "Z"), Map.entry("Z", "Z"), Map.entry("BST", "+01:00"),
      Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"),
      Map.entry("MSK", "+03:00"), Map.entry("IST", "+05:30"), Map.entry("PKT", "+05:00"), Map.entry("SGT", "+08:00"),
      Map.entry("HKT", "+08:00"), Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"), Map.entry("AEST", "+10:00"),
      Map.entry("AEDT", "+11:00"), Map.entry("ACST", "+09:30"), Map.entry("AWST", "+08:00"),
      Map.entry("NZST", "+12:00"), Map.entry("NZDT", "+13:00"), Map.entry("EST", "-05:00"),
      Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"),
      Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("AKST", "-09:00"),
      Map.entry("HST", "-10:00"), Map.entry("ET", "-05:00"), Map.entry("PT", "-08:00"));

  private DateParser() {}

  /** Every date written in the text, in order of appearance. */
  static List<Found> findAll(String text) {
    List<Found> found = new ArrayList<>();
    if (!hasYear(text)) {
      return found; // every pattern needs a year; most lines have none, and three regexes are costly
    }
    for (Pattern p : List.of(MONTH_FIRST, DAY_FIRST, ISO)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Published value = toPublished(m, p == ISO);
        if (value != null && found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
          found.add(new Found(m.start(), m.end(), value, p != ISO && m.group("wd") != null));
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** Whether four ASCII digits starting with 19 or 20 occur: what every pattern's year group needs. */
  private static boolean hasYear(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        run++;
        if (run >= 4) {
          char a = text.charAt(i - 3);
          char b = text.charAt(i - 2);
          if ((a == '1' && b == '9') || (a == '2' && b == '0')) {
            return true;
          }
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /** An ISO-8601 date or date-time as stated in metadata, or null when it is not one. */
  static Published parseIso(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    try {
      return Published.of(OffsetDateTime.parse(s));
    } catch (DateTimeParseException e) {
      // not a full date-time with offset: try the other forms below
    }
    List<Found> found = findAll(s);
    return found.isEmpty() || found.get(0).start() != 0 ? null : found.get(0).published();
  }

  private static Published toPublished(Matcher m, boolean iso) {
    try {
      int year = Integer.parseInt(m.group("year"));
      int month = iso ? Integer.parseInt(m.group("m")) : month(m.group("mon"));
      LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group("day")));
      String hour = m.group("h");
      String zone = m.group("zone");
      ZoneOffset offset = zone == null ? null : offset(zone);
      if (hour == null || offset == null) {
        return Published.of(date);
      }
      int h = Integer.parseInt(hour);
      String ampm = iso ? null : m.group("ampm");
      if (ampm != null) {
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        h = h % 12 + (pm ? 12 : 0);
      }
      LocalTime time = LocalTime.of(h, Integer.parseInt(m.group("min")));
      return Published.of(OffsetDateTime.of(date, time, offset));
    } catch (DateTimeException | NumberFormatException e) {
      return null; // "February 30" and other impossible dates are not dates
    }
  }

  private static ZoneOffset offset(String zone) {
    String id = ZONES.get(zone.toUpperCase(Locale.ROOT));
    try {
      if (id != null) {
        return ZoneOffset.of(id);
      }
      if (zone.matches("(?i)(?:UTC|GMT)[+-]\\d{1,2}")) {
        return ZoneOffset.ofHours(Integer.parseInt(zone.substring(3)));
      }
      return zone.matches("[+-]\\d{2}:?\\d{2}") ? ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":"
          + zone.substring(3) : zone) : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < prefixes.length; i++) {
      if (m.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new NumberFormatException("month " + name);
  }
}
