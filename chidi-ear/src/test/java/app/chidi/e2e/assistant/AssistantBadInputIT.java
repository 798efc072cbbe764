package app.chidi.e2e.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonObject;
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
 * Bad input to every assistant endpoint — rules, their evaluation, knowledge, settings, the preview
 * — that {@link RulesAndKnowledgeIT} and {@link AssistantPreviewIT} do not already send: wrong JSON
 * types, oversized fields, ids that are no UUID, thresholds out of range, and a viewer trying to
 * change things. Each is refused with its stable code, and nothing is written.
 */
@ChidiTest
@RunAsClient
class AssistantBadInputIT {

  private static final String RULE =
      """
      {"rule_type": "shipping", "name": "Lagos delivery",
       "conditions": [{"field": "delivery_state", "operator": "eq", "value": "Lagos"}],
       "actions": [{"type": "shipping_fee", "value": 2500}]}""";
  private static final String ENTRY =
      """
      {"type": "policy", "topic": "returns", "content": "Within 7 days."}""";

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;
  private Api api;
  private static String token;
  private static UUID business;
  private static String rule;
  private static String entry;

  @BeforeEach
  void signIn() {
    api = new Api(deployment);
    if (token == null) {
      JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("bad-input"), "Bad Input Shop");
      token = owner.getJsonObject("session").getString("access_token");
      business = Accounts.businessOf(api, owner);
      rule = api.post("/api/rules", RULE, token).json().getString("id");
      entry = api.post("/api/knowledge", ENTRY, token).json().getString("id");
    }
  }

  @Test
  void rulesRefuseWrongTypesOversizedFieldsAndBadIdsAndWriteNothing() {
    String before = written();
    malformed(api.post("/api/rules", "{\"rule_type\": \"pricing\", \"name\": \"x\",", token));
    malformed(api.post("/api/rules", withName("\"x\"", "\"priority\": \"high\""), token));
    malformed(
        api.post("/api/rules", withName("\"x\"", "\"conditions\": \"item_count > 3\""), token));
    malformed(api.post("/api/rules", withName("[\"x\"]", "\"priority\": 1"), token));
    invalid(api.post("/api/rules", withName("\"x\"", "\"priority\": 1001"), token), "priority");
    invalid(api.post("/api/rules", "{\"rule_type\": \"pricing\"}", token), "name");
    invalid(api.post("/api/rules", withName(quoted(256), "\"priority\": 1"), token), "name");
    invalid(
        api.post("/api/rules", withName("\"x\"", "\"description\": " + quoted(2001)), token),
        "description");
    invalid(
        api.post("/api/rules", withName("\"x\"", "\"response_template\": " + quoted(1001)), token),
        "response_template");

    malformed(api.patch("/api/rules/" + rule, "{\"is_active\": ", token));
    malformed(api.patch("/api/rules/" + rule, "{\"is_active\": \"maybe\"}", token));
    malformed(api.patch("/api/rules/" + rule, "{\"is_active\": 0}", token));
    invalid(api.patch("/api/rules/" + rule, "null", token), "body");
    invalid(api.patch("/api/rules/" + rule, "{\"name\": \"  \"}", token), "name");
    invalid(api.patch("/api/rules/" + rule, "{\"priority\": -1}", token), "priority");
    notFound(api.patch("/api/rules/not-a-uuid", "{}", token), "request/not-found");
    notFound(api.delete("/api/rules/not-a-uuid", token), "request/not-found");

    malformed(api.post("/api/rules/evaluate", "{\"context\": ", token));
    malformed(api.post("/api/rules/evaluate", "{\"context\": {\"item_count\": \"many\"}}", token));
    malformed(
        api.post("/api/rules/evaluate", "{\"context\": {}, \"rule_id\": \"not-a-uuid\"}", token));
    invalid(api.post("/api/rules/evaluate", "{}", token), "context");
    invalid(
        api.post("/api/rules/evaluate", "{\"context\": {\"subtotal\": 10.555}}", token),
        "subtotal");
    assertEquals(before, written(), "nothing written");
  }

  @Test
  void knowledgeRefusesWrongTypesOversizedFieldsAndUnknownIdsAndWritesNothing() {
    String before = written();
    malformed(api.post("/api/knowledge", "{\"type\": \"faq\"", token));
    malformed(
        api.post(
            "/api/knowledge", "{\"type\": \"info\", \"topic\": [\"t\"], \"content\": {}}", token));
    invalid(api.post("/api/knowledge", "{\"type\": \"info\"}", token), "content", "topic");
    invalid(
        api.post(
            "/api/knowledge",
            "{\"type\": \"info\", \"topic\": " + quoted(101) + ", \"content\": \"c\"}",
            token),
        "topic");
    invalid(
        api.post(
            "/api/knowledge",
            "{\"type\": \"info\", \"topic\": \"t\", \"content\": " + quoted(5001) + "}",
            token),
        "content");
    malformed(api.patch("/api/knowledge/" + entry, "{\"content\": ", token));
    invalid(api.patch("/api/knowledge/" + entry, "{\"type\": \"secret\"}", token), "type");
    invalid(
        api.patch("/api/knowledge/" + entry, "{\"content\": " + quoted(5001) + "}", token),
        "content");
    notFound(
        api.delete("/api/knowledge/" + UUID.randomUUID(), token), "assistant/knowledge-not-found");
    notFound(api.patch("/api/knowledge/not-a-uuid", "{}", token), "request/not-found");
    assertEquals(before, written(), "nothing written");
  }

  @Test
  void theThresholdStaysWithinItsRange() {
    assertEquals(
        200, api.patch("/api/settings", "{\"confidence_threshold\": 0.9}", token).status());
    invalid(
        api.patch("/api/settings", "{\"confidence_threshold\": 0.49}", token),
        "confidence_threshold");
    invalid(
        api.patch("/api/settings", "{\"confidence_threshold\": 1.0}", token),
        "confidence_threshold");
    invalid(
        api.patch("/api/settings", "{\"confidence_threshold\": 0.555}", token),
        "confidence_threshold");
    malformed(api.patch("/api/settings", "{\"confidence_threshold\": \"abc\"}", token));
    malformed(api.patch("/api/settings", "{\"confidence_threshold\": ", token));
    invalid(api.patch("/api/settings", "null", token), "body");
    assertEquals("0.9", threshold(), "unchanged");
  }

  @Test
  void thePreviewRefusesWrongTypes() {
    malformed(api.post("/api/assistant/preview", "{\"message\": [\"hi\"]}", token));
    malformed(
        api.post(
            "/api/assistant/preview", "{\"message\": \"hi\", \"history\": \"before\"}", token));
    invalid(
        api.post(
            "/api/assistant/preview",
            "{\"message\": \"hi\", \"history\": [{\"role\": \"bot\", \"text\": \"x\"}]}",
            token),
        "role");
  }

  @Test
  void aViewerReadsAndTriesButChangesNothing() {
    String viewer = Accounts.signUpViewer(api).token();
    String before = written();
    for (Api.Reply refused :
        List.of(
            api.post("/api/rules", RULE, viewer),
            api.patch("/api/rules/" + rule, "{\"is_active\": false}", viewer),
            api.delete("/api/rules/" + rule, viewer),
            api.post("/api/knowledge", ENTRY, viewer),
            api.patch("/api/knowledge/" + entry, "{\"content\": \"Never.\"}", viewer),
            api.delete("/api/knowledge/" + entry, viewer),
            api.patch("/api/settings", "{\"confidence_threshold\": 0.5}", viewer))) {
      assertEquals(403, refused.status(), refused.body());
      assertEquals("auth/forbidden", refused.code());
    }
    assertEquals(before, written(), "nothing written");
    assertEquals(200, api.get("/api/rules", viewer).status());
    assertEquals(200, api.get("/api/settings", viewer).status());
    assertEquals(200, api.post("/api/rules/evaluate", "{\"context\": {}}", viewer).status());
    assertEquals(200, api.post("/api/assistant/preview", "{\"message\": \"hi\"}", viewer).status());
  }

  /** The rules, knowledge and settings of the business, as the database holds them. */
  private static String written() {
    return Database.countAs(
            business,
            "select count(*) from business_rules where is_active and priority = 0"
                + " and name = 'Lagos delivery'")
        + "/"
        + Database.countAs(business, "select count(*) from business_rules")
        + "/"
        + Database.countAs(
            business, "select count(*) from knowledge_entries where content = 'Within 7 days.'")
        + "/"
        + Database.countAs(business, "select count(*) from knowledge_entries")
        + "/"
        + threshold();
  }

  private static String threshold() {
    return String.valueOf(
        Database.countAs(
                business,
                "select coalesce((settings ->> 'confidence_threshold')::numeric * 100, 80)"
                    + " from businesses")
            / 100.0);
  }

  private static String withName(String name, String more) {
    return "{\"rule_type\": \"pricing\", \"name\": " + name + ", " + more + "}";
  }

  private static String quoted(int length) {
    return "\"" + "a".repeat(length) + "\"";
  }

  private static void malformed(Api.Reply reply) {
    assertEquals(400, reply.status(), reply.body());
    assertEquals("request/malformed", reply.code(), reply.body());
  }

  private static void invalid(Api.Reply reply, String... fields) {
    assertEquals(400, reply.status(), reply.body());
    assertEquals("validation/failed", reply.code(), reply.body());
    assertEquals(
        List.of(fields),
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .sorted()
            .toList(),
        reply.body());
  }

  private static void notFound(Api.Reply reply, String code) {
    assertEquals(404, reply.status(), reply.body());
    assertEquals(code, reply.code(), reply.body());
  }
}
