package org.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.duban.org.UserAccounts;
import org.duban.photo.PhotoService;
import org.duban.support.Browser;
import org.duban.support.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A station member reports from a phone; the coordinator returns the report once with a comment, the member
 * answers, the coordinator accepts. The status the member sees follows each step.
 */
// an application of its own (the property only tells the contexts apart): these tests walk the same demo tasks,
// and what one submits or imports must not be what the next one finds
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duban.demo.enabled=true", "duban.test.application=report-on-a-phone"})
@Tag("browser") // on H2 only: what a browser shows does not depend on the database
class ReportOnAPhoneTest {

    @LocalServerPort
    int port;
    @Autowired
    PhotoService processing;
    @Autowired
    UserAccounts accounts;

    @TempDir
    Path photos;

    WebDriver phone;
    WebDriver desk;

    @AfterEach
    void close() {
        for (WebDriver d : new WebDriver[] {phone, desk}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    @Test
    void stationReportsWithTwoPhotosAndTheCoordinatorReturnsThenAccepts() throws Exception {
        Path first = Files.write(photos.resolve("banner.jpg"), TestImages.jpeg(1200, 900, 11));
        Path second = Files.write(photos.resolve("leaflets.png"), TestImages.png(900, 1200, 12));

        phone = Browser.start(390, 844);
        WebDriverWait onPhone = Browser.waitFor(phone);
        Browser.logIn(phone, url(""), "qianqi");
        phone.get(url("/tasks"));
        Browser.tap(phone, phone.findElement(By.xpath("//a[contains(., '1. 制作、群发')]")));
        onPhone.until(ExpectedConditions.urlMatches("/tasks/\\d+$"));
        String task = phone.getCurrentUrl();
        assertThat(status(phone)).isEqualTo("已逾期");
        assertThat(phone.findElement(By.id("photos")).getAttribute("capture")).isEqualTo("environment");
        assertThat(phone.findElement(By.id("photos")).getAttribute("multiple")).isNotNull();

        phone.findElement(By.id("body")).sendKeys("9月2日在前岐镇区悬挂宣传横幅3条，发放宣传资料200份。");
        phone.findElement(By.id("photos")).sendKeys(first + "\n" + second);
        onPhone.until(d -> d.findElements(By.cssSelector("#photo-preview img")).size() == 2);
        Browser.screenshot(phone, "phone-report-form");
        Browser.tap(phone, phone.findElement(By.cssSelector("button[value=submit]")));
        onPhone.until(ExpectedConditions.urlContains("submitted"));
        assertThat(status(phone)).isEqualTo("已报送");
        // answered before the photos were processed (the tests' workers are off): placeholders, not broken images
        List<WebElement> thumbs = phone.findElements(By.cssSelector("article.report img.thumb"));
        assertThat(thumbs).hasSize(2).allSatisfy(img -> {
            assertThat(img.getAttribute("class")).contains("photo-placeholder");
            assertThat(shown(phone, img)).as("the placeholder is a picture").isTrue();
        });

        desk = Browser.start(1280, 900);
        WebDriverWait onDesk = Browser.waitFor(desk);
        Browser.logIn(desk, url(""), "zhiliang");
        desk.get(url("/reviews"));
        Browser.tap(desk, desk.findElement(By.xpath("//a[contains(@class,'review-item')][contains(., '前岐市场监督管理所')]")));
        onDesk.until(ExpectedConditions.urlMatches("/reports/\\d+$"));
        String report = desk.getCurrentUrl();
        assertThat(desk.findElements(By.cssSelector("figure.photo-evidence img"))).hasSize(2);
        assertThat(desk.findElement(By.cssSelector("figure.photo-evidence")).getText()).contains("正在生成预览");

        processing.settle(qianqiOrganisation());
        // both pages pick the copies up by themselves: the phone's thumbnails, the desk's figures with their captions
        onPhone.until(d -> d.findElements(By.cssSelector("article.report img.photo-placeholder")).isEmpty());
        assertThat(phone.findElements(By.cssSelector("article.report img.thumb")))
                .hasSize(2).allSatisfy(img -> assertThat(shown(phone, img)).isTrue());
        onDesk.until(d -> d.findElements(By.cssSelector("figure.photo-evidence .photo-pending")).isEmpty());
        assertThat(desk.findElement(By.cssSelector("figure.photo-evidence")).getText()).contains("照片没有拍摄时间");
        assertThat(desk.findElements(By.cssSelector("figure.photo-evidence img:not(.photo-placeholder)"))).hasSize(2);
        desk.findElement(By.id("return-comment")).sendKeys("请补充横幅悬挂位置");
        Browser.tap(desk, desk.findElement(By.id("return")));
        onDesk.until(ExpectedConditions.urlContains("/reviews?returned"));

        phone.get(task);
        assertThat(status(phone)).isEqualTo("已逾期");
        assertThat(phone.findElement(By.cssSelector(".return-comment")).getText()).isEqualTo("请补充横幅悬挂位置");
        phone.findElement(By.id("body")).sendKeys("横幅悬挂于前岐镇政府门口及农贸市场入口。");
        Browser.screenshot(phone, "phone-report-returned");
        Browser.tap(phone, phone.findElement(By.cssSelector("button[value=submit]")));
        onPhone.until(ExpectedConditions.urlContains("submitted"));
        assertThat(status(phone)).isEqualTo("已报送");

        desk.get(report);
        assertThat(desk.findElement(By.cssSelector(".report-body")).getText()).contains("农贸市场入口");
        Browser.tap(desk, desk.findElement(By.id("accept")));
        onDesk.until(ExpectedConditions.urlContains("/reviews?accepted"));

        // on the dashboard the cell says what it is when hovered or reached with the keyboard
        desk.get(url("/campaigns"));
        Browser.tap(desk, desk.findElement(By.xpath("//a[contains(., '质量月')]")));
        onDesk.until(ExpectedConditions.urlMatches("/campaigns/\\d+"));
        Browser.tap(desk, desk.findElement(By.xpath("//a[contains(@href, '/dashboard')]")));
        onDesk.until(ExpectedConditions.urlContains("/dashboard"));
        WebElement cell = desk.findElement(By.cssSelector("table.matrix a[href='" + task.replaceFirst("^.*?(/tasks/)", "$1") + "']"));
        new org.openqa.selenium.interactions.Actions(desk).moveToElement(cell).perform();
        onDesk.until(d -> !cell.getDomAttribute("title").isEmpty());
        assertThat(cell.getDomAttribute("title")).contains("前岐市场监督管理所", "1. 制作、群发", "配合", "已完成");

        phone.get(task);
        assertThat(status(phone)).isEqualTo("已完成");
        assertThat(phone.findElement(By.cssSelector("article.report")).getText())
                .contains("已通过", "退回", "请补充横幅悬挂位置", "重新提交");
        Browser.screenshot(phone, "phone-report-accepted");
    }

    private static String status(WebDriver driver) {
        return driver.findElement(By.id("status")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long qianqiOrganisation() {
        return accounts.byUsername("qianqi").orElseThrow().organisationId();
    }

    /** Whether the browser shows the image: loaded, with a size (a broken image has none). */
    private static boolean shown(WebDriver driver, WebElement img) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
    }
}
