package app.chidi.notification.control;

import app.chidi.notification.entity.OutboundMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/** Sends a stored mail through the configured SMTP server with Jakarta Mail. */
@ApplicationScoped
public class SmtpSender {

  @Inject SmtpSettings settings;

  /**
   * @throws MailDeliveryException when the server refuses or cannot be reached; the message-driven
   *     bean lets it propagate so the broker redelivers
   */
  public void send(OutboundMail mail) {
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.recipient()));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.bodyText(), StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailDeliveryException("cannot send mail " + mail.id(), e);
    }
  }

  private jakarta.mail.Session session() {
    Authenticator authenticator =
        settings.username().isEmpty()
            ? null
            : new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(
                    settings.username().orElseThrow(), settings.password().orElse(""));
              }
            };
    return jakarta.mail.Session.getInstance(settings.sessionProperties(), authenticator);
  }
}
