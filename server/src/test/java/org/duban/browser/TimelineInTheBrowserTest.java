package org.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.duban.support.Browser;
import org.duban.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The timeline on the day a month begins (the seed's 1 September 2020): the line for today stands on the month's
 * tick, and its 今天 label must not cover the tick's 9月, on a desk and on a phone.
 */
// an application of its own (the property only tells the contexts apart): these tests walk the same demo tasks,
// and what one submits or imports must not be what the next one finds
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duban.demo.enabled=true", "duban.test.application=timeline"})
@Tag("browser") // on H2 only: what a browser shows does not depend on the database
class TimelineInTheBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;

    @TestConfiguration
    static class OnTheFirstOfSeptember {
        @Bean
        @Primary
        MutableClock firstOfSeptember() {
            return new MutableClock(LocalDateTime.of(2020, 9, 1, 10, 0), ZoneId.of("Asia/Shanghai"));
        }
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @CsvSource({"1366, 900", "390, 844"})
    void theTodayLabelCoversNoMonthTick(int width, int height) {
        browser = Browser.start(width, height);
        Browser.logIn(browser, "http://localhost:" + port, "zhiliang");
        browser.get("http://localhost:" + port + "/campaigns");
        browser.get(browser.findElement(By.cssSelector("a.campaign-item")).getAttribute("href"));

        @SuppressWarnings("unchecked")
        Map<String, Object> today = (Map<String, Object>) js().executeScript("""
                const r = document.querySelector('.timeline-today span').getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};""");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ticks = (List<Map<String, Object>>) js().executeScript("""
                return [...document.querySelectorAll('.timeline-tick')].map(t => {
                  const r = t.getBoundingClientRect();
                  return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
                });""");

        assertThat(ticks).extracting(t -> t.get("text")).contains("9月");
        assertThat(ticks).allSatisfy(tick -> assertThat(overlap(today, tick))
                .as("今天 %s covers the tick %s", today, tick).isFalse());
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return n(a, "left") < n(b, "right") && n(b, "left") < n(a, "right") && n(a, "top") < n(b, "bottom")
                && n(b, "top") < n(a, "bottom");
    }

    private static double n(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }
}
