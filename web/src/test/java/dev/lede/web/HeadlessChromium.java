package dev.lede.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium under chromedriver, for the browser tests. Skips the test when the browser or its
 * driver is missing, except under {@code LEDE_REQUIRE_BROWSER=1} (set by .ci/run), where that is a failure.
 */
final class HeadlessChromium implements AutoCloseable {
  /** Set to 1 by .ci/run, which installs the browsers: the test then fails rather than skips without them. */
  static final String REQUIRED_ENV = "LEDE_REQUIRE_BROWSER";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  final ChromeDriverService service;
  final ChromeDriver browser;

  private HeadlessChromium(ChromeDriverService service, ChromeDriver browser) {
    this.service = service;
    this.browser = browser;
  }

  /** Checks the browser is installed (skips or fails as above); call before starting anything else. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    // CI installs the browsers and says so: there a missing browser is a failure, never a silent skip.
    if (!installed && "1".equals(System.getenv(REQUIRED_ENV))) {
      throw new AssertionError(REQUIRED_ENV + "=1 but " + CHROMIUM + " or " + DRIVER + " is missing");
    }
    assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
  }

  /** A browser with its profile under {@code dir}, a 1280x900 window and the given preferences. */
  static HeadlessChromium start(Path dir, Map<String, Object> prefs) throws Exception {
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")), "--window-size=1280,900");
    if (!prefs.isEmpty()) {
      options.setExperimentalOption("prefs", prefs);
    }
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new HeadlessChromium(service, browser);
  }

  @Override
  public void close() {
    browser.quit();
    service.stop();
  }
}
