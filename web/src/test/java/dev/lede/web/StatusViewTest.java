package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.index.CommitInfo;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusViewTest {
  @Test
  void statusShowsTheCommitButNotTheServersInputFolders() {
    CommitInfo commit = CommitInfo.of(Path.of("/srv/lede/index/gen-3"), 7, 42, Map.of(
        "lede.run.id", "run-1", "lede.run.mode", "INCREMENTAL", "lede.run.inputs", "/archive/private\n/mnt/wires"));
    Map<String, Object> status = JsonViews.status(commit);
    assertEquals(42, status.get("documents"));
    assertEquals(7L, status.get("generation"));
    assertEquals(Map.of("lede.run.id", "run-1", "lede.run.mode", "INCREMENTAL"), status.get("commitData"));
  }
}
