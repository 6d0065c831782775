package org.communskg.it;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import org.communskg.Seeded;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.remote.http.Filter;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's {@code chromium}) driven through Debian's {@code chromedriver}
 * by Selenium, for page tests. Each instance is a fresh session with a fresh profile. It records
 * every console message and every network request, so that {@link #assertClean()} fails a test
 * on any console error or any request that leaves localhost; outside hosts do not even resolve.
 *
 * <pre>{@code
 * try (Browser browser = Browser.open(SERVER.http().root())) {
 *     browser.get("/workbench").await(By.cssSelector(".CodeMirror"));
 *     browser.screenshot("workbench");
 *     browser.assertClean();
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String root;
    private final ChromeDriver driver;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> outsideRequests = new ArrayList<>();
    private NetworkInterceptor interceptor;

    private Browser(String root, ChromeDriver driver) {
        this.root = root;
        this.driver = driver;
    }

    /** A desktop-sized browser (1280 × 900) on the server at {@code root} ({@code http://localhost:PORT}). */
    public static Browser open(String root) {
        return open(root, 1280, 900);
    }

    /** A browser whose window is {@code width} × {@code height} CSS pixels: 390 × 844 is a phone. */
    public static Browser open(String root, int width, int height) {
        for (String exe : List.of(Tools.CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(exe))) {
                throw new AssertionError(exe + " is missing: run .ci/run, or apt-get install chromium chromium-driver");
            }
        }
        ChromeOptions options = new ChromeOptions().setBinary(Tools.CHROMIUM).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic", "--window-size=" + width + "," + height,
                // Outside hosts never resolve: a stray request fails fast, and assertClean names it.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        // The driver is named, so Selenium Manager has nothing to look up or download.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // A headless window is at least 500 pixels wide: narrower screens are emulated, as a phone.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        return new Browser(root, driver);
    }

    /**
     * Adds a header to every response the browser receives from now on, such as a
     * Content-Security-Policy, to see how pages behave under it.
     */
    public Browser withResponseHeader(String name, String value) {
        interceptor = new NetworkInterceptor(driver, (Filter) next -> request -> {
            HttpResponse response = next.execute(request);
            response.setHeader(name, value);
            return response;
        });
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the server ({@code /workbench}) or an absolute URL. */
    public Browser get(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : root + pathOrUrl);
        return this;
    }

    /** Waits (30 s at most) until an element is visible, and returns it. */
    public WebElement await(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits (30 s at most) until {@code condition} gives a value other than null or false. */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a PNG of the window, scrolled to the top, as {@code target/screenshots/NAME.png}. */
    public Path screenshot(String name) {
        script("window.scrollTo(0, 0)");
        try {
            Path folder = Files.createDirectories(Seeded.ROOT.resolve("target/screenshots"));
            Path file = folder.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console errors so far (messages of level SEVERE: script errors, failed loads). */
    public List<String> consoleErrors() {
        drainLogs();
        return List.copyOf(consoleErrors);
    }

    /** Requests so far to anything but localhost ({@code data:} and {@code blob:} URLs stay inside). */
    public List<String> outsideRequests() {
        drainLogs();
        return List.copyOf(outsideRequests);
    }

    /** Fails on any console error and on any request that left localhost since the session began. */
    public void assertClean() {
        drainLogs();
        if (!consoleErrors.isEmpty() || !outsideRequests.isEmpty()) {
            throw new AssertionError("console errors: " + consoleErrors + "\nrequests outside localhost: " + outsideRequests);
        }
    }

    private void drainLogs() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(e.getMessage());
            }
        }
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = JsonParser.parseString(e.getMessage()).getAsJsonObject().getAsJsonObject("message");
            if ("Network.requestWillBeSent".equals(message.get("method").getAsString())) {
                String url = message.getAsJsonObject("params").getAsJsonObject("request").get("url").getAsString();
                if (!isLocal(url)) {
                    outsideRequests.add(url);
                }
            }
        }
    }

    static boolean isLocal(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
            return true;
        }
        URI uri = URI.create(url);
        return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && LOCAL_HOSTS.contains(uri.getHost());
    }

    @Override
    public void close() {
        if (interceptor != null) {
            interceptor.close();
        }
        driver.quit();
    }
}
