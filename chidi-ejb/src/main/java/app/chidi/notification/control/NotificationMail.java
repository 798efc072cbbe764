package app.chidi.notification.control;

import app.chidi.account.entity.User;
import app.chidi.notification.boundary.Mailer;
import app.chidi.notification.boundary.NotificationTypes;
import app.chidi.notification.entity.EmailDelivery;
import app.chidi.notification.entity.Notification;
import app.chidi.notification.entity.NotificationPreference;
import app.chidi.platform.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails a notification at once to the people of its business who want its type by e-mail right away
 * (their preference, else the type's default) and are not inside their quiet hours, through the
 * mail pipeline (stored, queued, delivered by a message-driven bean). It runs in the raising
 * transaction, so it happens once, on the instance that raised the notification.
 */
@ApplicationScoped
public class NotificationMail {

  @PersistenceContext EntityManager em;
  @Inject PreferenceRepository preferences;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "chidi.web.public-url", defaultValue = "http://127.0.0.1:8080")
  String publicUrl;

  /** Queues the mails; answers how many. */
  public int sendImmediately(Notification notification) {
    Map<UUID, NotificationPreference> settings =
        preferences.ofType(notification.type()).stream()
            .collect(Collectors.toMap(NotificationPreference::userId, Function.identity()));
    Instant now = Instant.now();
    List<User> recipients =
        recipients(notification).stream()
            .filter(user -> mailNow(settings.get(user.id()), notification.type(), now))
            .toList();
    recipients.forEach(
        user -> mailer.send(user.email(), "CHIDI: " + notification.title(), body(notification)));
    return recipients.size();
  }

  private static boolean mailNow(NotificationPreference preference, String type, Instant now) {
    EmailDelivery email =
        preference == null ? NotificationTypes.defaultEmail(type) : preference.email();
    return DeliveryRule.mailNow(email, preference == null ? null : preference.quietHours(), now);
  }

  /** The business's members (memberships are under row-level security), or the addressee. */
  private List<User> recipients(Notification notification) {
    String members = "select u from Membership m, User u where u.id = m.userId";
    if (notification.userId() == null) {
      return em.createQuery(members + " order by u.email", User.class).getResultList();
    }
    return em.createQuery(members + " and u.id = :user", User.class)
        .setParameter("user", notification.userId())
        .getResultList();
  }

  private String body(Notification notification) {
    String link;
    try (JsonReader reader = CachedJson.createReader(new StringReader(notification.metadata()))) {
      link = reader.readObject().getString("link", "/dashboard/notifications.xhtml");
    }
    // Only paths of this application are linked, as in the dashboard's toasts.
    String path = link.startsWith("/") && !link.startsWith("//") ? link : "/dashboard/";
    return notification.title()
        + "\n\n"
        + notification.content()
        + "\n\nOpen in CHIDI: "
        + publicUrl.replaceAll("/+$", "")
        + path
        + "\n\nChoose which notifications reach you by e-mail on CHIDI's Notifications page.\n";
  }
}
