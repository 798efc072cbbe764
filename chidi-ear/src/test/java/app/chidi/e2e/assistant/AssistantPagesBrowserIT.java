package app.chidi.e2e.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementValue;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.Browser;
import app.chidi.e2e.support.ChatClient;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
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
 * The assistant page in a real browser, as a new shop owner uses it: a policy added and edited in
 * the knowledge dialog, CHIDI tried on a question it can answer from it and on a refund it must
 * pass on, the confidence threshold raised until that answer is passed on too, and a rule created
 * in the rule dialog (after its mistakes are shown), edited, switched off and deleted. Each step
 * leaves full-page screenshots, {@code target/screenshots/assistant-*-<width>.png}; a later step is
 * skipped once an earlier one failed, since it builds on it.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class AssistantPagesBrowserIT {

  private static final String EMAIL = Accounts.freshEmail("assistant-tryer");
  private static final String RULE_NAME = "10% off more than 3";
  private static final String EXAMPLE =
      "4 items at 5,000 each (20,000) → 10% off: 2,000 off 20,000 → total 18,000";

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

    token = Accounts.accessToken(new Api(deployment), EMAIL);

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
  void thePolicyIsEditedInTheSameDialog() {
    chrome.driver().findElement(By.id("knowledge:list:0:edit")).click();
    chrome.waiter().until(textToBePresentInElementValue(By.id("knowledge-form:topic"), "location"));
    chrome.type("knowledge-form:content", "Our shop is at 12 Allen Avenue, Ikeja, Lagos.");
    chrome.driver().findElement(By.id("knowledge-form:save")).click();
    chrome.waiter().until(invisibilityOfElementLocated(By.id("knowledge-dialog")));
    chrome
        .waiter()
        .until(
            textToBePresentInElementLocated(By.id("knowledge"), "12 Allen Avenue, Ikeja, Lagos."));
    assertEquals(1, chrome.driver().findElements(By.cssSelector(".knowledge-entry")).size());
    chrome.step("knowledge-edited");
  }

  @Test
  @Order(4)
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
  @Order(5)
  void aRefundIsPassedOnToAPersonWithTheReason() {
    ask("I want a refund");
    chrome.waiter().until(textToBePresentInElementLocated(By.id("decision"), "Would escalate"));
    WebElement reasons = chrome.waiter().until(visibilityOfElementLocated(By.id("reasons")));
    assertFalse(reasons.getText().isBlank(), "a reason in words");
    chrome.step("try-refund");
  }

  @Test
  @Order(6)
  void theOwnerRaisesTheThresholdAndTheSameQuestionIsPassedOn() {
    ask("where is your shop?");
    setThreshold("0.99");
    chrome.waiter().until(textToBePresentInElementLocated(By.id("decision"), "Would escalate"));
    assertTrue(message("info").contains("99 %"));
    assertTrue(chrome.driver().findElement(By.id("try")).getText().contains("from 99 %"));
    chrome.step("threshold-high");

    setThreshold("0.50");
    chrome.waiter().until(textToBePresentInElementLocated(By.id("decision"), "Would send"));
    assertEquals(
        "0.5",
        new Api(deployment)
            .get("/api/settings", token)
            .json()
            .getJsonNumber("confidence_threshold")
            .bigDecimalValue()
            .stripTrailingZeros()
            .toPlainString());
    chrome.step("threshold-low");
    atPhoneWidth(() -> chrome.step("threshold-low"));
  }

  @Test
  @Order(7)
  void aRuleIsCreatedInTheDialogAfterItsMistakesAreShown() {
    open("dashboard/assistant.xhtml?tab=rules");
    chrome.waiter().until(visibilityOfElementLocated(By.cssSelector(".empty-state")));
    chrome.driver().findElement(By.id("rules:add")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("rule-form:name")));
    chrome.driver().findElement(By.id("rule-form:add-condition")).click();
    new Select(
            chrome.waiter().until(elementToBeClickable(By.id("rule-form:conditions:0:operator"))))
        .selectByValue("gt");
    chrome.type("rule-form:conditions:0:value", "3");
    chrome.type("rule-form:action-value", "150");
    chrome.driver().findElement(By.id("rule-form:save")).click();
    assertEquals("Name must not be blank", fieldMessage("rule-form:name-message"));

    chrome.type("rule-form:name", RULE_NAME);
    chrome.driver().findElement(By.id("rule-form:save")).click();
    assertEquals(
        "Value must be a percentage above 0 and at most 100",
        fieldMessage("rule-form:action-value-message"),
        "the API's validator, in words");
    assertEquals(0, new Api(deployment).get("/api/rules", token).jsonArray().size(), "not saved");
    chrome.step("rule-refused");

    chrome.type("rule-form:action-value", "10");
    chrome.driver().findElement(By.id("rule-form:name")).click();
    chrome.waiter().until(textToBePresentInElementLocated(By.id("rule-form:preview"), EXAMPLE));
    chrome.step("rule-dialog");
    atPhoneWidth(() -> chrome.step("rule-dialog"));

    chrome.driver().findElement(By.id("rule-form:save")).click();
    chrome.waiter().until(invisibilityOfElementLocated(By.id("rule-dialog")));
    WebElement rule = chrome.waiter().until(visibilityOfElementLocated(By.cssSelector(".rule")));
    assertTrue(rule.getText().contains(RULE_NAME), rule.getText());
    assertEquals(
        "When the number of items is more than 3: 10% off the order.",
        rule.findElement(By.cssSelector(".rule-summary")).getText());
    assertTrue(rule.findElement(By.cssSelector(".rule-example")).getText().contains(EXAMPLE));
    assertTrue(message("info").contains(RULE_NAME));
    chrome.step("rules");
    atPhoneWidth(() -> chrome.step("rules"));
  }

  @Test
  @Order(8)
  void theRuleIsEditedInTheSameDialog() {
    chrome.driver().findElement(By.id("rules:list:0:edit")).click();
    chrome.waiter().until(textToBePresentInElementValue(By.id("rule-form:action-value"), "10"));
    chrome.type("rule-form:action-value", "15");
    chrome.driver().findElement(By.id("rule-form:save")).click();
    chrome.waiter().until(invisibilityOfElementLocated(By.id("rule-dialog")));
    chrome
        .waiter()
        .until(
            textToBePresentInElementLocated(
                By.cssSelector(".rule-summary"),
                "When the number of items is more than 3: 15% off the order."));
    assertEquals(1, new Api(deployment).get("/api/rules", token).jsonArray().size());
    chrome.step("rule-edited");
  }

  @Test
  @Order(9)
  void theRuleIsSwitchedOffAndStaysOff() {
    chrome.driver().findElement(By.cssSelector(".rule input[type=checkbox]")).click();
    chrome
        .waiter()
        .until(
            textToBePresentInElementLocated(
                By.cssSelector(".ui-messages-info-summary"), "is off. Saved."));
    assertFalse(
        new Api(deployment)
            .get("/api/rules", token)
            .jsonArray()
            .getJsonObject(0)
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

  @Test
  @Order(10)
  void theRuleIsDeletedAfterConfirmation() {
    chrome.driver().findElement(By.id("rules:list:0:delete")).click();
    chrome.waiter().until(elementToBeClickable(By.id("rules:confirm-yes")));
    chrome.step("rule-delete-confirm");
    chrome.driver().findElement(By.id("rules:confirm-yes")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.cssSelector(".empty-state")));
    assertTrue(message("info").contains("deleted"));
    assertEquals(0, new Api(deployment).get("/api/rules", token).jsonArray().size());
    chrome.step("rule-deleted");
  }

  @Test
  @Order(11)
  void aRuleConfirmedInTheOwnersChatAppearsWithoutReload() {
    chrome
        .waiter()
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.attributeContains(
                By.id("live-status"), "class", "is-live"));
    try (ChatClient chat = ChatClient.connect(new Api(deployment), token)) {
      if (!chat.next("context_updated").getString("onboarding_status").equals("completed")) {
        chat.next("onboarding_question");
        chat.say("skip all");
        chat.next("ai_response");
      }
      chat.say("free delivery in Lagos for orders over 20k");
      chat.send("confirm", "proposal_id", chat.next("rule_proposal").getString("proposal_id"));
      chat.next("ai_response");
    }
    chrome.waiter().until(textToBePresentInElementLocated(By.cssSelector(".rule-list"), "Lagos"));
    assertTrue(chrome.driver().findElements(By.cssSelector(".empty-state")).isEmpty());
    chrome.step("rule-from-chat");
  }

  private static void setThreshold(String value) {
    List<WebElement> old = chrome.driver().findElements(By.id("reply-text"));
    chrome.type("threshold:value", value);
    chrome.driver().findElement(By.id("threshold:save")).click();
    chrome.waiter().until(d -> isStale(old.get(0)));
    chrome.waiter().until(visibilityOfElementLocated(By.id("reply-text")));
  }

  private static String fieldMessage(String id) {
    return chrome.waiter().until(visibilityOfElementLocated(By.id(id))).getText();
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
