package app.chidi.e2e.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Browser;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import app.chidi.e2e.support.Stack;
import java.io.IOException;
import java.net.URL;
import java.util.List;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

  private static Browser chrome;
  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static boolean broken;

  @RegisterExtension
  static final TestWatcher FAILURES = Browser.failureDumps(() -> chrome, () -> broken = true);

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @BeforeAll
  static void startBrowser() throws IOException {
    chrome = Browser.start("dashboard-", options -> {});
    browser = chrome.driver();
    wait = chrome.waiter();
  }

  @AfterAll
  static void quitBrowser() {
    if (chrome != null) {
      chrome.quit();
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
    chrome.step("signup");
    browser.findElement(By.id("signup:submit")).click();

    waitForShell();
    assertEquals(BUSINESS, browser.findElement(By.id("business-name")).getText());
    assertTrue(browser.findElement(By.id("verify-banner")).isDisplayed());
    chrome.step("dashboard-unconfirmed");
  }

  @Test
  @Order(2)
  void theLinkInTheMailConfirmsTheEmail() {
    browser.findElement(By.id("dev-mailbox-link")).click();
    WebElement subject = wait.until(driver -> mailTo(EMAIL));
    chrome.step("mailbox");
    subject.click();

    wait.until(urlContains("mail="));
    assertTrue(browser.findElement(By.id("mail-body")).getText().contains("To " + EMAIL));
    WebElement link =
        browser.findElement(By.cssSelector("#mail-body a[href*='/api/auth/verify?token=']"));
    String href = link.getDomAttribute("href");
    assertTrue(href.startsWith(Stack.baseUrl().toString()), href);
    chrome.step("mail");
    link.click();

    wait.until(presenceOfElementLocated(By.cssSelector("#verify-result[data-result=verified]")));
    assertTrue(browser.getCurrentUrl().contains("/verify.xhtml"), browser.getCurrentUrl());
    chrome.step("verified");
  }

  @Test
  @Order(3)
  void signOutThenSignInAgainWithoutTheBanner() {
    browser.findElement(By.id("to-dashboard")).click();
    waitForShell();
    browser.findElement(By.id("user-menu-toggle")).click();
    wait.until(elementToBeClickable(By.id("sign-out"))).click();
    assertEquals("You have signed out.", message("info"));
    chrome.step("signed-out");
    // Back must not show the business's page from the cache, only the way to sign in.
    browser.navigate().back();
    wait.until(urlContains("/login.xhtml?next="));

    signIn(EMAIL, "Wrong" + Accounts.PASSWORD);
    assertEquals("Email or password is wrong", message("error"));
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    chrome.step("wrong-password");

    String anonymousSession = sessionId();
    signIn(EMAIL, Accounts.PASSWORD);
    waitForShell();
    assertNotEquals(anonymousSession, sessionId(), "a new session id against session fixation");
    assertTrue(browser.findElements(By.id("verify-banner")).isEmpty(), "the email is confirmed");
    assertEquals(
        "Confirmed", browser.findElement(By.cssSelector("#email-status .badge")).getText());
    chrome.step("dashboard-confirmed");
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
      chrome.step("section-" + key);
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
        chrome.assertNoSidewaysScrolling(page);
      }
      assertFalse(browser.findElement(By.id("sidebar")).isDisplayed(), "the sidebar is folded");
      chrome.step("phone");

      browser.findElement(By.id("menu-toggle")).click();
      wait.until(driver -> sidebarLeft() >= 0);
      assertEquals(
          "true", browser.findElement(By.id("menu-toggle")).getDomAttribute("aria-expanded"));
      chrome.assertNoSidewaysScrolling("open menu");
      chrome.step("phone-menu");
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
    chrome.step("no-session");

    open("dashboard/settings.xhtml");
    wait.until(urlContains("/login.xhtml?next="));
    signIn(EMAIL, Accounts.PASSWORD);
    wait.until(textToBe(HEADING, "Settings"));
    assertTrue(browser.getCurrentUrl().endsWith("/dashboard/settings.xhtml"));
    chrome.step("back-to-settings");
  }

  private void open(String path) {
    chrome.open(deployment, path);
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
}
