package vn.datamap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium,
 * one browser per test class, against the shared demo server. Register it with
 * {@code @RegisterExtension static final Browser browser = new Browser();}.
 *
 * <p>Every page a test opens is saved as {@code target/screenshots/<TestClass>-<name>.png} when
 * the test leaves it or ends, whether it passed or failed. The browser's console is recorded so
 * that {@link #assertNoConsoleErrors()} can fail a test on any {@code SEVERE} entry (script
 * errors, failed loads). Host names other than {@code localhost} resolve to nothing, so a page
 * that reaches for the internet shows it as a console error on every machine, with or without
 * a network.
 *
 * <p>Without Chromium the test class is skipped with a message, except under {@code CI=true},
 * where it fails.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private TestServer server;
    private String missing;
    private ChromeDriver driver;
    private ChromeDriverService service;
    private Path profile;
    private String testClass;
    private String pending;
    private final List<LogEntry> console = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        testClass = context.getRequiredTestClass().getSimpleName();
        missing = missingChromium();
        if (missing != null) {
            return; // each test is skipped in beforeEach, so that the report shows why
        }
        profile = Files.createTempDirectory("datamap-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--user-data-dir=" + profile,
                // Nothing but this machine: a page that needs the internet fails the same way everywhere.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (missing != null) {
            Assumptions.abort(missing);
        }
        pending = null;
        console.clear();
        driver.manage().logs().get(LogType.BROWSER); // what an earlier test left behind
    }

    @Override
    public void afterEach(ExtensionContext context) {
        screenshotPending();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            deleteProfile();
        }
    }

    /** The driver, for anything this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    /** The shared demo server the pages come from. */
    public TestServer server() {
        if (server == null) {
            server = TestServer.shared();
        }
        return server;
    }

    /** A plain HTTP client of the same server, for what the browser need not do. */
    public HttpTester http() {
        return server().http();
    }

    /** The absolute URL of a path on the server. */
    public String url(String path) {
        return server().url(path);
    }

    /** Opens a page of the server; {@code name} names its screenshot. */
    public WebDriver open(String name, String path) {
        screenshotPending();
        driver.get(url(path));
        pending = name;
        return driver;
    }

    /**
     * Does something that leaves the page (a click on a link, a form submitted) and waits for
     * the next page: the page being left is saved first, the new one is saved as {@code name}.
     */
    public void follow(String name, Runnable action) {
        screenshotPending();
        WebElement html = driver.findElement(By.tagName("html"));
        action.run();
        until(d -> isStale(html) && "complete".equals(js("return document.readyState")));
        pending = name;
    }

    /** Waits up to 20 seconds for a condition to hold (not null, not false). */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    /** Runs a script in the page. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * A real mouse click on a point inside the shape (its centre may lie outside it, or on a
     * neighbour): the point nearest the centre that the shape itself answers at, with a margin.
     */
    @SuppressWarnings("unchecked")
    public void clickInside(WebElement shape) {
        List<Number> point = (List<Number>) js("""
                var el = arguments[0];
                el.scrollIntoView({block: 'center'});
                var r = el.getBoundingClientRect(), cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
                function hit(x, y) { return document.elementFromPoint(x, y) === el; }
                var best = null, bestDistance = Infinity;
                for (var y = Math.ceil(r.top); y <= r.bottom; y++) {
                  for (var x = Math.ceil(r.left); x <= r.right; x++) {
                    if (hit(x, y) && hit(x - 2, y) && hit(x + 2, y) && hit(x, y - 2) && hit(x, y + 2)) {
                      var d = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                      if (d < bestDistance) { best = [x, y]; bestDistance = d; }
                    }
                  }
                }
                return best;""", shape);
        Assertions.assertNotNull(point, () -> "no point inside " + shape.getDomAttribute("class") + " (" + shape.getRect() + ")");
        new Actions(driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
    }

    /** Saves the current page now as {@code <TestClass>-<name>.png}. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(testClass + "-" + name + ".png"), capture());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every console entry of this test so far (reading the browser's log empties it, so it is kept here). */
    public List<LogEntry> console() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return List.copyOf(console);
    }

    /** The SEVERE console entries of this test so far. */
    public List<LogEntry> consoleErrors() {
        return console().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    /** Fails, listing them, when the console has SEVERE entries (script errors, failed loads). */
    public void assertNoConsoleErrors() {
        List<LogEntry> errors = consoleErrors();
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("console errors in the browser (last page " + driver.getCurrentUrl() + "):");
            errors.forEach(e -> message.append("\n  ").append(e.getLevel()).append(' ').append(e.getMessage()));
            System.out.println(message);
            Assertions.fail(message.toString());
        }
    }

    private void screenshotPending() {
        if (pending == null || driver == null) {
            return;
        }
        String name = pending;
        pending = null;
        try {
            screenshot(name);
        } catch (RuntimeException e) {
            // A screenshot that fails must not hide the test's own outcome.
            System.err.println("screenshot " + testClass + "-" + name + " failed: " + e);
        }
    }

    /**
     * The whole page, not only the window: the window is made as tall as the page for the time of
     * the capture (so scripts that lay out on resize, as CodeMirror and Leaflet do, draw what a
     * reader would see), then given back. The window alone if that fails.
     */
    private byte[] capture() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            long height = (long) Math.ceil(((Number) size.get("height")).doubleValue());
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 0, "height", height,
                    "deviceScaleFactor", 0, "mobile", false));
            try {
                driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
                Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
                return Base64.getDecoder().decode((String) result.get("data"));
            } finally {
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        } catch (RuntimeException e) {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        }
    }

    /**
     * Whether the element is gone with the page it was found on. Chromium does not always say so
     * as a stale element: asked about a node of a document it has just replaced, it can answer
     * "Node with given id does not belong to the document" instead (seen in SearchPageTest).
     */
    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Why Chromium cannot run here, or null; under CI=true a missing browser fails instead. */
    private static String missingChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return null;
        }
        String message = "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + "; they are missing and CI=true");
        }
        return message + "; skipped";
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary profile left behind is harmless.
        }
    }
}
