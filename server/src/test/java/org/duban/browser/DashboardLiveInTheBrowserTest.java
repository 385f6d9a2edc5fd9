package org.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.org.DubanUser;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.duban.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The coordinator keeps the dashboard open on deadline day while stations report: each report turns its cell without
 * the page being reloaded, the charts are drawn again, and what the coordinator was doing on the page (a unit's late
 * list folded open, an urge message half typed) is not thrown away by the update.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duban.demo.enabled=true", "duban.supervision.dashboard-refresh=1s",
                "duban.test.application=dashboard-live"})
@Tag("browser") // on H2 only: what a browser shows does not depend on the database
class DashboardLiveInTheBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ReportService reports;
    @Autowired
    Assignments assignments;
    @Autowired
    UserDetailsService users;

    WebDriver desk;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.quit();
        }
    }

    @Test
    void reportsTurnTheirCellsWhileTheCoordinatorWorksOnThePage() {
        desk = Browser.start(1366, 900);
        WebDriverWait wait = Browser.waitFor(desk);
        Browser.logIn(desk, "http://localhost:" + port, "zhiliang");
        desk.get("http://localhost:" + port + "/campaigns");
        Browser.tap(desk, desk.findElement(By.xpath("//a[contains(., '质量月')]")));
        wait.until(ExpectedConditions.urlMatches("/campaigns/\\d+$"));
        long campaign = Long.parseLong(desk.getCurrentUrl().replaceAll(".*/campaigns/", ""));
        desk.get("http://localhost:" + port + "/campaigns/" + campaign + "/dashboard");
        js("window.stillTheSamePage = true;");

        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        long shacheng = ((DubanUser) users.loadUserByUsername("shacheng")).unitId();
        List<Long> qianqiLate = assignments.ofCampaign(qianqi.organisationId(), campaign).stream()
                .filter(a -> a.unitId() == qianqi.unitId()).map(AssignmentView::id)
                .filter(id -> cellOf(id).equals("s-OVERDUE")).toList();
        assertThat(qianqiLate).as("the demo campaign of 2020 is late everywhere today").hasSizeGreaterThan(1);
        Browser.tap(desk, shachengsLateList(shacheng).findElement(By.tagName("summary")));

        report(qianqi, qianqiLate.get(0));
        wait.until(d -> cellOf(qianqiLate.get(0)).equals("s-REPORTED"));
        assertThat(js("return window.stillTheSamePage === true;")).as("updated in place, not reloaded")
                .isEqualTo(true);
        assertThat(shachengsLateList(shacheng).getDomProperty("open")).as("the list folded open stays open")
                .isEqualTo("true");
        assertThat(js("return document.getElementById('charts').dataset.drawn === 'true'"
                + " && document.querySelector('#chart-units canvas') !== null;")).as("charts drawn from the new data")
                .isEqualTo(true);
        Browser.screenshot(desk, "dashboard-live");

        WebElement message = shachengsLateList(shacheng).findElement(By.name("message"));
        message.sendKeys("请今天下班前报送");
        report(qianqi, qianqiLate.get(1));
        wait.until(d -> cellOf(qianqiLate.get(1)).equals("s-REPORTED"));
        assertThat(shachengsLateList(shacheng).findElement(By.name("message")).getDomProperty("value"))
                .as("an urge message being typed is not wiped by the update").isEqualTo("请今天下班前报送");
    }

    private void report(DubanUser unit, long assignment) {
        reports.save(unit, assignment,
                new ReportForm(UUID.randomUUID().toString(), null, "已开展专项检查", null, "submit"), List.of());
    }

    /** The matrix cell of an assignment as its class ("s-OVERDUE"), read from the page as it is now. */
    private String cellOf(long assignment) {
        Object cls = js("const a = document.querySelector('#dash-matrix a[href=\"/tasks/" + assignment + "\"]');"
                + " return a ? a.parentElement.className : '';");
        return String.valueOf(cls);
    }

    /** 沙埕所's entry in the list of overdue work. */
    private WebElement shachengsLateList(long unitId) {
        return desk.findElement(By.cssSelector("#dash-late .late-list details[data-unit='" + unitId + "']"));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) desk).executeScript(script);
    }
}
