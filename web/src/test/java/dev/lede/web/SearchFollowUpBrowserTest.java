package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.entity.Entities;
import dev.lede.index.IndexedArticle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a journalist does after a first search, in real Chromium: takes the "did you mean" correction of a typo,
 * follows the search as an Atom feed, jumps to page 2 by its number, and drags across the histogram to narrow the
 * dates, which narrows the results. Over {@value #MONTHS} harvest reports, one a month, on top of the test site.
 */
class SearchFollowUpBrowserTest {
  static final int MONTHS = 24;
  static final LocalDate FIRST = LocalDate.of(2021, 1, 15);
  @TempDir static Path dir;
  static TestSite site;
  static Chromium chromium;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    site = TestSite.start(dir, reports());
    chromium = Chromium.start(dir, dir.resolve("downloads"));
    browser = chromium.browser;
  }

  @AfterAll
  static void stop() {
    Chromium.stop(chromium, site);
  }

  /** One report a month, each of its own words (seeded), so none is a version of another. */
  static List<IndexedArticle> reports() {
    Random random = new Random(19);
    List<IndexedArticle> out = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      StringBuilder body = new StringBuilder("The harvest report for the month:");
      for (int w = 0; w < 40; w++) {
        body.append(" field").append(random.nextInt(5_000));
      }
      out.add(new IndexedArticle(TestSite.article("gen/harvest-" + i + ".txt", "Harvest report " + (i + 1),
          "Farm Weekly", null, FIRST.plusMonths(i).toString(), List.of(), List.of(body + "."), null),
          Entities.NONE));
    }
    return out;
  }

  @Test
  void correctsFollowsPagesAndDragsADateRange() throws Exception {
    // A typo: no article matches, the page offers the word the archive has.
    browser.get(site.uri("/?q=harvst").toString());
    WebElement suggestion = browser.findElement(By.id("did-you-mean"));
    assertEquals("harvest", suggestion.getText());
    suggestion.click();
    chromium.waitFor(ExpectedConditions.urlContains("q=harvest"));
    assertEquals(MONTHS + " stories", text(".total strong"));

    // Follow: the same search as an Atom feed, newest first.
    browser.findElement(By.id("follow")).click();
    chromium.waitFor(ExpectedConditions.urlContains(AtomFeed.PATH + "?q=harvest"));
    // What the browser got, read as XML the way a feed reader would (Chromium shows a feed as a tree or as text).
    @SuppressWarnings("unchecked")
    List<Object> got = (List<Object>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "fetch(location.href).then(r => r.text().then(t => {"
        + "  var x = new DOMParser().parseFromString(t, 'application/xml');"
        + "  done([r.headers.get('Content-Type'), x.documentElement.namespaceURI, Array.from("
        + "    x.getElementsByTagName('entry')).map(e => e.getElementsByTagName('title')[0].textContent)]);"
        + "}));");
    assertTrue(((String) got.get(0)).startsWith("application/atom+xml"), got.get(0).toString());
    assertEquals("http://www.w3.org/2005/Atom", got.get(1));
    @SuppressWarnings("unchecked")
    List<String> titles = (List<String>) got.get(2);
    assertEquals(MONTHS, titles.size());
    assertEquals("Harvest report " + MONTHS, titles.get(0), "newest first");
    assertEquals("Harvest report 1", titles.get(MONTHS - 1));
    browser.navigate().back();
    chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page-numbers")));

    // Page 2 by its number.
    browser.findElement(By.cssSelector(".page-numbers a[aria-label='Page 2']")).click();
    chromium.waitFor(ExpectedConditions.urlContains("page=2"));
    assertEquals("2", text(".page-numbers [aria-current=page]"));
    assertTrue(text(".total").contains("11–20 of " + MONTHS), text(".total"));
    chromium.shoot("search-pages");

    // Drag from the bar of March 2021 to the bar of August 2021: six months, six reports.
    WebElement svg = browser.findElement(By.cssSelector("figure.histogram svg"));
    assertEquals(MONTHS, svg.findElements(By.cssSelector("rect.bar")).size());
    assertFalse(browser.findElements(By.cssSelector(".ticks .tick-label")).isEmpty());
    int width = svg.getRect().getWidth();
    int from = slotCenter(2, width);
    int to = slotCenter(7, width);
    new Actions(browser).moveToElement(svg, from, 0).clickAndHold().moveByOffset((to - from) / 2, 0)
        .moveByOffset(to - from - (to - from) / 2, 0).release().perform();
    chromium.waitFor(ExpectedConditions.urlContains("from=2021-03-01"));
    String url = browser.getCurrentUrl();
    assertTrue(url.contains("q=harvest") && url.contains("to=2021-08-31") && !url.contains("page="), url);
    assertEquals("6 stories", text(".total strong"));
    assertEquals(6, browser.findElements(By.cssSelector(".hit")).size());
    chromium.shoot("search-dates");

    // A plain click on a bar is still its link: May 2021 alone.
    browser.findElement(By.cssSelector("figure.histogram rect.bar[data-start='2021-05-01']")).click();
    chromium.waitFor(ExpectedConditions.urlContains("from=2021-05-01&to=2021-05-31"));
    assertEquals("1 story", text(".total strong"));
  }

  /** The x offset from the element's centre (Selenium's origin) of the middle of bar {@code i}. */
  private static int slotCenter(int i, int width) {
    return (int) Math.round((i + 0.5) * width / MONTHS - width / 2.0);
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }
}
