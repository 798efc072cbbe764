package app.chidi.e2e.assistant;

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
import jakarta.json.Json;
import java.net.URL;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The assistant page in a real browser, as a new shop owner uses it: a policy added in the
 * knowledge dialog, CHIDI tried on a question it can answer from it and on a refund it must pass
 * on, and a rule (created through the API) switched off on the rules tab. Each step leaves
 * full-page screenshots, {@code target/screenshots/assistant-*-<width>.png}; a later step is
 * skipped once an earlier one failed, since it builds on it.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class AssistantPagesBrowserIT {

  private static final String EMAIL = Accounts.freshEmail("assistant-tryer");
  private static final String RULE_NAME = "10% off more than 3";

  private static String token;

  @RegisterExtension static final Browser chrome = Browser.fullPage("assistant-", options -> {});

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @Test
  @Order(1)
  void aNewShopOpensTheAssistantFromTheSidebar() {
    chrome.signUp(deployment, EMAIL, "Allen Avenue Styles");

    Api.Reply logIn =
        new Api(deployment)
            .post(
                "/api/auth/login",
                Json.createObjectBuilder()
                    .add("email", EMAIL)
                    .add("password", Accounts.PASSWORD)
                    .build()
                    .toString());
    assertEquals(200, logIn.status(), logIn.body());
    token = logIn.text("/session/access_token");

    chrome.waiter().until(elementToBeClickable(By.id("nav-assistant"))).click();
    chrome.waiter().until(urlContains("/dashboard/assistant.xhtml"));
    assertEquals(
        "page",
        chrome.driver().findElement(By.id("nav-assistant")).getDomAttribute("aria-current"));
    chrome.waiter().until(visibilityOfElementLocated(By.id("try:message")));
    chrome.step("try-empty");
  }

  @Test
  @Order(2)
  void aPolicyIsAddedInTheKnowledgeDialogWithFieldMessages() {
    chrome.driver().findElement(By.id("tab-knowledge")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.cssSelector(".empty-state")));
    chrome.step("knowledge-empty");

    chrome.driver().findElement(By.id("knowledge:add")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("knowledge-form:topic")));
    chrome.driver().findElement(By.id("knowledge-form:save")).click();
    WebElement refused =
        chrome.waiter().until(visibilityOfElementLocated(By.id("knowledge-form:topic-message")));
    assertFalse(refused.getText().isBlank(), "the topic is required");
    assertEquals(
        "true",
        chrome.driver().findElement(By.id("knowledge-form:topic")).getDomAttribute("aria-invalid"));
    chrome.step("knowledge-refused");

    chrome.type("knowledge-form:topic", "location");
    chrome.type("knowledge-form:content", "Our shop is at 5 Allen Avenue, Ikeja.");
    chrome.driver().findElement(By.id("knowledge-form:save")).click();
    chrome.waiter().until(invisibilityOfElementLocated(By.id("knowledge-dialog")));
    chrome
        .waiter()
        .until(textToBePresentInElementLocated(By.id("knowledge"), "5 Allen Avenue, Ikeja."));
    assertTrue(message("info").contains("location"));
    chrome.step("knowledge-list");
    atPhoneWidth(() -> chrome.step("knowledge-list"));
  }

  @Test
  @Order(3)
  void chidiAnswersWhereTheShopIsFromThePolicy() {
    chrome.driver().findElement(By.id("tab-try")).click();
    ask("where is your shop?");
    WebElement reply = chrome.waiter().until(visibilityOfElementLocated(By.id("reply-text")));
    assertTrue(reply.getText().contains("Allen Avenue"), reply.getText());
    String decision = chrome.driver().findElement(By.id("decision")).getText();
    assertTrue(
        decision.equals("Would send") || decision.equals("Would escalate"), "badge: " + decision);
    assertTrue(chrome.driver().findElement(By.id("used")).getText().contains("location"));
    chrome.step("try-location");
    atPhoneWidth(() -> chrome.step("try-location"));
  }

  @Test
  @Order(4)
  void aRefundIsPassedOnToAPersonWithTheReason() {
    ask("I want a refund");
    chrome.waiter().until(textToBePresentInElementLocated(By.id("decision"), "Would escalate"));
    WebElement reasons = chrome.waiter().until(visibilityOfElementLocated(By.id("reasons")));
    assertFalse(reasons.getText().isBlank(), "a reason in words");
    chrome.step("try-refund");
  }

  @Test
  @Order(5)
  void aRuleFromTheApiIsSwitchedOffOnTheRulesTab() {
    Api.Reply created =
        new Api(deployment)
            .post(
                "/api/rules",
                """
                {"rule_type":"pricing","name":"%s",
                 "conditions":[{"field":"item_count","operator":"gt","value":3}],
                 "actions":[{"type":"percent_discount","value":10}]}"""
                    .formatted(RULE_NAME),
                token);
    assertEquals(201, created.status(), created.body());
    String id = created.text("/id");

    open("dashboard/assistant.xhtml?tab=rules");
    WebElement rule = chrome.waiter().until(visibilityOfElementLocated(By.cssSelector(".rule")));
    assertTrue(rule.getText().contains(RULE_NAME), rule.getText());
    assertFalse(rule.findElement(By.cssSelector(".rule-summary")).getText().isBlank(), "a summary");
    WebElement toggle = rule.findElement(By.cssSelector("input[type=checkbox]"));
    assertTrue(toggle.isSelected(), "a new rule is on");
    chrome.step("rules");
    atPhoneWidth(() -> chrome.step("rules"));

    toggle.click();
    assertTrue(message("info").contains("off"));
    assertFalse(
        chrome.driver().findElement(By.cssSelector(".rule input[type=checkbox]")).isSelected(),
        "off");
    assertFalse(
        new Api(deployment)
            .get("/api/rules", token).jsonArray().stream()
                .map(r -> r.asJsonObject())
                .filter(r -> r.getString("id").equals(id))
                .findFirst()
                .orElseThrow()
                .getBoolean("is_active"),
        "saved off");
    open("dashboard/assistant.xhtml?tab=rules");
    assertFalse(
        chrome
            .waiter()
            .until(visibilityOfElementLocated(By.cssSelector(".rule input[type=checkbox]")))
            .isSelected(),
        "still off after a reload");
    chrome.step("rules-off");
  }

  private static void ask(String text) {
    chrome.waiter().until(visibilityOfElementLocated(By.id("try:message")));
    new Select(chrome.driver().findElement(By.id("try:platform"))).selectByValue("whatsapp");
    chrome.type("try:message", text);
    List<WebElement> old = chrome.driver().findElements(By.id("reply-text"));
    chrome.driver().findElement(By.id("try:ask")).click();
    if (!old.isEmpty()) {
      chrome.waiter().until(d -> isStale(old.get(0)));
    }
    chrome.waiter().until(visibilityOfElementLocated(By.id("reply-text")));
  }

  private static boolean isStale(WebElement element) {
    try {
      element.isDisplayed();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    }
  }

  private void open(String path) {
    chrome.open(deployment, path);
  }

  private static String message(String severity) {
    By selector = By.cssSelector(".ui-messages-" + severity + "-summary");
    return chrome.waiter().until(visibilityOfElementLocated(selector)).getText();
  }

  /** Runs {@code steps} at the phone width, where nothing may scroll sideways. */
  private static void atPhoneWidth(Runnable steps) {
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("assistant");
          steps.run();
        });
  }
}
