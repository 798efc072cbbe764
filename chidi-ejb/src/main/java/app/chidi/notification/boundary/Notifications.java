package app.chidi.notification.boundary;

import app.chidi.notification.entity.Notification;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * The one way every component raises a notification. It is stored in the caller's transaction
 * (under that business's row-level security), so it exists exactly when the event that caused it
 * committed.
 */
@Stateless
@Tenanted
public class Notifications {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;

  /** Stores a notification for the business named in it and returns its id. */
  public UUID raise(NewNotification request) {
    tenancy.enter(request.businessId());
    Notification notification =
        new Notification(
            request.businessId(),
            request.type(),
            request.priority(),
            request.title(),
            request.content(),
            JSON.toJson(request.context()));
    em.persist(notification);
    return notification.id();
  }

  /** The most recent notifications of the current business. */
  public List<Notification> recent(int limit) {
    return em.createNamedQuery("Notification.findRecent", Notification.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
