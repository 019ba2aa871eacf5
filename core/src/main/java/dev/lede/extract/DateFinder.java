package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the publication date of a text dump from date lines and bylines above the story (and, failing that, just
 * below it), and rejects with a reason: a date at the very top of the page that the site's navigation separates from
 * the story (the date the page was visited, which some dumps carry), a date later than the story's own copyright
 * year, and dates inside the story text (they describe events, not publication).
 */
final class DateFinder {
  /** The chosen date (or null) and the notes explaining what was rejected. */
  record Result(Published published, List<String> notes) {}

  /**
   * A date found on a line; {@code updated} when the words right before it call it an update ("UPDATED:",
   * "Aktualisiert am"), so that "PUBLISHED: Nov 8 | UPDATED: Nov 9" gives Nov 8 rather than no date on that line.
   */
  private record Candidate(int line, Published value, String text, boolean updated, boolean stated,
      boolean deadline, int wordsBeside) {
    Candidate(int line, DateParser.Found found, String text) {
      this(line, found.published(), text, cue(UPDATED_CUE, text, found.start()),
          cue(PUBLISHED_CUE, text, found.start()), cue(DEADLINE_CUE, text, found.start()),
          Text.words(text.substring(0, found.start()) + " " + text.substring(found.end())));
    }
  }

  /**
   * The words right before a date that make it the end of something ("Video verfügbar bis 28.02.2021", "available
   * until", "Einsendeschluss:", "jusqu'au"): a deadline or an expiry, never the publication's date.
   */
  private static final Pattern DEADLINE_CUE = Pattern.compile(
      "(?:\\bbis(?: zum| am)?|\\buntil|\\btill|\\bexpires?(?: on)?|\\bexpiry(?: date)?:?|\\bdeadline:?"
          + "|\\bfrist:?|schluss:?|\\bjusqu'(?:au|à)|\\bhasta(?: el)?|\\bfino al|\\btot(?: en met)?|\\bgültig bis"
          + "|\\bvalid (?:until|through))\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern UPDATED_CUE = Pattern.compile(
      "(?:updated|update|aktualisiert|geändert|actualizado|actualizada|actualisé|mis à jour|modifié|modifica|"
          + "bijgewerkt)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * The words that call a date the publication's ("Veröffentlicht: 26.12.2022", "Published on", "Publicado el"); not
   * "Posted by", which an embedded social media post in the story carries too.
   */
  private static final Pattern PUBLISHED_CUE = Pattern.compile(
      "(?:published|veröffentlicht|erstellt|publié|publiée|publicado|publicada|pubblicato|pubblicata|"
          + "gepubliceerd|geplaatst)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Where the words about a date begin: after the last separator before it on the line. */
  private static final Pattern SEPARATOR = Pattern.compile("[|•·]| - | – | / ");

  /** Characters around a date within which a publication cue speaks of it, in a line that is more than a byline. */
  private static final int CUE_REACH = 80;

  /** A publication cue within {@link #CUE_REACH} characters before or after the date, in the same sentence. */
  private static boolean cueNear(String line, DateParser.Found f) {
    int from = Math.max(0, f.start() - CUE_REACH);
    int to = Math.min(line.length(), f.end() + CUE_REACH);
    String before = line.substring(from, f.start());
    String after = line.substring(f.end(), to);
    int stop = after.indexOf(". ");
    after = stop >= 0 ? after.substring(0, stop) : after;
    int lastStop = before.lastIndexOf(". ");
    before = lastStop >= 0 ? before.substring(lastStop + 2) : before;
    return PUBLISHED_CUE.matcher(before).find() || PUBLISHED_CUE.matcher(after).find();
  }

  /** Whether the words right before a date found on {@code line} call it an update ("Updated May 17, 2023"). */
  static boolean calledUpdate(String line, DateParser.Found f) {
    return cue(UPDATED_CUE, line, f.start());
  }

  /** Whether the words between the last separator before {@code start} and the date match {@code cue}. */
  private static boolean cue(Pattern cue, String line, int start) {
    int from = 0;
    Matcher sep = SEPARATOR.matcher(line);
    while (sep.find() && sep.end() <= start) {
      from = sep.end();
    }
    return cue.matcher(line.substring(from, start)).find();
  }

  /** A bulleted line: an entry of a list of posts or comments, which dates that entry. */
  private static final Pattern LIST_ENTRY = Pattern.compile("^\\s*[•·▪►◦■●*]\\s");
  /** Words beside the date that make a bulleted line a post's or a comment's entry, not a bulleted date line. */
  private static final int MIN_ENTRY_WORDS = 4;
  private static final int TOP_LINES = 3;
  private static final int FAR_LINES = 10;
  private static final int MENU_RUN = 3;
  private static final int FOOTER_LINES = 5;
  /** How far below the story a line that calls a date the publication's is looked for, in lines with text. */
  private static final int ENTRY_LINES = 20;
  private static final int MAX_BYLINE_WORDS = 14;
  /** The story's first paragraphs, among which a date line is the byline zone's, not an event's. */
  private static final int STORY_HEAD = 3;
  /** How far into the story a line classified as a date line (left out of the text) still dates it. */
  private static final int DATE_LINE_HEAD = 6;
  private static final Pattern YEAR = Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?((?:19|20)\\d{2})",
      Pattern.CASE_INSENSITIVE);

  private DateFinder() {}

  /**
   * The publication date of a page.
   *
   * @param slashDayFirst whether the page's language writes "03/05/2022" for 3 May (see
   *     {@link DateParser#findAll(String, boolean)})
   */
  static Result find(List<String> lines, Kind[] kinds, StoryLocator.Story story, int title, boolean slashDayFirst) {
    List<String> notes = new ArrayList<>();
    List<Candidate> header = candidates(lines, kinds, 0, story.start(), slashDayFirst);
    List<Candidate> body = new ArrayList<>();
    storyHead(lines, kinds, story, header, body, slashDayFirst);
    int storyYear = storyCopyrightYear(lines, story);
    int anchor = title >= 0 ? title : story.start();
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate c : header) {
      String why = rejection(lines, kinds, c, anchor, storyYear, header, body);
      if (why == null) {
        accepted.add(c);
      } else {
        notes.add("date " + c.value() + " rejected: " + why);
      }
    }
    if (accepted.isEmpty()) {
      accepted.addAll(candidates(lines, kinds, story.end() + 1, footerEnd(lines, story.end(), FOOTER_LINES),
          slashDayFirst));
    }
    if (accepted.isEmpty()) {
      accepted.addAll(calledPublished(lines, story.end() + 1, footerEnd(lines, story.end(), ENTRY_LINES),
          slashDayFirst));
    }
    Candidate best = null;
    for (Candidate c : accepted) {
      if (best == null || better(c, best, anchor)) {
        best = c;
      }
    }
    if (best == null) {
      if (!body.isEmpty()) {
        Candidate first = body.get(0);
        notes.add("date " + first.value() + " appears only in the story text ('"
            + SourceFinder.shorten(first.text()) + "'): an event date, not the publication date; not used");
      }
      notes.add("no publication date: no trustworthy date line, byline date or metadata");
    }
    return new Result(best == null ? null : best.value(), notes);
  }

  /**
   * Sorts the dates inside the story's run: those of the byline zone the run took in go to {@code header} (a date or
   * byline line between its first paragraphs, left out of the text or kept as a short line that is no sentence,
   * "Pubblicato il 19 Febbraio 2020"; a dateline opening one of those paragraphs; a line that is a date and nothing
   * else a little further down, under a kicker, a standfirst and a photo), the rest to {@code body} (events' dates).
   */
  private static void storyHead(List<String> lines, Kind[] kinds, StoryLocator.Story story, List<Candidate> header,
      List<Candidate> body, boolean slashDayFirst) {
    List<Integer> kept = story.paragraphs();
    java.util.Set<Integer> paragraphs = new java.util.HashSet<>(kept);
    int zoneEnd = kept.size() > STORY_HEAD ? kept.get(STORY_HEAD) : story.end() + 1;
    int dateZoneEnd = kept.size() > DATE_LINE_HEAD ? kept.get(DATE_LINE_HEAD) : story.end() + 1;
    for (int i = story.start(); i <= story.end(); i++) {
      String line = lines.get(i);
      boolean paragraph = paragraphs.contains(i);
      boolean head = i < zoneEnd;
      if ((head && (!paragraph || dateLine(line))) || (!paragraph && i < dateZoneEnd && kinds[i] == Kind.DATE)) {
        header.addAll(candidates(lines, kinds, i, i + 1, slashDayFirst));
        continue;
      }
      if (head && openedByBylineCue(line)) { // the classifier read it as a sentence for its full stop
        for (DateParser.Found f : DateParser.findAll(line, slashDayFirst)) {
          header.add(new Candidate(i, f, line));
        }
        continue;
      }
      Candidate dateline = head && paragraph ? dateline(line, i, slashDayFirst) : null;
      if (dateline != null) {
        header.add(dateline);
      } else if (paragraph) {
        for (DateParser.Found f : DateParser.findAll(line, slashDayFirst)) {
          body.add(new Candidate(i, f, line));
        }
      }
    }
  }

  /**
   * A dateline's dash after a paragraph's opening date ("27.1.2022 - Bei der ...", "Berlin, 3. Mai 2021 – ..."), or a
   * byline's bar ("By Ela on 31. October, 2023 | 18 Comments. ...", a byline run into the story's first paragraph).
   */
  private static final Pattern DATELINE_DASH =
      Pattern.compile("\\s*(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?\\s*[-–—|]\\s");
  /** How far into a paragraph its dateline's date may start (after a place name). */
  private static final int DATELINE_START = 40;

  /** The date a paragraph opens with as a dateline, a dash after it, or null. */
  private static Candidate dateline(String line, int i, boolean slashDayFirst) {
    List<DateParser.Found> found = DateParser.findAll(line, slashDayFirst);
    if (found.isEmpty()) {
      return null;
    }
    DateParser.Found first = found.get(0);
    if (first.start() > DATELINE_START || !DATELINE_DASH.matcher(line).region(first.end(), line.length()).lookingAt()) {
      return null;
    }
    return new Candidate(i, first, line);
  }

  /**
   * A byline's cue, in the languages of the title finder's credits, before a capitalised name: "Por Rodrigo Mejías04
   * de mayo 2022 a las 09:01 hrs." ends in a full stop but is the byline, not a sentence.
   */
  private static final Pattern BYLINE_LEAD = Pattern.compile("^(?i:by|von|par|por|di|door|от)\\s+\\p{Lu}");

  /** A short line opened by a byline's cue. */
  private static boolean openedByBylineCue(String line) {
    String s = line.strip();
    return BYLINE_LEAD.matcher(s).find() && Text.words(s) <= MAX_BYLINE_WORDS;
  }

  /** A short line that is no sentence (no closing full stop, question or exclamation mark). */
  private static boolean dateLine(String line) {
    String s = line.strip();
    return !s.isEmpty() && Text.words(s) <= MAX_BYLINE_WORDS && ".!?".indexOf(s.charAt(s.length() - 1)) < 0;
  }

  private static List<Candidate> candidates(List<String> lines, Kind[] kinds, int from, int to,
      boolean slashDayFirst) {
    List<Candidate> found = new ArrayList<>();
    for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
      // a date line, a byline, or a short line of the byline zone in any language ("Veröffentlicht am 12. Juni
      // 2017 von gizzmo", "Par Jane Doe | lundi 9 décembre 2019"); a sentence's date is an event's
      if (kinds[i] == Kind.DATE || kinds[i] == Kind.BYLINE
          || (kinds[i] != Kind.CONTENT && Text.words(lines.get(i)) <= MAX_BYLINE_WORDS)) {
        for (DateParser.Found f : DateParser.findAll(lines.get(i), slashDayFirst)) {
          found.add(new Candidate(i, f, lines.get(i)));
        }
      }
    }
    return found;
  }

  private static String rejection(List<String> lines, Kind[] kinds, Candidate c, int anchor, int storyYear,
      List<Candidate> header, List<Candidate> body) {
    List<String> why = new ArrayList<>();
    if (LIST_ENTRY.matcher(c.text()).find() && c.wordsBeside() >= MIN_ENTRY_WORDS) {
      why.add("an entry of a list ('" + SourceFinder.shorten(c.text()) + "'): a recent post's or comment's date");
    }
    if (c.deadline()) {
      why.add("the end of something ('" + SourceFinder.shorten(c.text()) + "'): a deadline or an expiry");
    }
    int before = nonBlankBetween(lines, -1, c.line());
    int between = nonBlankBetween(lines, c.line(), anchor);
    if (before < TOP_LINES && (between >= FAR_LINES || menuBetween(kinds, lines, c.line(), anchor))) {
      why.add("a date at the top of the page, above the site navigation and " + between
          + " lines before the headline: the date the page was visited, not published");
      boolean latest = !body.isEmpty() || header.size() > 1;
      for (Candidate other : body) {
        latest &= other.value().date().isBefore(c.value().date());
      }
      for (Candidate other : header) {
        latest &= other == c || other.value().date().isBefore(c.value().date());
      }
      if (latest) {
        why.add("later than every other date on the page");
      }
    }
    if (storyYear > 0 && c.value().date().getYear() > storyYear && kinds[c.line()] != Kind.BYLINE) {
      why.add("later than the story's copyright year " + storyYear);
    }
    return why.isEmpty() ? null : String.join("; ", why);
  }

  /**
   * A date not called an update beats one that is; then one called the publication's ("FIT FOR FUN — 02.01.23" above
   * the headline, "Veröffentlicht: 26.12.2022" in the byline below it); then the one nearer the headline.
   */
  private static boolean better(Candidate c, Candidate best, int anchor) {
    if (c.updated() != best.updated()) {
      return !c.updated();
    }
    if (c.stated() != best.stated()) {
      return c.stated();
    }
    return Math.abs(c.line() - anchor) < Math.abs(best.line() - anchor);
  }

  /** The year of a copyright line right after the story (a syndicated story's own), or 0. */
  private static int storyCopyrightYear(List<String> lines, StoryLocator.Story story) {
    int seen = 0;
    for (int i = story.end() + 1; i < lines.size() && seen < FOOTER_LINES; i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      seen++;
      Matcher m = YEAR.matcher(lines.get(i));
      if (m.find() && m.start() == 0) {
        return Integer.parseInt(m.group(1));
      }
    }
    return 0;
  }

  /**
   * Dates a line after the story calls the publication's ("Dieser Beitrag wurde am 04/02/2020 von kj in ...
   * veröffentlicht", a blog's entry line under the share bar and the related posts).
   */
  private static List<Candidate> calledPublished(List<String> lines, int from, int to, boolean slashDayFirst) {
    List<Candidate> found = new ArrayList<>();
    for (int i = from; i < Math.min(to, lines.size()); i++) {
      String line = lines.get(i);
      if (PUBLISHED_CUE.matcher(line).find()) {
        for (DateParser.Found f : DateParser.findAll(line, slashDayFirst)) {
          if (cueNear(line, f)) {
            found.add(new Candidate(i, f, line));
          }
        }
      }
    }
    return found;
  }

  private static int footerEnd(List<String> lines, int end, int count) {
    int seen = 0;
    int i = end + 1;
    while (i < lines.size() && seen < count) {
      seen += lines.get(i).isBlank() ? 0 : 1;
      i++;
    }
    return i;
  }

  private static int nonBlankBetween(List<String> lines, int from, int to) {
    int n = 0;
    for (int i = from + 1; i < to; i++) {
      n += lines.get(i).isBlank() ? 0 : 1;
    }
    return n;
  }

  private static boolean menuBetween(Kind[] kinds, List<String> lines, int from, int to) {
    int run = 0;
    for (int i = from + 1; i < to; i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      run = kinds[i] == Kind.FURNITURE ? run + 1 : 0;
      if (run >= MENU_RUN) {
        return true;
      }
    }
    return false;
  }
}
