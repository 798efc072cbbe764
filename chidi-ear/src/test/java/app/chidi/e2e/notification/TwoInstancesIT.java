package app.chidi.e2e.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import app.chidi.e2e.support.ListeningSockets;
import app.chidi.e2e.support.SecondInstance;
import app.chidi.e2e.support.SocketClient;
import app.chidi.e2e.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances against the same PostgreSQL and Artemis, their data grid joined by TCP
 * on loopback: a notification raised on the first reaches the streams open on both and a dashboard
 * WebSocket on the second, once each and in order, and marking it read on the second is pushed to
 * all of them.
 */
@ChidiTest
@RunAsClient
class TwoInstancesIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Arquillian deploys the first instance before {@link BeforeAll} methods run. */
  private static SecondInstance second;

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar().addClass(RaiseProbe.class);
  }

  @ArquillianResource URL deployment;

  @BeforeAll
  static void startSecondInstance() {
    second = SecondInstance.start();
  }

  @AfterAll
  static void stopSecondInstance() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void notificationRaisedOnOneInstanceReachesStreamsOnBoth() throws Exception {
    Api first = new Api(deployment);
    Api other = new Api(second.url());
    JsonObject signedUp = Accounts.signUp(first, Accounts.freshEmail("twin"), "Twin Shop");
    String token = signedUp.getJsonObject("session").getString("access_token");
    String business = Accounts.businessOf(first, signedUp).toString();

    try (SseClient onFirst = stream(first, token);
        SseClient onSecond = stream(other, token);
        SocketClient dashboard = dashboard(other, token)) {
      assertEquals("dashboard_init", dashboard.next(WAIT).getString("type"));
      List<String> raised = raise(first, business, 2);
      for (SseClient client : List.of(onFirst, onSecond)) {
        assertEquals(raised, List.of(nextId(client), nextId(client)), "each once, in order");
      }
      assertEquals(raised, List.of(notificationId(dashboard), notificationId(dashboard)));

      assertEquals(
          200, other.patch("/api/notifications/" + raised.get(0) + "/read", "", token).status());
      for (SseClient client : List.of(onFirst, onSecond)) {
        SseClient.Event read = client.next(WAIT);
        assertNotNull(read, "no read update within " + WAIT);
        assertEquals("notification_read", read.name());
        assertEquals(raised.get(0), json(read).getJsonArray("ids").getString(0));
        assertNull(client.next(Duration.ofSeconds(1)), "nothing twice");
      }
      JsonObject read = dashboard.next(WAIT);
      assertEquals("dashboard_notification_read", read.getString("type"));
      assertEquals(raised.get(0), read.getJsonObject("data").getJsonArray("ids").getString(0));
    }
  }

  private static SocketClient dashboard(Api api, String token) {
    return new SocketClient(
        URI.create(
            api.base().toString().replaceFirst("^http", "ws")
                + "ws/dashboard?access_token="
                + token));
  }

  private static String notificationId(SocketClient dashboard) throws InterruptedException {
    JsonObject message = dashboard.next(WAIT);
    assertNotNull(message, "no dashboard_notification within " + WAIT);
    assertEquals("dashboard_notification", message.getString("type"));
    return message.getJsonObject("data").getString("id");
  }

  @Test
  void dataGridJoinsOverLoopbackOnly() {
    assertTrue(second.log().contains("DG Size: 2"), "the second instance joined the first's grid");
    long firstPid =
        ProcessHandle.allProcesses()
            .filter(p -> p.pid() != second.pid())
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .filter(c -> c.contains(Stack.launch().configFile().toString()))
                        .isPresent())
            .findFirst()
            .orElseThrow()
            .pid();
    for (long pid : List.of(firstPid, second.pid())) {
      List<String> sockets = ListeningSockets.of(pid);
      assertTrue(sockets.size() >= 2, "HTTP and data grid at least: " + sockets);
      assertEquals(
          List.of(),
          sockets.stream().filter(address -> !ListeningSockets.isLoopback(address)).toList(),
          "process " + pid + " listens off loopback");
    }
  }

  private static SseClient stream(Api api, String token) {
    SseClient client = new SseClient(api.base().resolve("api/notifications/stream"), token, null);
    assertEquals(200, client.status());
    return client;
  }

  private static List<String> raise(Api api, String business, int count) {
    Api.Reply reply =
        api.send(
            api.request(
                    "/test/notifications-raise?business=%s&type=escalation&priority=high&count=%d"
                        .formatted(business, count),
                    null)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, reply.status(), reply.body());
    return reply.jsonArray().getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static String nextId(SseClient client) throws InterruptedException {
    SseClient.Event event = client.next(WAIT);
    assertNotNull(event, "no event within " + WAIT);
    return event.id();
  }

  private static JsonObject json(SseClient.Event event) {
    return Json.createReader(new StringReader(event.data())).readObject();
  }
}
