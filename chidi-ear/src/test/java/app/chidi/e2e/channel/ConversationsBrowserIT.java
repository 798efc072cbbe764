package app.chidi.e2e.channel;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.Browser;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import java.net.URL;
import java.time.Duration;
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
 * The conversations page in a real browser: a customer asks the sandbox for a refund, CHIDI passes
 * it on, and the owner finds it on the page, opens it, edits CHIDI's draft, previews and sends it,
 * and sees the reply in the conversation — at desktop width and at 375 px. Screenshots: {@code
 * target/screenshots/conversations-*-<width>.png}.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class ConversationsBrowserIT {

  private static final String EMAIL = Accounts.freshEmail("conversations");
  private static final String REPLY =
      "So sorry the dress did not fit, Ada. Send it back within 7 days and we refund you.";

  private static String token;
  private static String conversation;

  @RegisterExtension
  static final Browser chrome = Browser.fullPage("conversations-", options -> {});

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @Test
  @Order(1)
  void anEscalatedSandboxConversationIsListed() {
    chrome.signUp(deployment, EMAIL, "Yaba Closet");
    Api api = new Api(deployment);
    token = Accounts.accessToken(api, EMAIL);
    Api.Reply stored =
        api.post(
            "/api/sandbox/messages",
            """
            {"customer_id": "ada", "customer_name": "Ada Obi",
             "text": "The dress does not fit, I want a refund"}""",
            token);
    assertEquals(202, stored.status(), stored.body());
    conversation = stored.json().getString("conversation_id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                api.get("/api/chat/conversations/" + conversation, token)
                    .json()
                    .containsKey("draft"));

    chrome.open(deployment, "dashboard/conversations.xhtml");
    chrome.waiter().until(textToBePresentInElementLocated(By.id("conversation-list"), "Ada Obi"));
    String row = chrome.driver().findElement(By.cssSelector(".conversation-row")).getText();
    assertTrue(row.contains("escalated"), row);
    assertTrue(row.contains("I want a refund"), row);
    chrome.step("list");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("list");
          chrome.step("list");
        });
  }

  @Test
  @Order(2)
  void openingItShowsTheHistoryAndTheDraftWithItsReasons() {
    chrome.driver().findElement(By.cssSelector(".conversation-link")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("draft")));
    assertTrue(chrome.driver().getCurrentUrl().contains("id=" + conversation));
    assertTrue(chrome.driver().findElement(By.id("thread")).getText().contains("I want a refund"));
    assertTrue(!chrome.driver().findElement(By.id("draft-text")).getText().isBlank());
    assertTrue(!chrome.driver().findElement(By.id("draft-reasons")).getText().isBlank());
    assertTrue(
        chrome.driver().findElement(By.id("draft-confidence")).getText().matches("\\d+ %"),
        "the confidence is shown as a percentage");
    chrome.step("opened");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("opened");
          chrome.step("opened");
        });
  }

  @Test
  @Order(3)
  void theDraftIsEditedPreviewedAndSent() {
    chrome.waiter().until(elementToBeClickable(By.id("detail:edit"))).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("detail:text")));
    chrome.type("detail:text", REPLY);
    chrome.driver().findElement(By.id("detail:preview-reply")).click();
    chrome.waiter().until(textToBePresentInElementLocated(By.id("preview-text"), REPLY));
    assertEquals("Sent as written.", chrome.driver().findElement(By.id("preview-note")).getText());
    chrome.step("preview");

    chrome.driver().findElement(By.id("detail:confirm-send")).click();
    chrome.waiter().until(textToBePresentInElementLocated(By.id("thread"), REPLY));
    assertTrue(
        chrome.driver().findElement(By.id("detail:messages")).getText().contains("on its way"));
    assertEquals("active", chrome.driver().findElement(By.id("conversation-status")).getText());
    assertTrue(chrome.driver().findElements(By.id("draft")).isEmpty(), "no draft waits any more");
    chrome.step("sent");
  }

  @Test
  @Order(4)
  void theDeepLinkShowsTheSentReply() {
    chrome.open(deployment, "dashboard/conversations.xhtml?id=" + conversation);
    chrome.waiter().until(textToBePresentInElementLocated(By.id("thread"), REPLY));
    chrome
        .waiter()
        .until(
            d -> {
              d.navigate().refresh();
              return d.findElement(By.cssSelector(".bubble.is-person .bubble-status"))
                  .getText()
                  .equals("sent");
            });
    chrome.step("deep-link");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("deep-link");
          chrome.step("deep-link");
        });
  }
}
