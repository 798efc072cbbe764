package app.chidi.e2e.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The notification bell in a real browser: a signed-in owner has the dashboard open when stock runs
 * low through the API (another device, same account); without a reload the bell's count goes up and
 * a toast appears. The panel lists it, "mark all read" clears the badge, the notifications page
 * lists it, and a changed preference is saved. Screenshots: {@code
 * target/screenshots/notifications-*-<width>.png}.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class NotificationBellBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final int DESKTOP = 1280;
  private static final int PHONE = 375;
  private static final String EMAIL = Accounts.freshEmail("bell-ringer");

  private static final List<Logger> DEVTOOLS_LOGGERS =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium"));

  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static int screenshots;
  private static boolean broken;
  private static String token;

  @RegisterExtension
  static final TestWatcher FAILURES =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          broken = true;
          if (browser != null) {
            screenshot("failed-" + context.getRequiredTestMethod().getName());
            try {
              Files.writeString(
                  SCREENSHOTS.resolve("notifications-failed.html"), browser.getPageSource());
              Files.writeString(
                  SCREENSHOTS.resolve("notifications-failed-console.txt"),
                  browser.manage().logs().get(LogType.BROWSER).getAll().toString());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        }
      };

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @BeforeAll
  static void startBrowser() throws IOException {
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
                "--hide-scrollbars",
                "--force-prefers-reduced-motion",
                "--window-size=" + DESKTOP + ",900");
    DEVTOOLS_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
    try (Stream<Path> old = Files.list(SCREENSHOTS)) {
      for (Path png :
          old.filter(f -> f.getFileName().toString().startsWith("notifications-")).toList()) {
        Files.delete(png);
      }
    }
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void earlierStepsPassed() {
    assumeFalse(broken, "an earlier step of the scenario failed");
  }

  @Test
  @Order(1)
  void aSignedInOwnerSeesAQuietBellAndALiveStream() {
    open("signup.xhtml");
    type("signup:email", EMAIL);
    type("signup:password", Accounts.PASSWORD);
    type("signup:business", "Bell & Co");
    browser.findElement(By.id("signup:submit")).click();
    wait.until(urlContains("/dashboard/"));
    wait.until(attributeToBe(By.id("bell"), "data-live", "true"));
    assertTrue(browser.findElements(By.id("bell-badge")).isEmpty(), "nothing unread yet");

    Api.Reply logIn =
        api()
            .post(
                "/api/auth/login",
                Json.createObjectBuilder()
                    .add("email", EMAIL)
                    .add("password", Accounts.PASSWORD)
                    .build()
                    .toString());
    assertEquals(200, logIn.status(), logIn.body());
    token = logIn.text("/session/access_token");
  }

  @Test
  @Order(2)
  void stockRunningLowElsewhereRingsTheBellWithoutAReload() {
    Api.Reply product =
        api()
            .post(
                "/api/inventory/products",
                """
                {"name": "Bell Tee", "base_price": 10,
                 "variants": [{"sku": "BELL-TEE", "size": "M",
                               "stock_quantity": 10, "low_stock_threshold": 3}]}""",
                token);
    assertEquals(201, product.status(), product.body());
    String variant = product.json().getJsonArray("variants").getJsonObject(0).getString("id");
    browser.executeScript("document.body.setAttribute('data-not-reloaded', 'yes')");

    Api.Reply adjusted =
        api()
            .post(
                "/api/inventory/stock/adjust",
                "{\"variant_id\": \"%s\", \"adjustment\": -8, \"reason\": \"sold\"}"
                    .formatted(variant),
                token);
    assertEquals(200, adjusted.status(), adjusted.body());

    wait.until(textToBePresentInElementLocated(By.id("bell-badge"), "1"));
    WebElement toast = wait.until(visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
    assertTrue(toast.getText().contains("Bell Tee"), toast.getText());
    assertTrue(toast.getText().contains("running low"), toast.getText());
    assertTrue(toast.getDomAttribute("class").contains("is-medium"));
    String open = toast.findElement(By.cssSelector(".toast-open")).getDomAttribute("href");
    assertTrue(open.contains("/dashboard/inventory.xhtml?product="), open);
    assertEquals(
        "yes", browser.findElement(By.tagName("body")).getDomAttribute("data-not-reloaded"));
    step("toast");
    atPhoneWidth(() -> step("toast"));
  }

  @Test
  @Order(3)
  void thePanelListsItAndMarkAllReadClearsTheBadge() {
    browser.findElement(By.id("bell-toggle")).click();
    WebElement panel = wait.until(visibilityOfElementLocated(By.id("bell-panel")));
    WebElement item =
        wait.until(d -> panel.findElement(By.cssSelector(".notice-item.is-unread.is-medium")));
    assertTrue(item.getText().contains("is running low"), item.getText());
    assertTrue(item.getText().contains("Bell Tee"), item.getText());
    assertTrue(item.getText().contains("2 left"), item.getText());
    assertTrue(
        item.findElement(By.cssSelector(".notice-open"))
            .getDomAttribute("href")
            .contains("/dashboard/inventory.xhtml?product="));
    assertEquals(
        "true", browser.findElement(By.id("bell-toggle")).getDomAttribute("aria-expanded"));
    step("panel");
    atPhoneWidth(
        () -> {
          if (browser.findElements(By.cssSelector("#bell.is-open")).isEmpty()) {
            browser.findElement(By.id("bell-toggle")).click();
          }
          wait.until(visibilityOfElementLocated(By.id("bell-panel")));
          step("panel");
        });
    if (browser.findElements(By.cssSelector("#bell.is-open")).isEmpty()) {
      browser.findElement(By.id("bell-toggle")).click();
    }

    browser.findElement(By.id("bell-form:read-all")).click();
    wait.until(invisibilityOfElementLocated(By.id("bell-badge")));
    wait.until(d -> d.findElements(By.cssSelector("#bell-panel .notice-item.is-unread")).isEmpty());
    JsonObject list = api().get("/api/notifications", token).json();
    assertEquals(0, list.getInt("unread_count"), list.toString());
    step("read");
  }

  @Test
  @Order(4)
  void theNotificationsPageListsIt() {
    open("dashboard/notifications.xhtml");
    WebElement item =
        wait.until(visibilityOfElementLocated(By.cssSelector("#notification-list .notice-item")));
    assertTrue(item.getText().contains("is running low"), item.getText());
    assertTrue(item.getText().contains("Bell Tee"), item.getText());
    assertFalse(item.getDomAttribute("class").contains("is-unread"));
    assertEquals("0 unread", browser.findElement(By.id("list:unread")).getText());

    browser.findElement(By.id("list:unread-only")).click();
    wait.until(visibilityOfElementLocated(By.id("no-notifications")));
    browser.findElement(By.id("list:unread-only")).click();
    wait.until(visibilityOfElementLocated(By.cssSelector("#notification-list .notice-item")));
    step("page");
    atPhoneWidth(
        () -> {
          assertNoSidewaysScrolling("notifications");
          step("page");
        });
  }

  @Test
  @Order(5)
  void aChangedPreferenceIsSaved() {
    WebElement lowStock = browser.findElement(By.cssSelector("fieldset[data-type='low_stock']"));
    Select email = new Select(lowStock.findElement(By.cssSelector("select[id$=':email']")));
    assertEquals("digest", email.getFirstSelectedOption().getDomAttribute("value"));
    email.selectByValue("off");
    WebElement restockInApp =
        browser.findElement(By.cssSelector("fieldset[data-type='restock'] input[id$=':in-app']"));
    assertTrue(restockInApp.isSelected());
    restockInApp.click();
    browser.findElement(By.id("prefs:save")).click();
    wait.until(
        textToBePresentInElementLocated(
            By.cssSelector("#prefs .ui-messages-info-summary"), "Preferences saved."));
    step("preferences-saved");

    JsonObject saved = api().get("/api/notifications/preferences", token).json();
    assertEquals("off", preference(saved, "low_stock").getString("email"));
    assertTrue(preference(saved, "low_stock").getBoolean("in_app"));
    assertFalse(preference(saved, "restock").getBoolean("in_app"));

    browser.navigate().refresh();
    Select again =
        new Select(
            wait.until(
                elementToBeClickable(
                    By.cssSelector("fieldset[data-type='low_stock'] select[id$=':email']"))));
    assertEquals("off", again.getFirstSelectedOption().getDomAttribute("value"));
  }

  private static JsonObject preference(JsonObject preferences, String type) {
    return preferences.getJsonArray("preferences").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("type").equals(type))
        .findFirst()
        .orElseThrow();
  }

  private Api api() {
    return new Api(deployment);
  }

  private void open(String path) {
    browser.get(Deployments.loopback(deployment).resolve(path).toString());
  }

  private static void type(String id, String text) {
    WebElement field = wait.until(elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  /** Runs {@code steps} in a 375 px wide window, then returns to the desktop width. */
  private static void atPhoneWidth(Runnable steps) {
    browser.manage().window().setSize(new Dimension(PHONE, 812));
    try {
      wait.until(
          d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() <= PHONE);
      steps.run();
    } finally {
      browser.manage().window().setSize(new Dimension(DESKTOP, 900));
      wait.until(
          d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() == DESKTOP);
    }
  }

  private static void assertNoSidewaysScrolling(String page) {
    List<?> widths =
        (List<?>)
            browser.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
    long content = ((Number) widths.get(0)).longValue();
    long viewport = ((Number) widths.get(1)).longValue();
    assertTrue(content <= viewport, page + ": " + content + " px wide in " + viewport + " px");
  }

  /** A full-page screenshot at the current width, and no browser console errors since the last. */
  private static void step(String name) {
    screenshot(name);
    List<String> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertTrue(errors.isEmpty(), name + ": the browser console shows " + errors);
  }

  private static void screenshot(String step) {
    Dimension window = browser.manage().window().getSize();
    int width = ((Number) browser.executeScript("return window.innerWidth")).intValue();
    int height =
        ((Number)
                browser.executeScript(
                    "return document.documentElement.scrollHeight"
                        + " + window.outerHeight - window.innerHeight"))
            .intValue();
    Path file =
        SCREENSHOTS.resolve(
            String.format("notifications-%02d-%s-%d.png", ++screenshots, step, width));
    try {
      browser.executeScript("window.scrollTo(0, 0)");
      if (height > window.getHeight()) {
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height, 4000)));
      }
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      browser.manage().window().setSize(window);
    }
  }
}
