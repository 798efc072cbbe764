package app.chidi.e2e.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.Browser;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox page in a real browser: the owner names a customer, writes as them, sees "CHIDI is
 * answering…" give way to CHIDI's answer, then asks for a refund, which CHIDI passes to a person:
 * the page says so and links to the conversation — at desktop width and at 375 px. Screenshots:
 * {@code target/screenshots/sandbox-*-<width>.png}.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class SandboxBrowserIT {

  private static final String EMAIL = Accounts.freshEmail("sandbox");
  private static final String QUESTION = "what is your return policy";
  private static final String REFUND = "The dress does not fit, I want a refund";

  @RegisterExtension static final Browser chrome = Browser.fullPage("sandbox-", options -> {});

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @Test
  @Order(1)
  void theOwnerNamesACustomerOnThePageTheSidebarLinks() {
    chrome.signUp(deployment, EMAIL, "Surulere Stitches");
    teachTheReturnPolicy();
    chrome.waiter().until(elementToBeClickable(By.id("nav-sandbox"))).click();
    chrome.waiter().until(urlContains("/dashboard/sandbox.xhtml"));
    assertEquals(
        "page", chrome.driver().findElement(By.id("nav-sandbox")).getDomAttribute("aria-current"));

    chrome.driver().findElement(By.id("sandbox:start")).click();
    chrome.waiter().until(textToBePresentInElementLocated(By.id("sandbox"), "Name the customer"));
    chrome.type("sandbox:name", "Ada Obi");
    chrome.driver().findElement(By.id("sandbox:start")).click();
    chrome.waiter().until(textToBePresentInElementLocated(By.id("sandbox-customer"), "Ada Obi"));
    assertTrue(chrome.driver().findElement(By.id("sandbox-empty")).isDisplayed());
    chrome.step("customer");
  }

  @Test
  @Order(2)
  void chidisAnswerAppearsAfterTheCustomersMessage() {
    chrome.driver().findElement(By.id("sandbox:send")).click();
    chrome.waiter().until(textToBePresentInElementLocated(By.id("sandbox"), "Type the customer"));

    // Whether "CHIDI is answering…" showed at some point: the answer may follow within a second.
    chrome
        .driver()
        .executeScript(
            "window.sawAnswering = false; new MutationObserver(function () {"
                + " if (document.getElementById('sandbox-answering')) { window.sawAnswering = true; }"
                + " }).observe(document.body, {childList: true, subtree: true});");
    send(QUESTION);
    chrome.waiter().until(textToBePresentInElementLocated(By.id("sandbox-thread"), QUESTION));
    patiently().until(visibilityOfElementLocated(By.cssSelector("#sandbox-thread .is-chidi")));
    chrome.waiter().until(invisibilityOfElementLocated(By.id("sandbox-answering")));
    assertEquals(Boolean.TRUE, chrome.driver().executeScript("return window.sawAnswering"));
    WebElement answer =
        chrome.driver().findElement(By.cssSelector("#sandbox-thread .bubble.is-chidi"));
    assertFalse(answer.findElement(By.className("bubble-text")).getText().isBlank());
    assertTrue(answer.getText().contains("CHIDI"), answer.getText());
    assertEquals(
        "false",
        chrome.driver().findElement(By.id("sandbox:thread-panel")).getDomAttribute("data-pending"),
        "nothing more to wait for: the page stops asking");
    assertEquals("", chrome.driver().findElement(By.id("sandbox:text")).getDomProperty("value"));
    chrome.step("answered");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("answered");
          chrome.step("answered");
        });
  }

  @Test
  @Order(3)
  void anEscalationIsShownPlainlyWithTheWayToTheConversation() {
    send(REFUND);
    patiently().until(visibilityOfElementLocated(By.id("sandbox-escalated")));
    assertTrue(
        chrome.driver().findElement(By.id("sandbox-escalated")).getText().contains("a person"));
    List<WebElement> bubbles =
        chrome.driver().findElements(By.cssSelector("#sandbox-thread .bubble.is-customer"));
    assertEquals(2, bubbles.size());
    assertTrue(bubbles.get(1).getText().contains("escalated"), bubbles.get(1).getText());
    chrome.step("escalated");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("escalated");
          chrome.step("escalated");
        });

    chrome.driver().findElement(By.id("sandbox-open")).click();
    chrome.waiter().until(urlContains("/dashboard/conversations.xhtml?id="));
    chrome.waiter().until(visibilityOfElementLocated(By.id("draft")));
    assertTrue(chrome.driver().findElement(By.id("thread")).getText().contains(REFUND));
    chrome.step("conversation");
  }

  @Test
  @Order(4)
  void theCustomerIsThereToGoOnWith() {
    chrome.open(deployment, "dashboard/sandbox.xhtml");
    WebElement earlier =
        chrome
            .waiter()
            .until(elementToBeClickable(By.cssSelector("#sandbox-recent .sandbox-customer-link")));
    assertTrue(earlier.getText().contains("Ada Obi"), earlier.getText());
    assertTrue(earlier.getText().contains("escalated"), earlier.getText());
    chrome.step("pick");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("pick");
          chrome.step("pick");
        });
    chrome.driver().findElement(By.cssSelector("#sandbox-recent .sandbox-customer-link")).click();
    chrome.waiter().until(textToBePresentInElementLocated(By.id("sandbox-thread"), REFUND));
    assertTrue(chrome.driver().findElement(By.id("sandbox-escalated")).isDisplayed());
    chrome.step("again");
  }

  private static void send(String text) {
    chrome.type("sandbox:text", text);
    chrome.driver().findElement(By.id("sandbox:send")).click();
  }

  /** CHIDI's answer comes through the queue: longer than a page's own update. */
  private static WebDriverWait patiently() {
    return new WebDriverWait(chrome.driver(), Duration.ofSeconds(60));
  }

  /** The knowledge the question is answered from, so that CHIDI answers it by itself. */
  private void teachTheReturnPolicy() {
    Api api = new Api(deployment);
    String token = Accounts.accessToken(api, EMAIL);
    Api.Reply policy =
        api.post(
            "/api/knowledge",
            """
            {"type": "policy", "topic": "returns",
             "content": "Unworn items can be returned within 7 days of delivery."}""",
            token);
    assertEquals(201, policy.status(), policy.body());
  }
}
