package org.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.duban.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator finishes the demo campaign's report at the desk: follows a number of the draft to the report it
 * came from, writes 四 and 五, signs, and downloads the 上报包, whose manifest holds the hash of every file and whose
 * report is the version just signed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duban.demo.enabled=true", "duban.demo.around-today=true",
                "duban.test.application=report-in-the-browser"})
@Tag("browser") // on H2 only: what a browser shows does not depend on the database
class ReportInTheBrowserTest {

    @LocalServerPort
    int port;

    WebDriver desk;
    WebDriver phone;

    @AfterEach
    void close() {
        for (WebDriver d : new WebDriver[] {desk, phone}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    @Test
    void theCoordinatorChecksANumberWritesTheReportSignsItAndDownloadsThePackage() throws Exception {
        desk = Browser.start(1280, 900);
        WebDriverWait wait = Browser.waitFor(desk);
        Browser.logIn(desk, url(""), "zhiliang");
        desk.get(url("/campaigns"));
        // the demo campaign placed around today, ten days in, has accepted reports
        Browser.tap(desk, desk.findElement(By.xpath("//a[contains(., '质量月')]")));
        wait.until(ExpectedConditions.urlMatches("/campaigns/\\d+$"));
        String campaign = desk.getCurrentUrl().replaceAll(".*/campaigns/", "");
        Browser.tap(desk, desk.findElement(By.cssSelector("a.report-link")));
        wait.until(ExpectedConditions.urlMatches("/campaigns/\\d+/report$"));

        WebElement twelveThousand = desk.findElement(By.xpath(
                "//div[starts-with(@id, 'p-practice-')]//a[contains(@class, 'num') and text()='12,000']"));
        String reportPage = twelveThousand.getDomAttribute("href");
        assertThat(reportPage).matches("/reports/\\d+");
        Browser.screenshot(desk, "desk-report-editor");
        Browser.tap(desk, twelveThousand);
        wait.until(ExpectedConditions.urlContains(reportPage));
        assertThat(desk.findElement(By.tagName("main")).getText()).contains("12,000 条");
        desk.navigate().back();
        wait.until(ExpectedConditions.urlMatches("/campaigns/\\d+/report$"));
        assertThat(desk.findElement(By.cssSelector("#sign button")).isEnabled()).as("四 and 五 are still material")
                .isFalse();

        write("p-problems-none", "部分经营户对“质量月”活动知晓率仍然不高。");
        write("p-next", "下一步，将把群发短信12000条的做法延续到日常宣传中。");
        assertThat(desk.findElements(By.cssSelector("#p-next a.num"))).extracting(WebElement::getText).contains("12000");

        Browser.tap(desk, desk.findElement(By.cssSelector("#sign button")));
        wait.until(ExpectedConditions.urlContains("signed=1"));
        String docxHash = desk.findElements(By.cssSelector("#versions code.sha")).get(0).getText();
        assertThat(docxHash).matches("[0-9a-f]{64}");
        Browser.screenshot(desk, "desk-report-signed");

        Map<String, byte[]> files = unzip(get("/campaigns/" + campaign + "/package.zip"));
        String manifest = new String(files.remove("manifest.sha256"), StandardCharsets.UTF_8);
        assertThat(files).containsKeys("活动开展情况报告.docx", "活动开展情况报告.pdf");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertThat(manifest.lines()).as(f.getKey()).contains(sha256(f.getValue()) + "  " + f.getKey());
        }
        assertThat(sha256(files.get("活动开展情况报告.docx"))).as("the package carries the signed version")
                .isEqualTo(docxHash);

        // the coordinator on deadline day, away from the desk: the draft and what is not yet in fit a phone
        phone = Browser.start(390, 844);
        Browser.logIn(phone, url(""), "zhiliang");
        phone.get(url("/campaigns/" + campaign + "/report"));
        Object wide = ((org.openqa.selenium.JavascriptExecutor) phone)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) wide).intValue()).as("no sideways scrolling on a 390 px phone").isLessThanOrEqualTo(390);
        assertThat(phone.findElement(By.id("outstanding")).isDisplayed()).isTrue();
        Browser.screenshot(phone, "phone-report-editor");
    }

    /** Opens a paragraph's editor, replaces its text and saves it. */
    private void write(String paragraph, String text) {
        WebElement p = desk.findElement(By.id(paragraph));
        Browser.tap(desk, p.findElement(By.cssSelector("details.edit summary")));
        WebElement area = p.findElement(By.tagName("textarea"));
        area.clear();
        area.sendKeys(text);
        Browser.tap(desk, p.findElement(By.cssSelector("button.btn-primary")));
        Browser.waitFor(desk).until(ExpectedConditions.urlContains("saved"));
        // the saved page may still be drawing the paragraph when its address has changed: found again until it shows
        // the words (a paragraph found too early went stale under a fresh clone's first run)
        Browser.waitFor(desk).until(d -> d.findElement(By.id(paragraph)).getText().contains(text.substring(0, 8)));
        assertThat(desk.findElement(By.id(paragraph)).getText()).contains(text.substring(0, 8));
        assertThat(desk.findElement(By.id(paragraph)).getDomAttribute("class")).contains("edited");
    }

    /** A download, fetched with the browser's session as the browser would. */
    private byte[] get(String path) throws Exception {
        Cookie session = desk.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
