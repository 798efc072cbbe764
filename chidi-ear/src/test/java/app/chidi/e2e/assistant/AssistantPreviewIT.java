package app.chidi.e2e.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reply preview against a shop set up only through the API: a product, a shipping rule and a
 * returns policy; answers grounded in them, escalations with reasons, the confidence threshold
 * setting, and bad input. Nothing is stored by a preview.
 */
@ChidiTest
@RunAsClient
class AssistantPreviewIT {

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;
  private Api api;
  private static String token;
  private static UUID business;

  @BeforeEach
  void setUp() {
    api = new Api(deployment);
    if (token == null) {
      JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("preview"), "Preview Shop");
      token = owner.getJsonObject("session").getString("access_token");
      business = Accounts.businessOf(api, owner);
      created(
          "/api/inventory/products",
          """
          {"name": "Adire Maxi Dress", "category": "dresses", "base_price": 15000,
           "variants": [{"sku": "ADIRE-M", "stock_quantity": 12, "low_stock_threshold": 3,
                         "attributes": {"size": "M"}}]}""");
      created(
          "/api/inventory/products",
          """
          {"name": "Lace Wrap Gown", "category": "dresses", "base_price": 30000,
           "variants": [{"sku": "LACE-M", "stock_quantity": 0, "low_stock_threshold": 2}]}""");
      created(
          "/api/rules",
          """
          {"rule_type": "shipping", "name": "Lagos delivery",
           "conditions": [{"field": "delivery_state", "operator": "eq", "value": "Lagos"}],
           "actions": [{"type": "shipping_fee", "value": 2500}]}""");
      created(
          "/api/knowledge",
          """
          {"type": "policy", "topic": "returns",
           "content": "Unworn items can be returned within 7 days of delivery."}""");
    }
  }

  private void created(String path, String body) {
    Api.Reply reply = api.post(path, body, token);
    assertEquals(201, reply.status(), reply.body());
  }

  private JsonObject preview(String message) {
    Api.Reply reply =
        api.post("/api/assistant/preview", "{\"message\": \"" + message + "\"}", token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  @Test
  void answersFromTheCatalogueRulesAndPolicies() {
    JsonObject inStock = preview("Do you have the adire maxi dress in M?");
    assertEquals("send", inStock.getString("decision"), inStock.toString());
    assertEquals("availability", inStock.getString("intent"));
    assertTrue(inStock.getString("text").contains("Adire Maxi Dress"), inStock.toString());
    assertTrue(inStock.getString("text").contains("₦15,000"), inStock.toString());
    assertFalse(inStock.getString("text").contains("12"), "never a stock number");
    assertEquals(
        1, inStock.getJsonObject("reasons").getJsonObject("used").getJsonArray("products").size());
    assertTrue(inStock.getJsonObject("confidence_parts").containsKey("grounding"));

    JsonObject soldOut = preview("is the lace wrap gown available");
    assertTrue(soldOut.getString("text").contains("out of stock"), soldOut.toString());
    assertTrue(soldOut.getString("text").contains("Adire Maxi Dress"), "the alternative");

    JsonObject lagos = preview("how much is delivery to Lagos?");
    assertEquals("send", lagos.getString("decision"), lagos.toString());
    assertEquals("Delivery to Lagos is ₦2,500.", lagos.getString("text"));
    assertEquals(
        1, lagos.getJsonObject("reasons").getJsonObject("used").getJsonArray("rules").size());

    JsonObject returns = preview("what is your return policy");
    assertEquals("send", returns.getString("decision"), returns.toString());
    assertTrue(returns.getString("text").contains("7 days"));

    assertEquals(
        0,
        Database.countAs(business, "select count(*) from rule_executions"),
        "preview logs nothing");
  }

  @Test
  void findsAnFaqByMeaningAndFollowsItsEdits() {
    Api.Reply faq =
        api.post(
            "/api/knowledge",
            """
            {"type": "faq", "topic": "gift wrapping", "question": "Do you offer gift wrapping?",
             "content": "Yes, gift wrapping is free on request."}""",
            token);
    assertEquals(201, faq.status(), faq.body());
    String id = faq.json().getString("id");
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from business_embeddings where knowledge_id = ? and cardinality(embedding) = 384",
            UUID.fromString(id)));

    JsonObject paraphrase = preview("could you wrap it as a gift");
    assertTrue(
        paraphrase.getString("text").contains("gift wrapping is free"), paraphrase.toString());
    assertEquals(
        id,
        paraphrase
            .getJsonObject("reasons")
            .getJsonObject("used")
            .getJsonArray("knowledge")
            .getString(0));

    Api.Reply edited =
        api.patch(
            "/api/knowledge/" + id, "{\"content\": \"Gift wrapping costs 1,000 naira.\"}", token);
    assertEquals(200, edited.status(), edited.body());
    assertTrue(
        preview("could you wrap it as a gift").getString("text").contains("costs 1,000 naira"));

    assertEquals(204, api.delete("/api/knowledge/" + id, token).status());
    assertEquals(
        0,
        Database.countAs(
            business,
            "select count(*) from business_embeddings where knowledge_id = ?",
            UUID.fromString(id)));
    assertFalse(preview("could you wrap it as a gift").getString("text").contains("wrapping"));
  }

  @Test
  void escalatesWithAReason() {
    JsonObject refund = preview("I want a refund for my dress");
    assertEquals("escalate", refund.getString("decision"));
    assertEquals("refund", refund.getString("intent"));
    assertEquals(
        "asks for a refund — needs a person",
        refund.getJsonObject("reasons").getJsonArray("escalation").getString(0));

    JsonObject offTopic = preview("who will win the election?");
    assertEquals("escalate", offTopic.getString("decision"));
    assertEquals("off_topic", offTopic.getString("intent"));

    JsonObject abroad = preview("do you ship to Ghana?");
    assertEquals("escalate", abroad.getString("decision"));
    assertEquals(
        "no policy about international shipping",
        abroad.getJsonObject("reasons").getJsonArray("escalation").getString(0));
  }

  @Test
  void theOwnerSetsTheThresholdAndBadInputIsRefused() {
    Api.Reply initial = api.get("/api/settings", token);
    assertEquals(200, initial.status(), initial.body());
    Api.Reply changed = api.patch("/api/settings", "{\"confidence_threshold\": 0.99}", token);
    assertEquals(200, changed.status(), changed.body());
    assertEquals(0.99, changed.json().getJsonNumber("confidence_threshold").doubleValue());
    assertEquals(
        0.99,
        api.get("/api/settings", token).json().getJsonNumber("confidence_threshold").doubleValue());
    assertEquals(
        "escalate", preview("what is your return policy").getString("decision"), "0.86 < 0.99");
    assertEquals(
        200, api.patch("/api/settings", "{\"confidence_threshold\": 0.8}", token).status());

    Api.Reply tooLow = api.patch("/api/settings", "{\"confidence_threshold\": 0.2}", token);
    assertEquals(400, tooLow.status());
    assertEquals("validation/failed", tooLow.code());
    assertEquals(
        "confidence_threshold",
        tooLow.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Api.Reply empty = api.post("/api/assistant/preview", "{\"message\": \" \"}", token);
    assertEquals("validation/failed", empty.code());
    assertEquals(
        "message", empty.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Reply longOne =
        api.post("/api/assistant/preview", "{\"message\": \"" + "a".repeat(2001) + "\"}", token);
    assertEquals("validation/failed", longOne.code());
    Api.Reply platform =
        api.post("/api/assistant/preview", "{\"message\": \"hi\", \"platform\": \"sms\"}", token);
    assertEquals(
        "platform", platform.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        "request/malformed", api.post("/api/assistant/preview", "{\"message\": ", token).code());
    assertEquals("validation/failed", api.post("/api/assistant/preview", "null", token).code());
    assertEquals(401, api.post("/api/assistant/preview", "{\"message\": \"hi\"}", null).status());
  }
}
