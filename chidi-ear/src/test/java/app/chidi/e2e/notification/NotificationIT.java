package app.chidi.e2e.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.Deployments;
import app.chidi.e2e.support.SmtpServer;
import app.chidi.e2e.support.Stack;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification component with an SMTP server configured: the verification mail travels the
 * whole pipeline (stored and queued in the sign-up transaction, taken from Artemis by the
 * message-driven bean, sent over SMTP) and the dev mailbox is off; notifications raised through
 * their boundary are stored for their business only.
 */
@ExtendWith(Stack.class)
@ExtendWith(SmtpServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

  private static final Pattern LINK =
      Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/api/auth/verify\\?token=[A-Za-z0-9_-]+)");

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar()
        .addClasses(NotificationsProbe.class, RaiseProbe.class, DigestProbe.class);
  }

  @ArquillianResource URL deployment;

  @Test
  void theVerificationMailIsSentOverSmtpAndItsLinkVerifies() throws Exception {
    Api api = new Api(deployment);
    String email = Accounts.freshEmail("smtp");
    String access =
        Accounts.signUp(api, email, "Mail Shop").getJsonObject("session").getString("access_token");

    MimeMessage mail =
        await().atMost(Duration.ofSeconds(60)).until(() -> sentTo(email), found -> found != null);
    assertEquals("Confirm your email for CHIDI", mail.getSubject());
    assertTrue(mail.getFrom()[0].toString().contains("no-reply@chidi.test"));
    Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
    assertTrue(link.find(), GreenMailUtil.getBody(mail));

    Api.Reply verified =
        api.send(
            api.serverRequest(
                    link.group(1).replace(Stack.baseUrl().toString().replaceAll("/$", ""), ""))
                .GET());
    assertEquals(200, verified.status(), verified.body());
    assertTrue(api.get("/api/me", access).json().getBoolean("email_verified"));

    assertEquals(404, api.get("/api/dev/mailbox", null).status(), "no dev mailbox with SMTP");
  }

  private static MimeMessage sentTo(String email) {
    return Arrays.stream(SmtpServer.mail().getReceivedMessages())
        .filter(message -> recipient(message).equals(email))
        .findFirst()
        .orElse(null);
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRaisedNotificationIsStoredForItsBusinessAndInvisibleToOthers() {
    Api api = new Api(deployment);
    UUID owner = Accounts.businessOf(api, Accounts.signUp(api, Accounts.freshEmail("n"), "Owner"));
    UUID other = Accounts.businessOf(api, Accounts.signUp(api, Accounts.freshEmail("b"), "Other"));

    Api.Reply reply =
        api.send(
            api.request("/test/notifications-probe?owner=" + owner + "&other=" + other, null)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, reply.status(), reply.body());
    JsonObject seen = reply.json();
    String raised = seen.getString("raised");
    assertEquals(List.of(raised), strings(seen, "seen_by_owner"));
    assertEquals(List.of(), strings(seen, "seen_by_other"));
    assertTrue(seen.getString("metadata").contains("/dashboard/conversations.xhtml"));
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  void notificationsAreMailedAtOnceWhenWantedAndOutsideTheQuietHours() throws Exception {
    Api api = new Api(deployment);
    String email = Accounts.freshEmail("alerts");
    JsonObject signedUp = Accounts.signUp(api, email, "Alert Shop");
    String token = signedUp.getJsonObject("session").getString("access_token");
    UUID business = Accounts.businessOf(api, signedUp);
    LocalTime now = LocalTime.now(ZoneOffset.UTC);
    String quiet =
        """
        {"preferences": [
          {"type": "low_stock", "in_app": true, "email": "immediate",
           "quiet_hours_start": "%s", "quiet_hours_end": "%s", "time_zone": "UTC"},
          {"type": "restock", "in_app": true, "email": "off"}]}"""
            .formatted(hhmm(now.minusHours(1)), hhmm(now.plusHours(1)));
    Api.Reply changed =
        api.send(
            api.request("/api/notifications/preferences", token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(quiet)));
    assertEquals(200, changed.status(), changed.body());

    for (String type : List.of("low_stock", "restock", "escalation")) {
      Api.Reply raised =
          api.send(
              api.request(
                      "/test/notifications-raise?business=%s&type=%s&priority=%s"
                          .formatted(business, type, type.equals("escalation") ? "high" : "medium"),
                      null)
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(200, raised.status(), raised.body());
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> notificationMails(email).size() == 1);
    Thread.sleep(2000);
    List<MimeMessage> mails = notificationMails(email);
    assertEquals(1, mails.size(), "only the escalation: low stock is in quiet hours, restock off");
    String body = GreenMailUtil.getBody(mails.get(0)).replace("=\r\n", "");
    assertEquals("CHIDI: Probe 1", mails.get(0).getSubject());
    assertTrue(body.contains("Raised by the test probe"), body);
    assertTrue(body.contains(Stack.baseUrl() + "dashboard/notifications.xhtml"), body);
  }

  @Test
  void theDailyDigestIsMailedOnceWithTheDigestTypes() throws Exception {
    Api api = new Api(deployment);
    String email = Accounts.freshEmail("digest");
    UUID business = Accounts.businessOf(api, Accounts.signUp(api, email, "Digest Shop"));
    for (String type : List.of("low_stock", "low_stock", "escalation")) {
      Api.Reply raised =
          api.send(
              api.request(
                      "/test/notifications-raise?business=%s&type=%s".formatted(business, type),
                      null)
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(200, raised.status(), raised.body());
    }
    // Digests go from 08:00 in the person's zone (Africa/Lagos by default).
    ZonedDateTime lagos = ZonedDateTime.now(ZoneId.of("Africa/Lagos")).plusSeconds(5);
    Instant at = lagos.getHour() >= 8 ? lagos.toInstant() : lagos.withHour(8).toInstant();

    List<Integer> sent = new java.util.ArrayList<>();
    for (int run = 0; run < 2; run++) {
      Api.Reply digest =
          api.send(
              api.request("/test/digest?at=" + at, null).POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(200, digest.status(), digest.body());
      sent.add(digest.json().getInt("sent"));
    }
    assertEquals(0, sent.get(1), "a second run, as another instance's timer, mails nothing");

    await().atMost(Duration.ofSeconds(60)).until(() -> digests(email).size() == 1);
    MimeMessage mail = digests(email).get(0);
    assertEquals("Your CHIDI digest: 2 notifications", mail.getSubject());
    String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
    assertEquals(2, body.split("\\[low_stock]", -1).length - 1, body);
    assertTrue(!body.contains("[escalation]"), "escalations are mailed at once, not digested");
  }

  private static List<MimeMessage> digests(String email) throws Exception {
    List<MimeMessage> mails = new java.util.ArrayList<>();
    for (MimeMessage message : SmtpServer.mail().getReceivedMessages()) {
      if (recipient(message).equals(email)
          && message.getSubject().startsWith("Your CHIDI digest")) {
        mails.add(message);
      }
    }
    return mails;
  }

  private static String hhmm(LocalTime time) {
    return "%02d:%02d".formatted(time.getHour(), time.getMinute());
  }

  private static List<MimeMessage> notificationMails(String email) throws Exception {
    List<MimeMessage> mails = new java.util.ArrayList<>();
    for (MimeMessage message : SmtpServer.mail().getReceivedMessages()) {
      if (recipient(message).equals(email) && message.getSubject().startsWith("CHIDI: ")) {
        mails.add(message);
      }
    }
    return mails;
  }
}
