package dev.lede.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates (with time and zone when written) in page text, with month names in English, German, French,
 * Spanish, Italian, Portuguese, Dutch and Russian, numeric day-first dates, and ISO-8601 strings.
 */
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

  /**
   * Month names and their usual abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch and
   * Russian (nominative and genitive), lower-cased; a name shared by languages ("mar", "juli") means the same month.
   */
  private static final Map<String, Integer> MONTHS = months(
      "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari январь января янв",
      "february feb februar février févr fevr febrero febbraio fevereiro fev februari февраль февраля фев",
      "march mar märz mär mrz mars marzo março maart mrt март марта мар",
      "april apr avril avr abril abr aprile апрель апреля апр",
      "may mai mayo maggio mag maio mei май мая",
      "june jun juni juin junio giugno giu junho июнь июня июн",
      "july jul juli juillet juil julio luglio lug julho июль июля июл",
      "august aug août aout agosto ago augustus август августа авг",
      "september sep sept septembre septiembre setiembre settembre set setembro сентябрь сентября сен",
      "october oct oktober okt octobre octubre ottobre ott outubro out октябрь октября окт",
      "november nov novembre noviembre novembro ноябрь ноября ноя",
      "december dec dezember dez décembre déc diciembre dic dicembre dezembro декабрь декабря дек");
  private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\d])";
  private static final String NOT_LETTER_AFTER = "(?![\\p{L}])";
  /** A weekday's name before a date, in the languages of the month names (not their two-letter abbreviations). */
  private static final String WEEKDAY = "(?<wd>(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
      + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
      + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
      + "|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
      + "|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica"
      + "|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira"
      + "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\.?,?\\s+)?";
  private static final String MONTH = "(?<mon>" + alternation(MONTHS.keySet()) + ")" + NOT_LETTER_AFTER + "\\.?";
  private static final String TIME =
      "(?:,?\\s*(?:at\\s+|um\\s+|à\\s+|[-|]\\s*)?(?<h>\\d{1,2})[:.](?<min>\\d{2})(?::\\d{2})?\\s*(?<ampm>[ap]\\.?m\\.?)?"
          + "\\s*(?<zone>[A-Z]{2,5}\\b|[+-]\\d{2}:?\\d{2}|(?:UTC|GMT)[+-]\\d{1,2})?)?";
  /** After a year: not more digits, but a blog engine's glued next date or word may follow ("1. Mai 20161. Mai"). */
  private static final String YEAR_END = "(?:(?!\\d)|(?=\\d{1,2}\\.\\s))";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern MONTH_FIRST = Pattern.compile(
      NOT_LETTER_BEFORE + WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})" + YEAR_END + TIME,
      FLAGS);
  /**
   * "3 May 2022", "3. Mai 2022", "3 de mayo de 2022", "1er mars 2020", "3 мая 2022 г."; also a two-digit day glued to
   * the byline's name before it ("Por Rodrigo Mejías04 de mayo 2022"), which a lower-case letter before it shows (the
   * look-behind is case-sensitive: with CASE_INSENSITIVE, {@code \\p{Lu}} matches lower-case letters too).
   */
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?-iu:(?<![\\p{Lu}\\d])(?:(?<!\\p{Ll})|(?=\\d{2}\\D)))" + WEEKDAY
          + "(?<day>\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:of\\s+|de\\s+)?" + MONTH
          + ",?\\s*(?:de\\s+|del\\s+)?(?<year>(?:19|20)\\d{2})" + YEAR_END + TIME,
      FLAGS);
  /** The date format of a program's default rendering: "Tue Jan 28 15:28:56 CET 2020". */
  private static final Pattern PROGRAM = Pattern.compile(
      "\\b" + WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})\\s+(?<h>\\d{2}):(?<min>\\d{2}):\\d{2}\\s+(?<zone>[A-Z]{2,5})\\s+"
          + "(?<year>(?:19|20)\\d{2})\\b", FLAGS);
  /** "27.04.2020", "27. 4. 2020", "27/04/2020" (day first; a slash date only when the day shows it, see below). */
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.]\\d?)(?<day>\\d{1,2})(?<sep>[./])\\s?(?<m>\\d{1,2})\\k<sep>\\s?(?<year>(?:19|20)\\d{2})(?!\\d)"
          + "(?:,?\\s*(?:-\\s*|um\\s+|à\\s+)?(?<h>\\d{1,2}):(?<min>\\d{2}))?");
  /**
   * "31.10.23", "01.01.23 um 08:35": a dotted day-first date with a two-digit year of this century, as German and Swiss
   * bylines write it; not part of a longer dotted number ("1.10.23.4") or a version ("Version 2.10.20").
   */
  private static final Pattern SHORT_NUMERIC = Pattern.compile(
      "(?<![\\p{L}\\d.])(?<![\\d.]\\d)(?<!(?i:version|release|build|update|v\\.)\\s)"
          + "(?<day>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<year>[0-3]\\d)(?!\\d|\\.\\d)"
          + "(?:,?\\s*(?:-\\s*|um\\s+|à\\s+)?(?<h>\\d{1,2}):(?<min>\\d{2}))?");
  private static final Pattern ISO = Pattern.compile(
      "\\b(?<year>(?:19|20)\\d{2})(?<sep>[-/])(?<m>\\d{2})\\k<sep>(?<day>\\d{2})(?:[T ](?<h>\\d{2}):(?<min>\\d{2})"
          + "(?::\\d{2}(?:\\.\\d+)?)?\\s?(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?");
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

  private static final int MAX_LABEL = 20;

  private DateParser() {}

  /** Every date written in the text, in order of appearance; a slash date both of whose orders are dates is none. */
  static List<Found> findAll(String text) {
    return findAll(text, false);
  }

  /**
   * Every date written in the text, in order of appearance.
   *
   * @param slashDayFirst whether "03/05/2022" is read day first (the page is in a language whose readers write dates
   *     so: every one but English, where American pages write the month first and British ones the day); when false
   *     such a date is none
   */
  static List<Found> findAll(String text, boolean slashDayFirst) {
    List<Found> found = new ArrayList<>();
    boolean year = hasYear(text);
    if (!year && !hasShortYear(text)) {
      return found; // every pattern needs a year; most lines have none, and three regexes are costly
    }
    for (Pattern p : year ? ALL_PATTERNS : List.of(SHORT_NUMERIC)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        boolean numeric = p == ISO || p == NUMERIC || p == SHORT_NUMERIC;
        Published value = toPublished(m, numeric, slashDayFirst);
        if (value != null && found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
          found.add(new Found(m.start(), m.end(), value, !numeric && m.group("wd") != null));
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** Every pattern, most specific first; a line without a four-digit year tries only the two-digit one. */
  private static final List<Pattern> ALL_PATTERNS = List.of(PROGRAM, MONTH_FIRST, DAY_FIRST, ISO, NUMERIC,
      SHORT_NUMERIC);

  /** Whether a dotted date with a two-digit year may occur: a digit, a dot, then two digits and no third. */
  private static boolean hasShortYear(String text) {
    for (int i = 1; i + 2 < text.length(); i++) {
      if (text.charAt(i) == '.' && digit(text, i - 1) && digit(text, i + 1) && digit(text, i + 2)
          && !digit(text, i + 3)) {
        return true;
      }
    }
    return false;
  }

  private static boolean digit(String text, int i) {
    return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
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
    // a stated value is a date, perhaps in a site's own format ("27.04.2020 - 18:50 Uhr", "Tue Jan 28 15:28:56 CET
    // 2020"), perhaps with a label; a long value with a date somewhere inside is prose, not a stated date
    List<Found> found = findAll(s);
    return found.isEmpty() || found.get(0).start() > MAX_LABEL ? null : found.get(0).published();
  }

  private static Published toPublished(Matcher m, boolean iso, boolean slashDayFirst) {
    try {
      int year = Integer.parseInt(m.group("year"));
      year += m.pattern() == SHORT_NUMERIC ? 2000 : 0;
      int month = iso ? Integer.parseInt(m.group("m")) : month(m.group("mon"));
      int day = Integer.parseInt(m.group("day"));
      if (m.pattern() == NUMERIC && "/".equals(m.group("sep"))) {
        if (month <= 12 && day <= 12 && !slashDayFirst) {
          return null; // 04/05/2020 is April 5 in the US and 4 May elsewhere: not a date we can read
        }
        if (month > 12) { // 12/25/2020 can only be the US order
          int d = month;
          month = day;
          day = d;
        }
      }
      LocalDate date = LocalDate.of(year, month, day);
      String hour = m.group("h");
      String zone = group(m, "zone");
      ZoneOffset offset = zone == null ? null : offset(zone);
      if (hour == null || offset == null) {
        return Published.of(date);
      }
      int h = Integer.parseInt(hour);
      String ampm = iso ? null : group(m, "ampm");
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

  private static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
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
    Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
    if (month == null) {
      throw new NumberFormatException("month " + name);
    }
    return month;
  }

  private static Map<String, Integer> months(String... names) {
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i].split(" ")) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }

  /** Longest names first, so that "juni" is not read as "jun". */
  private static String alternation(Set<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return String.join("|", sorted);
  }
}
