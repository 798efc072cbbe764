package app.chidi.e2e.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import app.chidi.e2e.support.Stack;
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
import org.openqa.selenium.Cookie;
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
 * The dashboard in a real browser, step by step as a new business owner uses it: sign up, confirm
 * the email through the development mailbox, sign out and in again, open every section, use it on a
 * phone, and find it closed without a session. Each step leaves a screenshot in {@code
 * target/screenshots}; a later step is skipped once an earlier one failed, since it builds on it.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class DashboardBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** This test's screenshots; other browser tests keep theirs in the same folder. */
  private static final String PREFIX = "dashboard-";

  /** The sidebar entries in their order; each page's heading is its name, capitalised. */
  private static final List<String> SECTIONS =
      List.of(
          "chat",
          "conversations",
          "inventory",
          "assistant",
          "integrations",
          "notifications",
          "settings");

  private static final By HEADING = By.cssSelector("#content .page-header h1");
  private static final String EMAIL = Accounts.freshEmail("browser");
  private static final String BUSINESS = "Ada's Fabrics & Co";

  /** Held here so their levels stay set; see {@link #startBrowser()}. */
  private static final List<Logger> DEVTOOLS_LOGGERS =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium"));

  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static int screenshots;
  private static boolean broken;

  @RegisterExtension
  static final TestWatcher FAILURES =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          broken = true;
          if (browser != null) {
            screenshot("failed-" + context.getRequiredTestMethod().getName());
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
                "--window-size=1280,900");
    // Selenium warns that it has no DevTools support for this Chromium; the test uses none.
    DEVTOOLS_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
    try (Stream<Path> old = Files.list(SCREENSHOTS)) {
      for (Path png :
          old.filter(file -> file.getFileName().toString().startsWith(PREFIX)).toList()) {
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
  void signUpOpensTheDashboardWithTheConfirmationBanner() {
    open("signup.xhtml");
    type("signup:email", EMAIL);
    type("signup:password", Accounts.PASSWORD);
    type("signup:business", BUSINESS);
    assertEquals(3, browser.findElements(By.cssSelector("#password-rules .is-met")).size());
    step("signup");
    browser.findElement(By.id("signup:submit")).click();

    waitForShell();
    assertEquals(BUSINESS, browser.findElement(By.id("business-name")).getText());
    assertTrue(browser.findElement(By.id("verify-banner")).isDisplayed());
    step("dashboard-unconfirmed");
  }

  @Test
  @Order(2)
  void theLinkInTheMailConfirmsTheEmail() {
    browser.findElement(By.id("dev-mailbox-link")).click();
    WebElement subject = wait.until(driver -> mailTo(EMAIL));
    step("mailbox");
    subject.click();

    wait.until(urlContains("mail="));
    assertTrue(browser.findElement(By.id("mail-body")).getText().contains("To " + EMAIL));
    WebElement link =
        browser.findElement(By.cssSelector("#mail-body a[href*='/api/auth/verify?token=']"));
    String href = link.getDomAttribute("href");
    assertTrue(href.startsWith(Stack.baseUrl().toString()), href);
    step("mail");
    link.click();

    wait.until(presenceOfElementLocated(By.cssSelector("#verify-result[data-result=verified]")));
    assertTrue(browser.getCurrentUrl().contains("/verify.xhtml"), browser.getCurrentUrl());
    step("verified");
  }

  @Test
  @Order(3)
  void signOutThenSignInAgainWithoutTheBanner() {
    browser.findElement(By.id("to-dashboard")).click();
    waitForShell();
    browser.findElement(By.id("user-menu-toggle")).click();
    wait.until(elementToBeClickable(By.id("sign-out"))).click();
    assertEquals("You have signed out.", message("info"));
    step("signed-out");
    // Back must not show the business's page from the cache, only the way to sign in.
    browser.navigate().back();
    wait.until(urlContains("/login.xhtml?next="));

    signIn(EMAIL, "Wrong" + Accounts.PASSWORD);
    assertEquals("Email or password is wrong", message("error"));
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    step("wrong-password");

    String anonymousSession = sessionId();
    signIn(EMAIL, Accounts.PASSWORD);
    waitForShell();
    assertNotEquals(anonymousSession, sessionId(), "a new session id against session fixation");
    assertTrue(browser.findElements(By.id("verify-banner")).isEmpty(), "the email is confirmed");
    assertEquals(
        "Confirmed", browser.findElement(By.cssSelector("#email-status .badge")).getText());
    step("dashboard-confirmed");
  }

  @Test
  @Order(4)
  void everySectionOfTheSidebarShowsItsPage() {
    for (String key : SECTIONS) {
      String heading = Character.toUpperCase(key.charAt(0)) + key.substring(1);
      browser.findElement(By.id("nav-" + key)).click();
      wait.until(textToBe(HEADING, heading));
      assertEquals(
          "page", browser.findElement(By.id("nav-" + key)).getDomAttribute("aria-current"));
      assertEquals(heading + " · CHIDI", browser.getTitle());
      step("section-" + key);
    }
  }

  @Test
  @Order(5)
  void onAPhoneTheSidebarIsAMenuAndNothingScrollsSideways() {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String page : Stream.concat(Stream.of(""), SECTIONS.stream()).toList()) {
        open("dashboard/" + (page.isEmpty() ? "" : page + ".xhtml"));
        wait.until(visibilityOfElementLocated(By.id("menu-toggle")));
        long viewport = (Long) browser.executeScript("return window.innerWidth");
        assertTrue(viewport <= 400, "a phone-sized viewport, not " + viewport);
        assertNoSidewaysScrolling(page);
      }
      assertFalse(browser.findElement(By.id("sidebar")).isDisplayed(), "the sidebar is folded");
      step("phone");

      browser.findElement(By.id("menu-toggle")).click();
      wait.until(driver -> sidebarLeft() >= 0);
      assertEquals(
          "true", browser.findElement(By.id("menu-toggle")).getDomAttribute("aria-expanded"));
      assertNoSidewaysScrolling("open menu");
      step("phone-menu");
      browser.findElement(By.id("nav-inventory")).click();
      wait.until(textToBe(HEADING, "Inventory"));
      assertFalse(browser.findElement(By.id("sidebar")).isDisplayed(), "folded again");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  @Order(6)
  void withoutASessionTheDashboardAsksToSignInAndReturns() {
    browser.manage().deleteAllCookies();
    open("dashboard/");
    wait.until(urlContains("/login.xhtml"));
    wait.until(visibilityOfElementLocated(By.id("login:email")));
    step("no-session");

    open("dashboard/settings.xhtml");
    wait.until(urlContains("/login.xhtml?next="));
    signIn(EMAIL, Accounts.PASSWORD);
    wait.until(textToBe(HEADING, "Settings"));
    assertTrue(browser.getCurrentUrl().endsWith("/dashboard/settings.xhtml"));
    step("back-to-settings");
  }

  private void open(String path) {
    browser.get(Deployments.loopback(deployment).resolve(path).toString());
  }

  private static void type(String id, String text) {
    WebElement field = wait.until(visibilityOfElementLocated(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private static void signIn(String email, String password) {
    type("login:email", email);
    type("login:password", password);
    browser.findElement(By.id("login:submit")).click();
  }

  /** The text of the page message of {@code severity} once it shows. */
  private static String message(String severity) {
    By selector = By.cssSelector("#login .ui-messages-" + severity + "-summary");
    return wait.until(visibilityOfElementLocated(selector)).getText();
  }

  private static void waitForShell() {
    wait.until(urlContains("/dashboard/"));
    wait.until(visibilityOfElementLocated(By.id("sidebar")));
    for (String key : SECTIONS) {
      assertTrue(browser.findElement(By.id("nav-" + key)).isDisplayed(), "nav-" + key);
    }
  }

  /** The subject link of the mail to {@code email}, or {@code null} after reloading the list. */
  private static WebElement mailTo(String email) {
    for (WebElement row : browser.findElements(By.cssSelector("#mailbox tbody tr"))) {
      if (row.getText().contains(email)) {
        return row.findElement(By.tagName("a"));
      }
    }
    browser.navigate().refresh();
    return null;
  }

  private static String sessionId() {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    assertNotNull(session, "the sign-in form keeps its state in a session");
    return session.getValue();
  }

  private static long sidebarLeft() {
    Number left =
        (Number)
            browser.executeScript(
                "return document.getElementById('sidebar').getBoundingClientRect().left");
    return left.longValue();
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

  /**
   * Records a step: its screenshot, and the check that the browser logged no error since the last
   * step (a script error, a blocked resource, a failed request).
   */
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
    Path file = SCREENSHOTS.resolve(String.format("%s%02d-%s.png", PREFIX, ++screenshots, step));
    try {
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
