package dev.lede.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The sample site driven by Debian's headless Chromium, which saves downloads into {@link #downloads} without
 * asking, as a journalist's browser does. The browser starts after the site and closes before it (JUnit runs a
 * superclass's {@code BeforeAll} first and its {@code AfterAll} last).
 */
abstract class SampleSiteInChromiumTest extends SampleSiteTest {
  static Path downloads;
  static Chromium chromium;
  static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    Chromium.assumeInstalled();
    downloads = dir.resolve("downloads");
    chromium = Chromium.start(dir, downloads);
    browser = chromium.browser;
  }

  @AfterAll
  static void stopBrowser() {
    Chromium.stop(chromium, null);
    chromium = null;
  }
}
