package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Drives headless Chromium through a batch search: from a filtered search to the batch page, 50 names pasted and
 * counted, a row's link followed to its search, and the same batch downloaded as CSV.
 */
class BatchBrowserTest extends SampleSiteInChromiumTest {
  @Test
  void journalistCountsFiftyNamesWithinASearchAndFollowsOne() throws Exception {
    browser.get(site.uri("/?q=Kherson&collapse=0").toString());
    browser.findElement(By.id("batch")).click();
    waitFor(ExpectedConditions.urlContains("/batch?collapse=0"));

    List<String> names = new ArrayList<>(List.of("Olena Marchenko", "Maria Kovalenko", "Kherson", "Istanbul",
        "Odesa", "Harbor Council", "United Nations", "Vladimir Putin", "Surovikin", "grain corridor"));
    IntStream.rangeClosed(1, 40).forEach(i -> names.add("Nobody" + i));
    WebElement box = browser.findElement(By.id("queries"));
    box.sendKeys(String.join("\n", names));
    browser.findElement(By.id("batch-run")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".batch-table")));

    assertEquals("50 lines counted", browser.findElement(By.cssSelector(".batch .total")).getText()
        .replaceAll(" in .*", ""));
    assertEquals("Articles", browser.findElement(By.cssSelector(".batch-table th.num")).getText());
    List<WebElement> rows = browser.findElements(By.cssSelector(".batch-table tbody tr"));
    assertEquals(50, rows.size());
    assertEquals("0", rows.get(49).findElements(By.tagName("td")).get(2).getText());
    chromium.shoot("batch");
    WebElement olena = browser.findElements(By.cssSelector(".batch-table tbody tr")).get(0);
    String count = olena.findElements(By.tagName("td")).get(2).getText();
    assertEquals("2", count, "both versions of the generated story name her");

    olena.findElement(By.linkText("Olena Marchenko")).click();
    waitFor(ExpectedConditions.urlContains("q=Olena+Marchenko"));
    assertTrue(browser.getCurrentUrl().contains("collapse=0"), "the filters come along");
    assertEquals(count + " articles", browser.findElement(By.cssSelector(".total strong")).getText());

    browser.navigate().back();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("batch-csv")));
    browser.findElement(By.id("batch-csv")).click();
    Path csv = Chromium.awaitDownload(dir.resolve("downloads"), ".csv");
    List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
    assertEquals(51, lines.size());
    assertTrue(lines.get(1).startsWith("1,Olena Marchenko,2,articles,searched,"), lines.get(1));
  }

  private static void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    chromium.waitFor(condition);
  }
}
