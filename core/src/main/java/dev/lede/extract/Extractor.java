package dev.lede.extract;

import dev.lede.ingest.DocumentMeta;
import dev.lede.ingest.Format;
import dev.lede.ingest.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a {@link SourceDocument} into an {@link Article}: the clean story plus title, standfirst, outlet, wire
 * agency, authors, publication date and language, with notes on every uncertain decision.
 *
 * <p>Rules are general (line features, furniture phrases, cue patterns), so pages from outlets Lede has never seen
 * work too; knowledge about outlets comes from a {@link SourceRegistry}. What a document's metadata states wins
 * over what the page suggests. One instance is meant to be shared: it is thread-safe, loads the language model
 * once, and remembers (bounded) which lines recur across pages of the same outlet, to recognise furniture.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor();
 * Article article = extractor.extract(document); // throws ExtractionException when the page has no story
 * }</pre>
 */
public final class Extractor {
  /**
   * The version of the extraction rules written in code: raise it with every change that makes an unchanged page give
   * another article (body, title, date, source...), so that the next {@code lede reindex} re-extracts the archive.
   * The bundled data files (furniture phrases, outlets) are tracked by their content, see {@link #configuration()}.
   */
  static final int RULES_VERSION = 27;
  private static final int MAX_QUOTED = 80;
  private static final int BIO_DISTANCE = 6;
  /** How far down a record's text its byline block may sit. */
  private static final int RECORD_BYLINE_LINES = 3;

  private final SourceRegistry registry;
  private final Markers markers = Markers.bundled();
  private final BylineParser bylines;
  private final LineClassifier classifier;
  private final SourceFinder sources;
  private final WireFinder wires;
  private final HtmlReader html = new HtmlReader();
  private final LanguageDetector languages = new LanguageDetector();
  private final LineMemory memory = new LineMemory();

  /**
   * Identifies what extraction does in this build: the rules' version, a digest of the bundled furniture phrases and
   * outlets, and the language model. An index records it; when it differs, {@code lede reindex} re-extracts every
   * file instead of skipping unchanged ones (mode reason "extraction rules changed"), so that an upgrade's better
   * extraction reaches the whole archive and the archive never mixes two extractors' articles.
   */
  public static String configuration() {
    return Configuration.VALUE;
  }

  /** Computed once, when first asked for: the digest reads the bundled data files. */
  private static final class Configuration {
    static final String VALUE = compute();

    private static String compute() {
      try {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        for (String resource : List.of(Markers.RESOURCE, SourceRegistry.BUNDLED)) {
          try (java.io.InputStream in = Extractor.class.getResourceAsStream(resource)) {
            digest.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int n = in == null ? -1 : in.read(buffer); n > 0; n = in.read(buffer)) {
              digest.update(buffer, 0, n);
            }
          }
        }
        return "rules " + RULES_VERSION + " data " + java.util.HexFormat.of().formatHex(digest.digest(), 0, 6)
            + " language " + LanguageDetector.MODEL.replaceAll("^/|\\.bin$", "");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read the bundled extraction data", e);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every JDK", e);
      }
    }
  }

  /** An extractor with the bundled source registry. */
  public Extractor() {
    this(SourceRegistry.bundled());
  }

  /** An extractor that knows the outlets of {@code registry}. */
  public Extractor(SourceRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.bylines = new BylineParser(registry, markers);
    this.classifier = new LineClassifier(markers, bylines);
    this.sources = new SourceFinder(registry, markers);
    this.wires = new WireFinder(registry, markers);
  }

  /** The fewest words of a lead that opens the story (see {@link #extract}). */
  private static final int MIN_LEAD_WORDS = 12;
  /**
   * The fewest words of an HTML page's shown description that opens the story: a news dek of two short sentences
   * ("NFL assaults have led to lawsuits before. But a prosecutor would have difficulty proving a charge in court.")
   * is the headline's, a teaser paragraph is longer.
   */
  private static final int MIN_HTML_LEAD_WORDS = 20;
  /** A sentence's end, then the next sentence's capital: a text of two sentences or more. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?…][\"”“»«]?\\s+\\p{Lu}");

  /**
   * Extracts the article of one document.
   *
   * @throws ExtractionException when the document holds no story text at all
   */
  public Article extract(SourceDocument doc) {
    Objects.requireNonNull(doc, "doc");
    DocumentMeta meta = doc.meta();
    List<String> notes = new ArrayList<>(doc.notes()); // how it was read (a fallback decoding) comes first
    String text = Mojibake.repair(doc.text());
    if (text != doc.text()) { // repair returns the same instance when there is nothing to repair
      notes.add("repaired text whose UTF-8 had been read as Windows-1252 (\"â€™\" for \"’\")");
    }
    HtmlReader.HtmlPage page = doc.format() == Format.HTML ? html.read(text) : null;
    // a dump may be wrapped at a screen's width; a record's lines are its own (a sentence a line, a paragraph a line)
    List<String> lines = page != null ? page.lines() : split(text, doc.format() == Format.PAGE_TEXT);
    String url = first(meta.url(), page == null ? null : page.url());
    if (page != null && page.bodyFromMetadata()) {
      notes.add("the page's markup holds no article (a script renders it): the text is its JSON-LD articleBody");
    }
    String source = source(meta, page, url, lines, notes);

    boolean record = doc.format() == Format.RECORD_TEXT;
    // the element that content scoring chose is the story, as a record's text is: its lists, tables and short lines
    // belong to it, and only furniture phrases and credits are dropped
    boolean whole = record || (page != null && page.scored());
    Kind[] kinds = whole ? classifier.classifyRecord(lines) : classifier.classify(lines, source,
        line -> source != null && memory.seenElsewhere(source, doc.contentHash(), line));
    if (whole && !record) {
      classifier.markInlineBoxes(lines, kinds); // a "Related" box between the element's paragraphs ends nothing
    }
    BylineParser.Byline leadByline =
        !record && whole ? leadingDateAndBylines(lines, kinds, page == null ? null : page.title()) : null;
    List<String> recordAuthors = record && source != null ? recordByline(lines, kinds, source) : List.of();
    StoryLocator.Story story = record ? StoryLocator.whole(lines, kinds) : whole ? StoryLocator.scored(lines, kinds)
        : StoryLocator.locate(lines, kinds, i -> markers.closesStory(lines.get(i), Text.words(lines.get(i))));
    if (story == null) {
      throw new ExtractionException("no article text found in document " + quote(doc.id()));
    }
    List<String> paragraphs = new ArrayList<>();
    for (int i : story.paragraphs()) {
      if (!Text.glyphsOnly(lines.get(i))) {
        paragraphs.add(lines.get(i)); // a list item's bullet or a close button alone ("•", "×") is no paragraph
      }
    }

    TitleFinder.Header header = record
        ? new TitleFinder.Header(-1, -1)
        : TitleFinder.find(lines, kinds, story.start(), source);
    if (!record && page == null && header.title() < 0) {
      // nothing above the story reads as its headline: the story's run may have begun with it
      header = new TitleFinder.Header(TitleFinder.leadHeadline(lines, kinds, story.start()), header.standfirst());
    }
    String found = header.title() < 0 ? null : TitleFinder.headline(lines, header.title(), story.start());
    if (!record && page == null) {
      found = TitleFinder.withBreadcrumb(lines, kinds, story.start(), source, found);
    }
    String title = first(Mojibake.repair(meta.title()), page == null ? null : page.title(), found);
    String standfirst = first(line(lines, header.standfirst()), page == null ? null : page.description());
    int lead = header.standfirst();
    if (!record && page == null && lead >= 0 && kinds[lead].storyText()
        && Text.words(lines.get(lead)) >= MIN_LEAD_WORDS && SENTENCE_BREAK.matcher(lines.get(lead)).find()
        && !paragraphs.contains(lines.get(lead))) {
      // a lead of two sentences or more under the headline ("Wie viele Tage ... ? Muss der Arbeitgeber ... ? Die
      // wichtigsten Fragen und Antworten.") opens the story, before the byline or a table of contents that parted
      // it from the rest; it stays the standfirst too. A one-sentence dek is the headline's, not the story's
      paragraphs.add(0, lines.get(lead));
    } else if (page != null && !record && page.descriptionShown() && standfirst != null
        && standfirst.equals(page.description()) && Text.words(standfirst) >= MIN_HTML_LEAD_WORDS
        && SENTENCE_BREAK.matcher(standfirst).find()
        && paragraphs.stream().noneMatch(p -> p.contains(standfirst.strip()))) {
      // an HTML page's description that the page shows as text, a lead of two sentences or more outside the element
      // the scoring chose (a teaser paragraph under the headline), opens the story as a dump's lead does
      paragraphs.add(0, standfirst.strip());
    }

    List<String> authors = bylines.cleanAuthors(meta.authors());
    if (authors.isEmpty() && page != null) {
      authors = bylines.cleanAuthors(page.authors());
    }
    if (authors.isEmpty() && !recordAuthors.isEmpty()) {
      authors = recordAuthors;
      notes.add("authors from the byline at the top of the record's text, above the outlet's name");
    }
    String bylineWire = null;
    if (!record) {
      BylineParser.Byline byline = headerByline(lines, kinds, header.title(), story.start());
      byline = byline == null ? leadByline : byline;
      bylineWire = byline == null ? null : byline.wire();
      if (authors.isEmpty()) {
        authors = pageAuthors(lines, byline, standfirst, story, notes);
      }
    }
    WireFinder.Result wire = wires.find(lines, story.paragraphs(), bylineWire);
    if (wire.note() != null) {
      notes.add(wire.note());
    }
    String language = languages.detect(String.join("\n", paragraphs));
    if (language == null && page != null) {
      language = page.language(); // what the page declares, when its text is too short or unusual to tell
    }
    Published published = published(meta, page, record, lines, kinds, story, header, language, notes);
    if (source != null) {
      memory.remember(source, doc.contentHash(), lines);
    }
    return new Article(doc.id(), doc.file().toString(), url, title, standfirst, source, wire.wire(), authors,
        published, language, paragraphs, notes, doc.contentHash());
  }

  /** Source in order of trust: stated metadata, the page's publisher tags, the URL's domain, cues in the text. */
  private String source(DocumentMeta meta, HtmlReader.HtmlPage page, String url, List<String> lines,
      List<String> notes) {
    if (meta.source() != null && !meta.source().isBlank()) {
      String stated = meta.source().strip();
      Optional<SourceRegistry.Outlet> known = registry.byName(stated);
      if (known.isPresent()) {
        return known.get().name();
      }
      // a record's "source" is often a column, an author or a bias label ("Guest Writer - Left"); the URL's domain
      // names the outlet when the registry knows it
      Optional<SourceRegistry.Outlet> byUrl = registry.byDomain(url);
      if (byUrl.isPresent()) {
        notes.add("stated source " + quote(stated) + " is not a known outlet; outlet " + byUrl.get().name()
            + " from the URL's domain");
        return byUrl.get().name();
      }
      return stated;
    }
    if (page != null && page.siteName() != null) {
      return canonical(page.siteName());
    }
    Optional<SourceRegistry.Outlet> byDomain = registry.byDomain(url);
    if (byDomain.isPresent()) {
      return byDomain.get().name();
    }
    SourceFinder.Result cues = sources.find(lines);
    notes.add(cues.note());
    return cues.name();
  }

  private String canonical(String name) {
    return registry.byName(name).map(SourceRegistry.Outlet::name).orElse(name);
  }

  /**
   * The element content scoring chose holds the story, and often its headline, date and byline lines above the first
   * paragraph ("May 16, 2023", "By Jane Smith"), which are the page's metadata, not its text: they leave the body. An
   * {@code <h1>} headline is gone already; this is one in bold or in another heading. Returns the first byline, or
   * null.
   */
  private BylineParser.Byline leadingDateAndBylines(List<String> lines, Kind[] kinds, String title) {
    String headline = title == null ? "" : Text.fingerprint(title);
    BylineParser.Byline found = null;
    for (int i = 0; i < kinds.length; i++) {
      String line = lines.get(i);
      if (kinds[i] == Kind.BLANK) {
        continue;
      }
      if (Text.words(line) >= LEAD_WORDS) {
        return found;
      }
      Optional<BylineParser.Byline> byline;
      if (LineClassifier.dateLine(line)) {
        kinds[i] = Kind.DATE;
      } else if (!headline.isEmpty() && Text.fingerprint(line).equals(headline)) {
        kinds[i] = Kind.FURNITURE;
      } else if ((byline = bylines.parse(line)).isPresent()) {
        kinds[i] = Kind.BYLINE;
        found = found == null ? byline.get() : found;
      }
    }
    return found;
  }

  /** Words from which a line of the chosen element is the story's first paragraph, not its date or byline. */
  private static final int LEAD_WORDS = 8;

  private BylineParser.Byline headerByline(List<String> lines, Kind[] kinds, int title, int storyStart) {
    for (int i = Math.max(0, title); i < storyStart; i++) {
      if (kinds[i] == Kind.BYLINE || kinds[i] == Kind.DATE) { // "By Jane Smith | May 16, 2023" reads as a date line
        Optional<BylineParser.Byline> byline = bylines.parse(lines.get(i));
        if (byline.isPresent()) {
          return byline.get();
        }
      }
    }
    return null;
  }

  /**
   * A record's byline block at the top of its text: the outlet's name alone on one of the first lines ("USA TODAY"),
   * and the names on the line right above it ("Rick Jervis and John Bacon"). Both lines are marked as the byline, so
   * they leave the body; the names are returned (none when the line above reads as no byline).
   */
  private List<String> recordByline(List<String> lines, Kind[] kinds, String source) {
    String outlet = Text.fingerprint(source);
    int previous = -1;
    for (int i = 0, seen = 0; i < lines.size() && seen < RECORD_BYLINE_LINES; i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      seen++;
      if (!outlet.isEmpty() && Text.fingerprint(lines.get(i)).equals(outlet)) {
        kinds[i] = Kind.BYLINE;
        Optional<BylineParser.Byline> above = previous < 0 ? Optional.empty()
            : bylines.parse("By " + lines.get(previous).strip());
        if (above.isEmpty() || above.get().authors().isEmpty()) {
          return List.of();
        }
        kinds[previous] = Kind.BYLINE;
        return above.get().authors();
      }
      previous = i;
    }
    return List.of();
  }

  /** Byline, else a standfirst's "says X", else an author box right after the story (a blog's author). */
  private List<String> pageAuthors(List<String> lines, BylineParser.Byline byline, String standfirst,
      StoryLocator.Story story, List<String> notes) {
    if (byline != null && !byline.authors().isEmpty()) {
      return byline.authors();
    }
    if (standfirst != null) {
      Optional<String> says = bylines.standfirstAuthor(standfirst);
      if (says.isPresent()) {
        notes.add("author " + says.get() + " from the standfirst ('..., says " + says.get() + "')");
        return List.of(says.get());
      }
    }
    int seen = 0;
    for (int i = story.end() + 1; i < lines.size() && seen < BIO_DISTANCE; i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      seen++;
      Optional<String> bio = markers.bioName(lines.get(i));
      if (bio.isPresent()) {
        notes.add("author " + bio.get() + " from the author box right after the story ('About " + bio.get()
            + "'); no byline on the page");
        return List.of(bio.get());
      }
    }
    return List.of();
  }

  private Published published(DocumentMeta meta, HtmlReader.HtmlPage page, boolean record, List<String> lines,
      Kind[] kinds, StoryLocator.Story story, TitleFinder.Header header, String language, List<String> notes) {
    for (String stated : new String[] {meta.published(), page == null ? null : page.published()}) {
      if (stated != null) {
        Published p = DateParser.parseIso(stated);
        if (p != null) {
          return p;
        }
        notes.add("stated date " + quote(stated) + " is not a date; ignored");
      }
    }
    if (record) {
      notes.add("no publication date: none stated in the record");
      return null;
    }
    if (page != null && page.scored()) {
      // the scored element was kept whole and holds no byline zone: read the page's article region as a dump is
      // read (date lines above the story's first paragraph)
      lines = page.headerLines();
      kinds = classifier.classify(lines, null, line -> false);
      story = StoryLocator.locate(lines, kinds);
      header = new TitleFinder.Header(-1, -1);
      if (story == null) {
        notes.add("no publication date: none stated, no date line in the story's element");
        return null;
      }
    }
    // outside English, "03/05/2022" is 3 May; in English it is May 3 in America and 3 May in Britain, so no date
    boolean slashDayFirst = language != null && !language.equals("en");
    DateFinder.Result found = DateFinder.find(lines, kinds, story, header.title(), slashDayFirst);
    notes.addAll(found.notes());
    return found.published();
  }

  private static List<String> split(String text, boolean dump) {
    List<String> lines = new ArrayList<>();
    String[] raw = text.split("\\R", -1);
    for (String line : dump ? Unwrap.lines(raw) : List.of(raw)) {
      lines.add(Text.normalize(line));
    }
    return lines;
  }

  private static String line(List<String> lines, int index) {
    return index < 0 ? null : lines.get(index);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** A bounded, quoted rendering of outside input for messages. */
  static String quote(String s) {
    String t = s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "..." : s;
    return "'" + t.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
