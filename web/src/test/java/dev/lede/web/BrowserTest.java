package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Drives Debian's headless Chromium through a journalist's path: search, narrow by source, read an article, follow
 * an entity, export. Saves screenshots of the search and article pages at 1280 and 375 px under
 * web/target/screenshots/. Skipped without a browser only as {@link Chromium#assumeInstalled()} allows.
 */
class BrowserTest extends SampleSiteInChromiumTest {
  @Test
  void journalistSearchesNarrowsReadsFollowsAndExports() throws Exception {
    browser.get(site.uri("/").toString());
    WebElement box = browser.findElement(By.id("q"));
    assertTrue(box.isDisplayed());
    box.sendKeys("Kherson", Keys.ENTER);
    waitFor(ExpectedConditions.urlContains("q=Kherson"));
    String totalBefore = visibleText(".total strong");
    assertTrue(totalBefore.matches("\\d+ stor(y|ies)"), totalBefore);
    assertTrue(browser.findElements(By.cssSelector(".hit")).size() >= 3);
    assertTrue(browser.findElement(By.cssSelector(".histogram svg")).isDisplayed());
    shoot("search");

    // Tick the first source: the page reloads (the script submits the facet form) with fewer results.
    String othersBefore = otherFacetCounts();
    WebElement firstSource = browser.findElement(By.cssSelector("#facet-source .facet-values li"));
    String source = firstSource.findElement(By.cssSelector(".value")).getText();
    String count = firstSource.findElement(By.cssSelector(".count")).getText();
    firstSource.findElement(By.cssSelector("input[type=checkbox]")).click();
    waitFor(ExpectedConditions.urlContains("source="));
    String totalAfter = visibleText(".total strong");
    assertNotEquals(totalBefore, totalAfter);
    assertTrue(totalAfter.startsWith(count + " "), totalAfter + " vs facet count " + count);
    assertNotEquals(othersBefore, otherFacetCounts(), "the other facets count only the picked source's stories");
    for (WebElement hit : browser.findElements(By.cssSelector(".hit .meta .source"))) {
      assertEquals(source, hit.getText());
    }
    assertTrue(browser.findElement(By.cssSelector("#facet-source input[type=checkbox]:checked")).isDisplayed());
    assertTrue(visibleText(".active").contains(source));
    shoot("search-filtered");

    // Back to all sources; open the generated Kherson story, which has entities.
    browser.findElement(By.cssSelector(".active-filter")).click();
    waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("source=")));
    WebElement title = browser.findElement(By.partialLinkText("Kherson residents celebrate"));
    title.click();
    waitFor(ExpectedConditions.urlContains("/article/"));
    WebElement h1 = browser.findElement(By.cssSelector(".story h1"));
    assertTrue(h1.isDisplayed());
    assertEquals("Kherson residents celebrate in the square", h1.getText());
    assertTrue(browser.findElement(By.cssSelector(".body mark")).isDisplayed(), "query terms are highlighted");
    shoot("article");
    browser.get(site.uri("/?q=Kherson&source=The+Independent").toString());
    browser.findElement(By.cssSelector(".hit-title a")).click();
    waitFor(ExpectedConditions.urlContains("/article/"));
    assertTrue(browser.findElement(By.cssSelector(".body p")).isDisplayed());
    shoot("article-sample");
    browser.navigate().back();
    browser.navigate().back();
    browser.get(site.uri("/article/gen/kherson-1.txt?q=Kherson").toString());

    // Follow an entity link: a filtered search.
    browser.findElement(By.linkText("Olena Marchenko")).click();
    waitFor(ExpectedConditions.urlContains("person="));
    assertTrue(visibleText(".active").contains("Olena Marchenko"));
    assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty());

    // Export: click the link; the browser saves the file (an attachment) into its download folder.
    browser.findElement(By.id("export-csv")).click();
    Path saved = awaitDownload(".csv");
    List<String> lines = Files.readString(saved, StandardCharsets.UTF_8).lines().toList();
    assertEquals("\uFEFFid,title,source,wire,authors,published,url,people,places,orgs,snippet,published_time",
        lines.get(0));
    assertTrue(lines.size() >= 3, "both versions of the story: " + lines);
    assertTrue(lines.stream().allMatch(l -> l.equals(lines.get(0)) || l.contains("Olena Marchenko")));

    // A misspelt search offers its correction; one click applies it.
    browser.get(site.uri("/?q=Khersn").toString());
    assertTrue(browser.findElements(By.cssSelector(".hit")).isEmpty());
    browser.findElement(By.id("did-you-mean")).click();
    waitFor(ExpectedConditions.urlContains("q=kherson"));
    assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty(), "the corrected search finds articles");
  }

  @Test
  void slashFocusesTheSearchBoxAndPagesWorkWithoutScript() throws Exception {
    browser.get(site.uri("/article/gen/kherson-1.txt").toString());
    browser.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("mini-q", browser.switchTo().activeElement().getDomAttribute("id"));
    browser.get(site.uri("/?size=2&sort=newest").toString());
    browser.findElement(By.cssSelector("a[rel=next]")).click();
    waitFor(ExpectedConditions.urlContains("cursor="));
    assertTrue(visibleText(".total").contains("3–4 of"));
    browser.findElement(By.cssSelector("a[rel=prev]")).click();
    waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("cursor=")));
    assertTrue(visibleText(".total").contains("1–2 of"));
  }

  private static Path awaitDownload(String suffix) throws Exception {
    return Chromium.awaitDownload(downloads, suffix);
  }

  private static String visibleText(String css) {
    WebElement e = browser.findElement(By.cssSelector(css));
    assertTrue(e.isDisplayed(), css + " is visible");
    return e.getText().strip();
  }

  /** The values and counts of every facet but Sources, as the reader sees them. */
  private static String otherFacetCounts() {
    StringBuilder out = new StringBuilder();
    for (WebElement li : browser.findElements(By.cssSelector("[id^=facet-]:not(#facet-source) .facet-values li"))) {
      out.append(li.findElement(By.cssSelector(".value")).getText()).append('=')
          .append(li.findElement(By.cssSelector(".count")).getText()).append(' ');
    }
    return out.toString();
  }

  private static void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    chromium.waitFor(condition);
  }

  private static void shoot(String name) throws Exception {
    chromium.shoot(name);
  }
}
