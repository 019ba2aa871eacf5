package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
  @Test
  void dump(@TempDir Path dir) throws Exception {
    try (TestSite site = TestSite.start(dir, List.of())) {
      for (String p : List.of("/", "/?q=Kherson", "/api/search?q=Kherson", "/article/gen/kherson-1.txt?q=kherson",
          "/article/gen/odesa.jsonl%233", "/nope", "/static/lede.css", "/static/../x", "/api/facets/place?prefix=k",
          "/export.csv?q=kherson", "/api/status", "/?q=foo:bar", "/api/search?q=foo:bar")) {
        var r = site.get(p);
        System.out.println("=== " + p + " -> " + r.statusCode() + " " + r.headers().map());
        System.out.println(r.body().length() > 3000 ? r.body().substring(0, 3000) : r.body());
      }
    }
    assertEquals(1, 1);
  }
}
