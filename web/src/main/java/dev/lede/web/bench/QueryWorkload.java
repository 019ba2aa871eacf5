package dev.lede.web.bench;

import dev.lede.index.IndexHome;
import dev.lede.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Query words taken from the index itself, so every family means the same on any corpus: rare terms (in at most
 * 0.02% of the articles, at least 2), common terms (5..40%), middle terms (0.3..5%) for the two-term AND/OR and the
 * results page, the three most frequent words (deep paging needs 10,000 hits), phrases of two adjacent words of
 * random bodies, and publication days of random articles for date filters. Deterministic for a seed.
 */
record QueryWorkload(List<String> rare, List<String> common, List<String> middle, List<String> phrases,
    List<LocalDate> days, List<String> frequent) {
  private static final int PER_KIND = 40;

  static QueryWorkload from(Path home, long seed) throws IOException {
    Path generation = IndexHome.open(home).current()
        .orElseThrow(() -> new IOException("no active index generation under " + home));
    SplittableRandom random = new SplittableRandom(seed);
    try (Directory dir = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(dir)) {
      int n = Math.max(1, reader.numDocs());
      List<String> rare = new ArrayList<>();
      List<String> common = new ArrayList<>();
      List<String> middle = new ArrayList<>();
      long[] seen = new long[3];
      PriorityQueue<Map.Entry<Integer, String>> top = new PriorityQueue<>(Map.Entry.comparingByKey());
      Terms terms = MultiTerms.getTerms(reader, IndexSchema.BODY);
      TermsEnum te = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String word = t.utf8ToString();
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
          continue;
        }
        top.add(Map.entry(te.docFreq(), word));
        if (top.size() > 3) {
          top.poll();
        }
        double share = (double) te.docFreq() / n;
        if (te.docFreq() >= 2 && share <= 0.0002) {
          reservoir(rare, word, ++seen[0], random);
        } else if (share >= 0.05 && share <= 0.40) {
          reservoir(common, word, ++seen[1], random);
        } else if (share >= 0.003 && share < 0.05) {
          reservoir(middle, word, ++seen[2], random);
        }
      }
      List<String> phrases = new ArrayList<>();
      List<LocalDate> days = new ArrayList<>();
      StoredFields stored = reader.storedFields();
      for (int tries = 0; tries < 20 * PER_KIND && (phrases.size() < PER_KIND || days.size() < PER_KIND);
          tries++) {
        var doc = stored.document(random.nextInt(reader.maxDoc()));
        IndexableField published = doc.getField(IndexSchema.PUBLISHED);
        if (published != null && days.size() < PER_KIND) {
          days.add(LocalDate.parse(published.stringValue().substring(0, 10)));
        }
        String body = doc.get(IndexSchema.BODY);
        String phrase = body == null ? null : phrase(body, random);
        if (phrase != null && phrases.size() < PER_KIND) {
          phrases.add(phrase);
        }
      }
      return new QueryWorkload(orElse(rare, middle), orElse(common, middle), orElse(middle, common),
          phrases.isEmpty() ? List.of("\"said\"") : phrases, days,
          top.isEmpty() ? List.of("said") : top.stream().map(Map.Entry::getValue).sorted().toList());
    }
  }

  private static void reservoir(List<String> list, String word, long seen, SplittableRandom random) {
    if (list.size() < PER_KIND) {
      list.add(word);
    } else {
      long j = random.nextLong(seen);
      if (j < PER_KIND) {
        list.set((int) j, word);
      }
    }
  }

  private static String phrase(String paragraph, SplittableRandom random) {
    String[] words = paragraph.split("\\s+");
    if (words.length < 4) {
      return null;
    }
    for (int tries = 0; tries < 10; tries++) {
      int i = random.nextInt(words.length - 1);
      String a = words[i].replaceAll("[^\\p{L}]", "");
      String b = words[i + 1].replaceAll("[^\\p{L}]", "");
      // the first word without punctuation after it, so the two are adjacent within a sentence
      if (a.length() >= 3 && b.length() >= 3 && a.equals(words[i])) {
        return "\"" + a + " " + b + "\"";
      }
    }
    return null;
  }

  private static List<String> orElse(List<String> list, List<String> fallback) {
    return list.isEmpty() ? (fallback.isEmpty() ? List.of("said") : fallback) : list;
  }

  /** The i-th item, cycling. */
  static <T> T at(List<T> list, int i) {
    return list.get(Math.floorMod(i, list.size()));
  }
}
