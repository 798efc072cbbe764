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
    return Deployments.chidiWar().addClass(NotificationsProbe.class);
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
}
