package app.chidi.e2e.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChatClient;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import app.chidi.e2e.support.SocketClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The owner's chat over {@code /ws/chat} with the JDK's WebSocket client: who may connect, frames
 * that are refused without dropping the connection, the rate limit, rules taught, changed and
 * removed in plain words and stock changed by chat — applied only on confirmation — questions
 * answered from the shop's data, and the onboarding interview with skips and a resume.
 */
@ChidiTest
@RunAsClient
class OwnerChatIT {

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar().addClass(RetentionProbe.class);
  }

  @ArquillianResource URL deployment;
  private Api api;
  private static String token;
  private static UUID business;

  @BeforeEach
  void signIn() {
    api = new Api(deployment);
    if (token == null) {
      JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("chat"), "Chat Shop");
      token = owner.getJsonObject("session").getString("access_token");
      business = Accounts.businessOf(api, owner);
    }
  }

  /** Connected, past the onboarding interview (skipped whole the first time). */
  private ChatClient connected() {
    ChatClient chat = ChatClient.connect(api, token);
    JsonObject context = chat.next("context_updated");
    assertEquals("Chat Shop", context.getString("business_name"));
    if (!context.getString("onboarding_status").equals("completed")) {
      chat.next("onboarding_question");
      chat.say("skip all");
      chat.next("ai_response");
    }
    return chat;
  }

  @Test
  void closesConnectionsWithoutAValidCaller() {
    ChatClient anonymous = ChatClient.connect(api, null);
    SocketClient.Closed refused = anonymous.closed();
    assertEquals(1008, refused.code());
    assertTrue(refused.reason().startsWith("unauthenticated"), refused.reason());

    ChatClient forged = ChatClient.connect(api, token.substring(0, token.length() - 4) + "AAAA");
    assertEquals(1008, forged.closed().code());
  }

  @Test
  void answersBadFramesWithAnErrorAndKeepsTheConnection() {
    try (ChatClient chat = connected()) {
      chat.send("this is not json");
      assertEquals("chat/malformed-message", chat.next("error").getString("code"));
      chat.send("{\"type\": \"dance\"}");
      assertEquals("chat/unknown-type", chat.next("error").getString("code"));
      chat.send("{\"type\": \"user_message\"}");
      assertEquals("chat/malformed-message", chat.next("error").getString("code"));
      chat.say("x".repeat(5000));
      assertEquals("chat/message-too-large", chat.next("error").getString("code"));
      chat.send("confirm", "proposal_id", UUID.randomUUID().toString());
      assertEquals("chat/proposal-not-pending", chat.next("error").getString("code"));

      chat.say("we accept returns");
      JsonObject question = chat.next("ai_response");
      assertTrue(question.getString("content").contains("how many days"), question.toString());
      assertEquals(0, question.getJsonArray("extracted_rules").size());
    }
  }

  @Test
  void savesARuleOnlyWhenTheOwnerConfirmsIt() {
    try (ChatClient chat = connected()) {
      chat.say("free delivery in Lagos for orders over 20k");
      JsonObject first = chat.next("rule_proposal");
      assertEquals("create", first.getString("action"));
      assertTrue(first.getString("summary").contains("Lagos"), first.toString());
      chat.send("cancel", "proposal_id", first.getString("proposal_id"));
      chat.next("ai_response");
      assertEquals(0, rulesNamed("Free delivery"));

      chat.say("free delivery in Lagos for orders over 20k");
      String lapsed = chat.next("rule_proposal").getString("proposal_id");
      chat.say("hello");
      chat.next("ai_response");
      chat.send("confirm", "proposal_id", lapsed);
      assertEquals("chat/proposal-not-pending", chat.next("error").getString("code"));
      assertEquals(0, rulesNamed("Free delivery"));

      chat.say("free delivery in Lagos for orders over 20k");
      String proposal = chat.next("rule_proposal").getString("proposal_id");
      chat.send("confirm", "proposal_id", proposal);
      JsonArray learned = chat.next("ai_response").getJsonArray("extracted_rules");
      assertEquals("shipping", learned.getJsonObject(0).getString("type"));
      assertEquals(1, rulesNamed("Free delivery Lagos, orders over 20,000"));
      chat.send("confirm", "proposal_id", proposal);
      assertEquals("chat/proposal-not-pending", chat.next("error").getString("code"));
    }
    assertEquals(
        3,
        Database.countAs(
            business,
            "select count(*) from chat_messages where kind = 'RULE_PROPOSAL'"
                + " and proposal_status in ('CANCELLED', 'EXPIRED', 'CONFIRMED')"));
  }

  @Test
  void changesAndRemovesRulesByChat() {
    try (ChatClient chat = connected()) {
      chat.say("more than 3 items → 10% off");
      chat.send("confirm", "proposal_id", chat.next("rule_proposal").getString("proposal_id"));
      String id =
          chat.next("ai_response").getJsonArray("extracted_rules").getJsonObject(0).getString("id");

      chat.say("make the discount 15%");
      JsonObject change = chat.next("rule_proposal");
      assertEquals("update", change.getString("action"));
      assertEquals(id, change.getString("rule_id"));
      chat.send("confirm", "proposal_id", change.getString("proposal_id"));
      chat.next("ai_response");
      JsonObject rule = rule(id);
      assertEquals(
          15, rule.getJsonArray("actions").getJsonObject(0).getInt("value"), rule.toString());

      chat.say("remove the discount rule");
      JsonObject removal = chat.next("rule_proposal");
      assertEquals("delete", removal.getString("action"));
      chat.send("confirm", "proposal_id", removal.getString("proposal_id"));
      chat.next("ai_response");
      assertEquals(null, rule(id));
    }
  }

  @Test
  void leadsTheOnboardingWithSkipsAndResumesAfterADisconnect() {
    JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("onboard"), "Pending Shop");
    String ownerToken = owner.getJsonObject("session").getString("access_token");
    ChatClient chat = ChatClient.connect(api, ownerToken);
    assertEquals("pending", chat.next("context_updated").getString("onboarding_status"));
    assertEquals("business_name", chat.next("onboarding_question").getString("step"));
    chat.say("We are called Ada's Closet");
    JsonObject name = chat.next("onboarding_summary");
    assertEquals("Ada's Closet", name.getJsonObject("facts").getString("name"));
    assertEquals("products", chat.next("onboarding_question").getString("step"));
    chat.say("Women's clothing, categories: dresses, tops and bags");
    JsonObject products = chat.next("onboarding_summary");
    assertEquals("dresses, tops, bags", products.getJsonObject("facts").getString("categories"));
    assertEquals("shipping", chat.next("onboarding_question").getString("step"));
    chat.say("skip");
    assertEquals("returns", chat.next("onboarding_question").getString("step"));
    chat.close();

    ChatClient resumed = ChatClient.connect(api, ownerToken);
    JsonObject context = resumed.next("context_updated");
    assertEquals("in_progress", context.getString("onboarding_status"));
    assertEquals("Ada's Closet", context.getString("business_name"));
    JsonObject returns = resumed.next("onboarding_question");
    assertEquals("returns", returns.getString("step"));
    assertEquals(4, returns.getInt("number"));
    resumed.say("Returns within 7 days, not on sale items");
    assertEquals(
        "7 days", resumed.next("onboarding_summary").getJsonObject("facts").getString("window"));
    resumed.next("onboarding_question");
    resumed.say("Bank transfer or pay on delivery");
    resumed.next("onboarding_summary");
    resumed.next("onboarding_question");
    resumed.say("skip");
    assertEquals("tone", resumed.next("onboarding_question").getString("step"));
    resumed.say("Friendly and warm");
    assertEquals(
        "friendly, warm",
        resumed.next("onboarding_summary").getJsonObject("facts").getString("tone"));
    resumed.next("ai_response");

    resumed.say("no returns on sale items");
    assertEquals("create", resumed.next("rule_proposal").getString("action"));
    resumed.close();

    JsonObject me = api.get("/api/me", ownerToken).json().getJsonObject("business");
    assertEquals("completed", me.getString("onboarding_status"));
    assertEquals("Ada's Closet", me.getString("name"));
    String knowledge = api.get("/api/knowledge", ownerToken).body();
    assertTrue(knowledge.contains("\"topic\":\"products\""), knowledge);
    assertTrue(knowledge.contains("Returns within 7 days, not on sale items."), knowledge);
    assertTrue(knowledge.contains("\"topic\":\"payment\""), knowledge);
    assertTrue(knowledge.contains("\"topic\":\"tone\""), knowledge);
    assertTrue(!knowledge.contains("\"topic\":\"shipping\""), "a skipped step saves nothing");
  }

  @Test
  void changesStockByChatAndAnswersFromTheShopsData() {
    Api.Reply product =
        api.post(
            "/api/inventory/products",
            """
            {"name": "Ada Dress", "category": "dresses", "base_price": 15000,
             "variants": [
               {"sku": "ADA-BLUE-M", "stock_quantity": 2, "low_stock_threshold": 3,
                "attributes": {"color": "blue", "size": "M"}},
               {"sku": "ADA-BLUE-L", "stock_quantity": 9,
                "attributes": {"color": "blue", "size": "L"}}]}""",
            token);
    assertEquals(201, product.status(), product.body());
    String medium =
        product.json().getJsonArray("variants").stream()
            .map(JsonObject.class::cast)
            .filter(v -> v.getString("sku").equals("ADA-BLUE-M"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    try (ChatClient chat = connected()) {
      chat.say("what's running low?");
      String low = chat.next("ai_response").getString("content");
      assertTrue(low.contains("Ada Dress") && low.contains("2 left"), low);
      chat.say("how many escalations today?");
      assertEquals("No escalations today.", chat.next("ai_response").getString("content"));

      chat.say("we got 20 more of the blue Ada dress in M");
      JsonObject proposal = chat.next("stock_proposal");
      assertEquals(medium, proposal.getString("variant_id"));
      assertEquals(20, proposal.getInt("adjustment"));
      assertEquals(0, movements(medium), "nothing changes before the owner confirms");
      chat.send("confirm", "proposal_id", proposal.getString("proposal_id"));
      assertEquals("Done: stock is now 22.", chat.next("ai_response").getString("content"));
    }
    assertEquals(1, movements(medium));
  }

  private long movements(String variant) {
    return Database.countAs(
        business,
        "select count(*) from stock_movements where variant_id = ?::uuid"
            + " and movement_type = 'CHAT' and reason = 'chat' and quantity = 20",
        variant);
  }

  @Test
  void pagesTheHistoryAndPurgesOldMessagesKeepingASummary() {
    JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("memory"), "Memory Shop");
    String ownerToken = owner.getJsonObject("session").getString("access_token");
    UUID shop = Accounts.businessOf(api, owner);
    try (ChatClient chat = ChatClient.connect(api, ownerToken)) {
      chat.next("context_updated");
      chat.next("onboarding_question");
      chat.say("skip all");
      chat.next("ai_response");
      chat.say("we sell handmade leather bags");
      chat.next("ai_response");
      chat.say("returns within 14 days");
      chat.send("confirm", "proposal_id", chat.next("rule_proposal").getString("proposal_id"));
      chat.next("ai_response");
    }
    JsonObject latest = api.get("/api/chat/history?limit=3", ownerToken).json();
    assertTrue(latest.getBoolean("has_more"));
    JsonArray page = latest.getJsonArray("messages");
    assertEquals(3, page.size());
    assertTrue(page.getJsonObject(2).getString("content").startsWith("Saved: "), page.toString());
    assertEquals("confirmed", page.getJsonObject(1).getString("proposal_status"));
    JsonObject older =
        api.get(
                "/api/chat/history?limit=100&before=" + page.getJsonObject(0).getString("id"),
                ownerToken)
            .json();
    assertEquals(false, older.getBoolean("has_more"));
    assertEquals(4, older.getJsonArray("messages").size(), older.toString());
    assertEquals(400, api.get("/api/chat/history?limit=0", ownerToken).status());

    Database.updateAs(
        shop,
        "update chat_messages set created_at = created_at - interval '40 days'"
            + " where content = 'we sell handmade leather bags' or content like 'Saved:%'");
    Api.Reply swept =
        api.send(
            api.request("/test/chat-retention", null).POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, swept.status(), swept.body());
    JsonObject after = api.get("/api/chat/history", ownerToken).json();
    assertTrue(
        after.getString("summary").contains("owner: we sell handmade leather bags"),
        after.toString());
    assertTrue(after.getString("summary").contains("CHIDI: Saved: "), after.toString());
    assertEquals(
        0,
        Database.countAs(
            shop,
            "select count(*) from chat_messages where created_at < now() - interval '30 days'"));
    assertTrue(
        Database.countAs(shop, "select count(*) from chat_messages") > 0, "recent ones stay");
  }

  private void sweep() {
    Api.Reply swept =
        api.send(
            api.request("/test/chat-retention", null).POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, swept.status(), swept.body());
  }

  @Test
  void aViewerMayChatButNotChangeAnything() {
    String email = Accounts.freshEmail("viewer");
    JsonObject signedUp = Accounts.signUp(api, email, "Viewer Shop");
    UUID shop = Accounts.businessOf(api, signedUp);
    Database.updateAs(shop, "update memberships set role = 'VIEWER'");
    String viewer = Accounts.accessToken(api, email);
    try (ChatClient chat = ChatClient.connect(api, viewer)) {
      assertEquals("pending", chat.next("context_updated").getString("onboarding_status"));
      chat.say("what's running low?");
      assertEquals(
          "Nothing is running low right now.", chat.next("ai_response").getString("content"));
      chat.say("returns within 14 days");
      chat.send("confirm", "proposal_id", chat.next("rule_proposal").getString("proposal_id"));
      assertEquals("chat/change-not-allowed", chat.next("error").getString("code"));
    }
    assertEquals(0, api.get("/api/rules", viewer).jsonArray().size());
    assertEquals(403, api.patch("/api/chat/settings", "{\"retention_days\": 5}", viewer).status());
  }

  @Test
  void limitsEachPersonTo100MessagesAMinute() {
    JsonObject other = Accounts.signUp(api, Accounts.freshEmail("chatty"), "Chatty");
    ChatClient chat =
        ChatClient.connect(api, other.getJsonObject("session").getString("access_token"));
    chat.next("context_updated");
    chat.next("onboarding_question");
    for (int i = 0; i < 100; i++) {
      chat.send("{\"type\": \"typing_indicator\"}");
    }
    chat.say("hello");
    JsonObject limited = chat.next("error");
    assertEquals("request/rate-limited", limited.getString("code"));
    chat.say("still there?");
    assertEquals("request/rate-limited", chat.next("error").getString("code"));
    chat.close();
  }

  private JsonObject rule(String id) {
    return api.get("/api/rules", token).jsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("id").equals(id))
        .findFirst()
        .orElse(null);
  }

  private long rulesNamed(String prefix) {
    return api.get("/api/rules", token).jsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("name").startsWith(prefix))
        .count();
  }
}
