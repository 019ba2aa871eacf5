package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A journalist in real Chromium goes from a search to an entity's profile by the small profile link of a chip, reads
 * its histogram and the names named with it, follows one of them, then comes back to the search filtered on it and
 * opens a profile from a facet value. Saves the profile page at 1280 px under web/target/screenshots/.
 */
class EntityPageBrowserTest extends SampleSiteInChromiumTest {
  @Test
  void chipOpensTheProfileWhoseNamesLeadToOtherProfilesAndBackToTheSearch() throws Exception {
    browser.get(site.uri("/?q=Kherson").toString());
    WebElement profile = browser.findElement(
        By.cssSelector(".hit .chip-profile[href='/entity/person/Olena%20Marchenko']"));
    assertEquals("Profile of Olena Marchenko", profile.getAccessibleName());
    assertTrue(profile.isDisplayed());
    profile.click();
    chromium.waitFor(ExpectedConditions.urlContains("/entity/person/Olena%20Marchenko"));
    assertEquals("Olena Marchenko", text("h1"));
    assertEquals("2 articles in 1 story", text(".entity-counts strong"));
    assertEquals(2, browser.findElements(By.cssSelector(".histogram svg a rect.bar")).size());
    assertTrue(browser.findElement(By.cssSelector(".histogram svg")).isDisplayed());
    assertTrue(text("#named-place").contains("Kherson"), text("#named-place"));
    assertTrue(text("#named-org").contains("Harbor Council"));
    assertEquals(1, browser.findElements(By.cssSelector(".entity-latest .hit")).size());
    JavascriptExecutor js = browser;
    browser.manage().window().setSize(new Dimension(375, 900));
    assertTrue(((Number) js.executeScript("return document.documentElement.scrollWidth;")).intValue() <= 375,
        "the profile fits a phone without scrolling sideways");
    browser.manage().window().setSize(new Dimension(1280, 1400));
    Files.createDirectories(Chromium.SHOTS);
    File png = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), Chromium.SHOTS.resolve("entity-1280.png"), StandardCopyOption.REPLACE_EXISTING);

    // A co-occurring place is a profile of its own, which names her back.
    browser.findElement(By.cssSelector("#named-place .named-profile[href='/entity/place/Kherson']")).click();
    chromium.waitFor(ExpectedConditions.urlContains("/entity/place/Kherson"));
    assertEquals("Kherson", text("h1"));
    assertTrue(text("#named-person").contains("Olena Marchenko"), text("#named-person"));

    // "Search all articles mentioning Kherson" is the search page with the place filter.
    browser.findElement(By.id("entity-search")).click();
    chromium.waitFor(ExpectedConditions.urlContains("place=Kherson"));
    assertTrue(text(".active").contains("Kherson"));

    // A facet value's profile link, beside its checkbox, opens that profile.
    WebElement org = browser.findElement(By.cssSelector("#facet-org .profile-link"));
    String name = org.getAccessibleName().replaceFirst("^Profile of ", "");
    org.click();
    chromium.waitFor(ExpectedConditions.urlContains("/entity/org/"));
    assertEquals(name, text("h1"));
    assertEquals("ORGANIZATION", text(".entity-kind"), "as the reader sees it (upper case by the stylesheet)");
    assertTrue(browser.findElement(By.cssSelector(".histogram svg")).isDisplayed());
  }

  private static String text(String css) {
    WebElement e = browser.findElement(By.cssSelector(css));
    assertTrue(e.isDisplayed(), css + " is visible");
    return e.getText().strip();
  }
}
