package org.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A station gives its counts from a 390 px phone: the number fields fit the screen and open the number pad, and the
 * numbers show in the unit's history once submitted.
 */
// an application of its own (the property only tells the contexts apart): these tests walk the same demo tasks,
// and what one submits or imports must not be what the next one finds
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duban.demo.enabled=true", "duban.test.application=counts-on-a-phone"})
@Tag("browser") // on H2 only: what a browser shows does not depend on the database
class CountsOnAPhoneTest {

    @LocalServerPort
    int port;

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
    void aStationTypesItsCountsOnAPhone() {
        phone = Browser.start(390, 844);
        WebDriverWait onPhone = Browser.waitFor(phone);
        Browser.logIn(phone, url(""), "qianqi");
        phone.get(url("/tasks"));
        Browser.tap(phone, phone.findElement(By.xpath("//a[contains(., '1. 制作、群发')]")));
        onPhone.until(ExpectedConditions.urlMatches("/tasks/\\d+$"));

        WebElement smsField = phone.findElement(By.xpath("//label[text()='群发短信']/following-sibling::div/input"));
        WebElement banners = phone.findElement(By.xpath("//label[text()='悬挂横幅']/following-sibling::div/input"));
        for (WebElement field : new WebElement[] {smsField, banners}) {
            assertThat(field.getDomAttribute("inputmode")).isEqualTo("numeric");
            assertThat(field.getRect().getX() + field.getRect().getWidth()).as("inside the 390 px screen").isLessThan(390);
        }
        phone.findElement(By.id("body")).sendKeys("9月2日群发公益短信，悬挂横幅。");
        smsField.sendKeys("3000");
        banners.sendKeys("4");
        Browser.screenshot(phone, "phone-report-counts");
        Browser.tap(phone, phone.findElement(By.cssSelector("button[value=submit]")));
        onPhone.until(ExpectedConditions.urlContains("submitted"));
        assertThat(phone.findElement(By.cssSelector("article.report .report-counts")).getText())
                .contains("群发短信 3000 条", "悬挂横幅 4 条");

        // the coordinator sees the campaign's counts: nothing accepted yet; 前岐所's 3000 wait for review
        desk = Browser.start(1280, 900);
        Browser.logIn(desk, url(""), "zhiliang");
        desk.get(url("/campaigns"));
        Browser.tap(desk, desk.findElement(By.xpath("//a[contains(., '质量月')]")));
        Browser.waitFor(desk).until(ExpectedConditions.urlMatches("/campaigns/\\d+$"));
        Browser.tap(desk, desk.findElement(By.xpath("//a[contains(@href, '/counts')]")));
        Browser.waitFor(desk).until(ExpectedConditions.urlContains("/counts"));
        WebElement sms = desk.findElement(By.cssSelector("table.campaign-totals tr[data-metric='群发短信']"));
        assertThat(sms.findElement(By.cssSelector(".actual")).getText()).isEqualTo("0");
        assertThat(sms.findElement(By.cssSelector(".awaiting")).getText()).isEqualTo("3000");
        Browser.screenshot(desk, "desk-campaign-counts");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
