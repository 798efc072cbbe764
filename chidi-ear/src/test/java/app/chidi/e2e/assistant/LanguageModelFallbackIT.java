package app.chidi.e2e.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.control.AnthropicStub;
import app.chidi.assistant.control.ModelStub;
import app.chidi.assistant.control.OpenAiStub;
import app.chidi.e2e.chat.RetentionProbe;
import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChatClient;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The engine chain as deployed in Payara Micro, with its Fault Tolerance: OpenAI and Anthropic are
 * stubs on 127.0.0.1 speaking their wire formats, configured through MicroProfile Config as {@code
 * CHIDI_OPENAI_*} / {@code CHIDI_ANTHROPIC_*} would be. It also proves LangChain4j and its Jackson
 * work beside Payara's own. The order matters: the failures add up in OpenAI's circuit breaker.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LanguageModelFallbackIT {

  private static final OpenAiStub OPENAI = new OpenAiStub();
  private static final AnthropicStub ANTHROPIC = new AnthropicStub();
  private static final String DRESS = "Do you have the adire maxi dress?";

  /** The WAR, plus a config file that outranks the environment (ordinal 500). */
  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar(
            "chidi.openai.api-key=" + ModelStub.API_KEY,
            "chidi.openai.base-url=" + OPENAI.baseUrl(),
            "chidi.anthropic.api-key=" + ModelStub.API_KEY,
            "chidi.anthropic.base-url=" + ANTHROPIC.baseUrl(),
            "chidi.assistant.model-timeout-ms=1500")
        .addClass(RetentionProbe.class);
  }

  @ArquillianResource URL deployment;
  private Api api;
  private static String token;
  private static UUID business;

  @BeforeEach
  void setUp() {
    api = new Api(deployment);
    if (token == null) {
      JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("models"), "Models Shop");
      token = owner.getJsonObject("session").getString("access_token");
      business = Accounts.businessOf(api, owner);
      Api.Reply created =
          api.post(
              "/api/inventory/products",
              """
              {"name": "Adire Maxi Dress", "category": "dresses", "base_price": 15000,
               "variants": [{"sku": "ADIRE-M", "stock_quantity": 12, "low_stock_threshold": 3,
                             "attributes": {"size": "M"}}]}""",
              token);
      assertEquals(201, created.status(), created.body());
    }
  }

  @AfterAll
  static void stopStubs() {
    OPENAI.close();
    ANTHROPIC.close();
  }

  private JsonObject preview(String message) {
    Api.Reply reply =
        api.post("/api/assistant/preview", "{\"message\": \"" + message + "\"}", token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  @Test
  @Order(1)
  void aHardTriggerNeverReachesAModel() {
    JsonObject refund = preview("I want a refund for my dress");
    assertEquals("escalate", refund.getString("decision"));
    assertEquals("local", refund.getString("engine"));
    assertEquals(0, OPENAI.requests().size() + ANTHROPIC.requests().size());
  }

  @Test
  @Order(2)
  void whenOpenAiTimesOutAnthropicAnswersWithTheTools() {
    OPENAI.always(OpenAiStub.text("too late").after(4000));
    ANTHROPIC
        .then(
            AnthropicStub.toolUse(
                "toolu_1", "check_availability", "{\"product\": \"adire maxi dress\"}"))
        .then(AnthropicStub.text("Yes, the Adire Maxi Dress is available at ₦15,000."));
    JsonObject reply = preview(DRESS);
    assertEquals("anthropic", reply.getString("engine"), reply.toString());
    assertEquals("send", reply.getString("decision"), reply.toString());
    assertEquals("Yes, the Adire Maxi Dress is available at ₦15,000.", reply.getString("text"));
    assertEquals(
        1, reply.getJsonObject("reasons").getJsonObject("used").getJsonArray("products").size());
    assertTrue(ANTHROPIC.requests().get(1).contains("tool_result"));
  }

  @Test
  @Order(3)
  void a429IsRetriedOnceTheWaitItAsksForIsOver() {
    OPENAI.always(ModelStub.Answer.unavailable());
    OPENAI.then(ModelStub.Answer.rateLimited(1)).then(OpenAiStub.text("Hello! How can I help?"));
    int before = OPENAI.requests().size();
    long start = System.nanoTime();
    JsonObject reply = preview("hello");
    assertEquals("openai", reply.getString("engine"), reply.toString());
    assertEquals("Hello! How can I help?", reply.getString("text"));
    assertEquals(2, OPENAI.requests().size() - before);
    assertTrue(System.nanoTime() - start >= 1_000_000_000L, "waited as Retry-After asked");
  }

  @Test
  @Order(4)
  void whenBothAreDownTheLocalEngineAnswers() {
    OPENAI.always(ModelStub.Answer.unavailable());
    ANTHROPIC.always(ModelStub.Answer.unavailable());
    JsonObject reply = preview(DRESS);
    assertEquals("local", reply.getString("engine"), reply.toString());
    assertEquals("send", reply.getString("decision"), reply.toString());
    assertTrue(reply.getString("text").contains("Adire Maxi Dress"), reply.toString());
  }

  @Test
  @Order(5)
  void theOwnerChatReadsRulesThroughTheModelsFunctions() {
    try (ChatClient chat = ChatClient.connect(api, token)) {
      chat.next("context_updated");
      chat.next("onboarding_question");
      chat.say("skip all");
      chat.next("ai_response");

      OPENAI.then(
          OpenAiStub.toolCall(
              "call_r1",
              "create_business_rule",
              """
              {"rule_type": "pricing", "name": "Bulk discount",
               "conditions": [{"field": "item_count", "operator": "gt", "value": 3}],
               "actions": [{"type": "percent_discount", "value": 10}]}"""));
      int before = OPENAI.requests().size();
      chat.say("anyone buying more than three things gets a tenth off");
      JsonObject created = chat.next("rule_proposal");
      assertEquals("create", created.getString("action"));
      assertTrue(created.getString("summary").contains("10%"), created.toString());
      String asked = OPENAI.requests().get(before);
      for (String function :
          List.of("create_business_rule", "update_business_rule", "delete_business_rule")) {
        assertTrue(asked.contains(function), function + " offered");
      }
      assertTrue(asked.contains("anyone buying more than three things"), asked);
      assertEquals(0, rules("Bulk discount").size(), "nothing saved before the confirmation");
      chat.send("confirm", "proposal_id", created.getString("proposal_id"));
      chat.next("ai_response");
      String id = rules("Bulk discount").get(0).getString("id");

      OPENAI.then(
          OpenAiStub.toolCall(
              "call_r2",
              "update_business_rule",
              "{\"rule_id\": \""
                  + id
                  + "\", \"actions\": [{\"type\": \"percent_discount\", \"value\": 15}]}"));
      before = OPENAI.requests().size();
      chat.say("make that fifteen percent");
      JsonObject changed = chat.next("rule_proposal");
      assertEquals("update", changed.getString("action"));
      assertTrue(changed.getString("summary").contains("15%"), changed.toString());
      asked = OPENAI.requests().get(before);
      assertTrue(asked.contains(id), "the model sees the rules with their ids");
      assertTrue(
          asked.contains("anyone buying more than three things"), "and the chat's latest turns");
      chat.send("confirm", "proposal_id", changed.getString("proposal_id"));
      chat.next("ai_response");
      String summary = rules("Bulk discount").get(0).getString("summary");
      assertTrue(summary.contains("15%"), summary);

      OPENAI.then(
          OpenAiStub.toolCall(
              "call_r3",
              "create_business_rule",
              """
              {"rule_type": "pricing", "name": "Moon sale",
               "conditions": [{"field": "moon_phase", "operator": "gt", "value": 1}],
               "actions": [{"type": "percent_discount", "value": 5}]}"""));
      chat.say("5% off when the moon is full");
      JsonObject refused = chat.next("ai_response");
      assertTrue(
          refused.getString("content").startsWith("I cannot save that as a rule"),
          refused.toString());
      assertEquals(0, rules("Moon sale").size());

      OPENAI.then(OpenAiStub.text("How many days do customers have to return an item?"));
      chat.say("we take returns");
      assertEquals(
          "How many days do customers have to return an item?",
          chat.next("ai_response").getString("content"));
    }
  }

  @Test
  @Order(6)
  void theChatsOldMessagesAreSummarisedByTheModel() {
    Database.updateAs(
        business,
        "update chat_messages set created_at = created_at - interval '40 days'"
            + " where content like 'anyone buying%' or content like 'Saved:%'");
    String remembered = "Bulk discount: more than 3 items get 15% off (taught in the chat).";
    OPENAI.then(OpenAiStub.text(remembered));
    int before = OPENAI.requests().size();
    Api.Reply swept =
        api.send(
            api.request("/test/chat-retention", null).POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, swept.status(), swept.body());
    assertEquals(remembered, api.get("/api/chat/history", token).json().getString("summary"));
    String asked = OPENAI.requests().get(before);
    assertTrue(asked.contains("owner: anyone buying more than three things"), asked);
    assertEquals(
        0,
        Database.countAs(
            business,
            "select count(*) from chat_messages where created_at < now() - interval '30 days'"));
  }

  private List<JsonObject> rules(String name) {
    return api.get("/api/rules", token).jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("name").equals(name))
        .toList();
  }
}
