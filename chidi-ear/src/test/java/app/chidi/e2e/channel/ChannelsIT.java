package app.chidi.e2e.channel;

import static app.chidi.e2e.channel.MetaWebhooks.text;
import static app.chidi.e2e.channel.MetaWebhooks.value;
import static app.chidi.e2e.channel.MetaWebhooks.whatsApp;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import app.chidi.e2e.support.MetaIds;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The channels end to end: Meta's webhooks signed by the test over the exact bytes, the intake, the
 * pipeline through Artemis and the assistant, and the outbound side against a Graph API stand-in on
 * 127.0.0.1, configured as {@code CHIDI_GRAPH_API_URL} / {@code CHIDI_INSTAGRAM_API_URL} would be.
 * The test accounts are connected through the API, so each sends with its own token from the vault.
 */
@ChidiTest
@RunAsClient
class ChannelsIT {

  private static final GraphApiStub GRAPH = new GraphApiStub();
  private static final String SECRET = "meta-app-secret";
  private static final String VERIFY = "verify-me";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar(
        "chidi.meta.verify-token=" + VERIFY,
        "chidi.meta.app-secret=" + SECRET,
        "chidi.graph.api-url=" + GRAPH.baseUrl(),
        "chidi.instagram.api-url=" + GRAPH.baseUrl(),
        "chidi.channel.send-attempts=3",
        "chidi.channel.retry-base-ms=200",
        "chidi.channel.stale-minutes=1");
  }

  @ArquillianResource URL deployment;
  private Api api;
  private static String token;
  private static UUID business;
  private static String phone;
  private static String instagram;

  @BeforeEach
  void setUp() {
    api = new Api(deployment);
    if (token == null) {
      String email = Accounts.freshEmail("channel");
      JsonObject owner = Accounts.signUp(api, email, "Channel Shop");
      Accounts.markVerified(email);
      token = owner.getJsonObject("session").getString("access_token");
      business = Accounts.businessOf(api, owner);
      created(
          "/api/inventory/products",
          """
          {"name": "Adire Maxi Dress", "category": "dresses", "base_price": 15000,
           "variants": [{"sku": "ADIRE-M", "stock_quantity": 12, "attributes": {"size": "M"}}]}""");
      created(
          "/api/knowledge",
          """
          {"type": "policy", "topic": "returns",
           "content": "Unworn items can be returned within 7 days of delivery."}""");
      phone = connect("whatsapp");
      instagram = connect("instagram");
    }
  }

  @AfterAll
  static void stopStub() {
    GRAPH.close();
  }

  @Test
  void answersMetasSubscriptionCheckOnlyWithTheVerifyToken() {
    String query = "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=";
    Api.Reply ok = api.send(asMeta("/api/social/webhooks/whatsapp" + query + VERIFY).GET());
    assertEquals(200, ok.status(), ok.body());
    assertEquals("1158201444", ok.body());
    Api.Reply wrong = api.send(asMeta("/api/social/webhooks/instagram" + query + "guess").GET());
    assertEquals(403, wrong.status(), wrong.body());
    assertEquals("webhook/verification-failed", wrong.code());
  }

  @Test
  void refusesUnsignedForgedMalformedAndOversizeDeliveriesAndStoresNothing() {
    String wamid = "wamid." + UUID.randomUUID();
    byte[] body =
        whatsApp(phone, text("2348000000001", wamid, "hello")).getBytes(StandardCharsets.UTF_8);
    long events =
        Database.count(
            "select count(*) from security_events where event_type = 'webhook_signature_invalid'");

    Api.Reply unsigned = deliver("whatsapp", body, null);
    assertEquals(401, unsigned.status(), unsigned.body());
    assertEquals("webhook/signature-invalid", unsigned.code());
    Api.Reply forged = deliver("whatsapp", body, "sha256=" + "0".repeat(64));
    assertEquals(401, forged.status(), forged.body());
    byte[] altered =
        new String(body, StandardCharsets.UTF_8)
            .replace("hello", "hellO")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(
        401, deliver("whatsapp", altered, sign(body)).status(), "signature of other bytes");
    assertEquals(
        events + 3,
        Database.count(
            "select count(*) from security_events where event_type = 'webhook_signature_invalid' and detail ->> 'platform' = 'whatsapp' and ip_address is not null"));

    byte[] malformed =
        "{\"object\": \"whatsapp_business_account\", \"entry\": [".getBytes(StandardCharsets.UTF_8);
    Api.Reply bad = deliver("whatsapp", malformed, sign(malformed));
    assertEquals(400, bad.status(), bad.body());
    assertEquals("webhook/malformed", bad.code());

    byte[] huge =
        ("{\"pad\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertEquals(413, deliver("whatsapp", huge, sign(huge)).status());

    assertEquals(0, messages("platform_message_id = ?", wamid));
  }

  @Test
  void aBatchIsStoredAndOnlyTheTextAnsweredOnce_evenWhenDeliveredTwice() {
    String customer = "2348000000002";
    String question = "wamid." + UUID.randomUUID();
    String photo = "wamid." + UUID.randomUUID();
    String reaction = "wamid." + UUID.randomUUID();
    String payload =
        """
        {"object": "whatsapp_business_account", "entry": [
          {"id": "WABA1", "changes": [{"field": "messages", "value": %s}]},
          {"id": "WABA1", "changes": [{"field": "messages", "value": %s}]},
          {"id": "WABA2", "changes": [{"field": "messages", "value": %s}]}]}"""
            .formatted(
                value(phone, text(customer, question, "Do you have the adire maxi dress in M?")),
                value(
                    phone,
                    """
                    {"from": "%s", "id": "%s", "timestamp": "1718000000", "type": "image",
                     "image": {"id": "MEDIA1", "mime_type": "image/jpeg", "sha256": "abc", "caption": "this one"}},
                    {"from": "%s", "id": "%s", "timestamp": "1718000001", "type": "reaction",
                     "reaction": {"message_id": "wamid.X", "emoji": "👍"}}"""
                        .formatted(customer, photo, customer, reaction)),
                value(
                    "unknown-" + UUID.randomUUID(),
                    text(customer, "wamid." + UUID.randomUUID(), "hi")));
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);

    assertEquals(200, deliver("whatsapp", body, sign(body)).status());
    assertEquals(
        200, deliver("whatsapp", body, sign(body)).status(), "a redelivery is acknowledged");

    await().atMost(WAIT).until(() -> GRAPH.to(customer).size(), n -> n >= 1);
    assertEquals(1, messages("platform_message_id = ? and status = 'ANSWERED'", question));
    assertEquals(
        1,
        messages(
            "platform_message_id = ? and status = 'IGNORED' and media ->> 'type' = 'image'",
            photo));
    assertEquals(1, messages("platform_message_id = ? and message_type = 'REACTION'", reaction));
    await()
        .atMost(WAIT)
        .until(
            () ->
                messages(
                    "direction = 'OUTBOUND' and status = 'SENT' and sender_id is null and conversation_id = (select conversation_id from social_messages where platform_message_id = ?)",
                    question),
            n -> n == 1);
    GraphApiStub.Request sent = GRAPH.to(customer).get(0);
    assertEquals("/v21.0/" + phone + "/messages", sent.path());
    assertEquals("Bearer " + GRAPH.tokenOf(phone), sent.authorization());
    assertTrue(sent.body().contains("Adire Maxi Dress"), sent.body());
    assertTrue(sent.body().contains("\"messaging_product\":\"whatsapp\""), sent.body());
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from conversations where customer_id = ? and customer_name = 'Ada'",
            customer));
    assertEquals(
        3,
        Database.countAs(
            business, "select duplicates from social_connections where account_id = ?", phone));
    pause();
    assertEquals(1, GRAPH.to(customer).size(), "exactly one reply");
  }

  @Test
  void messagesACrashLeftWaitingAreQueuedAgainByTheSweep() {
    String customer = "2348000000009";
    askAndWaitForReply(customer);
    // What a crash around PostgreSQL's commit leaves (its command prepared in the broker, never
    // delivered): a customer's message RECEIVED and a reply QUEUED, both for minutes.
    String copy =
        "insert into social_messages (id, business_id, conversation_id, connection_id, platform,"
            + " direction, platform_message_id, sender_id, content, sent_by, status, created_at)"
            + " select ?, business_id, conversation_id, connection_id, platform, ?, ?, ?, ?, ?, ?,"
            + " now() - interval '2 minutes' from social_messages where direction = 'OUTBOUND'"
            + " and conversation_id = (select id from conversations where customer_id = ?) limit 1";
    Database.updateAs(
        business,
        copy,
        UUID.randomUUID(),
        "OUTBOUND",
        null,
        null,
        "Left queued by a crash",
        "CHIDI",
        "QUEUED",
        customer);
    Database.updateAs(
        business,
        copy,
        UUID.randomUUID(),
        "INBOUND",
        "wamid." + UUID.randomUUID(),
        customer,
        "Do you have the adire maxi dress in M?",
        null,
        "RECEIVED",
        customer);

    // A reply whose retry's command never came back (parked on the dead-letter address while the
    // broker was away): QUEUED after two attempts, its retry due minutes ago.
    UUID retried = UUID.randomUUID();
    Database.updateAs(
        business,
        copy,
        retried,
        "OUTBOUND",
        null,
        null,
        "Left waiting for a lost retry",
        "CHIDI",
        "QUEUED",
        customer);
    Database.updateAs(
        business,
        "update social_messages set attempts = 2, next_attempt_at = now() - interval '2 minutes'"
            + " where id = ?",
        retried);

    await().atMost(Duration.ofSeconds(150)).until(() -> outbound(customer, "SENT"), n -> n == 4);
    pause();
    assertEquals(
        4,
        GRAPH.to(customer).size(),
        "the first answer, the reply left queued, the retried reply, the answer");
    assertTrue(
        GRAPH.to(customer).stream().anyMatch(r -> r.body().contains("Left queued by a crash")));
    assertTrue(
        GRAPH.to(customer).stream()
            .anyMatch(r -> r.body().contains("Left waiting for a lost retry")));
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from social_messages where id = ? and attempts = 3",
            retried),
        "sent as its third attempt");
  }

  @Test
  void statusesNeverMoveBackwards() {
    String customer = "2348000000003";
    String sentId = askAndWaitForReply(customer);
    for (String status : new String[] {"read", "delivered", "sent"}) {
      byte[] body =
          whatsApp(
                  phone,
                  null,
                  """
              {"id": "%s", "status": "%s", "timestamp": "1718000100", "recipient_id": "%s"}"""
                      .formatted(sentId, status, customer))
              .getBytes(StandardCharsets.UTF_8);
      assertEquals(200, deliver("whatsapp", body, sign(body)).status());
    }
    assertEquals(
        1, messages("platform_message_id = ? and status = 'READ' and read_at is not null", sentId));
  }

  @Test
  void aRefundRequestIsEscalatedWithANotification() {
    String customer = "2348000000004";
    String wamid = "wamid." + UUID.randomUUID();
    byte[] body =
        whatsApp(phone, text(customer, wamid, "I want a refund for my dress"))
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(200, deliver("whatsapp", body, sign(body)).status());
    await()
        .atMost(WAIT)
        .until(
            () ->
                messages(
                    "platform_message_id = ? and status = 'ESCALATED' and decision = 'ESCALATE' and ai_response is not null",
                    wamid),
            n -> n == 1);
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from conversations where customer_id = ? and status = 'ESCALATED' and last_confidence is not null",
            customer));
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from notifications where type = 'escalation' and priority = 'HIGH' and metadata ->> 'conversation_id' = (select id::text from conversations where customer_id = ?) and metadata ->> 'link' like '/dashboard/conversations.xhtml?id=%' and metadata ->> 'platform' = 'whatsapp' and metadata ->> 'customer' = 'Ada'",
            customer));
    assertEquals(0, GRAPH.to(customer).size());
  }

  @Test
  void instagramEchoesAreStoredAndNeverAnswered() {
    String customer = "IGSID" + UUID.randomUUID().toString().substring(0, 8);
    String echo = "mid." + UUID.randomUUID();
    String question = "mid." + UUID.randomUUID();
    String payload =
        """
        {"object": "instagram", "entry": [{"id": "%s", "time": 1718000000, "messaging": [
          {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": 1718000000,
           "message": {"mid": "%s", "text": "Hello from the shop", "is_echo": true}},
          {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": 1718000001,
           "message": {"mid": "%s", "text": "what is your return policy"}}]}]}"""
            .formatted(instagram, instagram, customer, echo, customer, instagram, question);
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    assertEquals(200, deliver("instagram", body, sign(body)).status());
    await().atMost(WAIT).until(() -> GRAPH.to(customer).size(), n -> n == 1);
    GraphApiStub.Request sent = GRAPH.to(customer).get(0);
    assertEquals("/v21.0/" + instagram + "/messages", sent.path());
    assertEquals("Bearer " + GRAPH.tokenOf(instagram), sent.authorization());
    assertTrue(sent.body().contains("7 days"), sent.body());
    assertEquals(
        1,
        messages(
            "platform_message_id = ? and message_type = 'ECHO' and direction = 'OUTBOUND'", echo));
    pause();
    assertEquals(1, GRAPH.to(customer).size(), "the echo got no reply");
  }

  @Test
  void aThrottledSendIsRetriedAfterRetryAfterAndThenSent() {
    GRAPH.then(GraphApiStub.Answer.rateLimited(1));
    String customer = "2348000000005";
    askAndWaitForReply(customer);
    assertEquals(2, GRAPH.to(customer).size());
    assertEquals(
        1,
        messages(
            "direction = 'OUTBOUND' and attempts = 2 and status = 'SENT' and conversation_id = (select id from conversations where customer_id = ?)",
            customer));
  }

  @Test
  void aSendFailingEveryAttemptFailsAndTellsTheOwner() {
    GRAPH
        .then(GraphApiStub.Answer.unavailable())
        .then(GraphApiStub.Answer.unavailable())
        .then(GraphApiStub.Answer.unavailable());
    String customer = "2348000000006";
    ask(customer);
    await().atMost(WAIT).until(() -> outbound(customer, "FAILED"), n -> n == 1);
    assertEquals(3, GRAPH.to(customer).size());
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from notifications where type = 'delivery_failed' and metadata ->> 'platform' = 'whatsapp'"));
  }

  @Test
  void aWindowClosedAnswerEscalates() {
    GRAPH.then(GraphApiStub.Answer.windowClosed());
    String customer = "2348000000007";
    ask(customer);
    await().atMost(WAIT).until(() -> outbound(customer, "FAILED"), n -> n == 1);
    assertEquals(
        1,
        messages(
            "direction = 'OUTBOUND' and error_code = 'window_closed' and conversation_id = (select id from conversations where customer_id = ?)",
            customer));
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from conversations where customer_id = ? and status = 'ESCALATED'",
            customer));
  }

  @Test
  void outsideTheWindowAPersonsReplyGoesAsTheTemplateOrWithTheHumanAgentTag() {
    String templated = MetaIds.fresh();
    created(
        "/api/social/whatsapp/connections",
        Json.createObjectBuilder()
            .add("account_id", templated)
            .add("access_token", GRAPH.issueToken(templated))
            .add("template_name", "order_follow_up")
            .add("template_language", "en_US")
            .build()
            .toString());
    String buyer = "2348000000031";
    byte[] refund =
        whatsApp(templated, text(buyer, "wamid." + UUID.randomUUID(), "I want a refund please"))
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(200, deliver("whatsapp", refund, sign(refund)).status());
    String onWhatsApp = waitingFor(buyer);

    String follower = "IGSID" + UUID.randomUUID().toString().substring(0, 8);
    byte[] complaint =
        """
        {"object": "instagram", "entry": [{"id": "%s", "time": 1718000000, "messaging": [
          {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": 1718000001,
           "message": {"mid": "mid.%s", "text": "I want a refund please"}}]}]}"""
            .formatted(instagram, follower, instagram, UUID.randomUUID())
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(200, deliver("instagram", complaint, sign(complaint)).status());
    String onInstagram = waitingFor(follower);

    Database.updateAs(
        business,
        "update conversations set last_customer_message_at = now() - interval '30 hours'"
            + " where id = ?::uuid",
        onWhatsApp);
    Database.updateAs(
        business,
        "update conversations set last_customer_message_at = now() - interval '3 days'"
            + " where id = ?::uuid",
        onInstagram);
    String reply = "{\"text\": \"So sorry about that: we will refund you today.\"}";
    assertEquals(
        202, api.post("/api/chat/conversations/" + onWhatsApp + "/reply", reply, token).status());
    assertEquals(
        202, api.post("/api/chat/conversations/" + onInstagram + "/reply", reply, token).status());

    await().atMost(WAIT).until(() -> GRAPH.to(buyer).size(), n -> n == 1);
    String template = GRAPH.to(buyer).get(0).body();
    assertTrue(template.contains("\"type\":\"template\""), template);
    assertTrue(template.contains("order_follow_up") && template.contains("en_US"), template);
    await().atMost(WAIT).until(() -> GRAPH.to(follower).size(), n -> n == 1);
    String tagged = GRAPH.to(follower).get(0).body();
    assertTrue(
        tagged.contains("\"tag\":\"HUMAN_AGENT\"") && tagged.contains("MESSAGE_TAG"), tagged);
    assertTrue(tagged.contains("we will refund you today"), tagged);
  }

  /** The conversation of {@code customer} once CHIDI has passed it to a person; its id. */
  private String waitingFor(String customer) {
    await()
        .atMost(WAIT)
        .until(
            () ->
                Database.countAs(
                    business,
                    "select count(*) from conversations where customer_id = ? and status ="
                        + " 'ESCALATED'",
                    customer),
            n -> n == 1);
    return api
        .get("/api/chat/conversations?status=escalated&limit=100", token)
        .json()
        .getJsonArray("conversations")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getJsonObject("customer").getString("id").equals(customer))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  @Test
  void anExpiredTokenExpiresTheConnectionWithoutRetrying() {
    String expiring = connect("whatsapp");
    GRAPH.then(GraphApiStub.Answer.expiredToken());
    String customer = "2348000000008";
    byte[] body =
        whatsApp(
                expiring,
                text(
                    customer,
                    "wamid." + UUID.randomUUID(),
                    "Do you have the adire maxi dress in M?"))
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(200, deliver("whatsapp", body, sign(body)).status());
    await().atMost(WAIT).until(() -> outbound(customer, "FAILED"), n -> n == 1);
    assertEquals("Bearer " + GRAPH.tokenOf(expiring), GRAPH.to(customer).get(0).authorization());
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from social_connections where account_id = ? and status = 'EXPIRED'",
            expiring));
    assertEquals(
        1,
        Database.countAs(
            business, "select count(*) from notifications where type = 'connection_expired'"));
    pause();
    assertEquals(1, GRAPH.to(customer).size(), "no retry");
  }

  @Test
  void theSandboxTakesTheSamePathAndListsItsMessages() {
    Api.Reply stored =
        api.post(
            "/api/sandbox/messages",
            """
            {"customer_id": "tester", "customer_name": "Tolu", "text": "what is your return policy"}""",
            token);
    assertEquals(202, stored.status(), stored.body());
    await()
        .atMost(WAIT)
        .until(
            () ->
                Database.countAs(
                    business,
                    "select count(*) from social_messages where platform = 'SANDBOX' and direction = 'OUTBOUND' and status = 'SENT'"),
            n -> n == 1);
    Api.Reply list = api.get("/api/social/sandbox/messages?limit=10", token);
    assertEquals(200, list.status(), list.body());
    JsonObject page = list.json();
    assertEquals(2, page.getJsonObject("pagination").getInt("total"));
    JsonObject question = page.getJsonArray("messages").getJsonObject(1);
    assertEquals("inbound", question.getString("direction"));
    assertEquals("Tolu", question.getJsonObject("sender").getString("username"));
    assertEquals("auto_sent", question.getJsonObject("ai_response").getString("status"));
    for (String platform : List.of("sandbox", "whatsapp")) {
      Api.Reply elsewhere =
          api.post(
              "/api/social/" + platform + "/messages",
              "{\"customer_id\": \"x\", \"text\": \"hi\"}",
              token);
      assertEquals(405, elsewhere.status(), "only /api/sandbox/messages takes messages");
      assertEquals("request/method-not-allowed", elsewhere.code());
    }
  }

  @Test
  void theRoutingPolicyRevealsOnlyTheNamedAccount() throws SQLException {
    try (Connection connection = Database.asApp()) {
      connection.setAutoCommit(false);
      try (PreparedStatement route =
          connection.prepareStatement(
              "select set_config('app.business_id', '00000000-0000-0000-0000-000000000000', true),"
                  + " set_config('app.channel_account', ?, true)")) {
        route.setString(1, "WHATSAPP:" + phone);
        route.executeQuery().close();
      }
      try (PreparedStatement all =
              connection.prepareStatement("select account_id from social_connections");
          ResultSet rows = all.executeQuery()) {
        assertTrue(rows.next());
        assertEquals(phone, rows.getString(1));
        assertTrue(!rows.next(), "only the named account");
      }
      connection.rollback();
    }
  }

  @Test
  void theStaleSweepSeesOnlyWaitingMessagesAndTakenOverConversations() throws SQLException {
    String customer = "2348000000010";
    askAndWaitForReply(customer);
    Database.updateAs(
        business,
        "update conversations set taken_over_by = (select user_id from memberships limit 1)"
            + " where customer_id = ?",
        customer);
    try (Connection connection = Database.asApp()) {
      connection.setAutoCommit(false);
      asTheSweep(connection, "off");
      assertEquals(0, single(connection, "select count(*) from conversations"), "no tenant");
      assertEquals(0, single(connection, "select count(*) from social_messages"), "no tenant");
      connection.rollback();

      asTheSweep(connection, "on");
      assertTrue(
          single(connection, "select count(*) from conversations") > 0, "taken over, visible");
      assertEquals(
          0,
          single(connection, "select count(*) from conversations where taken_over_by is null"),
          "only conversations a person took over");
      assertEquals(
          0,
          single(
              connection,
              "select count(*) from social_messages where not ((direction = 'INBOUND' and status"
                  + " = 'RECEIVED') or (direction = 'OUTBOUND' and status = 'QUEUED'))"),
          "only messages still waiting");
      try (PreparedStatement update =
          connection.prepareStatement("update conversations set status = status")) {
        assertEquals(0, update.executeUpdate(), "reading only");
      }
      connection.rollback();
    }
  }

  /** Enters the stale-message sweep's session: no business, {@code app.stale_sweep} as given. */
  private static void asTheSweep(Connection connection, String sweep) throws SQLException {
    try (PreparedStatement session =
        connection.prepareStatement(
            "select set_config('app.business_id', '00000000-0000-0000-0000-000000000000', true),"
                + " set_config('app.stale_sweep', ?, true)")) {
      session.setString(1, sweep);
      session.executeQuery().close();
    }
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private void created(String path, String body) {
    Api.Reply reply = api.post(path, body, token);
    assertEquals(201, reply.status(), reply.body());
  }

  private String connect(String platform) {
    return GRAPH.connect(api, token, platform);
  }

  private void ask(String customer) {
    byte[] body =
        whatsApp(
                phone,
                text(
                    customer,
                    "wamid." + UUID.randomUUID(),
                    "Do you have the adire maxi dress in M?"))
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(200, deliver("whatsapp", body, sign(body)).status());
  }

  /** Asks as {@code customer} and returns the platform id of CHIDI's sent reply. */
  private String askAndWaitForReply(String customer) {
    ask(customer);
    await().atMost(WAIT).until(() -> outbound(customer, "SENT"), n -> n == 1);
    try (Connection connection = Database.asApp()) {
      connection.setAutoCommit(false);
      try (PreparedStatement tenant =
          connection.prepareStatement("select set_config('app.business_id', ?, true)")) {
        tenant.setString(1, business.toString());
        tenant.executeQuery().close();
      }
      try (PreparedStatement id =
          connection.prepareStatement(
              "select m.platform_message_id from social_messages m join conversations c on c.id ="
                  + " m.conversation_id where c.customer_id = ? and m.direction = 'OUTBOUND'")) {
        id.setString(1, customer);
        try (ResultSet row = id.executeQuery()) {
          assertTrue(row.next());
          return row.getString(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long outbound(String customer, String status) {
    return messages(
        "direction = 'OUTBOUND' and status = '"
            + status
            + "' and conversation_id = (select id from conversations where customer_id = ?)",
        customer);
  }

  private static long messages(String where, Object... parameters) {
    return Database.countAs(
        business, "select count(*) from social_messages where " + where, parameters);
  }

  /** Long enough for a wrong second reply to have been sent. */
  private static void pause() {
    try {
      Thread.sleep(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A request as Meta sends it: accepting any answer. */
  private HttpRequest.Builder asMeta(String path) {
    return api.request(path, null).setHeader("Accept", "*/*");
  }

  private Api.Reply deliver(String platform, byte[] body, String signature) {
    HttpRequest.Builder request =
        asMeta("/api/social/webhooks/" + platform)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return api.send(request);
  }

  private static String sign(byte[] body) {
    return MetaWebhooks.sign(SECRET, body);
  }
}
