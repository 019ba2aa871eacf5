package dev.lede.web;

import dev.lede.extract.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The original text behind an article, for the article page's "Original text" toggle. The file is found only
 * through the path stored in the index, and read only when it resolves (symlinks followed) to a regular file inside
 * one of the configured input roots; no path is ever built from request data. Records inside JSON Lines or WARC files
 * ({@code id#N}) and anything unreadable fall back to the extracted text.
 */
final class RawSource {
  static final int MAX_BYTES = 2 * 1024 * 1024;
  private final List<Path> roots = new ArrayList<>();

  RawSource(List<Path> inputRoots) {
    for (Path r : inputRoots) {
      try {
        roots.add(r.toRealPath());
      } catch (IOException e) {
        // a root that does not exist (any more) allows nothing
      }
    }
  }

  /** The text and a note on where it comes from. */
  record Raw(String text, String note) {}

  Raw of(Article article) {
    String fallback = "The original file is not available here; this is the text extracted from it.";
    if (article.path() == null || article.id().contains("#")) {
      return new Raw(article.body(), fallback);
    }
    try {
      Path file = Path.of(article.path()).toRealPath();
      boolean inside = roots.stream().anyMatch(file::startsWith);
      if (!inside || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return new Raw(article.body(), fallback);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        boolean cut = bytes.length > MAX_BYTES;
        String text = decode(bytes, cut ? MAX_BYTES : bytes.length);
        return new Raw(text, "The file as it was archived (" + file.getFileName() + ")"
            + (cut ? ", first 2 MB." : "."));
      }
    } catch (IOException | RuntimeException e) {
      return new Raw(article.body(), fallback);
    }
  }

  private static String decode(byte[] bytes, int length) throws IOException {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, 0, length, java.nio.charset.Charset.forName("windows-1252"));
    }
  }
}
