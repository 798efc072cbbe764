package app.chidi.e2e.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.Browser;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The notification bell in a real browser: a signed-in owner has the dashboard open when stock runs
 * low through the API (another device, same account); without a reload the bell's count goes up and
 * a toast appears. The panel lists it, "mark all read" clears the badge, the notifications page
 * lists it, and a changed preference is saved. Screenshots: {@code
 * target/screenshots/notifications-*-<width>.png}.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class NotificationBellBrowserIT {

  private static final String EMAIL = Accounts.freshEmail("bell-ringer");

  private static String token;

  @RegisterExtension
  static final Browser chrome = Browser.fullPage("notifications-", options -> {});

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @Test
  @Order(1)
  void aSignedInOwnerSeesAQuietBellAndALiveStream() {
    chrome.signUp(deployment, EMAIL, "Bell & Co");
    chrome.waiter().until(attributeToBe(By.id("bell"), "data-live", "true"));
    assertTrue(chrome.driver().findElements(By.id("bell-badge")).isEmpty(), "nothing unread yet");

    token = Accounts.accessToken(api(), EMAIL);
  }

  @Test
  @Order(2)
  void stockRunningLowElsewhereRingsTheBellWithoutAReload() {
    Api.Reply product =
        api()
            .post(
                "/api/inventory/products",
                """
                {"name": "Bell Tee", "base_price": 10,
                 "variants": [{"sku": "BELL-TEE", "size": "M",
                               "stock_quantity": 10, "low_stock_threshold": 3}]}""",
                token);
    assertEquals(201, product.status(), product.body());
    String variant = product.json().getJsonArray("variants").getJsonObject(0).getString("id");
    chrome.driver().executeScript("document.body.setAttribute('data-not-reloaded', 'yes')");

    Api.Reply adjusted =
        api()
            .post(
                "/api/inventory/stock/adjust",
                "{\"variant_id\": \"%s\", \"adjustment\": -8, \"reason\": \"sold\"}"
                    .formatted(variant),
                token);
    assertEquals(200, adjusted.status(), adjusted.body());

    chrome.waiter().until(textToBePresentInElementLocated(By.id("bell-badge"), "1"));
    WebElement toast =
        chrome.waiter().until(visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
    assertTrue(toast.getText().contains("Bell Tee"), toast.getText());
    assertTrue(toast.getText().contains("running low"), toast.getText());
    assertTrue(toast.getDomAttribute("class").contains("is-medium"));
    String open = toast.findElement(By.cssSelector(".toast-open")).getDomAttribute("href");
    assertTrue(open.contains("/dashboard/inventory.xhtml?product="), open);
    assertEquals(
        "yes",
        chrome.driver().findElement(By.tagName("body")).getDomAttribute("data-not-reloaded"));
    chrome.step("toast");
    chrome.atPhoneWidth(() -> chrome.step("toast"));
  }

  @Test
  @Order(3)
  void thePanelListsItAndMarkAllReadClearsTheBadge() {
    chrome.driver().findElement(By.id("bell-toggle")).click();
    WebElement panel = chrome.waiter().until(visibilityOfElementLocated(By.id("bell-panel")));
    WebElement item =
        chrome
            .waiter()
            .until(d -> panel.findElement(By.cssSelector(".notice-item.is-unread.is-medium")));
    assertTrue(item.getText().contains("is running low"), item.getText());
    assertTrue(item.getText().contains("Bell Tee"), item.getText());
    assertTrue(item.getText().contains("2 left"), item.getText());
    assertTrue(
        item.findElement(By.cssSelector(".notice-open"))
            .getDomAttribute("href")
            .contains("/dashboard/inventory.xhtml?product="));
    assertEquals(
        "true", chrome.driver().findElement(By.id("bell-toggle")).getDomAttribute("aria-expanded"));
    chrome.step("panel");
    chrome.atPhoneWidth(
        () -> {
          if (chrome.driver().findElements(By.cssSelector("#bell.is-open")).isEmpty()) {
            chrome.driver().findElement(By.id("bell-toggle")).click();
          }
          chrome.waiter().until(visibilityOfElementLocated(By.id("bell-panel")));
          chrome.step("panel");
        });
    if (chrome.driver().findElements(By.cssSelector("#bell.is-open")).isEmpty()) {
      chrome.driver().findElement(By.id("bell-toggle")).click();
    }

    chrome.driver().findElement(By.id("bell-form:read-all")).click();
    chrome.waiter().until(invisibilityOfElementLocated(By.id("bell-badge")));
    chrome
        .waiter()
        .until(d -> d.findElements(By.cssSelector("#bell-panel .notice-item.is-unread")).isEmpty());
    JsonObject list = api().get("/api/notifications", token).json();
    assertEquals(0, list.getInt("unread_count"), list.toString());
    chrome.step("read");
  }

  @Test
  @Order(4)
  void theNotificationsPageListsIt() {
    open("dashboard/notifications.xhtml");
    WebElement item =
        chrome
            .waiter()
            .until(visibilityOfElementLocated(By.cssSelector("#notification-list .notice-item")));
    assertTrue(item.getText().contains("is running low"), item.getText());
    assertTrue(item.getText().contains("Bell Tee"), item.getText());
    assertFalse(item.getDomAttribute("class").contains("is-unread"));
    assertEquals("0 unread", chrome.driver().findElement(By.id("list:unread")).getText());

    chrome.driver().findElement(By.id("list:unread-only")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("no-notifications")));
    chrome.driver().findElement(By.id("list:unread-only")).click();
    chrome
        .waiter()
        .until(visibilityOfElementLocated(By.cssSelector("#notification-list .notice-item")));
    chrome.step("page");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("notifications");
          chrome.step("page");
        });
  }

  @Test
  @Order(5)
  void aChangedPreferenceIsSaved() {
    WebElement lowStock =
        chrome.driver().findElement(By.cssSelector("fieldset[data-type='low_stock']"));
    Select email = new Select(lowStock.findElement(By.cssSelector("select[id$=':email']")));
    assertEquals("digest", email.getFirstSelectedOption().getDomAttribute("value"));
    email.selectByValue("off");
    WebElement restockInApp =
        chrome
            .driver()
            .findElement(By.cssSelector("fieldset[data-type='restock'] input[id$=':in-app']"));
    assertTrue(restockInApp.isSelected());
    restockInApp.click();
    chrome.driver().findElement(By.id("prefs:save")).click();
    chrome
        .waiter()
        .until(
            textToBePresentInElementLocated(
                By.cssSelector("#prefs .ui-messages-info-summary"), "Preferences saved."));
    chrome.step("preferences-saved");

    JsonObject saved = api().get("/api/notifications/preferences", token).json();
    assertEquals("off", preference(saved, "low_stock").getString("email"));
    assertTrue(preference(saved, "low_stock").getBoolean("in_app"));
    assertFalse(preference(saved, "restock").getBoolean("in_app"));

    chrome.driver().navigate().refresh();
    Select again =
        new Select(
            chrome
                .waiter()
                .until(
                    elementToBeClickable(
                        By.cssSelector("fieldset[data-type='low_stock'] select[id$=':email']"))));
    assertEquals("off", again.getFirstSelectedOption().getDomAttribute("value"));
  }

  private static JsonObject preference(JsonObject preferences, String type) {
    return preferences.getJsonArray("preferences").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("type").equals(type))
        .findFirst()
        .orElseThrow();
  }

  private Api api() {
    return new Api(deployment);
  }

  private void open(String path) {
    chrome.open(deployment, path);
  }
}
