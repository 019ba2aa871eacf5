package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through chromedriver, for the browser tests. Skips the calling test class when
 * /usr/bin/chromium or /usr/bin/chromedriver is missing, unless {@code LEDE_REQUIRE_BROWSER=1} (set by .ci/run):
 * there a missing browser fails the test.
 */
final class Chromium implements AutoCloseable {
  /** Set to 1 by .ci/run, which installs the browsers: the test then fails rather than skips without them. */
  static final String REQUIRED_ENV = "LEDE_REQUIRE_BROWSER";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");
  final ChromeDriverService service;
  final ChromeDriver browser;

  private Chromium(ChromeDriverService service, ChromeDriver browser) {
    this.service = service;
    this.browser = browser;
  }

  /** Fails or skips (see the class comment) when the browser is not installed; call it before starting a site. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    // CI installs the browsers and says so: there a missing browser is a failure, never a silent skip.
    if (!installed && "1".equals(System.getenv(REQUIRED_ENV))) {
      throw new AssertionError(REQUIRED_ENV + "=1 but " + CHROMIUM + " or " + DRIVER + " is missing");
    }
    assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
  }

  /** A browser with its profile under {@code dir} that saves downloads into {@code downloads} without asking. */
  static Chromium start(Path dir, Path downloads) throws Exception {
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")), "--window-size=1280,900");
    options.setExperimentalOption("prefs", java.util.Map.of(
        "download.default_directory", Files.createDirectories(downloads).toString(),
        "download.prompt_for_download", false));
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Chromium(service, browser);
  }

  /** The first completely downloaded file with this suffix in the folder, waiting up to 20 s. */
  static Path awaitDownload(Path downloads, String suffix) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long lastSize = -1;
    while (System.nanoTime() < deadline) {
      // Chromium may create the file under its final name, empty, before it writes the download to a .crdownload
      // file and renames that over it: done means no partial file left and the same non-zero size twice in a row
      java.util.List<Path> files;
      try (var list = Files.list(downloads)) {
        files = list.toList();
      }
      java.util.Optional<Path> done =
          files.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
      boolean partial = files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
      if (done.isPresent() && !partial) {
        long size = Files.size(done.get());
        if (size > 0 && size == lastSize) {
          return done.get();
        }
        lastSize = size;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + suffix + " file was downloaded into " + downloads);
  }

  /**
   * Full-page screenshots at desktop and phone width under {@link #SHOTS}, then back to desktop; fails when the page
   * scrolls sideways at either width.
   */
  void shoot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    for (int width : new int[] {1280, 375}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      JavascriptExecutor js = browser;
      assertEquals(width, ((Number) js.executeScript("return window.innerWidth;")).intValue(), "viewport width");
      int scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).intValue();
      assertTrue(scrollWidth <= width, name + " at " + width + " px scrolls sideways: " + scrollWidth + " px wide");
      long height = (Long) js.executeScript(
          "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
      browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 6000)));
      File png = browser.getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), SHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  /** Waits up to 15 s for the condition. */
  void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
  }

  /** Closes the browser, then the site; either may be null (a skipped or failed start). */
  static void stop(Chromium chromium, TestSite site) {
    if (chromium != null) {
      chromium.close();
    }
    if (site != null) {
      site.close();
    }
  }

  @Override
  public void close() {
    browser.quit();
    service.stop();
  }
}
