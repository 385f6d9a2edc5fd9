package org.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duban.support.Browser;
import org.duban.support.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator imports the seed in Chromium: paste → preview → correct → confirm → campaign page. */
// an application of its own (the property only tells the contexts apart): these tests walk the same demo tasks,
// and what one submits or imports must not be what the next one finds
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duban.demo.enabled=true", "duban.test.application=import"})
@Tag("browser") // on H2 only: what a browser shows does not depend on the database
class ImportInTheBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openChromium() {
        browser = Browser.start(1280, 1000);
        wait = Browser.waitFor(browser);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void coordinatorImportsCorrectsAndConfirmsTheSeed() {
        Browser.logIn(browser, url(""), "zhiliang");
        browser.get(url("/imports/new"));
        // the copy has a typo in a station's name (前歧 for 前岐), as real pasted notices do
        String notice = Seed.text().replace("前岐市场监督管理所、沙埕", "前歧市场监督管理所、沙埕");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("text")), notice);
        browser.findElement(By.cssSelector("form.import-form button[type=submit]")).click();

        wait.until(ExpectedConditions.urlMatches("/imports/\\d+$"));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("通知信息");
        assertThat(browser.findElements(By.cssSelector(".task-row"))).hasSize(23);
        assertThat(noticeIssues()).contains("疑似被篡改为博彩/垃圾广告");
        assertThat(summary()).contains("还有 3 处需要处理后才能确认");
        assertThat(browser.findElement(By.id("confirm")).isEnabled()).isFalse();
        WebElement fourth = browser.findElement(By.id("task-3"));
        assertThat(fourth.findElement(By.cssSelector(".chip.unmatched")).getText()).contains("前歧市场监督管理所");
        assertThat(fourth.getText()).contains("是否为“前岐市场监督管理所”");
        Browser.screenshot(browser, "import-preview");

        replace(browser.findElement(By.id("n-issuer")), "福鼎市市场监督管理局");
        wait.until(d -> !noticeIssues().contains("发文单位“beat365"));
        replace(browser.findElement(By.id("n-title")), "福鼎市市场监督管理局2020年“质量月”活动方案");
        wait.until(d -> summary().contains("还有 1 处需要处理后才能确认"));

        // correct the unit: pick the right station, then untick the misspelt one
        new Select(browser.findElement(By.cssSelector("#task-3 select[name=assist]"))).selectByVisibleText("前岐市场监督管理所");
        wait.until(d -> chips("task-3").contains("前岐市场监督管理所"));
        browser.findElement(By.xpath("//*[@id='task-3']//label[contains(@class,'chip')][contains(., '前歧市场监督管理所')]/input")).click();
        wait.until(d -> !chips("task-3").contains("前歧市场监督管理所"));
        assertThat(chips("task-3")).contains("质量安全监督管理股", "前岐市场监督管理所", "沙埕市场监督管理所");
        wait.until(d -> summary().contains("已核对无误，可以确认"));
        Browser.screenshot(browser, "import-corrected");

        browser.findElement(By.id("confirm")).click();
        wait.until(ExpectedConditions.urlMatches("/campaigns/\\d+\\?created"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("共 23 项活动");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("福鼎市市场监督管理局2020年“质量月”活动方案");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.activities tbody tr"));
        assertThat(rows).hasSize(23);
        assertThat(rows.get(3).getText()).contains("前岐市场监督管理所", "沙埕市场监督管理所").doesNotContain("前歧");
        assertThat(browser.findElements(By.cssSelector(".timeline-bar"))).hasSize(23);
        Browser.screenshot(browser, "campaign-page");
    }

    /** Types a new value and leaves the field, which fires the change that htmx saves on. */
    private void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private String noticeIssues() {
        return browser.findElement(By.id("notice")).getText();
    }

    private String summary() {
        return browser.findElement(By.id("review-summary")).getText();
    }

    private String chips(String rowId) {
        return browser.findElement(By.id(rowId)).findElements(By.cssSelector(".cell.assist .chip, .cell.lead .chip"))
                .stream().map(WebElement::getText).reduce("", (a, b) -> a + " " + b);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
