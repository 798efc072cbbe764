package app.chidi.e2e.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notification API end to end: the inbox (list, filters, pagination, unread count, read and
 * read-all), preferences, and the live stream (events with ids, replay after Last-Event-ID, read
 * updates, preferences holding pushes back, heartbeats), each business seeing only its own.
 */
@ChidiTest
@RunAsClient
class NotificationApiIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar().addClass(RaiseProbe.class);
  }

  @ArquillianResource URL deployment;
  private Api api;

  /** Three sign-ups for the class: the inbox's shop, the live shop, another business. */
  private static Account shop;

  private static Account live;
  private static Account other;

  record Account(String token, UUID business, UUID user) {}

  @BeforeEach
  void signUp() {
    api = new Api(deployment);
    if (shop == null) {
      shop = account("inbox", "Inbox Shop");
      live = account("live", "Live Shop");
      other = account("other", "Other Shop");
    }
  }

  private Account account(String who, String name) {
    JsonObject signedUp = Accounts.signUp(api, Accounts.freshEmail(who), name);
    String token = signedUp.getJsonObject("session").getString("access_token");
    JsonObject me = api.get("/api/me", token).json();
    return new Account(
        token,
        UUID.fromString(me.getJsonObject("business").getString("id")),
        UUID.fromString(me.getJsonObject("user").getString("id")));
  }

  private List<String> raise(Account account, String type, String priority, int count) {
    return raise(account.business(), null, type, priority, count);
  }

  private List<String> raise(UUID business, UUID user, String type, String priority, int count) {
    String query =
        "business=%s&type=%s&priority=%s&count=%d%s"
            .formatted(business, type, priority, count, user == null ? "" : "&user=" + user);
    Api.Reply reply =
        api.send(
            api.request("/test/notifications-raise?" + query, null)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, reply.status(), reply.body());
    return reply.jsonArray().getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private JsonObject list(Account account, String query) {
    Api.Reply reply = api.get("/api/notifications" + query, account.token());
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
        .map(n -> n.getString("id"))
        .toList();
  }

  @Test
  void listsFiltersPagesAndMarksRead() {
    List<String> stock = raise(shop, "low_stock", "medium", 3);
    List<String> escalations = raise(shop, "escalation", "high", 2);
    List<String> mine = raise(shop.business(), shop.user(), "import_done", "low", 1);
    // Addressed to someone else (the other shop's owner) in this business: never shown here.
    raise(shop.business(), other.user(), "import_done", "low", 1);

    JsonObject all = list(shop, "");
    assertEquals(6, all.getJsonObject("pagination").getInt("total_items"), all.toString());
    assertEquals(6, all.getInt("unread_count"));
    assertEquals(
        List.of(mine.get(0), escalations.get(1), escalations.get(0), stock.get(2)),
        ids(all).subList(0, 4),
        "newest first");
    JsonObject first = all.getJsonArray("notifications").getJsonObject(1);
    assertEquals("escalation", first.getString("type"));
    assertEquals("high", first.getString("priority"));
    assertEquals("Probe 2", first.getString("title"));
    assertEquals(
        "/dashboard/notifications.xhtml", first.getJsonObject("context").getString("link"));
    assertFalse(first.getBoolean("read"));
    assertFalse(first.containsKey("read_at"), "null properties are left out");
    assertNotNull(first.getString("created_at"));

    JsonObject page2 = list(shop, "?limit=4&page=2");
    assertEquals(List.of(stock.get(1), stock.get(0)), ids(page2));
    assertEquals(2, page2.getJsonObject("pagination").getInt("total_pages"));
    assertEquals(List.of(), ids(list(shop, "?limit=4&page=3")));
    assertEquals(
        List.of(stock.get(2), stock.get(1), stock.get(0)), ids(list(shop, "?type=low_stock")));

    Api.Reply read = api.patch("/api/notifications/" + stock.get(0) + "/read", "", shop.token());
    assertEquals(200, read.status(), read.body());
    assertTrue(read.json().getBoolean("read"));
    String readAt = read.json().getString("read_at");
    Api.Reply again = api.patch("/api/notifications/" + stock.get(0) + "/read", "", shop.token());
    assertEquals(readAt, again.json().getString("read_at"), "reading twice changes nothing");

    JsonObject unread = list(shop, "?unread_only=true&type=low_stock");
    assertEquals(List.of(stock.get(2), stock.get(1)), ids(unread));
    assertEquals(5, unread.getInt("unread_count"), "counts every unread one, whatever the filter");

    Api.Reply readAll = api.post("/api/notifications/read-all", "", shop.token());
    assertEquals(200, readAll.status(), readAll.body());
    assertEquals(5, readAll.json().getInt("updated"));
    assertEquals(0, list(shop, "").getInt("unread_count"));
    assertEquals(
        0, api.post("/api/notifications/read-all", "", shop.token()).json().getInt("updated"));
  }

  @Test
  void anotherBusinessSeesAndTouchesNone() {
    List<String> raised = raise(shop, "restock", "low", 1);
    JsonObject theirs = list(other, "");
    assertFalse(ids(theirs).contains(raised.get(0)));
    Api.Reply read = api.patch("/api/notifications/" + raised.get(0) + "/read", "", other.token());
    assertEquals(404, read.status(), read.body());
    assertEquals("notification/not-found", read.code());
    assertTrue(ids(list(shop, "?unread_only=true")).contains(raised.get(0)), "still unread");
  }

  @Test
  void rejectsBadQueriesAndNeedsAToken() {
    for (String query : List.of("?page=0", "?limit=101", "?unread_only=yes", "?type=Low-Stock")) {
      Api.Reply reply = api.get("/api/notifications" + query, shop.token());
      assertEquals(400, reply.status(), query + " " + reply.body());
      assertEquals("validation/failed", reply.code());
    }
    assertEquals(401, api.get("/api/notifications", null).status());
    Api.Reply stream =
        api.send(
            api.request("/api/notifications/stream", null)
                .setHeader("Accept", "text/event-stream")
                .GET());
    assertEquals(401, stream.status(), stream.body());
    Api.Reply unknown =
        api.patch("/api/notifications/" + UUID.randomUUID() + "/read", "", shop.token());
    assertEquals("notification/not-found", unknown.code());
  }

  private Api.Reply putPreferences(Account account, String json) {
    return api.send(
        api.request("/api/notifications/preferences", account.token())
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static JsonObject preference(JsonObject answer, String type) {
    return answer.getJsonArray("preferences").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("type").equals(type))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void preferencesHaveDefaultsAndChangePerType() {
    JsonObject defaults = api.get("/api/notifications/preferences", other.token()).json();
    assertEquals(
        List.of(
            "escalation",
            "low_stock",
            "restock",
            "delivery_failed",
            "token_expiring",
            "connection_expired",
            "import_done"),
        defaults.getJsonArray("preferences").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("type"))
            .toList());
    JsonObject escalation = preference(defaults, "escalation");
    assertTrue(escalation.getBoolean("in_app"));
    assertEquals("immediate", escalation.getString("email"));
    assertFalse(escalation.containsKey("quiet_hours_start"));
    assertEquals("digest", preference(defaults, "low_stock").getString("email"));

    Api.Reply changed =
        putPreferences(
            other,
            """
            {"preferences": [{"type": "low_stock", "in_app": false, "email": "off",
              "quiet_hours_start": "22:00", "quiet_hours_end": "07:00", "time_zone": "Europe/London"}]}""");
    assertEquals(200, changed.status(), changed.body());
    JsonObject low =
        preference(api.get("/api/notifications/preferences", other.token()).json(), "low_stock");
    assertFalse(low.getBoolean("in_app"));
    assertEquals("off", low.getString("email"));
    assertTrue(low.getString("quiet_hours_start").startsWith("22:00"), low.toString());
    assertTrue(low.getString("quiet_hours_end").startsWith("07:00"));
    assertEquals("Europe/London", low.getString("time_zone"));
    assertTrue(preference(changed.json(), "escalation").getBoolean("in_app"), "others unchanged");
    JsonObject shops = api.get("/api/notifications/preferences", shop.token()).json();
    assertTrue(preference(shops, "low_stock").getBoolean("in_app"), "another business's own");
  }

  @Test
  void badPreferencesNameTheirField() {
    assertInvalid(
        "{\"preferences\": [{\"type\": \"gossip\", \"in_app\": true, \"email\": \"off\"}]}",
        "type");
    assertInvalid(
        "{\"preferences\": [{\"type\": \"restock\", \"in_app\": true, \"email\": \"weekly\"}]}",
        "email");
    assertInvalid("{\"preferences\": [{\"type\": \"restock\", \"email\": \"off\"}]}", "in_app");
    assertInvalid(
        "{\"preferences\": [{\"type\": \"restock\", \"in_app\": true, \"email\": \"off\", \"quiet_hours_start\": \"22:00\"}]}",
        "quiet_hours");
    assertInvalid(
        "{\"preferences\": [{\"type\": \"restock\", \"in_app\": true, \"email\": \"off\", \"quiet_hours_start\": \"25:00\", \"quiet_hours_end\": \"07:00\"}]}",
        "quiet_hours_start");
    assertInvalid(
        "{\"preferences\": [{\"type\": \"restock\", \"in_app\": true, \"email\": \"off\", \"time_zone\": \"Mars/Olympus\"}]}",
        "time_zone");
    assertInvalid("{}", "preferences");
    Api.Reply malformed = putPreferences(shop, "{\"preferences\": 3");
    assertEquals(400, malformed.status(), malformed.body());
    assertEquals("request/malformed", malformed.code());
  }

  private void assertInvalid(String json, String field) {
    Api.Reply reply = putPreferences(shop, json);
    assertEquals(400, reply.status(), json + " " + reply.body());
    assertEquals("validation/failed", reply.code());
    List<String> fields =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertEquals(List.of(field), fields, reply.body());
  }

  private SseClient stream(Account account, String lastEventId) {
    SseClient client =
        new SseClient(api.base().resolve("api/notifications/stream"), account.token(), lastEventId);
    assertEquals(200, client.status());
    assertTrue(client.contentType().startsWith("text/event-stream"), client.contentType());
    return client;
  }

  private static JsonObject json(SseClient.Event event) {
    return Json.createReader(new StringReader(event.data())).readObject();
  }

  @Test
  void streamsEventsWithIdsAndReplaysWhatWasMissed() throws Exception {
    String lastId;
    try (SseClient mine = stream(live, null);
        SseClient theirs = stream(other, null)) {
      String raised = raise(live, "escalation", "high", 1).get(0);
      SseClient.Event event = mine.next(WAIT);
      assertNotNull(event, "no event within " + WAIT);
      assertEquals("escalation", event.name());
      assertEquals(raised, event.id());
      assertEquals(raised, json(event).getString("id"));
      assertEquals("high", json(event).getString("priority"));
      assertEquals(
          "/dashboard/notifications.xhtml", json(event).getJsonObject("context").getString("link"));
      lastId = event.id();
      assertNull(theirs.next(Duration.ofSeconds(2)), "another business's stream gets nothing");
    }

    List<String> missed = raise(live, "low_stock", "medium", 2);
    try (SseClient again = stream(live, lastId)) {
      SseClient.Event first = again.next(WAIT);
      SseClient.Event second = again.next(WAIT);
      assertNotNull(second);
      assertEquals(missed, List.of(first.id(), second.id()), "replayed in order");
      assertEquals("low_stock", first.name());
      String live1 = raise(live, "low_stock", "medium", 1).get(0);
      assertEquals(live1, again.next(WAIT).id(), "then live, nothing twice");
      assertNull(again.next(Duration.ofSeconds(1)));
    }
  }

  @Test
  void stockRunningLowReachesTheStreamAndReadsAreEchoed() throws Exception {
    Api.Reply product =
        api.post(
            "/api/inventory/products",
            """
            {"name": "Stream Tee", "base_price": 10,
             "variants": [{"sku": "STREAM-TEE", "stock_quantity": 10, "low_stock_threshold": 3}]}""",
            live.token());
    assertEquals(201, product.status(), product.body());
    String variant = product.json().getJsonArray("variants").getJsonObject(0).getString("id");
    try (SseClient client = stream(live, null)) {
      Api.Reply adjusted =
          api.post(
              "/api/inventory/stock/adjust",
              "{\"variant_id\": \"%s\", \"adjustment\": -8, \"reason\": \"sold\"}"
                  .formatted(variant),
              live.token());
      assertEquals(200, adjusted.status(), adjusted.body());
      SseClient.Event low = client.next(WAIT);
      assertNotNull(low);
      assertEquals("low_stock", low.name());
      assertEquals("STREAM-TEE", json(low).getJsonObject("context").getString("sku"));

      assertEquals(
          200, api.patch("/api/notifications/" + low.id() + "/read", "", live.token()).status());
      SseClient.Event read = client.next(WAIT);
      assertNotNull(read);
      assertEquals("notification_read", read.name());
      assertNull(read.id(), "read updates do not move the replay cursor");
      JsonArray readIds = json(read).getJsonArray("ids");
      assertEquals(low.id(), readIds.getString(0));
      assertNotNull(json(read).getString("read_at"));
    }
  }

  @Test
  void preferencesHoldBackAllButHighPriority() throws Exception {
    Api.Reply off =
        putPreferences(
            live,
            "{\"preferences\": [{\"type\": \"restock\", \"in_app\": false, \"email\": \"off\"}]}");
    assertEquals(200, off.status(), off.body());
    try (SseClient client = stream(live, null)) {
      String quiet = raise(live, "restock", "medium", 1).get(0);
      String urgent = raise(live, "restock", "high", 1).get(0);
      SseClient.Event event = client.next(WAIT);
      assertNotNull(event);
      assertEquals(urgent, event.id(), "the medium one was held back");
      assertTrue(ids(list(live, "?type=restock")).contains(quiet), "but it is stored and listed");
    }
  }

  @Test
  void idleStreamsGetAHeartbeat() throws Exception {
    try (SseClient client = stream(other, null)) {
      SseClient.Event heartbeat = client.nextComment(Duration.ofSeconds(30));
      assertNotNull(heartbeat, "no heartbeat within 30 s");
      assertEquals("heartbeat", heartbeat.data());
    }
  }
}
