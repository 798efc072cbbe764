package app.chidi.e2e.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.net.URL;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

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

  @RegisterExtension static final Browser chrome = Browser.window("dashboard-");

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @Test
  @Order(1)
  void signUpOpensTheDashboardWithTheConfirmationBanner() {
    open("signup.xhtml");
    type("signup:email", EMAIL);
    type("signup:password", Accounts.PASSWORD);
    type("signup:business", BUSINESS);
    assertEquals(3, chrome.driver().findElements(By.cssSelector("#password-rules .is-met")).size());
    chrome.step("signup");
    chrome.driver().findElement(By.id("signup:submit")).click();

    waitForShell();
    assertEquals(BUSINESS, chrome.driver().findElement(By.id("business-name")).getText());
    assertTrue(chrome.driver().findElement(By.id("verify-banner")).isDisplayed());
    chrome.step("dashboard-unconfirmed");
  }

  @Test
  @Order(2)
  void theLinkInTheMailConfirmsTheEmail() {
    chrome.driver().findElement(By.id("dev-mailbox-link")).click();
    WebElement subject = chrome.waiter().until(driver -> mailTo(EMAIL));
    chrome.step("mailbox");
    subject.click();

    chrome.waiter().until(urlContains("mail="));
    assertTrue(chrome.driver().findElement(By.id("mail-body")).getText().contains("To " + EMAIL));
    WebElement link =
        chrome
            .driver()
            .findElement(By.cssSelector("#mail-body a[href*='/api/auth/verify?token=']"));
    String href = link.getDomAttribute("href");
    assertTrue(href.startsWith(Stack.baseUrl().toString()), href);
    chrome.step("mail");
    link.click();

    chrome
        .waiter()
        .until(presenceOfElementLocated(By.cssSelector("#verify-result[data-result=verified]")));
    assertTrue(
        chrome.driver().getCurrentUrl().contains("/verify.xhtml"), chrome.driver().getCurrentUrl());
    chrome.step("verified");
  }

  @Test
  @Order(3)
  void signOutThenSignInAgainWithoutTheBanner() {
    chrome.driver().findElement(By.id("to-dashboard")).click();
    waitForShell();
    chrome.driver().findElement(By.id("user-menu-toggle")).click();
    chrome.waiter().until(elementToBeClickable(By.id("sign-out"))).click();
    assertEquals("You have signed out.", message("info"));
    chrome.step("signed-out");
    // Back must not show the business's page from the cache, only the way to sign in.
    chrome.driver().navigate().back();
    chrome.waiter().until(urlContains("/login.xhtml?next="));

    signIn(EMAIL, "Wrong" + Accounts.PASSWORD);
    assertEquals("Email or password is wrong", message("error"));
    assertTrue(
        chrome.driver().getCurrentUrl().contains("/login.xhtml"), chrome.driver().getCurrentUrl());
    chrome.step("wrong-password");

    String anonymousSession = sessionId();
    signIn(EMAIL, Accounts.PASSWORD);
    waitForShell();
    assertNotEquals(anonymousSession, sessionId(), "a new session id against session fixation");
    assertTrue(
        chrome.driver().findElements(By.id("verify-banner")).isEmpty(), "the email is confirmed");
    assertEquals(
        "Confirmed", chrome.driver().findElement(By.cssSelector("#email-status .badge")).getText());
    chrome.step("dashboard-confirmed");
  }

  @Test
  @Order(4)
  void everySectionOfTheSidebarShowsItsPage() {
    for (String key : SECTIONS) {
      String heading = Character.toUpperCase(key.charAt(0)) + key.substring(1);
      chrome.driver().findElement(By.id("nav-" + key)).click();
      chrome.waiter().until(textToBe(HEADING, heading));
      assertEquals(
          "page", chrome.driver().findElement(By.id("nav-" + key)).getDomAttribute("aria-current"));
      assertEquals(heading + " · CHIDI", chrome.driver().getTitle());
      chrome.step("section-" + key);
    }
  }

  @Test
  @Order(5)
  void onAPhoneTheSidebarIsAMenuAndNothingScrollsSideways() {
    chrome.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      for (String page : Stream.concat(Stream.of(""), SECTIONS.stream()).toList()) {
        open("dashboard/" + (page.isEmpty() ? "" : page + ".xhtml"));
        chrome.waiter().until(visibilityOfElementLocated(By.id("menu-toggle")));
        long viewport = (Long) chrome.driver().executeScript("return window.innerWidth");
        assertTrue(viewport <= 400, "a phone-sized viewport, not " + viewport);
        chrome.assertNoSidewaysScrolling(page);
      }
      assertFalse(
          chrome.driver().findElement(By.id("sidebar")).isDisplayed(), "the sidebar is folded");
      chrome.step("phone");

      chrome.driver().findElement(By.id("menu-toggle")).click();
      chrome.waiter().until(driver -> sidebarLeft() >= 0);
      assertEquals(
          "true",
          chrome.driver().findElement(By.id("menu-toggle")).getDomAttribute("aria-expanded"));
      chrome.assertNoSidewaysScrolling("open menu");
      chrome.step("phone-menu");
      chrome.driver().findElement(By.id("nav-inventory")).click();
      chrome.waiter().until(textToBe(HEADING, "Inventory"));
      assertFalse(chrome.driver().findElement(By.id("sidebar")).isDisplayed(), "folded again");
    } finally {
      chrome.driver().manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  @Order(6)
  void withoutASessionTheDashboardAsksToSignInAndReturns() {
    chrome.driver().manage().deleteAllCookies();
    open("dashboard/");
    chrome.waiter().until(urlContains("/login.xhtml"));
    chrome.waiter().until(visibilityOfElementLocated(By.id("login:email")));
    chrome.step("no-session");

    open("dashboard/settings.xhtml");
    chrome.waiter().until(urlContains("/login.xhtml?next="));
    signIn(EMAIL, Accounts.PASSWORD);
    chrome.waiter().until(textToBe(HEADING, "Settings"));
    assertTrue(chrome.driver().getCurrentUrl().endsWith("/dashboard/settings.xhtml"));
    chrome.step("back-to-settings");
  }

  private void open(String path) {
    chrome.open(deployment, path);
  }

  private static void type(String id, String text) {
    WebElement field = chrome.waiter().until(visibilityOfElementLocated(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private static void signIn(String email, String password) {
    type("login:email", email);
    type("login:password", password);
    chrome.driver().findElement(By.id("login:submit")).click();
  }

  /** The text of the page message of {@code severity} once it shows. */
  private static String message(String severity) {
    By selector = By.cssSelector("#login .ui-messages-" + severity + "-summary");
    return chrome.waiter().until(visibilityOfElementLocated(selector)).getText();
  }

  private static void waitForShell() {
    chrome.waiter().until(urlContains("/dashboard/"));
    chrome.waiter().until(visibilityOfElementLocated(By.id("sidebar")));
    for (String key : SECTIONS) {
      assertTrue(chrome.driver().findElement(By.id("nav-" + key)).isDisplayed(), "nav-" + key);
    }
  }

  /** The subject link of the mail to {@code email}, or {@code null} after reloading the list. */
  private static WebElement mailTo(String email) {
    for (WebElement row : chrome.driver().findElements(By.cssSelector("#mailbox tbody tr"))) {
      if (row.getText().contains(email)) {
        return row.findElement(By.tagName("a"));
      }
    }
    chrome.driver().navigate().refresh();
    return null;
  }

  private static String sessionId() {
    Cookie session = chrome.driver().manage().getCookieNamed("JSESSIONID");
    assertNotNull(session, "the sign-in form keeps its state in a session");
    return session.getValue();
  }

  private static long sidebarLeft() {
    Number left =
        (Number)
            chrome
                .driver()
                .executeScript(
                    "return document.getElementById('sidebar').getBoundingClientRect().left");
    return left.longValue();
  }
}
