package dev.lede.reindex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates plain-text news pages from a seed: distinct stories, extractable, with a unique word per page. */
final class Corpus {
  private static final String[] WORDS = ("government officials said the city council would review plans for "
      + "a new bridge across the river after residents raised concerns about traffic noise and costs while "
      + "engineers argued that the project could reduce travel times for thousands of commuters every day "
      + "analysts expect the vote next month although several members remain undecided about funding sources "
      + "schools hospitals farmers markets prices energy water weather storm harbour railway museum budget")
      .split(" ");
  private static final String[] NAMES = {"Maria Lopez", "John Carter", "Aiko Tanaka", "Peter Novak", "Sara Ahmed"};

  private Corpus() {}

  /** The word that appears only in page {@code n}, for queries. */
  static String marker(int n) {
    return "zq" + Integer.toString(n, 36) + "marker";
  }

  /** The text of page {@code n} in version {@code version} (another version changes the body). */
  static String page(long seed, int n, int version) {
    Random random = new Random(seed * 31 + n * 7919L + version);
    StringBuilder text = new StringBuilder();
    text.append("Council ").append(sentence(random, 5)).append(" ").append(marker(n)).append("\n\n");
    text.append("By ").append(NAMES[n % NAMES.length]).append("\n\n");
    text.append("March ").append(1 + n % 28).append(", 2023\n\n");
    int paragraphs = 3 + random.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      for (int s = 0; s < 3 + random.nextInt(3); s++) {
        text.append(capitalised(sentence(random, 12 + random.nextInt(8)))).append(". ");
      }
      if (p == 0) {
        text.append("The reference ").append(marker(n)).append(" was version ").append(version).append(". ");
      }
      text.append("\n\n");
    }
    return text.toString();
  }

  /** Writes pages {@code 0..count-1} (version 0) as {@code dir/dNN/page-N.txt}; returns the files. */
  static List<Path> write(Path dir, long seed, int count) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      files.add(write(dir, seed, n, 0));
    }
    return files;
  }

  static Path write(Path dir, long seed, int n, int version) throws IOException {
    Path file = file(dir, n);
    Files.createDirectories(file.getParent());
    Files.writeString(file, page(seed, n, version), StandardCharsets.UTF_8);
    return file;
  }

  static Path file(Path dir, int n) {
    return dir.resolve("d" + (n % 10)).resolve("page-" + n + ".txt");
  }

  /** The id the ingester gives page {@code n} under root {@code dir}. */
  static String id(int n) {
    return "d" + (n % 10) + "/page-" + n + ".txt";
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.toString();
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
