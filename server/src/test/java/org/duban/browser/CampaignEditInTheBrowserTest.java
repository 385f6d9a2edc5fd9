package org.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duban.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator on a phone changes an activity's window, has a wrong one refused beside what was typed, then archives
 * the campaign (confirming the question) and brings it back.
 */
// an application of its own (the property only tells the contexts apart): these tests walk the same demo tasks,
// and what one submits or imports must not be what the next one finds
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duban.demo.enabled=true", "duban.test.application=campaign-edit"})
@Tag("browser") // on H2 only: what a browser shows does not depend on the database
class CampaignEditInTheBrowserTest {

    @LocalServerPort
    int port;

    WebDriver phone;

    @AfterEach
    void close() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void aCoordinatorChangesAWindowOnAPhoneAndArchivesTheCampaign() {
        phone = Browser.start(390, 844);
        WebDriverWait wait = Browser.waitFor(phone);
        Browser.logIn(phone, url(""), "zhiliang");
        phone.get(url("/campaigns"));
        // other browser tests share this application and may have imported campaigns of their own: the demo's is last
        List<WebElement> items = phone.findElements(By.cssSelector("a.campaign-item"));
        int current = items.size();
        Browser.tap(phone, items.get(current - 1));
        wait.until(ExpectedConditions.urlMatches("/campaigns/\\d+$"));
        String campaign = phone.getCurrentUrl();
        By itsItem = By.cssSelector("a.campaign-item[href$='" + campaign.substring(campaign.indexOf("/campaigns/")) + "']");
        Browser.tap(phone, phone.findElement(By.linkText("修改计划")));
        wait.until(ExpectedConditions.urlContains("/edit"));

        WebElement third = phone.findElements(By.cssSelector(".edit-activity")).get(2);
        String id = third.getAttribute("id").replace("activity-", "");
        setDate(third.findElement(By.name("start")), "2020-09-05");
        setDate(third.findElement(By.name("end")), "2020-09-25");
        Browser.tap(phone, third.findElement(By.cssSelector(".activity-form button[type=submit]")));
        wait.until(ExpectedConditions.urlContains("saved"));
        assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("已保存");
        assertThat(phone.findElement(By.id("end-" + id)).getAttribute("value")).isEqualTo("2020-09-25");

        WebElement again = phone.findElement(By.id("activity-" + id));
        again.findElement(By.name("content")).clear();
        again.findElement(By.name("content")).sendKeys("改期后的活动内容");
        setDate(again.findElement(By.name("end")), "2020-09-01");
        Browser.tap(phone, again.findElement(By.cssSelector(".activity-form button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#activity-" + id + " .alert-danger")));
        WebElement refused = phone.findElement(By.id("activity-" + id));
        assertThat(refused.findElement(By.cssSelector(".alert-danger")).getText()).contains("早于开始日期");
        assertThat(refused.findElement(By.name("content")).getAttribute("value")).isEqualTo("改期后的活动内容");
        assertThat(phone.switchTo().activeElement().getAttribute("id")).as("the refused form has the focus")
                .isEqualTo("content-" + id);

        phone.get(campaign);
        Browser.tap(phone, phone.findElement(By.xpath("//button[normalize-space()='归档']")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("archived-note")));
        phone.get(url("/campaigns"));
        assertThat(phone.findElements(itsItem)).isEmpty();
        assertThat(phone.findElements(By.cssSelector("a.campaign-item"))).hasSize(current - 1);
        phone.get(url("/campaigns?archived=true"));
        Browser.tap(phone, phone.findElement(itsItem));
        Browser.tap(phone, phone.findElement(By.xpath("//button[normalize-space()='取消归档']")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("archived-note")));
        phone.get(url("/campaigns"));
        assertThat(phone.findElements(By.cssSelector("a.campaign-item"))).hasSize(current);
        assertThat(phone.findElements(itsItem)).hasSize(1);
    }

    /** Date inputs take their value as the page's script would set it; typing depends on the browser's locale. */
    private void setDate(WebElement input, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) phone).executeScript("arguments[0].value = arguments[1]", input,
                isoDate);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
