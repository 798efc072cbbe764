package app.chidi.e2e.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The chat page in a real browser, as a new owner meets it: CHIDI's first onboarding question, an
 * answer shown back as a summary card, a question skipped, a reload that keeps the typed text and
 * resumes at the waiting question, then, on a phone, a rule taught and confirmed on its card.
 * Screenshots: {@code target/screenshots/chat-*.png}.
 */
@ChidiTest
@RunAsClient
class ChatBrowserIT {

  private static final String EMAIL = Accounts.freshEmail("chat-page");

  @RegisterExtension static final Browser chrome = Browser.fullPage("chat-", options -> {});

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @Test
  void onboardsThenTeachesARuleWithConfirmation() {
    chrome.signUp(deployment, EMAIL, "Browser Chat Shop");
    chrome.waiter().until(elementToBeClickable(By.id("nav-chat"))).click();
    chrome.waiter().until(urlContains("/dashboard/chat.xhtml"));
    chrome
        .waiter()
        .until(textToBePresentInElementLocated(By.id("chat-messages"), "business called"));
    chrome.step("onboarding-question");

    chrome.type("chat-input", "We are called Lekki Looks");
    chrome.driver().findElement(By.id("chat-send")).click();
    chrome
        .waiter()
        .until(
            textToBePresentInElementLocated(
                By.cssSelector(".chat-card.is-summary"), "Lekki Looks"));
    chrome
        .waiter()
        .until(textToBePresentInElementLocated(By.id("chat-messages"), "What do you sell"));
    chrome.step("onboarding-summary");

    chrome.waiter().until(elementToBeClickable(By.cssSelector(".chat-skip"))).click();
    chrome
        .waiter()
        .until(textToBePresentInElementLocated(By.id("chat-messages"), "Where do you deliver"));

    chrome.type("chat-input", "skip all");
    chrome.driver().navigate().refresh();
    chrome
        .waiter()
        .until(textToBePresentInElementLocated(By.id("chat-messages"), "Where do you deliver"));
    assertEquals(
        "skip all", chrome.driver().findElement(By.id("chat-input")).getDomProperty("value"));
    chrome.step("resumed-with-draft");
    chrome.driver().findElement(By.id("chat-send")).click();
    chrome
        .waiter()
        .until(textToBePresentInElementLocated(By.id("chat-messages"), "That's all I need"));

    chrome.atPhoneWidth(
        () -> {
          chrome.type("chat-input", "free delivery in Lagos for orders over 20k");
          chrome.driver().findElement(By.id("chat-send")).click();
          chrome
              .waiter()
              .until(elementToBeClickable(By.cssSelector(".chat-card.is-proposal .chat-confirm")));
          chrome.assertNoSidewaysScrolling("chat with a proposal");
          chrome.step("proposal-phone");
          chrome
              .driver()
              .findElement(By.cssSelector(".chat-card.is-proposal .chat-confirm"))
              .click();
          chrome.waiter().until(textToBePresentInElementLocated(By.id("chat-messages"), "Saved:"));
          chrome.step("saved-phone");
        });

    Api api = new Api(deployment);
    String token = Accounts.accessToken(api, EMAIL);
    String rules = api.get("/api/rules", token).body();
    assertTrue(rules.contains("\"name\":\"Free delivery Lagos, orders over 20,000\""), rules);
    assertEquals(
        "completed",
        api.get("/api/me", token).json().getJsonObject("business").getString("onboarding_status"));
  }
}
