package org.duban.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver (packages chromium, chromium-driver), headless. Nothing is downloaded: the
 * driver's path is given, so Selenium Manager never runs. Missing browser: CI fails; elsewhere the test is skipped,
 * and says so.
 */
public final class Browser {

    private static final File CHROMIUM = new File(env("DUBAN_CHROMIUM", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(env("DUBAN_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static WebDriver start(int width, int height) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String why = "Chromium (" + CHROMIUM + ") or ChromeDriver (" + CHROMEDRIVER + ") is not installed";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + ": CI requires it (apt-get install -y chromium chromium-driver)");
            }
            System.err.println("\n*** SKIPPED: browser test. " + why + ". apt-get install -y chromium chromium-driver ***\n");
            Assumptions.abort("SKIPPED: " + why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--window-size=" + width + "," + height);
        if (width < 600) {
            // a phone: Chrome's window cannot be made this narrow, so emulate the device's viewport instead
            options.setExperimentalOption("mobileEmulation", java.util.Map.of(
                    "deviceMetrics", java.util.Map.of("width", width, "height", height, "pixelRatio", 3.0),
                    "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                            + "Chrome/126.0 Mobile Safari/537.36"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Waits up to 15 s, looking again when htmx or a reload replaced an element under our feet. */
    public static org.openqa.selenium.support.ui.WebDriverWait waitFor(WebDriver driver) {
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Logs in through the login page with a demo account and waits until it has left the page. */
    public static void logIn(WebDriver driver, String baseUrl, String username) {
        driver.get(baseUrl + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("Duban@2020");
        driver.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        waitFor(driver).until(org.openqa.selenium.support.ui.ExpectedConditions.not(
                org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login")));
    }

    /** Scrolls the element to the middle of the screen and taps it, as a person would. */
    public static void tap(WebDriver driver, org.openqa.selenium.WebElement element) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        // photos still loading move everything below them: wait until the page is complete
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "complete".equals(js.executeScript("return document.readyState")));
        for (int attempt = 1; ; attempt++) {
            js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
            try {
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException moved) {
                // an htmx swap that landed between the scroll and the click (a paragraph saved and re-rendered above
                // the button) moved it out of view: scroll to where it is now, a few times at most
                if (attempt == 3) {
                    throw moved;
                }
            }
        }
    }

    /** Keeps a screenshot under target/screenshots for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.err.println("screenshot " + name + " failed: " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
