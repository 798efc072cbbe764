package app.chidi.e2e.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.Browser;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import java.net.URL;
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

/**
 * The live home page in a real browser: it connects to {@code /ws/dashboard}, draws its charts, and
 * without a reload shows a sandbox conversation CHIDI escalated, with today's figures; the quick
 * actions send CHIDI's draft and resolve it; the period switch redraws the charts by hour; it works
 * at 375 px. Screenshots: {@code target/screenshots/home-*.png}.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class HomeBrowserIT {

  private static final String EMAIL = Accounts.freshEmail("home");
  private static final By OPEN_LIST = By.id("home:open-list");

  private static String token;

  @RegisterExtension static final Browser chrome = Browser.fullPage("home-", options -> {});

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @Test
  @Order(1)
  void theHomePageIsLiveWithItsCharts() {
    chrome.signUp(deployment, EMAIL, "Surulere Styles");
    token = Accounts.accessToken(new Api(deployment), EMAIL);
    chrome.open(deployment, "dashboard/");
    chrome.waiter().until(attributeContains(By.id("live-status"), "class", "is-live"));
    chrome
        .waiter()
        .until(presenceOfElementLocated(By.cssSelector("#home\\:messages-chart canvas")));
    chrome.waiter().until(presenceOfElementLocated(By.cssSelector("#home\\:replies-chart canvas")));
    assertTrue(chrome.driver().findElement(By.id("no-open")).isDisplayed());
    assertEquals("0", metric("metric-messages"));
    chrome.assertNoConsoleErrors("home");
    chrome.step("empty");
  }

  @Test
  @Order(2)
  void anEscalatedConversationAppearsWithoutReload() {
    Api.Reply stored =
        new Api(deployment)
            .post(
                "/api/sandbox/messages",
                """
                {"customer_id": "bola", "customer_name": "Bola Ade",
                 "text": "My order came torn, I want a refund"}""",
                token);
    assertEquals(202, stored.status(), stored.body());

    chrome.waiter().until(textToBePresentInElementLocated(OPEN_LIST, "Bola Ade"));
    String row = chrome.driver().findElement(OPEN_LIST).getText();
    assertTrue(row.contains("escalated"), row);
    assertTrue(row.contains("I want a refund"), row);
    chrome.waiter().until(textToBe(By.cssSelector("#metric-escalated .metric-value"), "1"));
    assertEquals("1", metric("metric-messages"));
    chrome.step("escalated");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("home");
          chrome.step("escalated");
        });
  }

  @Test
  @Order(3)
  void theQuickActionsSendTheDraftAndResolve() {
    chrome.driver().findElement(By.cssSelector(".conversation-row [id$=':send-draft']")).click();
    chrome
        .waiter()
        .until(textToBePresentInElementLocated(By.id("home:home-messages"), "on its way"));
    chrome.waiter().until(textToBePresentInElementLocated(OPEN_LIST, "active"));
    chrome.waiter().until(textToBe(By.cssSelector("#metric-rate .metric-value"), "0%"));
    chrome.step("draft-sent");

    chrome.driver().findElement(By.cssSelector(".conversation-row [id$=':resolve']")).click();
    chrome.waiter().until(textToBePresentInElementLocated(By.id("home:home-messages"), "Resolved"));
    chrome.waiter().until(presenceOfElementLocated(By.id("no-open")));
    chrome.step("resolved");
  }

  @Test
  @Order(4)
  void thePeriodSwitchShowsTodayByHour() {
    chrome.driver().findElement(By.id("home:period-today")).click();
    chrome
        .waiter()
        .until(textToBePresentInElementLocated(By.id("messages-chart-title"), "per hour today"));
    assertEquals(
        "true",
        chrome.driver().findElement(By.id("home:period-today")).getDomAttribute("aria-pressed"));
    chrome
        .waiter()
        .until(presenceOfElementLocated(By.cssSelector("#home\\:messages-chart canvas")));
    chrome.assertNoConsoleErrors("home-today");
    chrome.step("today");
  }

  private static String metric(String id) {
    return chrome.driver().findElement(By.cssSelector("#" + id + " .metric-value")).getText();
  }
}
