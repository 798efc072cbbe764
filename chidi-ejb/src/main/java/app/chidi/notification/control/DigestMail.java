package app.chidi.notification.control;

import app.chidi.notification.boundary.Mailer;
import app.chidi.notification.entity.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes a daily digest mail and hands it to the mail pipeline. */
@ApplicationScoped
public class DigestMail {

  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "chidi.web.public-url", defaultValue = "http://127.0.0.1:8080")
  String publicUrl;

  public void send(String recipient, List<Notification> notifications) {
    StringBuilder body = new StringBuilder("What happened in your shop since the last digest:\n\n");
    for (Notification notification : notifications) {
      body.append("- ")
          .append(notification.title())
          .append(" [")
          .append(notification.type())
          .append("]\n  ")
          .append(notification.content())
          .append('\n');
    }
    body.append("\nAll of them: ")
        .append(publicUrl.replaceAll("/+$", ""))
        .append("/dashboard/notifications.xhtml\n")
        .append("Choose which notifications come in this digest on CHIDI's Notifications page.\n");
    int count = notifications.size();
    mailer.send(
        recipient,
        "Your CHIDI digest: " + count + (count == 1 ? " notification" : " notifications"),
        body.toString());
  }
}
