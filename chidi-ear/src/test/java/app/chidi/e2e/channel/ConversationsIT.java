package app.chidi.e2e.channel;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
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
 * Escalation and approval through the API: conversations written in the sandbox take the whole
 * pipeline (queue, assistant, outbox), and a person reads them with CHIDI's draft, sends it as it
 * is or edited, resolves, takes over and releases; the sandbox shows a customer's conversation with
 * where CHIDI stands; viewers only read, other businesses see nothing, bad input writes nothing.
 */
@ChidiTest
@RunAsClient
class ConversationsIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String REFUND = "I want a refund for my dress";
  private static final String RETURNS = "what is your return policy";

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
      JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("convo"), "Convo Shop");
      token = owner.getJsonObject("session").getString("access_token");
      business = Accounts.businessOf(api, owner);
      Api.Reply policy =
          api.post(
              "/api/knowledge",
              """
              {"type": "policy", "topic": "returns",
               "content": "Unworn items can be returned within 7 days of delivery."}""",
              token);
      assertEquals(201, policy.status(), policy.body());
    }
  }

  @Test
  void listsFiltersAndPagesTheConversations() {
    String escalated = escalated("lister-1");
    String answered = write("lister-2", RETURNS);
    await().atMost(WAIT).until(() -> outbound(answered, "SENT"), n -> n == 1);

    JsonObject page = ok(api.get("/api/chat/conversations?status=escalated&limit=100", token));
    assertTrue(ids(page).contains(escalated), page.toString());
    assertFalse(ids(page).contains(answered), page.toString());
    JsonObject row = find(page, escalated);
    assertEquals("sandbox", row.getString("platform"));
    assertEquals("Customer lister-1", row.getString("title"));
    assertEquals(REFUND, row.getString("last_message"));
    assertEquals("escalated", row.getString("status"));
    assertTrue(row.getBoolean("needs_attention"));
    assertEquals(1, row.getInt("unread_count"));
    assertTrue(row.getJsonNumber("confidence").doubleValue() < 1);

    JsonObject active = ok(api.get("/api/chat/conversations?status=active&limit=100", token));
    assertTrue(ids(active).contains(answered));
    assertEquals(
        0,
        ok(api.get("/api/chat/conversations?platform=whatsapp", token))
            .getJsonArray("conversations")
            .size());
    JsonObject first = ok(api.get("/api/chat/conversations?platform=sandbox&limit=1", token));
    assertEquals(1, first.getJsonArray("conversations").size());
    assertTrue(first.getJsonObject("pagination").getInt("total_pages") >= 2);
    assertEquals(1, first.getJsonObject("pagination").getInt("page"));

    for (String query : List.of("status=archived", "platform=web", "page=0", "limit=101")) {
      Api.Reply bad = api.get("/api/chat/conversations?" + query, token);
      assertEquals(400, bad.status(), query + ": " + bad.body());
      assertEquals("validation/failed", bad.code());
    }
  }

  @Test
  void theDetailShowsTheHistoryAndChidisDraftWithItsReasons() {
    String id = escalated("reader");
    JsonObject detail = ok(api.get("/api/chat/conversations/" + id, token));
    assertEquals("escalated", detail.getJsonObject("conversation").getString("status"));
    JsonObject question = detail.getJsonArray("messages").getJsonObject(0);
    assertEquals("customer", question.getString("author"));
    assertEquals(REFUND, question.getString("content"));
    assertEquals("escalated", question.getString("status"));
    JsonObject draft = detail.getJsonObject("draft");
    assertFalse(draft.getString("text").isBlank());
    assertFalse(draft.getJsonArray("reasons").isEmpty(), draft.toString());
    assertEquals(question.getString("id"), draft.getString("message_id"));
    assertTrue(draft.getJsonNumber("confidence").doubleValue() < 1);
  }

  @Test
  void theDraftIsSentAsItIsThroughTheOutbox() {
    String id = escalated("as-is");
    String draft =
        ok(api.get("/api/chat/conversations/" + id, token))
            .getJsonObject("draft")
            .getString("text");

    Api.Reply sent = api.post("/api/chat/conversations/" + id + "/reply", "{}", token);
    assertEquals(202, sent.status(), sent.body());
    assertEquals("queued", sent.json().getString("status"));
    assertEquals("active", sent.json().getJsonObject("conversation").getString("status"));
    await().atMost(WAIT).until(() -> outbound(id, "SENT"), n -> n == 1);
    assertEquals(
        1,
        messages(
            id,
            "direction = 'OUTBOUND' and sent_by = 'PERSON' and sent_by_user is not null and"
                + " in_reply_to is not null and content = ?",
            draft));
    assertEquals(1, messages(id, "direction = 'INBOUND' and status = 'ANSWERED'"));
    JsonObject after = ok(api.get("/api/chat/conversations/" + id, token));
    assertFalse(after.containsKey("draft"), after.toString());
    assertEquals(0, after.getJsonObject("conversation").getInt("unread_count"));
    assertEquals("person", after.getJsonArray("messages").getJsonObject(1).getString("author"));
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from conversations where id = ?::uuid and first_reply_at is not null",
            id));

    Api.Reply again = api.post("/api/chat/conversations/" + id + "/reply", "{}", token);
    assertEquals(409, again.status(), again.body());
    assertEquals("conversation/no-draft", again.code());
  }

  @Test
  void anEditedReplyIsPreviewedWithoutSendingThenSentAndResolved() {
    String id = escalated("editor");
    String text = "So sorry about the dress, Ada. Send it back and we refund you in 3 days.";
    Api.Reply preview =
        api.post("/api/chat/conversations/" + id + "/reply", body(text, false, true), token);
    assertEquals(200, preview.status(), preview.body());
    assertEquals(text, preview.json().getString("text"));
    assertEquals("free_form", preview.json().getString("window"));
    assertTrue(preview.json().getBoolean("sendable"));
    assertEquals(0, messages(id, "direction = 'OUTBOUND'"), "a dry run writes nothing");
    assertEquals(1, messages(id, "status = 'ESCALATED'"));

    Api.Reply sent =
        api.post("/api/chat/conversations/" + id + "/reply", body(text, true, false), token);
    assertEquals(202, sent.status(), sent.body());
    assertEquals("resolved", sent.json().getJsonObject("conversation").getString("status"));
    await().atMost(WAIT).until(() -> outbound(id, "SENT"), n -> n == 1);
    assertEquals(1, messages(id, "sent_by = 'PERSON' and content = ?", text));

    Api.Reply onResolved =
        api.post("/api/chat/conversations/" + id + "/reply", body("More?", false, false), token);
    assertEquals(409, onResolved.status(), onResolved.body());
    assertEquals("conversation/resolved", onResolved.code());
    assertEquals(
        "conversation/resolved",
        api.post("/api/chat/conversations/" + id + "/resolve", "", token).code());
    assertEquals(1, messages(id, "direction = 'OUTBOUND'"), "nothing more written");
  }

  @Test
  void resolvingSendsNothingAndTheCustomersNextMessageOpensItAgain() {
    String id = escalated("resolver");
    Api.Reply resolved = api.post("/api/chat/conversations/" + id + "/resolve", "", token);
    assertEquals(200, resolved.status(), resolved.body());
    assertEquals("resolved", resolved.json().getString("status"));
    assertEquals(0, messages(id, "direction = 'OUTBOUND'"));

    write("resolver", RETURNS);
    await().atMost(WAIT).until(() -> outbound(id, "SENT"), n -> n == 1);
    assertEquals(
        "active",
        ok(api.get("/api/chat/conversations/" + id, token))
            .getJsonObject("conversation")
            .getString("status"));
  }

  @Test
  void takingOverPausesChidiUntilReleased() {
    String id = write("taker", RETURNS);
    await().atMost(WAIT).until(() -> outbound(id, "SENT"), n -> n == 1);

    Api.Reply taken = api.post("/api/chat/conversations/" + id + "/take-over", "", token);
    assertEquals(200, taken.status(), taken.body());
    assertTrue(taken.json().getBoolean("taken_over"));
    write("taker", RETURNS);
    pause();
    assertEquals(1, messages(id, "direction = 'OUTBOUND'"), "CHIDI stays quiet");
    assertEquals(1, messages(id, "direction = 'INBOUND' and status = 'RECEIVED'"));
    assertEquals(
        1,
        ok(api.get("/api/chat/conversations/" + id, token))
            .getJsonObject("conversation")
            .getInt("unread_count"));

    Api.Reply released = api.post("/api/chat/conversations/" + id + "/release", "", token);
    assertEquals(200, released.status(), released.body());
    assertFalse(released.json().getBoolean("taken_over"));
    write("taker", RETURNS);
    await().atMost(WAIT).until(() -> outbound(id, "SENT"), n -> n == 2);
  }

  @Test
  void outsideTheWindowThePreviewSaysWhatThePlatformWouldTake() {
    String whatsApp = conversationOn("WHATSAPP", "30 hours");
    Api.Reply closed =
        api.post("/api/chat/conversations/" + whatsApp + "/reply", body("Hi", false, true), token);
    assertEquals(200, closed.status(), closed.body());
    assertEquals("closed", closed.json().getString("window"));
    assertFalse(closed.json().getBoolean("sendable"));
    assertEquals("conversation/window-closed", closed.json().getString("problem"));
    Api.Reply refused =
        api.post("/api/chat/conversations/" + whatsApp + "/reply", body("Hi", false, false), token);
    assertEquals(409, refused.status(), refused.body());
    assertEquals("conversation/window-closed", refused.code());
    assertEquals(0, messages(whatsApp, "direction = 'OUTBOUND'"));

    String instagram = conversationOn("INSTAGRAM", "3 days");
    Api.Reply tagged =
        api.post("/api/chat/conversations/" + instagram + "/reply", body("Hi", false, true), token);
    assertEquals(200, tagged.status(), tagged.body());
    assertEquals("human_agent", tagged.json().getString("window"));
    assertEquals("HUMAN_AGENT", tagged.json().getString("tag"));
    assertTrue(tagged.json().getBoolean("sendable"));
  }

  @Test
  void badInputIsRefusedWithStableCodesAndWritesNothing() {
    String id = escalated("bad-input");
    String reply = "/api/chat/conversations/" + id + "/reply";
    expect(api.post(reply, body("   ", false, false), token), 400, "validation/failed");
    expect(api.post(reply, body("x".repeat(4097), false, false), token), 400, "validation/failed");
    expect(api.post(reply, "", token), 400, "request/malformed");
    expect(api.post(reply, "{\"text\": [\"Hi\"]}", token), 400, "request/malformed");
    expect(api.post(reply, "{\"text\": 5}", token), 400, "request/malformed");
    expect(api.post(reply, "{\"dry_run\": \"yes\"}", token), 400, "request/malformed");
    String unknown = "/api/chat/conversations/" + UUID.randomUUID();
    expect(api.get(unknown, token), 404, "conversation/not-found");
    expect(
        api.post(unknown + "/reply", body("Hi", false, false), token),
        404,
        "conversation/not-found");
    expect(api.post(unknown + "/take-over", "", token), 404, "conversation/not-found");
    expect(api.get("/api/chat/conversations/not-a-uuid", token), 404, "request/not-found");
    expect(api.get("/api/chat/conversations/metrics?period=1y", token), 400, "validation/failed");
    assertEquals(0, messages(id, "direction = 'OUTBOUND'"));
    assertEquals(1, messages(id, "status = 'ESCALATED'"));
  }

  @Test
  void theSandboxConversationShowsChidiAnsweringThenItsReply() {
    Api.Reply stored =
        api.post("/api/sandbox/messages", sandbox(" follower ", "Fola", RETURNS), token);
    assertEquals(202, stored.status(), stored.body());
    assertEquals("received", stored.json().getString("status"));
    String id = stored.json().getString("conversation_id");
    String path = "/api/sandbox/conversations/follower";
    JsonObject first = ok(api.get(path, token));
    assertEquals(id, first.getJsonObject("conversation").getString("id"));
    assertTrue(
        first.getBoolean("pending") == "answering".equals(first.getString("state")),
        first.toString());

    await()
        .atMost(WAIT)
        .until(() -> ok(api.get(path, token)).getString("state"), "answered"::equals);
    JsonObject answered = ok(api.get(path, token));
    assertFalse(answered.getBoolean("pending"));
    assertEquals("Fola", answered.getJsonObject("conversation").getString("title"));
    assertEquals("sandbox", answered.getJsonObject("conversation").getString("platform"));
    List<JsonObject> thread = answered.getJsonArray("messages").getValuesAs(JsonObject.class);
    assertEquals(2, thread.size(), answered.toString());
    assertEquals("customer", thread.get(0).getString("author"));
    assertEquals(RETURNS, thread.get(0).getString("content"));
    assertEquals("answered", thread.get(0).getString("status"));
    assertEquals("chidi", thread.get(1).getString("author"));
    assertEquals("sent", thread.get(1).getString("status"));

    escalated("follower-2");
    JsonObject escalated = ok(api.get("/api/sandbox/conversations/follower-2", token));
    assertEquals("escalated", escalated.getString("state"));
    assertFalse(escalated.getBoolean("pending"));
  }

  @Test
  void theSandboxRefusesBadInputWithStableCodesAndWritesNothing() {
    long before = sandboxMessages();
    String post = "/api/sandbox/messages";
    expect(api.post(post, "{}", token), 400, "validation/failed");
    expect(api.post(post, sandbox("   ", null, "Hi"), token), 400, "validation/failed");
    expect(api.post(post, sandbox("ada", null, "  "), token), 400, "validation/failed");
    expect(api.post(post, sandbox("a".repeat(101), null, "Hi"), token), 400, "validation/failed");
    expect(api.post(post, sandbox("ada", null, "x".repeat(4097)), token), 400, "validation/failed");
    expect(api.post(post, "", token), 400, "request/malformed");
    expect(api.post(post, "{\"customer_id\": [\"ada\"]}", token), 400, "request/malformed");
    expect(api.post(post, sandbox("ada", null, "Hi"), null), 401, "auth/unauthenticated");
    Api.Reply fields = api.post(post, "{}", token);
    assertEquals(
        List.of("customer_id", "text"),
        fields.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList(),
        fields.body());
    expect(
        api.get("/api/sandbox/conversations/nobody-wrote", token), 404, "conversation/not-found");
    assertEquals(before, sandboxMessages(), "nothing written");
  }

  @Test
  void aViewerReadsButCannotAct() {
    Accounts.Viewer viewer = Accounts.signUpViewer(api);
    UUID id = UUID.randomUUID();
    Database.updateAs(
        viewer.business(),
        "insert into conversations (id, business_id, platform, customer_id, status) values (?, ?,"
            + " 'SANDBOX', 'watched', 'ESCALATED')",
        id,
        viewer.business());
    Database.updateAs(
        viewer.business(),
        "insert into social_messages (id, business_id, conversation_id, platform, direction,"
            + " content, ai_response, confidence, decision, reasons, status) values (?, ?, ?,"
            + " 'SANDBOX', 'INBOUND', 'A refund please', 'Let me ask the team.', 0.2, 'ESCALATE',"
            + " '{\"escalation\": [\"refund request\"]}', 'ESCALATED')",
        UUID.randomUUID(),
        viewer.business(),
        id);
    String path = "/api/chat/conversations/" + id;
    JsonObject detail = ok(api.get(path, viewer.token()));
    assertEquals(
        List.of("refund request"),
        detail
            .getJsonObject("draft")
            .getJsonArray("reasons")
            .getValuesAs(jakarta.json.JsonString::getString));
    JsonObject sandbox = ok(api.get("/api/sandbox/conversations/watched", viewer.token()));
    assertEquals(id.toString(), sandbox.getJsonObject("conversation").getString("id"));
    assertEquals("escalated", sandbox.getString("state"));
    expect(
        api.post("/api/sandbox/messages", sandbox("watched", null, "Hi"), viewer.token()),
        403,
        "auth/forbidden");
    ok(api.get("/api/chat/conversations", viewer.token()));
    ok(api.get("/api/chat/conversations/metrics", viewer.token()));
    for (Api.Reply refused :
        List.of(
            api.post(path + "/reply", "{}", viewer.token()),
            api.post(path + "/reply", body("Hi", false, true), viewer.token()),
            api.post(path + "/resolve", "", viewer.token()),
            api.post(path + "/take-over", "", viewer.token()),
            api.post(path + "/release", "", viewer.token()))) {
      expect(refused, 403, "auth/forbidden");
    }
    assertEquals(
        1,
        Database.countAs(
            viewer.business(),
            "select count(*) from conversations where status = 'ESCALATED' and taken_over_by is"
                + " null"));
    assertEquals(
        0,
        Database.countAs(
            viewer.business(),
            "select count(*) from social_messages where direction = 'OUTBOUND'"));
  }

  @Test
  void anotherBusinessNeitherSeesNorActsOnTheConversation() {
    String id = escalated("private");
    String other =
        Accounts.signUp(api, Accounts.freshEmail("other"), "Other Shop")
            .getJsonObject("session")
            .getString("access_token");
    String path = "/api/chat/conversations/" + id;
    expect(api.get(path, other), 404, "conversation/not-found");
    expect(api.get("/api/sandbox/conversations/private", other), 404, "conversation/not-found");
    assertFalse(ids(ok(api.get("/api/chat/conversations?limit=100", other))).contains(id));
    expect(api.post(path + "/reply", "{}", other), 404, "conversation/not-found");
    expect(api.post(path + "/resolve", "", other), 404, "conversation/not-found");
    expect(api.post(path + "/take-over", "", other), 404, "conversation/not-found");
    expect(api.post(path + "/release", "", other), 404, "conversation/not-found");
    JsonObject theirs = ok(api.get("/api/chat/conversations/metrics?period=30d", other));
    assertEquals(0, theirs.getJsonNumber("messages_in").longValue());
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from conversations where id = ?::uuid and status = 'ESCALATED' and"
                + " taken_over_by is null",
            id));
    assertEquals(0, messages(id, "direction = 'OUTBOUND'"));
  }

  @Test
  void theMetricsCountWhatCameInAndWhoAnswered() {
    String auto = write("counted-1", RETURNS);
    String escalated = escalated("counted-2");
    await().atMost(WAIT).until(() -> outbound(auto, "SENT"), n -> n == 1);
    assertEquals(
        202, api.post("/api/chat/conversations/" + escalated + "/reply", "{}", token).status());
    await().atMost(WAIT).until(() -> outbound(escalated, "SENT"), n -> n == 1);

    JsonObject metrics = ok(api.get("/api/chat/conversations/metrics?period=today", token));
    assertEquals("today", metrics.getString("period"));
    assertTrue(metrics.getJsonNumber("messages_in").longValue() >= 2, metrics.toString());
    assertTrue(metrics.getJsonNumber("auto_sent").longValue() >= 1, metrics.toString());
    assertTrue(metrics.getJsonNumber("escalated").longValue() >= 1, metrics.toString());
    assertTrue(metrics.getJsonNumber("person_replies").longValue() >= 1, metrics.toString());
    double rate = metrics.getJsonNumber("auto_reply_rate").doubleValue();
    assertTrue(rate > 0 && rate < 1, metrics.toString());
    assertNotNull(metrics.getJsonNumber("average_first_reply_seconds"), metrics.toString());
    assertEquals(
        Database.countAs(
            business,
            "select count(*) from social_messages where direction = 'INBOUND' and created_at >="
                + " date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'"),
        metrics.getJsonNumber("messages_in").longValue());
  }

  @Test
  void theInsightsChartThePeriodAndWhatCustomersAskedFor() {
    Api.Reply created =
        api.post(
            "/api/inventory/products",
            """
            {"name": "Amber Silk Scarf", "category": "Accessories", "base_price": 9000,
             "variants": [{"sku": "INS-AMBER", "stock_quantity": 0}]}""",
            token);
    assertEquals(201, created.status(), created.body());
    String product = created.json().getString("id");
    String asked = write("insights-1", "do you have the amber silk scarf?");
    await()
        .atMost(WAIT)
        .until(
            () -> messages(asked, "direction = 'INBOUND' and decision is not null"), n -> n == 1);

    JsonObject week = ok(api.get("/api/chat/conversations/insights?period=7d", token));
    assertEquals("day", week.getString("bucket"));
    List<JsonObject> days = week.getJsonArray("series").getValuesAs(JsonObject.class);
    assertEquals(8, days.size(), "the 7 days before today and today, empty ones included");
    long total = week.getJsonObject("totals").getJsonNumber("messages_in").longValue();
    assertEquals(
        total, days.stream().mapToLong(d -> d.getJsonNumber("messages_in").longValue()).sum());
    assertTrue(days.get(7).getJsonNumber("messages_in").longValue() >= 1, days.get(7).toString());
    JsonObject mostAsked = demand(week.getJsonArray("most_asked"), product);
    assertEquals("Amber Silk Scarf", mostAsked.getString("name"));
    assertEquals(1, mostAsked.getInt("asked"));
    assertEquals(1, demand(week.getJsonArray("lost_demand"), product).getInt("unavailable"));

    JsonObject today = ok(api.get("/api/chat/conversations/insights?period=today", token));
    assertEquals("hour", today.getString("bucket"));
    assertEquals(
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).getHour() + 1,
        today.getJsonArray("series").size());
    expect(
        api.get("/api/chat/conversations/insights?period=year", token), 400, "validation/failed");
  }

  private static JsonObject demand(jakarta.json.JsonArray list, String product) {
    return list.getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("product_id").equals(product))
        .findFirst()
        .orElseThrow(() -> new AssertionError(product + " not in " + list));
  }

  /** A sandbox conversation whose refund request CHIDI escalated; its id. */
  private String escalated(String customer) {
    String id = write(customer, REFUND);
    await()
        .atMost(WAIT)
        .until(() -> messages(id, "status = 'ESCALATED' and ai_response is not null"), n -> n == 1);
    return id;
  }

  /** Writes {@code text} in the sandbox as {@code customer}; the conversation's id. */
  private String write(String customer, String text) {
    Api.Reply stored =
        api.post("/api/sandbox/messages", sandbox(customer, "Customer " + customer, text), token);
    assertEquals(202, stored.status(), stored.body());
    return stored.json().getString("conversation_id");
  }

  /** A sandbox message's body; no {@code customer_name} when {@code name} is null. */
  private static String sandbox(String customer, String name, String text) {
    var body = Json.createObjectBuilder().add("customer_id", customer).add("text", text);
    if (name != null) {
      body.add("customer_name", name);
    }
    return body.build().toString();
  }

  private static long sandboxMessages() {
    return Database.countAs(
        business, "select count(*) from social_messages where platform = 'SANDBOX'");
  }

  /** A conversation on a new connection whose customer last wrote {@code ago}; its id. */
  private static String conversationOn(String platform, String ago) {
    UUID connection = UUID.randomUUID();
    UUID conversation = UUID.randomUUID();
    Database.updateAs(
        business,
        "insert into social_connections (id, business_id, platform, account_id) values (?, ?, ?,"
            + " ?)",
        connection,
        business,
        platform,
        platform.toLowerCase() + "-" + connection);
    Database.updateAs(
        business,
        "insert into conversations (id, business_id, connection_id, platform, customer_id,"
            + " status, last_customer_message_at) values (?, ?, ?, ?, 'late', 'ESCALATED', now() -"
            + " cast(? as interval))",
        conversation,
        business,
        connection,
        platform,
        ago);
    return conversation.toString();
  }

  private static String body(String text, boolean resolve, boolean dryRun) {
    return Json.createObjectBuilder()
        .add("text", text)
        .add("resolve", resolve)
        .add("dry_run", dryRun)
        .build()
        .toString();
  }

  private static JsonObject ok(Api.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static void expect(Api.Reply reply, int status, String code) {
    assertEquals(status, reply.status(), reply.body());
    assertEquals(code, reply.code(), reply.body());
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("conversations").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("id"))
        .toList();
  }

  private static JsonObject find(JsonObject page, String id) {
    return page.getJsonArray("conversations").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static long outbound(String conversation, String status) {
    return messages(conversation, "direction = 'OUTBOUND' and status = ?", status);
  }

  private static long messages(String conversation, String where, Object... parameters) {
    Object[] all = new Object[parameters.length + 1];
    all[0] = conversation;
    System.arraycopy(parameters, 0, all, 1, parameters.length);
    return Database.countAs(
        business,
        "select count(*) from social_messages where conversation_id = ?::uuid and " + where,
        all);
  }

  /** Long enough for a wrong automatic reply to have been sent. */
  private static void pause() {
    try {
      Thread.sleep(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
