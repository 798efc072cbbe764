package app.chidi.notification.boundary;

import app.chidi.account.entity.Membership;
import app.chidi.account.entity.User;
import app.chidi.notification.control.DigestLedger;
import app.chidi.notification.control.DigestMail;
import app.chidi.notification.control.PreferenceRepository;
import app.chidi.notification.entity.EmailDelivery;
import app.chidi.notification.entity.Notification;
import app.chidi.notification.entity.NotificationPreference;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily e-mail digest: the notifications of the types a person wants "in the daily digest",
 * since their last digest (at most a day back), mailed once a day from {@code digest-hour} in their
 * time zone. Every instance's hourly timer runs it; the {@link DigestLedger} claim lets one of them
 * mail each digest. Each person and business is a transaction of its own.
 */
@Stateless
@Tenanted
public class NotificationDigest {

  static final String DEFAULT_ZONE = "Africa/Lagos";

  @PersistenceContext EntityManager em;
  @Inject PreferenceRepository preferences;
  @Inject DigestLedger ledger;
  @Inject DigestMail mail;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "chidi.notification.digest-hour", defaultValue = "8")
  int digestHour;

  @Schedule(hour = "*", minute = "7", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void hourly() {
    sendDue(Instant.now());
  }

  /** Mails the digests due at {@code now}; answers how many this call mailed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendDue(Instant now) {
    NotificationDigest self = context.getBusinessObject(NotificationDigest.class);
    int sent = 0;
    for (UUID user : self.users()) {
      for (UUID business :
          TenantContext.callAs(Tenant.userOnly(user), () -> self.businesses(user))) {
        if (TenantContext.callAs(new Tenant(business, user), () -> self.sendTo(now))) {
          sent++;
        }
      }
    }
    return sent;
  }

  /** Everyone (users are not a tenant table), as immediate mail goes to every member. */
  public List<UUID> users() {
    return em.createQuery("select u.id from User u order by u.id", UUID.class).getResultList();
  }

  /** The businesses {@code user} belongs to (their own memberships, before any tenant). */
  public List<UUID> businesses(UUID user) {
    return em
        .createNamedQuery("Membership.findByUser", Membership.class)
        .setParameter("userId", user)
        .getResultList()
        .stream()
        .map(Membership::businessId)
        .toList();
  }

  /** The signed-in person's digest in the current business, if due, not yet sent and not empty. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendTo(Instant now) {
    UUID user = TenantContext.user();
    List<NotificationPreference> mine = preferences.ofUser(user);
    ZonedDateTime local = now.atZone(zone(mine));
    if (local.getHour() < digestHour) {
      return false;
    }
    Instant dayAgo = now.minus(Duration.ofDays(1));
    Instant since = ledger.lastSent(user).filter(last -> last.isAfter(dayAgo)).orElse(dayAgo);
    List<Notification> due = digested(user, digestTypes(mine), since, now);
    OffsetDateTime sentAt = now.atOffset(ZoneOffset.UTC);
    if (due.isEmpty()
        || !ledger.claim(TenantContext.business(), user, local.toLocalDate(), sentAt)) {
      return false;
    }
    mail.send(em.find(User.class, user).email(), due);
    return true;
  }

  private List<Notification> digested(UUID user, List<String> types, Instant since, Instant now) {
    if (types.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Notification.findForDigest", Notification.class)
        .setParameter("user", user)
        .setParameter("types", types)
        .setParameter("since", since.atOffset(ZoneOffset.UTC))
        .setParameter("until", now.atOffset(ZoneOffset.UTC))
        .getResultList();
  }

  private static List<String> digestTypes(List<NotificationPreference> mine) {
    return NotificationTypes.ALL.stream()
        .filter(
            type ->
                mine.stream()
                        .filter(p -> p.type().equals(type))
                        .findFirst()
                        .map(NotificationPreference::email)
                        .orElse(NotificationTypes.defaultEmail(type))
                    == EmailDelivery.DIGEST)
        .toList();
  }

  private static ZoneId zone(List<NotificationPreference> mine) {
    return ZoneId.of(mine.isEmpty() ? DEFAULT_ZONE : mine.get(0).timeZone());
  }
}
