package app.chidi.e2e.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.notification.RaiseProbe;
import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import app.chidi.e2e.support.SocketClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * {@code /ws/dashboard} with the JDK's WebSocket client: closed with a reason when unauthenticated
 * or with a bad token; with an access token, {@code dashboard_init} first, then the business's
 * notifications and read updates, and nothing of another business.
 */
@ChidiTest
@RunAsClient
class DashboardSocketIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar().addClass(RaiseProbe.class);
  }

  @ArquillianResource URL deployment;

  private URI socket(Api api, String query) {
    return URI.create(api.base().toString().replaceFirst("^http", "ws") + "ws/dashboard" + query);
  }

  @Test
  void unauthenticatedSocketsAreClosedWithAReason() throws Exception {
    Api api = new Api(deployment);
    try (SocketClient anonymous = new SocketClient(socket(api, ""))) {
      SocketClient.Closed closed = anonymous.closed(WAIT);
      assertEquals(1008, closed.code());
      assertTrue(closed.reason().startsWith("unauthenticated"), closed.reason());
    }
    try (SocketClient forged = new SocketClient(socket(api, "?access_token=a.b.c"))) {
      SocketClient.Closed closed = forged.closed(WAIT);
      assertEquals(1008, closed.code());
      assertEquals("access token invalid or expired", closed.reason());
    }
  }

  @Test
  void initThenTheBusinesssNotificationsAndReads() throws Exception {
    Api api = new Api(deployment);
    JsonObject shop = Accounts.signUp(api, Accounts.freshEmail("ws"), "Socket Shop");
    String token = shop.getJsonObject("session").getString("access_token");
    String business = Accounts.businessOf(api, shop).toString();
    JsonObject other = Accounts.signUp(api, Accounts.freshEmail("ws-other"), "Other Socket");
    String otherToken = other.getJsonObject("session").getString("access_token");

    try (SocketClient mine = new SocketClient(socket(api, "?access_token=" + token));
        SocketClient theirs = new SocketClient(socket(api, "?access_token=" + otherToken))) {
      JsonObject init = mine.next(WAIT);
      assertNotNull(init, "no dashboard_init within " + WAIT);
      assertEquals("dashboard_init", init.getString("type"));
      JsonObject data = init.getJsonObject("data");
      assertEquals(0, data.getJsonArray("conversations").size());
      assertEquals(0, data.getJsonObject("metrics").getInt("total_messages"));
      assertEquals(0, data.getInt("unread_notifications"));
      assertEquals(0, data.getJsonArray("recent_escalations").size());
      assertNotNull(init.getString("timestamp"));
      assertEquals("dashboard_init", theirs.next(WAIT).getString("type"));

      Api.Reply raised =
          api.send(
              api.request(
                      "/test/notifications-raise?business="
                          + business
                          + "&type=escalation"
                          + "&priority=high",
                      null)
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(200, raised.status(), raised.body());
      String id = raised.jsonArray().getString(0);
      JsonObject pushed = mine.next(WAIT);
      assertNotNull(pushed, "no dashboard_notification within " + WAIT);
      assertEquals("dashboard_notification", pushed.getString("type"));
      assertEquals(id, pushed.getJsonObject("data").getString("id"));
      assertEquals("escalation", pushed.getJsonObject("data").getString("type"));

      assertEquals(200, api.patch("/api/notifications/" + id + "/read", "", token).status());
      JsonObject read = mine.next(WAIT);
      assertNotNull(read);
      assertEquals("dashboard_notification_read", read.getString("type"));
      assertEquals(id, read.getJsonObject("data").getJsonArray("ids").getString(0));
      assertNull(theirs.next(Duration.ofSeconds(1)), "another business gets nothing");
    }
  }

  @Test
  void aChangedConversationIsPushedWithTodaysFigures() throws Exception {
    Api api = new Api(deployment);
    JsonObject shop = Accounts.signUp(api, Accounts.freshEmail("ws-live"), "Live Shop");
    String token = shop.getJsonObject("session").getString("access_token");
    JsonObject other = Accounts.signUp(api, Accounts.freshEmail("ws-live-other"), "Quiet Shop");
    String otherToken = other.getJsonObject("session").getString("access_token");

    try (SocketClient mine = new SocketClient(socket(api, "?access_token=" + token));
        SocketClient theirs = new SocketClient(socket(api, "?access_token=" + otherToken))) {
      assertEquals("dashboard_init", mine.next(WAIT).getString("type"));
      assertEquals("dashboard_init", theirs.next(WAIT).getString("type"));

      Api.Reply stored =
          api.post(
              "/api/sandbox/messages",
              """
              {"customer_id": "live-1", "customer_name": "Ada", "text": "I want a refund"}""",
              token);
      assertEquals(202, stored.status(), stored.body());
      String conversation = stored.json().getString("conversation_id");

      JsonObject update = nextOf(mine, "dashboard_conversation_update");
      assertEquals(conversation, update.getJsonObject("data").getString("id"));
      assertEquals("escalated", update.getJsonObject("data").getString("status"));
      assertEquals("I want a refund", update.getJsonObject("data").getString("last_message"));
      JsonObject figures = nextOf(mine, "dashboard_metrics_update").getJsonObject("data");
      assertEquals(1, figures.getInt("total_messages"));
      assertEquals(1, figures.getInt("escalations"));
      assertNull(theirs.next(Duration.ofSeconds(1)), "another business gets nothing");

      Api.Reply rule =
          api.post(
              "/api/rules",
              """
              {"rule_type": "pricing", "name": "Bulk",
               "conditions": [{"field": "item_count", "operator": "gt", "value": 3}],
               "actions": [{"type": "percent_discount", "value": 10}]}""",
              token);
      assertEquals(201, rule.status(), rule.body());
      JsonObject rules = nextOf(mine, "dashboard_rules_update");
      assertEquals("dashboard_rules_update", rules.getString("type"));
      assertEquals(
          Accounts.businessOf(api, shop).toString(),
          rules.getJsonObject("data").getString("business_id"));
      assertNull(theirs.next(Duration.ofSeconds(1)), "nor of its rules");

      try (SocketClient again = new SocketClient(socket(api, "?access_token=" + token))) {
        JsonObject init = again.next(WAIT).getJsonObject("data");
        assertEquals(
            conversation, init.getJsonArray("conversations").getJsonObject(0).getString("id"));
        assertEquals(1, init.getJsonObject("metrics").getInt("escalations"));
      }
    }
  }

  /**
   * The next message of {@code type}, skipping others (an escalation notification may come first).
   */
  private static JsonObject nextOf(SocketClient socket, String type) throws Exception {
    for (int i = 0; i < 10; i++) {
      JsonObject message = socket.next(WAIT);
      assertNotNull(message, "no " + type + " within " + WAIT);
      if (type.equals(message.getString("type"))) {
        return message;
      }
    }
    throw new AssertionError("no " + type + " among the next 10 messages");
  }
}
