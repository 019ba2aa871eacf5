package dev.lede.web;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class over the sample site ({@link TestSite} with its own articles only), started once for the class on a
 * random loopback port and closed after it. Test classes run one after another, so the static site is the running
 * class's own.
 */
abstract class SampleSiteTest {
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void startSite() throws Exception {
    site = TestSite.start(dir, List.of());
  }

  @AfterAll
  static void stopSite() {
    if (site != null) {
      site.close();
    }
  }
}
