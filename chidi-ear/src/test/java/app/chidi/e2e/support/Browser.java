package app.chidi.e2e.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for a browser test, registered as its JUnit extension: started before
 * the class's first step, quit after its last. Screenshots go to {@code target/screenshots}; each
 * test names its files with its own prefix and, on start, deletes only those, since the browser
 * tests share the folder.
 *
 * <p>A browser test is one scenario in ordered steps, each building on the page the step before
 * left. When a step fails it is reported as failed, with its screenshot, page source and console
 * log ({@code <prefix>failed*}); the steps after it are then skipped (an aborted assumption) rather
 * than failing again for the same cause on a page they were never meant to start from.
 */
public final class Browser
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

  public static final int DESKTOP = 1280;
  public static final int PHONE = 375;

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Held here so their levels stay set; see {@link #beforeAll}. */
  private static final List<Logger> DEVTOOLS_LOGGERS =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium"));

  private final String prefix;
  private final boolean fullPage;
  private final Consumer<ChromeOptions> customiser;
  private ChromeDriver driver;
  private WebDriverWait wait;
  private int screenshots;
  private boolean broken;

  private Browser(String prefix, boolean fullPage, Consumer<ChromeOptions> customiser) {
    this.prefix = prefix;
    this.fullPage = fullPage;
    this.customiser = customiser;
  }

  /** A 1280 × 900 browser whose screenshots show the window, {@code <prefix>NN-<step>.png}. */
  public static Browser window(String prefix) {
    return new Browser(prefix, false, options -> {});
  }

  /**
   * A 1280 × 900 browser whose screenshots show the whole page at the current width, {@code
   * <prefix>NN-<step>-<width>.png}. It hides scrollbars, which would show in the shots, and
   * transitions: the sidebar must not be caught sliding after a resize. {@code customiser} may add
   * to its options.
   */
  public static Browser fullPage(String prefix, Consumer<ChromeOptions> customiser) {
    return new Browser(
        prefix,
        true,
        options -> {
          options.addArguments("--hide-scrollbars", "--force-prefers-reduced-motion");
          customiser.accept(options);
        });
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        fail(binary + " is missing: .ci/run installs the Debian packages chromium chromium-driver");
      }
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--window-size=" + DESKTOP + ",900");
    // Selenium warns that it has no DevTools support for this Chromium; the tests use none.
    DEVTOOLS_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    customiser.accept(options);
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
    try (Stream<Path> old = Files.list(SCREENSHOTS)) {
      for (Path file : old.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        Files.delete(file);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Skips a step once an earlier one failed; see the class comment. */
  @Override
  public void beforeEach(ExtensionContext context) {
    assumeFalse(broken, "an earlier step of the scenario failed");
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    broken = true;
    if (driver != null) {
      dump("failed-" + context.getRequiredTestMethod().getName());
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Waits up to 15 seconds, ignoring elements gone stale meanwhile. */
  public WebDriverWait waiter() {
    return wait;
  }

  public void open(URL deployment, String path) {
    driver.get(Deployments.loopback(deployment).resolve(path).toString());
  }

  public void type(String id, String text) {
    WebElement field = wait.until(elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  /** Signs up a new owner on the sign-up page and waits for the dashboard. */
  public void signUp(URL deployment, String email, String business) {
    open(deployment, "signup.xhtml");
    type("signup:email", email);
    type("signup:password", Accounts.PASSWORD);
    type("signup:business", business);
    driver.findElement(By.id("signup:submit")).click();
    wait.until(urlContains("/dashboard/"));
  }

  /**
   * Records a step: its screenshot, and the check that the browser logged no error since the last
   * step (a script error, a blocked resource, a failed request).
   */
  public void step(String name) {
    screenshot(name);
    assertNoConsoleErrors(name);
  }

  /** The errors the browser console logged since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  public void assertNoConsoleErrors(String name) {
    List<String> errors = consoleErrors();
    assertTrue(errors.isEmpty(), name + ": the browser console shows " + errors);
  }

  /** Runs {@code steps} in a 375 px wide window, then returns to the desktop width. */
  public void atPhoneWidth(Runnable steps) {
    driver.manage().window().setSize(new Dimension(PHONE, 812));
    try {
      wait.until(d -> innerWidth() <= PHONE);
      steps.run();
    } finally {
      driver.manage().window().setSize(new Dimension(DESKTOP, 900));
      wait.until(d -> innerWidth() == DESKTOP);
    }
  }

  public void assertNoSidewaysScrolling(String page) {
    List<?> widths =
        (List<?>)
            driver.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
    long content = ((Number) widths.get(0)).longValue();
    long viewport = ((Number) widths.get(1)).longValue();
    assertTrue(
        content <= viewport,
        () ->
            page
                + ": "
                + content
                + " px wide in "
                + viewport
                + " px; sticking out: "
                + driver.executeScript(
                    "return Array.from(document.querySelectorAll('body *')).filter(e =>"
                        + " e.getBoundingClientRect().right > window.innerWidth + 1 &&"
                        + " !Array.from(e.children).some(c => c.getBoundingClientRect().right >"
                        + " window.innerWidth + 1)).slice(0, 5).map(e => e.tagName + '#' + e.id +"
                        + " '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                        + ".join(', ')"));
  }

  public void screenshot(String step) {
    if (!fullPage) {
      write(String.format("%s%02d-%s.png", prefix, ++screenshots, step));
      return;
    }
    // The whole page: the window grows to the page's height for the shot, then shrinks back.
    Dimension window = driver.manage().window().getSize();
    int width = innerWidth();
    // The window's height counts the browser's own bars; the page needs its height on top.
    int height =
        ((Number)
                driver.executeScript(
                    "return document.documentElement.scrollHeight"
                        + " + window.outerHeight - window.innerHeight"))
            .intValue();
    String name = String.format("%s%02d-%s-%d.png", prefix, ++screenshots, step, width);
    try {
      driver.executeScript("window.scrollTo(0, 0)");
      if (height > window.getHeight()) {
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height, 4000)));
      }
      write(name);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  private void dump(String step) {
    screenshot(step);
    try {
      Files.writeString(SCREENSHOTS.resolve(prefix + "failed.html"), driver.getPageSource());
      Files.writeString(
          SCREENSHOTS.resolve(prefix + "failed-console.txt"),
          driver.manage().logs().get(LogType.BROWSER).getAll().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int innerWidth() {
    return ((Number) driver.executeScript("return window.innerWidth")).intValue();
  }
}
