package app.chidi.e2e.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Web Push against a push service stub: subscriptions through the API, an escalation pushed to each
 * subscribed browser encrypted per RFC 8291 (the test decrypts it with the browser's keys) with a
 * valid VAPID token (RFC 8292), nothing pushed for a medium-priority type, and a subscription the
 * push service reports gone deleted.
 */
@ChidiTest
@RunAsClient
class WebPushIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String SUBSCRIPTIONS = "/api/notifications/push-subscriptions";

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar().addClass(RaiseProbe.class);
  }

  @ArquillianResource URL deployment;

  @Test
  void escalationsArePushedEncryptedToEverySubscribedBrowser() throws Exception {
    Api api = new Api(deployment);
    JsonObject signedUp = Accounts.signUp(api, Accounts.freshEmail("push"), "Push Shop");
    String token = signedUp.getJsonObject("session").getString("access_token");
    String business = Accounts.businessOf(api, signedUp).toString();
    String vapidKey = api.get(SUBSCRIPTIONS, token).json().getString("vapid_public_key");
    BrowserPushKeys phone = new BrowserPushKeys();

    try (PushServiceStub pushService = new PushServiceStub()) {
      subscribe(api, token, pushService, "phone", phone);
      subscribe(api, token, pushService, "gone-laptop", new BrowserPushKeys());
      Api.Reply bad =
          api.post(
              SUBSCRIPTIONS, "{\"endpoint\": \"ftp://x\", \"keys\": {\"auth\": \"x\"}}", token);
      assertEquals(400, bad.status(), bad.body());

      raise(api, business, "low_stock", "medium");
      String escalation = raise(api, business, "escalation", "high");
      PushServiceStub.Received toPhone = null;
      for (int i = 0; i < 2; i++) {
        PushServiceStub.Received received = pushService.next(WAIT);
        assertNotNull(received, "no push within " + WAIT);
        toPhone = received.device().equals("phone") ? received : toPhone;
      }
      assertNotNull(toPhone, "the phone was pushed to");
      assertEquals("aes128gcm", toPhone.encoding());
      assertEquals("high", toPhone.urgency());
      assertTrue(Integer.parseInt(toPhone.ttl()) > 0);
      JsonObject message = parse(phone.decrypt(toPhone.body()));
      assertEquals(escalation, message.getString("id"), "the escalation, not the low stock");
      assertEquals("escalation", message.getString("type"));
      assertEquals("Probe 1", message.getString("title"));
      assertEquals("/dashboard/notifications.xhtml", message.getString("link"));

      JsonObject claims =
          parse(BrowserPushKeys.verifiedVapidClaims(toPhone.authorization(), vapidKey));
      assertEquals(pushService.origin(), claims.getString("aud"));
      long expires = claims.getJsonNumber("exp").longValue();
      long now = Instant.now().getEpochSecond();
      assertTrue(expires > now && expires <= now + 24 * 3600, "exp within 24 h: " + expires);
      assertTrue(claims.getString("sub").matches("(mailto|https):.+"), claims.toString());

      Awaitility.await()
          .atMost(WAIT)
          .until(
              () -> endpoints(api, token),
              List.of(pushService.endpoint("phone").toString())::equals);
      String phoneEndpoint =
          URLEncoder.encode(pushService.endpoint("phone").toString(), StandardCharsets.UTF_8);
      assertEquals(204, api.delete(SUBSCRIPTIONS + "?endpoint=" + phoneEndpoint, token).status());
      assertEquals(List.of(), endpoints(api, token));
    }
  }

  private static void subscribe(
      Api api, String token, PushServiceStub pushService, String device, BrowserPushKeys keys) {
    String body =
        Json.createObjectBuilder()
            .add("endpoint", pushService.endpoint(device).toString())
            .addNull("expirationTime")
            .add(
                "keys",
                Json.createObjectBuilder().add("p256dh", keys.p256dh()).add("auth", keys.auth()))
            .build()
            .toString();
    Api.Reply reply = api.post(SUBSCRIPTIONS, body, token);
    assertEquals(201, reply.status(), reply.body());
  }

  private static List<String> endpoints(Api api, String token) {
    return api.get(SUBSCRIPTIONS, token).json().getJsonArray("subscriptions").stream()
        .map(s -> s.asJsonObject().getString("endpoint"))
        .toList();
  }

  private static String raise(Api api, String business, String type, String priority) {
    Api.Reply reply =
        api.send(
            api.request(
                    "/test/notifications-raise?business=%s&type=%s&priority=%s"
                        .formatted(business, type, priority),
                    null)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, reply.status(), reply.body());
    return reply.jsonArray().getString(0);
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
