package dev.lede.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotated text in the CoNLL format: one token a line with its tag in the last column, a blank line between
 * sentences, {@code -DOCSTART-} between documents. Tags are IOB1 ({@code B-X} only where a mention follows another
 * of the same type) or plain IO as in WikiGold; both are read as mentions = maximal runs of one type.
 */
final class ConllCorpus {
  /** One sentence: its tokens and their tags. */
  record Sentence(List<String> tokens, List<String> tags) {
    /** The sentence as text, tokens joined by single spaces (how evaluation records present it). */
    String text() {
      return String.join(" ", tokens);
    }
  }

  /** One document: an id (its position, "conll-001") and its sentences. */
  record Doc(String id, List<Sentence> sentences) {
    List<String> lines() {
      return sentences.stream().map(Sentence::text).toList();
    }
  }

  private ConllCorpus() {}

  static List<Doc> read(Path file) throws IOException {
    return read(file, java.util.Map.of());
  }

  /** The types a tag may have as it is: the tagger's own. */
  private static final java.util.Set<String> TYPES = java.util.Set.of("PER", "LOC", "ORG", "MISC");

  /**
   * Reads a file whose tags may use other type names ({@code B-band}, {@code I-politician}), each mapped to one of
   * the tagger's types by {@code types} (an unknown type is an error naming it). A file without {@code -DOCSTART-}
   * lines is read as one document per sentence: its sentences are unrelated (sampled from many articles), and the
   * second pass of the tagger learns from what a document says elsewhere.
   */
  static List<Doc> read(Path file, java.util.Map<String, String> types) throws IOException {
    List<Doc> docs = readAs(file, types);
    boolean oneBlock = docs.size() == 1 && !hasDocStart(file);
    if (!oneBlock) {
      return docs;
    }
    List<Doc> perSentence = new ArrayList<>();
    for (Sentence s : docs.get(0).sentences()) {
      perSentence.add(new Doc(id(perSentence.size() + 1), List.of(s)));
    }
    return perSentence;
  }

  private static boolean hasDocStart(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.anyMatch(l -> l.startsWith("-DOCSTART-"));
    }
  }

  private static String tag(String tag, java.util.Map<String, String> types, Path file, int lineNo)
      throws IOException {
    String type = type(tag);
    if (type == null || TYPES.contains(type)) {
      return tag;
    }
    String mapped = types.get(type);
    if (mapped == null) {
      throw new IOException(file.getFileName() + " line " + lineNo + ": entity type '" + type
          + "' is none of PER, LOC, ORG, MISC and not in the type map");
    }
    return mapped.equals("O") ? "O" : tag.substring(0, tag.length() - type.length()) + mapped;
  }

  private static List<Doc> readAs(Path file, java.util.Map<String, String> types) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<Sentence> doc = null;
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String[] cols = line.strip().split("\\s+");
        if (line.isBlank() || cols[0].equals("-DOCSTART-")) {
          if (!tokens.isEmpty()) {
            if (doc == null) {
              doc = new ArrayList<>();
            }
            doc.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
            tokens.clear();
            tags.clear();
          }
          if (!line.isBlank()) { // -DOCSTART-
            if (doc != null && !doc.isEmpty()) {
              docs.add(new Doc(id(docs.size() + 1), List.copyOf(doc)));
            }
            doc = new ArrayList<>();
          }
          continue;
        }
        if (cols.length < 2) {
          throw new IOException(file.getFileName() + " line " + lineNo + ": expected a token and a tag");
        }
        tokens.add(cols[0]);
        tags.add(tag(cols[cols.length - 1], types, file, lineNo));
      }
    }
    if (!tokens.isEmpty()) {
      if (doc == null) {
        doc = new ArrayList<>();
      }
      doc.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
    }
    if (doc != null && !doc.isEmpty()) {
      docs.add(new Doc(id(docs.size() + 1), List.copyOf(doc)));
    }
    return docs;
  }

  private static String id(int n) {
    return String.format(java.util.Locale.ROOT, "conll-%03d", n);
  }

  /** The mention type of a tag: "PER", "LOC", "ORG", "MISC", or null for O. */
  static String type(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? null : tag.substring(dash + 1);
  }

  /** Whether the tag starts a new mention even after one of the same type (IOB1 "B-"). */
  static boolean begins(String tag) {
    return tag.startsWith("B-");
  }

  /**
   * IOB2 label per token of {@code line} (our tokenisation of the sentence text): each of our tokens lies inside
   * one CoNLL token, and takes its type; the first of a mention gets B-.
   */
  static int[] labels(Sentence s, Tokens line) {
    int[] tokenOf = new int[line.text.length() + 1];
    int pos = 0;
    String[] mentionType = new String[s.tokens().size()];
    boolean[] starts = new boolean[s.tokens().size()];
    String previous = null;
    for (int k = 0; k < s.tokens().size(); k++) {
      int len = s.tokens().get(k).length();
      for (int c = pos; c < pos + len; c++) {
        tokenOf[c] = k;
      }
      pos += len + 1;
      String type = type(s.tags().get(k));
      mentionType[k] = type;
      starts[k] = type != null && (!type.equals(previous) || begins(s.tags().get(k)));
      previous = type;
    }
    int[] labels = new int[line.size];
    int lastConll = -1;
    for (int i = 0; i < line.size; i++) {
      int k = tokenOf[line.start[i]];
      String type = mentionType[k];
      if (type == null) {
        labels[i] = 0;
      } else {
        boolean begin = starts[k] && k != lastConll;
        labels[i] = NerModel.label((begin ? "B-" : "I-") + type);
      }
      lastConll = k;
    }
    return labels;
  }
}
