package app.chidi.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.notification.entity.OutboundMail;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends through a real SMTP server running in this JVM (GreenMail). */
class SmtpSenderTest {

  private static final ServerSetup SMTP =
      new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(SMTP.dynamicPort());

  @Test
  void deliversTheStoredMailToTheServer() throws Exception {
    SmtpSender sender = senderFor(greenMail.getSmtp().getPort());
    sender.send(new OutboundMail("ada@example.com", "Confirm your email", "Open https://x/verify"));

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertEquals(1, received.length);
    assertEquals("Confirm your email", received[0].getSubject());
    assertEquals("ada@example.com", received[0].getAllRecipients()[0].toString());
    assertTrue(GreenMailUtil.getBody(received[0]).contains("https://x/verify"));
  }

  @Test
  void anUnreachableServerIsADeliveryFailure() {
    SmtpSender sender = senderFor(1);
    assertThrows(
        MailDeliveryException.class,
        () -> sender.send(new OutboundMail("ada@example.com", "Hello", "Body")));
  }

  private static SmtpSender senderFor(int port) {
    SmtpSettings settings = new SmtpSettings();
    settings.host = Optional.of("127.0.0.1");
    settings.port = port;
    settings.username = Optional.empty();
    settings.password = Optional.empty();
    settings.from = "CHIDI <no-reply@chidi.local>";
    settings.startTls = false;
    SmtpSender sender = new SmtpSender();
    sender.settings = settings;
    return sender;
  }
}
