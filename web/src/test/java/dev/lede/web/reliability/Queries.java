package dev.lede.web.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated search requests for the fuzz test: random Unicode, pieces of our query syntax recombined, and a fixed
 * list of adversarial queries known to hurt Lucene-based engines. Each is a query string for {@code /api/search}
 * (already URL-encoded, without the leading {@code ?}).
 */
final class Queries {
  private static final String[] SYNTAX = {
      "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "\"", "(", ")", "[", "]", "{", "}", "~", "~2", "~0.5", "^3",
      "^", "*", "?", ":", "\\", "/", "TO", "title:", "body:", "source:", "wire:", "author:", "person:", "place:",
      "org:", "lang:", "date:", "date:2022", "date:2022-11", "date:[2022-01-01 TO *]", "date:[* TO 2022-13-45]",
      "foo:", "_id:", "storyId:", "*:*", "/ab.*c/", "\"kherson retreat\"~5", "kher*", "k?iv", "odesa~",
      "council", "bridge", "Kherson", "Kyiv", "zq7marker", "Putin", "Sergei", "\u00e9", "\u0416", "\u4e2d",
      "\ud83d\ude00", "%", "&", "=", "#", "'", "<", ">", "0", "-1", "1e309", "NaN", " ", "  ", "\t"};
  private static final String[] PARAMS = {
      "sort=newest", "sort=oldest", "sort=bogus", "collapse=0", "exact=1", "size=1", "size=100", "size=0",
      "size=101", "size=-5", "size=abc", "from=2022-11-01", "to=2022-11-30", "from=2022-13-01", "to=1999-01-01",
      "from=2023-01-01&to=2022-01-01", "source=Reuters", "source.not=Reuters", "person=Maria+Lopez",
      "place=Kherson", "lang=en", "cursor=AAAA", "cursor=***", "page=1000000000", "more=person", "author=%00",
      "q=second&q=first"};

  private Queries() {}

  /** {@code count} requests from {@code seed}: a third random Unicode, the rest syntax recombined. */
  static List<String> generated(long seed, int count) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String q = i % 3 == 0 ? unicode(random) : syntax(random);
      StringBuilder request = new StringBuilder("q=").append(enc(q));
      if (random.nextInt(5) == 0) {
        request.append('&').append(PARAMS[random.nextInt(PARAMS.length)]);
      }
      out.add(request.toString());
    }
    return out;
  }

  /** The fixed adversarial list (some of them are over the web limits and must be refused cleanly). */
  static List<String> adversarial() {
    List<String> qs = new ArrayList<>();
    qs.add("/[ac]*a[ac]{50,200}/");
    qs.add("/(a|aa)*b/");
    qs.add("/.*.*.*.*.*.*.*.*.*.*x/");
    qs.add(String.join(" OR ", terms(2_000)));
    qs.add(String.join(" OR ", terms(300)));
    qs.add("(".repeat(10_000) + "kherson" + ")".repeat(10_000));
    qs.add("(".repeat(500) + "kherson" + ")".repeat(500));
    qs.add("(".repeat(21) + "kherson" + ")".repeat(21));
    qs.add("(".repeat(5_000));
    qs.add("*");
    qs.add("?*?*?*");
    qs.add("*:*");
    qs.add("a*");
    qs.add("*a");
    qs.add("a~2 ".repeat(300).strip());
    qs.add("kherson~2 ".repeat(100).strip());
    qs.add("title:[* TO *]");
    qs.add("date:[* TO *]");
    qs.add("date:[0000 TO 9999]");
    qs.add("unknownfield:kherson");
    qs.add("_id:x OR storyId:y OR contentHash:z");
    qs.add("{!xmlparser v='<!DOCTYPE a SYSTEM \"http://127.0.0.1:1/x\"><a/>'}");
    qs.add("{!func}sum(1,1)");
    qs.add("x".repeat(10 * 1024));
    qs.add("kherson ".repeat(1_280).strip());
    qs.add("\"" + "kherson ".repeat(240).strip() + "\"~10000");
    qs.add("\u0000\u0001\u001f\u007f");
    qs.add("\ud800");
    qs.add("\\");
    qs.add("\"");
    qs.add("a:b:c:d");
    qs.add("NOT NOT NOT");
    qs.add("+-+-+-kherson");
    List<String> out = new ArrayList<>();
    for (String q : qs) {
      out.add("q=" + enc(q));
    }
    out.add("q=kherson&page=1000000000");
    out.add("q=kherson&cursor=AAAAAAAA&page=1000000000");
    out.add("q=kherson&size=1000000000");
    out.add("q=kherson&from=-999999999-01-01");
    out.add("q=kherson&from=+999999999-12-31");
    return out;
  }

  private static List<String> terms(int n) {
    List<String> terms = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      terms.add("t" + i);
    }
    return terms;
  }

  private static String unicode(Random random) {
    int length = random.nextInt(40);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int cp = switch (random.nextInt(8)) {
        case 0 -> 0x20 + random.nextInt(0x5f); // ASCII printable, syntax characters included
        case 1 -> random.nextInt(0x20); // control characters
        case 2 -> 0xa0 + random.nextInt(0x2000); // Latin, Greek, Cyrillic, Hebrew, Arabic...
        case 3 -> 0x4e00 + random.nextInt(0x5000); // CJK
        case 4 -> 0x1f300 + random.nextInt(0x300); // emoji (outside the BMP)
        case 5 -> 0x300 + random.nextInt(0x70); // combining marks
        case 6 -> new int[] {0x200b, 0x200e, 0x202e, 0xfeff, 0xfffd, 0xfffe, 0x2028}[random.nextInt(7)];
        default -> random.nextInt(0x110000); // anything, unpaired surrogates included
      };
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  private static String syntax(Random random) {
    int pieces = 1 + random.nextInt(12);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(3) != 0) {
        s.append(' ');
      }
      s.append(random.nextInt(4) == 0 ? Site.word(random) : SYNTAX[random.nextInt(SYNTAX.length)]);
    }
    return s.toString();
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
