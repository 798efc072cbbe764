package app.chidi.e2e.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
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

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String PREFIX = "assistant-";
  private static final int DESKTOP = 1280;
  private static final int PHONE = 375;

  private static final String EMAIL = Accounts.freshEmail("assistant-tryer");
  private static final String RULE_NAME = "10% off more than 3";

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
                  SCREENSHOTS.resolve(PREFIX + "failed.html"), browser.getPageSource());
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
      for (Path png : old.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList()) {
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
  void aNewShopOpensTheAssistantFromTheSidebar() {
    open("signup.xhtml");
    type("signup:email", EMAIL);
    type("signup:password", Accounts.PASSWORD);
    type("signup:business", "Allen Avenue Styles");
    browser.findElement(By.id("signup:submit")).click();
    wait.until(urlContains("/dashboard/"));

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

    wait.until(elementToBeClickable(By.id("nav-assistant"))).click();
    wait.until(urlContains("/dashboard/assistant.xhtml"));
    assertEquals(
        "page", browser.findElement(By.id("nav-assistant")).getDomAttribute("aria-current"));
    wait.until(visibilityOfElementLocated(By.id("try:message")));
    step("try-empty");
  }

  @Test
  @Order(2)
  void aPolicyIsAddedInTheKnowledgeDialogWithFieldMessages() {
    browser.findElement(By.id("tab-knowledge")).click();
    wait.until(visibilityOfElementLocated(By.cssSelector(".empty-state")));
    step("knowledge-empty");

    browser.findElement(By.id("knowledge:add")).click();
    wait.until(visibilityOfElementLocated(By.id("knowledge-form:topic")));
    browser.findElement(By.id("knowledge-form:save")).click();
    WebElement refused =
        wait.until(visibilityOfElementLocated(By.id("knowledge-form:topic-message")));
    assertFalse(refused.getText().isBlank(), "the topic is required");
    assertEquals(
        "true", browser.findElement(By.id("knowledge-form:topic")).getDomAttribute("aria-invalid"));
    step("knowledge-refused");

    type("knowledge-form:topic", "location");
    type("knowledge-form:content", "Our shop is at 5 Allen Avenue, Ikeja.");
    browser.findElement(By.id("knowledge-form:save")).click();
    wait.until(invisibilityOfElementLocated(By.id("knowledge-dialog")));
    wait.until(textToBePresentInElementLocated(By.id("knowledge"), "5 Allen Avenue, Ikeja."));
    assertTrue(message("info").contains("location"));
    step("knowledge-list");
    atPhoneWidth(() -> step("knowledge-list"));
  }

  @Test
  @Order(3)
  void chidiAnswersWhereTheShopIsFromThePolicy() {
    browser.findElement(By.id("tab-try")).click();
    ask("where is your shop?");
    WebElement reply = wait.until(visibilityOfElementLocated(By.id("reply-text")));
    assertTrue(reply.getText().contains("Allen Avenue"), reply.getText());
    String decision = browser.findElement(By.id("decision")).getText();
    assertTrue(
        decision.equals("Would send") || decision.equals("Would escalate"), "badge: " + decision);
    assertTrue(browser.findElement(By.id("used")).getText().contains("location"));
    step("try-location");
    atPhoneWidth(() -> step("try-location"));
  }

  @Test
  @Order(4)
  void aRefundIsPassedOnToAPersonWithTheReason() {
    ask("I want a refund");
    wait.until(textToBePresentInElementLocated(By.id("decision"), "Would escalate"));
    WebElement reasons = wait.until(visibilityOfElementLocated(By.id("reasons")));
    assertFalse(reasons.getText().isBlank(), "a reason in words");
    step("try-refund");
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
    WebElement rule = wait.until(visibilityOfElementLocated(By.cssSelector(".rule")));
    assertTrue(rule.getText().contains(RULE_NAME), rule.getText());
    assertFalse(rule.findElement(By.cssSelector(".rule-summary")).getText().isBlank(), "a summary");
    WebElement toggle = rule.findElement(By.cssSelector("input[type=checkbox]"));
    assertTrue(toggle.isSelected(), "a new rule is on");
    step("rules");
    atPhoneWidth(() -> step("rules"));

    toggle.click();
    assertTrue(message("info").contains("off"));
    assertFalse(
        browser.findElement(By.cssSelector(".rule input[type=checkbox]")).isSelected(), "off");
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
        wait.until(visibilityOfElementLocated(By.cssSelector(".rule input[type=checkbox]")))
            .isSelected(),
        "still off after a reload");
    step("rules-off");
  }

  private static void ask(String text) {
    wait.until(visibilityOfElementLocated(By.id("try:message")));
    new Select(browser.findElement(By.id("try:platform"))).selectByValue("whatsapp");
    type("try:message", text);
    List<WebElement> old = browser.findElements(By.id("reply-text"));
    browser.findElement(By.id("try:ask")).click();
    if (!old.isEmpty()) {
      wait.until(d -> isStale(old.get(0)));
    }
    wait.until(visibilityOfElementLocated(By.id("reply-text")));
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
    browser.get(Deployments.loopback(deployment).resolve(path).toString());
  }

  private static void type(String id, String text) {
    WebElement field = wait.until(elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private static String message(String severity) {
    By selector = By.cssSelector(".ui-messages-" + severity + "-summary");
    return wait.until(visibilityOfElementLocated(selector)).getText();
  }

  /** Runs {@code steps} in a 375 px wide window, then returns to the desktop width. */
  private static void atPhoneWidth(Runnable steps) {
    browser.manage().window().setSize(new Dimension(PHONE, 812));
    try {
      wait.until(
          d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() <= PHONE);
      assertNoSidewaysScrolling();
      steps.run();
    } finally {
      browser.manage().window().setSize(new Dimension(DESKTOP, 900));
      wait.until(
          d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() == DESKTOP);
    }
  }

  private static void assertNoSidewaysScrolling() {
    List<?> widths =
        (List<?>)
            browser.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
    long content = ((Number) widths.get(0)).longValue();
    long viewport = ((Number) widths.get(1)).longValue();
    assertTrue(content <= viewport, content + " px wide in " + viewport + " px");
  }

  /** A full-page screenshot, and the check that the browser logged no error since the last. */
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
        SCREENSHOTS.resolve(String.format("%s%02d-%s-%d.png", PREFIX, ++screenshots, step, width));
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
