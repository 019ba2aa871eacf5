package dev.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.IndexSchema;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenSearchTargetTest {
  @Test
  void credentialsComeFromTheEnvironmentAndNeverShowInText() {
    OpenSearchTarget t = OpenSearchTarget.of("http://a:9200, https://b:9243", "news",
        Map.of(OpenSearchTarget.USER_ENV, "ingest", OpenSearchTarget.PASSWORD_ENV, "s3cret"));
    assertEquals(List.of(URI.create("http://a:9200"), URI.create("https://b:9243")), t.urls());
    assertEquals("ingest", t.user());
    assertFalse(t.toString().contains("s3cret"));
    assertNull(OpenSearchTarget.of("http://a:9200", "news", Map.of()).user());
    IllegalArgumentException inUrl = assertThrows(IllegalArgumentException.class,
        () -> OpenSearchTarget.of("http://ingest:s3cret@a:9200", "news", Map.of()));
    assertFalse(inUrl.getMessage().contains("s3cret"));
  }

  @Test
  void indexNamesOpenSearchWouldRefuseAreRefusedHere() {
    for (String bad : List.of("News", "_news", "-news", "news/x", "new s", "", "news*")) {
      assertThrows(IllegalArgumentException.class, () -> OpenSearchTarget.of("http://a:9200", bad, Map.of()), bad);
    }
    assertEquals("news-2026-gen-3", OpenSearchTarget.of("http://a:9200", "news-2026", Map.of()).generation(3));
    assertThrows(IllegalArgumentException.class, () -> OpenSearchTarget.of("ftp://a", "news", Map.of()));
  }

  @Test
  void theMappingHasEverySchemaFieldAnotherEngineNeedsAndCopiesIntoFieldsItHas() {
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> properties =
        (Map<String, Map<String, Object>>) OpenSearchMapping.mappings().get("properties");
    for (IndexSchema.FieldSpec f : IndexSchema.FIELDS) {
      assertEquals(f.kind() != IndexSchema.FieldKind.LUCENE_ONLY, properties.containsKey(f.name()), f.name());
      for (String copy : f.copyTo()) {
        assertEquals("text", properties.get(copy).get("type"), copy);
      }
    }
    assertEquals("offsets", properties.get(IndexSchema.BODY).get("index_options"));
    assertEquals("keyword", properties.get(IndexSchema.STORY).get("type"));
  }

  @Test
  void anUnreachableClusterIsOneClearErrorAfterRetries() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    OpenSearchTarget t = OpenSearchTarget.of("http://127.0.0.1:" + port, "news",
        Map.of(OpenSearchTarget.USER_ENV, "u", OpenSearchTarget.PASSWORD_ENV, "p4ssw0rd"));
    int[] pauses = {0};
    try (Cluster cluster = new Cluster(t, ms -> pauses[0]++)) {
      OpenSearchFailedException e = assertThrows(OpenSearchFailedException.class,
          () -> cluster.call("GET", "/_alias/news", null));
      assertTrue(e.getMessage().startsWith("OpenSearch cannot be reached"), e.getMessage());
      assertFalse(e.getMessage().contains("p4ssw0rd"));
      assertEquals(3, pauses[0], "four attempts with back-off between them");
    }
  }
}
