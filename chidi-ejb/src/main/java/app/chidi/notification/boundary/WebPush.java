package app.chidi.notification.boundary;

import app.chidi.notification.control.NotificationRepository;
import app.chidi.notification.control.PushPayloadCipher;
import app.chidi.notification.control.PushSender;
import app.chidi.notification.control.VapidSigner;
import app.chidi.notification.entity.Notification;
import app.chidi.notification.entity.NotificationPriority;
import app.chidi.notification.entity.PushSubscription;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Web Push: the browsers people subscribed, and the push of urgent notifications to them. {@link
 * Notifications#raise} queues a {@link PushRequested} for the types in {@link
 * NotificationTypes#PUSHED}; a message-driven bean calls {@link #deliver} once, on whichever
 * instance takes it. A push service answering 404 or 410 forgot the subscription: it is deleted.
 */
@Stateless
@Tenanted
public class WebPush {

  private static final Logger LOG = Logger.getLogger(WebPush.class.getName());
  private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;
  @Inject NotificationRepository notifications;
  @Inject PushSender sender;
  @Inject VapidSigner vapid;

  /** The key browsers subscribe with ({@code applicationServerKey}). */
  public String publicKey() {
    return vapid.publicKey();
  }

  /** Subscribes a browser for the signed-in person, or renews its keys. */
  public PushSubscriptionView subscribe(String endpoint, String p256dh, String auth) {
    PushSubscription subscription =
        find(endpoint)
            .orElseGet(
                () -> {
                  PushSubscription created =
                      new PushSubscription(
                          TenantContext.business(), TenantContext.user(), endpoint);
                  em.persist(created);
                  return created;
                });
    subscription.subscribe(TenantContext.user(), p256dh, auth);
    return PushSubscriptionView.of(subscription);
  }

  /** Forgets a browser of the signed-in person; answers whether there was one. */
  public boolean unsubscribe(String endpoint) {
    Optional<PushSubscription> mine =
        find(endpoint).filter(s -> s.userId().equals(TenantContext.user()));
    mine.ifPresent(em::remove);
    return mine.isPresent();
  }

  /** The signed-in person's subscribed browsers, oldest first. */
  public List<PushSubscriptionView> mine() {
    return em
        .createNamedQuery("PushSubscription.findByUser", PushSubscription.class)
        .setParameter("user", TenantContext.user())
        .getResultList()
        .stream()
        .map(PushSubscriptionView::of)
        .toList();
  }

  /** Pushes a stored notification to every browser of the people it is for. */
  public void deliver(PushRequested request) {
    tenancy.enter(request.businessId());
    notifications.find(request.notificationId()).ifPresent(this::deliver);
  }

  private void deliver(Notification notification) {
    byte[] payload = PushPayload.of(notification);
    em.createNamedQuery("PushSubscription.findAll", PushSubscription.class).getResultList().stream()
        .filter(subscription -> subscription.reaches(notification.userId()))
        .forEach(subscription -> push(subscription, payload, notification.priority()));
  }

  private void push(PushSubscription subscription, byte[] payload, NotificationPriority priority) {
    byte[] body =
        PushPayloadCipher.encrypt(
            payload,
            BASE64URL.decode(subscription.p256dh()),
            BASE64URL.decode(subscription.auth()));
    URI endpoint = URI.create(subscription.endpoint());
    int status = sender.send(endpoint, body, priority == NotificationPriority.HIGH);
    if (status == 404 || status == 410) {
      em.remove(subscription);
    } else if (status != PushSender.UNREACHABLE && (status < 200 || status > 299)) {
      LOG.log(Level.WARNING, "Push service {0} answered {1}", new Object[] {endpoint, status});
    }
  }

  private Optional<PushSubscription> find(String endpoint) {
    return em.createNamedQuery("PushSubscription.findByEndpoint", PushSubscription.class)
        .setParameter("endpoint", endpoint)
        .getResultStream()
        .findFirst();
  }
}
