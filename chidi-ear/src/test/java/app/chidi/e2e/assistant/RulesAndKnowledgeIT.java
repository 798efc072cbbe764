package app.chidi.e2e.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Business rules and knowledge through the API: teach, list in plain words, change, toggle, delete,
 * try out; every error code with nothing half-written; another business sees nothing.
 */
@ChidiTest
@RunAsClient
class RulesAndKnowledgeIT {

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  static final String BULK =
      """
      {"rule_type": "pricing", "name": "Bulk discount",
       "description": "If someone orders more than 3 items, give them 10% off",
       "conditions": [{"field": "item_count", "operator": "gt", "value": 3}],
       "actions": [{"type": "percent_discount", "value": 10}],
       "response_template": "You get {percent}% off: {total} instead of {subtotal}.",
       "priority": 5}""";

  @ArquillianResource URL deployment;
  private Api api;
  private static String token;
  private static UUID business;

  @BeforeEach
  void signIn() {
    api = new Api(deployment);
    if (token == null) {
      JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("rules"), "Rules Shop");
      token = owner.getJsonObject("session").getString("access_token");
      business = Accounts.businessOf(api, owner);
    }
  }

  private JsonObject created(String path, String body) {
    Api.Reply reply = api.post(path, body, token);
    assertEquals(201, reply.status(), reply.body());
    assertTrue(reply.header("Location").endsWith(path + "/" + reply.json().getString("id")));
    return reply.json();
  }

  private static BigDecimal money(JsonObject object, String name) {
    return object.getJsonNumber(name).bigDecimalValue().setScale(2);
  }

  @Test
  void teachesListsChangesTogglesAndDeletesARule() {
    JsonObject rule = created("/api/rules", BULK);
    String id = rule.getString("id");
    assertEquals("pricing", rule.getString("rule_type"));
    assertTrue(rule.getBoolean("is_active"));
    assertEquals(
        "When the number of items is more than 3: 10% off the order.", rule.getString("summary"));
    assertEquals(
        "4 items at 5,000 each (20,000) → 10% off: 2,000 off 20,000 → total 18,000",
        rule.getString("example"));
    assertEquals(3, rule.getJsonArray("conditions").getJsonObject(0).getInt("value"));

    assertTrue(
        api.get("/api/rules", token).jsonArray().getValuesAs(JsonObject.class).stream()
            .anyMatch(r -> r.getString("id").equals(id)));

    Api.Reply changed =
        api.patch(
            "/api/rules/" + id,
            "{\"actions\": [{\"type\": \"percent_discount\", \"value\": 15}], \"is_active\": false}",
            token);
    assertEquals(200, changed.status(), changed.body());
    assertEquals(false, changed.json().getBoolean("is_active"));
    assertEquals("Bulk discount", changed.json().getString("name"), "the rest stays");
    assertEquals(1, changed.json().getJsonArray("conditions").size());

    Api.Reply renamed = api.patch("/api/rules/" + id, "{\"is_active\": true}", token);
    assertTrue(renamed.json().getBoolean("is_active"));

    assertEquals(204, api.delete("/api/rules/" + id, token).status());
    assertEquals(404, api.delete("/api/rules/" + id, token).status());
  }

  @Test
  void triesRulesWithoutLoggingAndAppliesTheHighestPriority() {
    JsonObject bulk = created("/api/rules", BULK);
    created(
        "/api/rules",
        """
        {"rule_type": "shipping", "name": "Free delivery in Lagos",
         "conditions": [{"field": "delivery_state", "operator": "eq", "value": "Lagos"},
                        {"field": "subtotal", "operator": "gt", "value": 20000}],
         "actions": [{"type": "free_shipping"}]}""");
    long logged = Database.countAs(business, "select count(*) from rule_executions");

    Api.Reply tried =
        api.post(
            "/api/rules/evaluate",
            """
            {"context": {"item_count": 4, "subtotal": 25000, "delivery_state": "lagos"}}""",
            token);
    assertEquals(200, tried.status(), tried.body());
    JsonObject result = tried.json();
    assertEquals(new BigDecimal("2500.00"), money(result, "discount"));
    assertEquals(new BigDecimal("0.00"), money(result, "shipping_fee"));
    assertEquals(new BigDecimal("22500.00"), money(result, "total"));
    assertEquals(2, result.getJsonArray("applied").size());
    assertEquals(
        "You get 10% off: 22,500 instead of 25,000.", result.getJsonArray("replies").getString(0));
    assertTrue(result.getString("explanation").contains("total 22,500"), result.toString());

    Api.Reply one =
        api.post(
            "/api/rules/evaluate",
            "{\"context\": {\"item_count\": 3, \"subtotal\": 15000}, \"rule_id\": \""
                + bulk.getString("id")
                + "\"}",
            token);
    assertEquals(0, one.json().getJsonArray("applied").size(), "3 is not more than 3");
    assertEquals(logged, Database.countAs(business, "select count(*) from rule_executions"));
  }

  @Test
  void refusesBadRulesWithPathsAndWritesNothing() {
    long before = Database.countAs(business, "select count(*) from business_rules");
    Api.Reply bad =
        api.post(
            "/api/rules",
            """
            {"rule_type": "pricing", "name": "Broken",
             "conditions": [{"field": "item_count", "operator": "between", "value": 3},
                            {"field": "colour", "operator": "eq", "value": "red"},
                            {"field": "subtotal", "operator": "gt", "value": "lots"}],
             "actions": [{"type": "percent_discount", "value": 120}]}""",
            token);
    assertEquals(400, bad.status(), bad.body());
    assertEquals("validation/failed", bad.code());
    assertEquals(
        List.of(
            "conditions[0].operator",
            "conditions[1].field",
            "conditions[2].value",
            "actions[0].value"),
        bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList());

    Api.Reply noType = api.post("/api/rules", "{\"name\": \"x\", \"rule_type\": \"magic\"}", token);
    assertEquals("validation/failed", noType.code());
    assertEquals(
        "rule_type", noType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        "request/malformed", api.post("/api/rules", "{\"priority\": \"high\"", token).code());
    assertEquals("validation/failed", api.post("/api/rules", "null", token).code());

    String id = created("/api/rules", BULK).getString("id");
    Api.Reply wrongType = api.patch("/api/rules/" + id, "{\"rule_type\": \"shipping\"}", token);
    assertEquals("validation/failed", wrongType.code());
    assertEquals(
        "actions[0].type",
        wrongType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        "pricing",
        api.get("/api/rules", token).jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("id").equals(id))
            .findFirst()
            .orElseThrow()
            .getString("rule_type"),
        "unchanged");
    assertEquals(before + 1, Database.countAs(business, "select count(*) from business_rules"));

    String unknown = "/api/rules/" + UUID.randomUUID();
    assertEquals("assistant/rule-not-found", api.patch(unknown, "{}", token).code());
    assertEquals("assistant/rule-not-found", api.delete(unknown, token).code());
    assertEquals(
        "assistant/rule-not-found",
        api.post(
                "/api/rules/evaluate",
                "{\"context\": {}, \"rule_id\": \"" + UUID.randomUUID() + "\"}",
                token)
            .code());
    Api.Reply badContext =
        api.post("/api/rules/evaluate", "{\"context\": {\"item_count\": -1}}", token);
    assertEquals("validation/failed", badContext.code());
    assertEquals(401, api.get("/api/rules", null).status());
  }

  @Test
  void keepsKnowledgeAndAnotherBusinessSeesNothing() {
    JsonObject faq =
        created(
            "/api/knowledge",
            """
            {"type": "faq", "topic": "payment", "question": "Can I pay on delivery?",
             "content": "Yes, in Lagos only."}""");
    created(
        "/api/knowledge",
        "{\"type\": \"policy\", \"topic\": \"returns\", \"content\": \"Returns within 14 days.\"}");
    assertEquals(
        1,
        api.get("/api/knowledge?type=faq", token).jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(k -> k.getString("id").equals(faq.getString("id")))
            .count());
    assertEquals("validation/failed", api.get("/api/knowledge?type=secret", token).code());

    Api.Reply noQuestion =
        api.post(
            "/api/knowledge", "{\"type\": \"faq\", \"topic\": \"t\", \"content\": \"c\"}", token);
    assertEquals(
        "question", noQuestion.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    String id = faq.getString("id");
    Api.Reply cleared = api.patch("/api/knowledge/" + id, "{\"question\": \"\"}", token);
    assertEquals("validation/failed", cleared.code(), cleared.body());
    Api.Reply changed =
        api.patch("/api/knowledge/" + id, "{\"content\": \"Yes, anywhere in Nigeria.\"}", token);
    assertEquals("Yes, anywhere in Nigeria.", changed.json().getString("content"));
    assertEquals("Can I pay on delivery?", changed.json().getString("question"));
    assertEquals(
        "assistant/knowledge-not-found",
        api.patch("/api/knowledge/" + UUID.randomUUID(), "{}", token).code());

    String ruleId = created("/api/rules", BULK).getString("id");
    JsonObject other = Accounts.signUp(api, Accounts.freshEmail("other"), "Other Shop");
    String otherToken = other.getJsonObject("session").getString("access_token");
    assertEquals(0, api.get("/api/rules", otherToken).jsonArray().size());
    assertEquals(0, api.get("/api/knowledge", otherToken).jsonArray().size());
    assertEquals(404, api.patch("/api/rules/" + ruleId, "{}", otherToken).status());
    assertEquals(404, api.delete("/api/knowledge/" + id, otherToken).status());
    assertEquals(
        0,
        api.post("/api/rules/evaluate", "{\"context\": {\"item_count\": 9}}", otherToken)
            .json()
            .getJsonArray("applied")
            .size());

    assertEquals(204, api.delete("/api/knowledge/" + id, token).status());
    assertEquals(404, api.delete("/api/knowledge/" + id, token).status());
  }
}
