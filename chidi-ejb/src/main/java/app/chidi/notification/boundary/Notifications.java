package app.chidi.notification.boundary;

import app.chidi.notification.control.NotificationMail;
import app.chidi.notification.control.NotificationRepository;
import app.chidi.notification.entity.Notification;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The one way every component raises a notification, and each person's inbox. A notification is
 * stored in the caller's transaction (under that business's row-level security) and published on
 * the notifications topic in the same XA transaction, so it exists, and is pushed, exactly when the
 * event that caused it committed. Escalations and failures are also queued for Web Push, and the
 * people who want the type by e-mail right away are mailed (outside their quiet hours).
 *
 * <p>A notification without a user is for everyone in the business and has one read flag: when one
 * person marks it read it is read for all of them (the table keeps one flag per row).
 */
@Stateless
@Tenanted
public class Notifications {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;
  @Inject NotificationRepository repository;
  @Inject MessageSender messages;
  @Inject NotificationMail mail;

  @Resource(lookup = Destinations.NOTIFICATIONS_TOPIC)
  Topic topic;

  @Resource(lookup = Destinations.PUSH_QUEUE)
  Queue pushQueue;

  /** Stores a notification for the business named in it, publishes it and returns its id. */
  public UUID raise(NewNotification request) {
    tenancy.enter(request.businessId());
    Notification notification =
        new Notification(
            request.businessId(),
            request.userId(),
            request.type(),
            request.priority(),
            request.title(),
            request.content(),
            JSON.toJson(request.context()));
    em.persist(notification);
    messages.send(topic, new NotificationRaised(request.businessId(), notification.id()));
    if (NotificationTypes.PUSHED.contains(request.type())) {
      messages.send(pushQueue, new PushRequested(request.businessId(), notification.id()));
    }
    mail.sendImmediately(notification);
    return notification.id();
  }

  /** The most recent notifications of the current business. */
  public List<Notification> recent(int limit) {
    return em.createNamedQuery("Notification.findRecent", Notification.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** A page of the signed-in person's notifications, newest first, with their unread count. */
  public NotificationPage list(NotificationQuery query) {
    UUID user = TenantContext.user();
    long total = repository.count(user, query.unreadOnly(), query.type());
    List<NotificationView> page =
        repository
            .page(user, query.unreadOnly(), query.type(), query.offset(), query.limit())
            .stream()
            .map(NotificationView::of)
            .toList();
    int pages = (int) Math.max(1, (total + query.limit() - 1) / query.limit());
    return new NotificationPage(
        page,
        new NotificationPage.Pagination(query.page(), pages, total),
        query.unreadOnly() && query.type() == null ? total : repository.count(user, true, null));
  }

  /** Marks one notification read (again: no change) and tells the person's other devices. */
  public NotificationView markRead(UUID id) {
    UUID user = TenantContext.user();
    Notification notification =
        repository
            .find(id)
            .filter(found -> found.visibleTo(user))
            .orElseThrow(NotificationNotFoundException::new);
    if (!notification.read()) {
      notification.markRead(OffsetDateTime.now());
      publishRead(List.of(notification));
    }
    return NotificationView.of(notification);
  }

  /** Marks everything the signed-in person sees read; returns how many changed. */
  public int markAllRead() {
    List<Notification> unread = repository.unread(TenantContext.user());
    OffsetDateTime now = OffsetDateTime.now();
    unread.forEach(notification -> notification.markRead(now));
    publishRead(unread.stream().filter(n -> n.userId() == null).toList());
    publishRead(unread.stream().filter(n -> n.userId() != null).toList());
    return unread.size();
  }

  /** One message per addressee group: for everyone, or for the one person. */
  private void publishRead(List<Notification> read) {
    if (read.isEmpty()) {
      return;
    }
    Notification first = read.get(0);
    messages.send(
        topic,
        new NotificationsRead(
            first.businessId(),
            first.userId(),
            read.stream().map(Notification::id).toList(),
            first.readAt()));
  }
}
