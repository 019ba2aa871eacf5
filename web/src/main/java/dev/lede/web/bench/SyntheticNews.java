package dev.lede.web.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A deterministic stream of news-like records from a seed: lengths like real news (log-normal, median ~700 words,
 * 150..4,000), Zipf vocabulary, outlets with their own boilerplate, dates over ten years (2014..2023), people, places
 * and organizations mentioned under spelling variants, about 20% wire stories and about 10% syndicated near-copies of
 * a recent wire story in another outlet. Only a small ring of recent wire stories is kept, so it streams.
 */
final class SyntheticNews implements Iterator<NewsRecord> {
  private static final String[] WIRES = {"Reuters", "AP", "AFP", "Bloomberg"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
  private static final int DAYS = 3_652;
  private static final int RING = 256;
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  private final SyntheticWorld world;
  private final SplittableRandom random;
  private final long count;
  private final ArrayDeque<Story> recentWire = new ArrayDeque<>();
  private long produced;

  /** A story's content, so syndicated copies can be made of it. */
  private record Story(String title, List<String> paragraphs, LocalDate date, String wire) {}

  SyntheticNews(long seed, long count) {
    this.world = new SyntheticWorld(seed, 50_000, 200);
    this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.count = count;
  }

  @Override
  public boolean hasNext() {
    return produced < count;
  }

  @Override
  public NewsRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    long n = produced++;
    SyntheticWorld.Outlet outlet = world.outlets.get(world.outletRanks.next(random));
    Story story = random.nextDouble() < 0.10 && !recentWire.isEmpty() ? syndicate() : original();
    String id = String.format(Locale.ROOT, "syn-%08d", n);
    String slug = story.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String url = "https://" + outlet.domain() + "/" + story.date().toString().replace('-', '/') + "/"
        + slug.substring(0, Math.min(60, slug.length())) + "-" + n;
    boolean statedDate = random.nextDouble() < 0.9;
    List<String> authors = new ArrayList<>();
    if (random.nextDouble() < 0.8) {
      authors.add(outlet.authors().get(random.nextInt(outlet.authors().size())));
    }
    String text = page(outlet, story, statedDate);
    return new NewsRecord(id, url, random.nextDouble() < 0.7 ? outlet.name() : null,
        statedDate ? story.date().toString() : null, story.title(), authors, text);
  }

  private String page(SyntheticWorld.Outlet outlet, Story story, boolean statedDate) {
    StringBuilder b = new StringBuilder(8_192);
    for (String line : outlet.header()) {
      b.append(line).append('\n');
    }
    if (!statedDate) {
      b.append("Published ").append(LONG_DATE.format(story.date())).append('\n');
    }
    b.append('\n');
    for (String p : story.paragraphs()) {
      b.append(p).append("\n\n");
    }
    for (String line : outlet.footer()) {
      b.append(line).append('\n');
    }
    return b.toString();
  }

  private Story original() {
    int words = (int) Math.max(150, Math.min(4_000, Math.exp(Math.log(700) + 0.6 * random.nextGaussian())));
    String[][] people = pick(world.people, world.personRanks, 1 + random.nextInt(4));
    String[][] places = pick(world.places, world.placeRanks, 1 + random.nextInt(3));
    String[][] orgs = pick(world.orgs, world.orgRanks, random.nextInt(3));
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String wire = random.nextDouble() < 0.2 ? WIRES[random.nextInt(WIRES.length)] : null;
    List<String> paragraphs = new ArrayList<>();
    int written = 0;
    boolean firstMention = true;
    while (written < words) {
      StringBuilder p = new StringBuilder();
      if (paragraphs.isEmpty() && wire != null) {
        p.append(places[0][0].toUpperCase(Locale.ROOT)).append(" (").append(wire).append(") - ");
      }
      for (int s = 0, n = 2 + random.nextInt(3); s < n && written < words; s++) {
        written += sentence(p, people, places, orgs, firstMention);
        firstMention = false;
      }
      paragraphs.add(p.toString().trim());
    }
    String title = title(people, places);
    Story story = new Story(title, paragraphs, date, wire);
    if (wire != null) {
      recentWire.addLast(story);
      if (recentWire.size() > RING) {
        recentWire.removeFirst();
      }
    }
    return story;
  }

  /** A near-copy of a recent wire story: same text but a few words changed, a day or two later. */
  private Story syndicate() {
    List<Story> ring = new ArrayList<>(recentWire);
    Story s = ring.get(random.nextInt(ring.size()));
    List<String> paragraphs = new ArrayList<>();
    for (String p : s.paragraphs()) {
      String[] tokens = p.split(" ");
      for (int i = 0; i < tokens.length; i++) {
        if (random.nextDouble() < 0.02) {
          tokens[i] = world.word(random);
        }
      }
      paragraphs.add(String.join(" ", tokens));
    }
    return new Story(s.title(), paragraphs, s.date().plusDays(random.nextInt(3)), s.wire());
  }

  private int sentence(StringBuilder p, String[][] people, String[][] places, String[][] orgs, boolean first) {
    int n = 8 + random.nextInt(20);
    int mentionAt = random.nextDouble() < 0.6 ? random.nextInt(n) : -1;
    for (int i = 0; i < n; i++) {
      String w = i == mentionAt ? mention(people, places, orgs, first) : world.word(random);
      p.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      p.append(i == n - 1 ? ". " : i % 9 == 8 ? ", " : " ");
    }
    return n;
  }

  private String mention(String[][] people, String[][] places, String[][] orgs, boolean first) {
    double d = random.nextDouble();
    if (d < 0.5) {
      String[] person = people[random.nextInt(people.length)];
      double v = random.nextDouble();
      String name = first || v < 0.4 ? person[0] : v < 0.55 ? person[1] : v < 0.8 ? person[2] : "Mr. " + person[2];
      return name + " said";
    }
    if (d < 0.8 || orgs.length == 0) {
      String[] place = places[random.nextInt(places.length)];
      return "in " + (random.nextDouble() < 0.85 ? place[0] : place[1]);
    }
    String[] org = orgs[random.nextInt(orgs.length)];
    return org[1 + random.nextInt(2)];
  }

  private String title(String[][] people, String[][] places) {
    StringBuilder t = new StringBuilder(people[0][2]).append(' ');
    for (int i = 0, n = 4 + random.nextInt(5); i < n; i++) {
      t.append(world.word(random)).append(' ');
    }
    return t.append("in ").append(places[0][0]).toString();
  }

  private String[][] pick(List<String[]> pool, Zipf ranks, int n) {
    String[][] out = new String[n][];
    for (int i = 0; i < n; i++) {
      out[i] = pool.get(ranks.next(random));
    }
    return out;
  }
}
